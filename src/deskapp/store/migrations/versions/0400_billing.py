"""billing: meters, readings, fees, bills, receipts, handovers, dunning

Revision ID: 0400_billing
Revises: 0001_foundation
Create Date: 2026-11-27 10:18:47.857167
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0400_billing'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bill_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.String(length=8), nullable=False),
    sa.Column('posted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('posted_by', sa.String(length=80), nullable=False),
    sa.Column('bills', sa.Integer(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('left_out', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill_runs'))
    )
    with op.batch_alter_table('bill_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bill_runs_quarter'), ['quarter'], unique=False)

    op.create_table('billing_number_series',
    sa.Column('series', sa.String(length=20), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', name=op.f('pk_billing_number_series'))
    )
    op.create_table('fee_standards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item', sa.Enum('PROPERTY', 'WATER', 'SHARED_WATER', 'SHARED_POWER', 'VEHICLE', 'LATE', name='feeitem', native_enum=False, length=24), nullable=False),
    sa.Column('unit_kind', sa.String(length=8), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.Column('tiers', sa.Text(), nullable=False),
    sa.Column('tier_period', sa.String(length=8), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_standards'))
    )
    op.create_table('handovers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cashier', sa.String(length=80), nullable=False),
    sa.Column('cashier_name', sa.String(length=80), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('first_no', sa.String(length=20), nullable=False),
    sa.Column('last_no', sa.String(length=20), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('by_method', sa.Text(), nullable=False),
    sa.Column('cash_expected', sa.BigInteger(), nullable=False),
    sa.Column('cash_counted', sa.BigInteger(), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('receiver', sa.String(length=80), nullable=False),
    sa.Column('handed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handovers')),
    sa.UniqueConstraint('cashier', 'day', name=op.f('uq_handovers_cashier_day'))
    )
    op.create_table('bills',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.String(length=8), nullable=False),
    sa.Column('adjustment', sa.Boolean(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['bill_runs.id'], name=op.f('fk_bills_run_id_bill_runs')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_bills_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bills')),
    sa.UniqueConstraint('number', name=op.f('uq_bills_number'))
    )
    with op.batch_alter_table('bills', schema=None) as batch_op:
        batch_op.create_index('ix_bills_quarter', ['quarter'], unique=False)
        batch_op.create_index(batch_op.f('ix_bills_run_id'), ['run_id'], unique=False)
        batch_op.create_index('ix_bills_unit_quarter', ['unit_id', 'quarter'], unique=False)

    op.create_table('dunning_notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('issued_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_dunning_notices_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dunning_notices')),
    sa.UniqueConstraint('number', name=op.f('uq_dunning_notices_number'))
    )
    with op.batch_alter_table('dunning_notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dunning_notices_unit_id'), ['unit_id'], unique=False)

    op.create_table('meters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.Enum('WATER', 'POWER', name='meterkind', native_enum=False, length=24), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('building_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('shared', sa.Boolean(), nullable=False),
    sa.Column('master', sa.Boolean(), nullable=False),
    sa.Column('basis', sa.Enum('AREA', 'EQUAL', name='allocationbasis', native_enum=False, length=24), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_meters_building_id_buildings')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_meters_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meters')),
    sa.UniqueConstraint('number', name=op.f('uq_meters_number'))
    )
    with op.batch_alter_table('meters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meters_building_id'), ['building_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meters_unit_id'), ['unit_id'], unique=False)

    op.create_table('receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=12), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('payer', sa.String(length=60), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('cashier', sa.String(length=80), nullable=False),
    sa.Column('cashier_name', sa.String(length=80), nullable=False),
    sa.Column('method', sa.Enum('CASH', 'WECHAT', 'ALIPAY', 'CARD', 'TRANSFER', 'PREPAID', name='paymethod', native_enum=False, length=24), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('prepaid_used', sa.BigInteger(), nullable=False),
    sa.Column('tendered', sa.BigInteger(), nullable=True),
    sa.Column('change', sa.BigInteger(), nullable=False),
    sa.Column('handover_id', sa.Integer(), nullable=True),
    sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('voided_by', sa.String(length=80), nullable=True),
    sa.Column('void_reason', sa.String(length=200), nullable=True),
    sa.Column('void_day', sa.Date(), nullable=True),
    sa.Column('void_handover_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], name=op.f('fk_receipts_handover_id_handovers')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_receipts_unit_id_units')),
    sa.ForeignKeyConstraint(['void_handover_id'], ['handovers.id'], name=op.f('fk_receipts_void_handover_id_handovers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipts')),
    sa.UniqueConstraint('number', name=op.f('uq_receipts_number')),
    sa.UniqueConstraint('series', 'seq', name=op.f('uq_receipts_series_seq'))
    )
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.create_index('ix_receipts_cashier_day', ['cashier', 'day'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipts_unit_id'), ['unit_id'], unique=False)

    op.create_table('dunning_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('method', sa.Enum('PHONE', 'LETTER', 'VISIT', name='contactmethod', native_enum=False, length=24), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.Column('result', sa.String(length=200), nullable=False),
    sa.Column('promised_on', sa.Date(), nullable=True),
    sa.Column('notice_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['notice_id'], ['dunning_notices.id'], name=op.f('fk_dunning_contacts_notice_id_dunning_notices')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_dunning_contacts_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dunning_contacts'))
    )
    with op.batch_alter_table('dunning_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dunning_contacts_unit_id'), ['unit_id'], unique=False)

    op.create_table('meter_readings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meter_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('previous', sa.BigInteger(), nullable=True),
    sa.Column('usage', sa.BigInteger(), nullable=True),
    sa.Column('read_on', sa.Date(), nullable=True),
    sa.Column('event', sa.Enum('NONE', 'REPLACED', 'ROLLOVER', name='readingevent', native_enum=False, length=24), nullable=False),
    sa.Column('old_final', sa.BigInteger(), nullable=True),
    sa.Column('new_start', sa.BigInteger(), nullable=True),
    sa.Column('rollover_at', sa.BigInteger(), nullable=True),
    sa.Column('flags', sa.String(length=120), nullable=False),
    sa.Column('recheck_cleared', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=120), nullable=False),
    sa.Column('billed_quarter', sa.String(length=8), nullable=True),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('entered_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['meter_id'], ['meters.id'], name=op.f('fk_meter_readings_meter_id_meters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meter_readings')),
    sa.UniqueConstraint('meter_id', 'month', name=op.f('uq_meter_readings_meter_id_month'))
    )
    with op.batch_alter_table('meter_readings', schema=None) as batch_op:
        batch_op.create_index('ix_meter_readings_month', ['month'], unique=False)

    op.create_table('prepayment_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_prepayment_entries_receipt_id_receipts')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_prepayment_entries_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prepayment_entries'))
    )
    with op.batch_alter_table('prepayment_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prepayment_entries_unit_id'), ['unit_id'], unique=False)

    op.create_table('share_allocations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.String(length=8), nullable=False),
    sa.Column('meter_id', sa.Integer(), nullable=False),
    sa.Column('usage', sa.BigInteger(), nullable=False),
    sa.Column('sub_usage', sa.BigInteger(), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('held', sa.BigInteger(), nullable=False),
    sa.Column('basis', sa.Enum('AREA', 'EQUAL', name='allocationbasis', native_enum=False, length=24), nullable=False),
    sa.Column('units', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meter_id'], ['meters.id'], name=op.f('fk_share_allocations_meter_id_meters')),
    sa.ForeignKeyConstraint(['run_id'], ['bill_runs.id'], name=op.f('fk_share_allocations_run_id_bill_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_share_allocations'))
    )
    with op.batch_alter_table('share_allocations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_share_allocations_run_id'), ['run_id'], unique=False)

    op.create_table('bill_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bill_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.String(length=8), nullable=False),
    sa.Column('item', sa.Enum('PROPERTY', 'WATER', 'SHARED_WATER', 'SHARED_POWER', 'VEHICLE', 'LATE', name='feeitem', native_enum=False, length=24), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('basis', sa.String(length=120), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('standard_id', sa.Integer(), nullable=True),
    sa.Column('meter_id', sa.Integer(), nullable=True),
    sa.Column('allocation_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['allocation_id'], ['share_allocations.id'], name=op.f('fk_bill_lines_allocation_id_share_allocations')),
    sa.ForeignKeyConstraint(['bill_id'], ['bills.id'], name=op.f('fk_bill_lines_bill_id_bills')),
    sa.ForeignKeyConstraint(['meter_id'], ['meters.id'], name=op.f('fk_bill_lines_meter_id_meters')),
    sa.ForeignKeyConstraint(['standard_id'], ['fee_standards.id'], name=op.f('fk_bill_lines_standard_id_fee_standards')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_bill_lines_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill_lines'))
    )
    with op.batch_alter_table('bill_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bill_lines_allocation_id'), ['allocation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bill_lines_bill_id'), ['bill_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bill_lines_unit_id'), ['unit_id'], unique=False)

    op.create_table('bill_waivers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['line_id'], ['bill_lines.id'], name=op.f('fk_bill_waivers_line_id_bill_lines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill_waivers'))
    )
    with op.batch_alter_table('bill_waivers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bill_waivers_line_id'), ['line_id'], unique=False)

    op.create_table('receipt_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('bill_line_id', sa.Integer(), nullable=True),
    sa.Column('item', sa.String(length=20), nullable=False),
    sa.Column('period', sa.String(length=30), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['bill_line_id'], ['bill_lines.id'], name=op.f('fk_receipt_lines_bill_line_id_bill_lines')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_receipt_lines_receipt_id_receipts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_lines'))
    )
    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_lines_bill_line_id'), ['bill_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_lines_receipt_id'), ['receipt_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_lines_receipt_id'))
        batch_op.drop_index(batch_op.f('ix_receipt_lines_bill_line_id'))

    op.drop_table('receipt_lines')
    with op.batch_alter_table('bill_waivers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bill_waivers_line_id'))

    op.drop_table('bill_waivers')
    with op.batch_alter_table('bill_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bill_lines_unit_id'))
        batch_op.drop_index(batch_op.f('ix_bill_lines_bill_id'))
        batch_op.drop_index(batch_op.f('ix_bill_lines_allocation_id'))

    op.drop_table('bill_lines')
    with op.batch_alter_table('share_allocations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_share_allocations_run_id'))

    op.drop_table('share_allocations')
    with op.batch_alter_table('prepayment_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_prepayment_entries_unit_id'))

    op.drop_table('prepayment_entries')
    with op.batch_alter_table('meter_readings', schema=None) as batch_op:
        batch_op.drop_index('ix_meter_readings_month')

    op.drop_table('meter_readings')
    with op.batch_alter_table('dunning_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dunning_contacts_unit_id'))

    op.drop_table('dunning_contacts')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipts_unit_id'))
        batch_op.drop_index('ix_receipts_cashier_day')

    op.drop_table('receipts')
    with op.batch_alter_table('meters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meters_unit_id'))
        batch_op.drop_index(batch_op.f('ix_meters_building_id'))

    op.drop_table('meters')
    with op.batch_alter_table('dunning_notices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dunning_notices_unit_id'))

    op.drop_table('dunning_notices')
    with op.batch_alter_table('bills', schema=None) as batch_op:
        batch_op.drop_index('ix_bills_unit_quarter')
        batch_op.drop_index(batch_op.f('ix_bills_run_id'))
        batch_op.drop_index('ix_bills_quarter')

    op.drop_table('bills')
    op.drop_table('handovers')
    op.drop_table('fee_standards')
    op.drop_table('billing_number_series')
    with op.batch_alter_table('bill_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bill_runs_quarter'))

    op.drop_table('bill_runs')
