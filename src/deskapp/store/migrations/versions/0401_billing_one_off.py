"""one-off charges (move-in fees)

Revision ID: 0401_billing_one_off
Revises: 0400_billing
Create Date: 2026-12-04 17:07:48.754745
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0401_billing_one_off'
down_revision = '0400_billing'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('one_off_charges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('occasion', sa.String(length=20), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_one_off_charges_receipt_id_receipts')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_one_off_charges_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_one_off_charges')),
    sa.UniqueConstraint('number', name=op.f('uq_one_off_charges_number'))
    )
    with op.batch_alter_table('one_off_charges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_one_off_charges_receipt_id'), ['receipt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_one_off_charges_unit_id'), ['unit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('one_off_charges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_one_off_charges_unit_id'))
        batch_op.drop_index(batch_op.f('ix_one_off_charges_receipt_id'))

    op.drop_table('one_off_charges')
