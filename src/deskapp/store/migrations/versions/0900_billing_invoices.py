"""billing: invoice buyers and invoice requests (发票)

Revision ID: 0900_billing_invoices
Revises: 0800_numbering_one_table
Create Date: 2026-12-04 23:45:04.165640
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0900_billing_invoices'
down_revision = '0800_numbering_one_table'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('invoice_buyers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('tax_no', sa.String(length=18), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_invoice_buyers_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_buyers')),
    sa.UniqueConstraint('unit_id', name=op.f('uq_invoice_buyers_unit_id'))
    )
    op.create_table('invoice_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('tax_no', sa.String(length=18), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('state', sa.Enum('PENDING', 'ISSUED', 'WITHDRAWN', name='invoicestate', native_enum=False, length=24), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('requested_by', sa.String(length=80), nullable=False),
    sa.Column('invoice_no', sa.String(length=20), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('recorded_by', sa.String(length=80), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('withdrawn_by', sa.String(length=80), nullable=True),
    sa.Column('withdraw_reason', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_invoice_requests_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_requests')),
    sa.UniqueConstraint('number', name=op.f('uq_invoice_requests_number'))
    )
    with op.batch_alter_table('invoice_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_requests_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_requests_unit_id'), ['unit_id'], unique=False)

    op.create_table('invoice_request_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('tax_class', sa.Enum('WATER', 'SERVICE', name='taxclass', native_enum=False, length=24), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_invoice_request_lines_receipt_id_receipts')),
    sa.ForeignKeyConstraint(['request_id'], ['invoice_requests.id'], name=op.f('fk_invoice_request_lines_request_id_invoice_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_request_lines'))
    )
    with op.batch_alter_table('invoice_request_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_request_lines_receipt_id'), ['receipt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_request_lines_request_id'), ['request_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('invoice_request_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_request_lines_request_id'))
        batch_op.drop_index(batch_op.f('ix_invoice_request_lines_receipt_id'))

    op.drop_table('invoice_request_lines')
    with op.batch_alter_table('invoice_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_requests_unit_id'))
        batch_op.drop_index(batch_op.f('ix_invoice_requests_state'))

    op.drop_table('invoice_requests')
    op.drop_table('invoice_buyers')
