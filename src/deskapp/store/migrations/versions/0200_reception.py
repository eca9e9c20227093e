"""reception: requests, repairs, defects, log, handovers, mail, notices, violations

Revision ID: 0200_reception
Revises: 0001_foundation
Create Date: 2026-11-27 10:18:02.953045
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0200_reception'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rx_counters',
    sa.Column('series', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', 'year', name=op.f('pk_rx_counters'))
    )
    op.create_table('rx_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=16), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('from_state', sa.String(length=16), nullable=False),
    sa.Column('to_state', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_events'))
    )
    with op.batch_alter_table('rx_events', schema=None) as batch_op:
        batch_op.create_index('ix_rx_events_entity', ['entity', 'entity_id', 'at'], unique=False)

    op.create_table('rx_handovers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_date', sa.Date(), nullable=False),
    sa.Column('state', sa.Enum('DRAFT', 'HANDED', 'RECEIVED', name='handoverstate', native_enum=False, length=24), nullable=False),
    sa.Column('drafted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('drafted_by', sa.String(length=80), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('handed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('received_by', sa.String(length=80), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_handovers'))
    )
    with op.batch_alter_table('rx_handovers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rx_handovers_shift_date'), ['shift_date'], unique=False)

    op.create_table('rx_notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('target', sa.Enum('ALL', 'BUILDINGS', 'UNITS', name='noticetarget', native_enum=False, length=24), nullable=False),
    sa.Column('target_codes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_notices'))
    )
    op.create_table('rx_handover_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handover_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('area', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('ref', sa.String(length=24), nullable=False),
    sa.Column('unit_code', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('due', sa.DateTime(timezone=True), nullable=True),
    sa.Column('overdue', sa.Boolean(), nullable=False),
    sa.Column('priority', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['handover_id'], ['rx_handovers.id'], name=op.f('fk_rx_handover_items_handover_id_rx_handovers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_handover_items'))
    )
    with op.batch_alter_table('rx_handover_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rx_handover_items_handover_id'), ['handover_id'], unique=False)

    op.create_table('rx_defects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.Enum('LEAK', 'CRACK', 'DOOR_WINDOW', 'PIPES', 'FLOOR', 'OTHER', name='defectkind', native_enum=False, length=24), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('reported_by', sa.String(length=40), nullable=False),
    sa.Column('responsible', sa.String(length=80), nullable=False),
    sa.Column('state', sa.Enum('OPEN', 'WORKING', 'ESCALATED', 'FIXED', name='defectstate', native_enum=False, length=24), nullable=False),
    sa.Column('registered_by', sa.String(length=80), nullable=False),
    sa.Column('fixed_on', sa.Date(), nullable=True),
    sa.Column('last_followup', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_rx_defects_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_defects'))
    )
    with op.batch_alter_table('rx_defects', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rx_defects_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_rx_defects_unit_id'), ['unit_id'], unique=False)

    op.create_table('rx_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('channel', sa.Enum('PHONE', 'VISIT', 'WRITTEN', 'SMS', 'OTHER', name='channel', native_enum=False, length=24), nullable=False),
    sa.Column('visitor', sa.String(length=40), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('matter', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('clerk', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_rx_log_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_log'))
    )
    with op.batch_alter_table('rx_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rx_log_at'), ['at'], unique=False)

    op.create_table('rx_mail',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('LETTER', 'REGISTERED', 'PARCEL', 'NEWSPAPER', 'OTHER', name='mailkind', native_enum=False, length=24), nullable=False),
    sa.Column('sender', sa.String(length=80), nullable=False),
    sa.Column('tracking', sa.String(length=40), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('registered_by', sa.String(length=80), nullable=False),
    sa.Column('notified', sa.Enum('NONE', 'PHONE', 'SMS', name='notified', native_enum=False, length=24), nullable=False),
    sa.Column('notified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('place', sa.Enum('DESK', 'MAILBOX', 'COLLECTED', name='mailplace', native_enum=False, length=24), nullable=False),
    sa.Column('collected_by', sa.String(length=40), nullable=False),
    sa.Column('collected_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('handed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_rx_mail_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_mail'))
    )
    with op.batch_alter_table('rx_mail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rx_mail_place'), ['place'], unique=False)
        batch_op.create_index(batch_op.f('ix_rx_mail_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_rx_mail_unit_id'), ['unit_id'], unique=False)

    op.create_table('rx_notice_deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('phones', sa.Integer(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['rx_notices.id'], name=op.f('fk_rx_notice_deliveries_notice_id_rx_notices')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_rx_notice_deliveries_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_notice_deliveries'))
    )
    with op.batch_alter_table('rx_notice_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rx_notice_deliveries_notice_id'), ['notice_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rx_notice_deliveries_unit_id'), ['unit_id'], unique=False)

    op.create_table('rx_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(length=120), nullable=False),
    sa.Column('caller', sa.String(length=40), nullable=False),
    sa.Column('caller_phone', sa.String(length=20), nullable=True),
    sa.Column('channel', sa.Enum('PHONE', 'VISIT', 'WRITTEN', 'SMS', 'OTHER', name='channel', native_enum=False, length=24), nullable=False),
    sa.Column('kind', sa.Enum('COMPLAINT', 'SERVICE', 'ENQUIRY', 'SUGGESTION', 'GAS', 'CABLE_TV', 'TELEPHONE', 'BROADBAND', name='requestkind', native_enum=False, length=24), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('urgency', sa.Enum('NORMAL', 'URGENT', 'CRITICAL', name='urgency', native_enum=False, length=24), nullable=False),
    sa.Column('major', sa.Boolean(), nullable=False),
    sa.Column('major_acknowledged_by', sa.String(length=80), nullable=True),
    sa.Column('source', sa.String(length=60), nullable=False),
    sa.Column('state', sa.Enum('PENDING', 'DISPATCHED', 'IN_PROGRESS', 'DEFERRED', 'DONE', 'CALLED_BACK', 'CLOSED', name='requeststate', native_enum=False, length=24), nullable=False),
    sa.Column('department', sa.Enum('ENGINEERING', 'CLEANING', 'SECURITY', 'GREENING', 'SERVICE', 'FINANCE', 'OTHER', name='department', native_enum=False, length=24), nullable=True),
    sa.Column('handler', sa.String(length=40), nullable=False),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('registered_by', sa.String(length=80), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('deferred_until', sa.Date(), nullable=True),
    sa.Column('dispatched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('callback_result', sa.Enum('SATISFIED', 'FAIRLY', 'UNSATISFIED', name='callbackresult', native_enum=False, length=24), nullable=True),
    sa.Column('callback_note', sa.Text(), nullable=False),
    sa.Column('callback_by', sa.String(length=80), nullable=False),
    sa.Column('callback_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('escalated', sa.Boolean(), nullable=False),
    sa.Column('repair_number', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_rx_requests_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_requests'))
    )
    with op.batch_alter_table('rx_requests', schema=None) as batch_op:
        batch_op.create_index('ix_rx_requests_at', ['registered_at'], unique=False)
        batch_op.create_index('ix_rx_requests_state_at', ['state', 'registered_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_rx_requests_unit_id'), ['unit_id'], unique=False)

    op.create_table('rx_violations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('BUILDING', 'DECORATION', 'PARKING', 'OCCUPATION', 'LITTER', 'PETS', 'NOISE', 'OTHER', name='violationkind', native_enum=False, length=24), nullable=False),
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('found_by', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('demanded', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('state', sa.Enum('OPEN', 'ESCALATED', 'RECTIFIED', 'CLOSED', name='violationstate', native_enum=False, length=24), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('registered_by', sa.String(length=80), nullable=False),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('escalated_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_rx_violations_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_violations'))
    )
    with op.batch_alter_table('rx_violations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rx_violations_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_rx_violations_unit_id'), ['unit_id'], unique=False)

    op.create_table('rx_repairs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('scope', sa.Enum('PUBLIC', 'IN_UNIT', name='repairscope', native_enum=False, length=24), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(length=120), nullable=False),
    sa.Column('fault', sa.Text(), nullable=False),
    sa.Column('reported_by', sa.String(length=40), nullable=False),
    sa.Column('reporter_phone', sa.String(length=20), nullable=True),
    sa.Column('urgency', sa.Enum('NORMAL', 'URGENT', 'CRITICAL', name='urgency', native_enum=False, length=24), nullable=False),
    sa.Column('source', sa.String(length=60), nullable=False),
    sa.Column('paid', sa.Boolean(), nullable=False),
    sa.Column('technician', sa.String(length=40), nullable=False),
    sa.Column('state', sa.Enum('REPORTED', 'DISPATCHED', 'WORKING', 'FINISHED', 'CLOSED', 'CANCELLED', name='repairstate', native_enum=False, length=24), nullable=False),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('registered_by', sa.String(length=80), nullable=False),
    sa.Column('dispatched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('arrived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('work_done', sa.Text(), nullable=False),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('charge', sa.BigInteger(), nullable=True),
    sa.Column('check_ok', sa.Boolean(), nullable=True),
    sa.Column('checked_by', sa.String(length=80), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('callback_result', sa.Enum('SATISFIED', 'FAIRLY', 'UNSATISFIED', name='callbackresult', native_enum=False, length=24), nullable=True),
    sa.Column('callback_note', sa.Text(), nullable=False),
    sa.Column('rework_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['rx_requests.id'], name=op.f('fk_rx_repairs_request_id_rx_requests')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_rx_repairs_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_repairs')),
    sa.UniqueConstraint('number', name=op.f('uq_rx_repairs_number')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_rx_repairs_year_seq'))
    )
    with op.batch_alter_table('rx_repairs', schema=None) as batch_op:
        batch_op.create_index('ix_rx_repairs_at', ['reported_at'], unique=False)
        batch_op.create_index('ix_rx_repairs_state_at', ['state', 'reported_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_rx_repairs_unit_id'), ['unit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('rx_repairs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rx_repairs_unit_id'))
        batch_op.drop_index('ix_rx_repairs_state_at')
        batch_op.drop_index('ix_rx_repairs_at')

    op.drop_table('rx_repairs')
    with op.batch_alter_table('rx_violations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rx_violations_unit_id'))
        batch_op.drop_index(batch_op.f('ix_rx_violations_state'))

    op.drop_table('rx_violations')
    with op.batch_alter_table('rx_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rx_requests_unit_id'))
        batch_op.drop_index('ix_rx_requests_state_at')
        batch_op.drop_index('ix_rx_requests_at')

    op.drop_table('rx_requests')
    with op.batch_alter_table('rx_notice_deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rx_notice_deliveries_unit_id'))
        batch_op.drop_index(batch_op.f('ix_rx_notice_deliveries_notice_id'))

    op.drop_table('rx_notice_deliveries')
    with op.batch_alter_table('rx_mail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rx_mail_unit_id'))
        batch_op.drop_index(batch_op.f('ix_rx_mail_received_at'))
        batch_op.drop_index(batch_op.f('ix_rx_mail_place'))

    op.drop_table('rx_mail')
    with op.batch_alter_table('rx_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rx_log_at'))

    op.drop_table('rx_log')
    with op.batch_alter_table('rx_defects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rx_defects_unit_id'))
        batch_op.drop_index(batch_op.f('ix_rx_defects_state'))

    op.drop_table('rx_defects')
    with op.batch_alter_table('rx_handover_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rx_handover_items_handover_id'))

    op.drop_table('rx_handover_items')
    op.drop_table('rx_notices')
    with op.batch_alter_table('rx_handovers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rx_handovers_shift_date'))

    op.drop_table('rx_handovers')
    with op.batch_alter_table('rx_events', schema=None) as batch_op:
        batch_op.drop_index('ix_rx_events_entity')

    op.drop_table('rx_events')
    op.drop_table('rx_counters')
