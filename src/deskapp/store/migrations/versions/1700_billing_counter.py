"""billing: ad-hoc charges at the counter and combined payments

Revision ID: 1700_billing_counter
Revises: 1000_meetings
Create Date: 2026-12-05 01:33:16.100401
"""
from __future__ import annotations

from importlib import import_module

import sqlalchemy as sa
from alembic import op

# Plain ADD COLUMNs: a batch (copy-and-rename) would drop the append-only triggers of
# receipts (0403) and one_off_charges (0404). The downgrade has to batch, so it puts them back.

revision = '1700_billing_counter'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('one_off_charges', sa.Column('note', sa.String(length=100), server_default='', nullable=False))
    fk = 'fk_one_off_charges_repair_id_rx_repairs'
    if op.get_bind().dialect.name == "sqlite":  # SQLite adds a column's reference only in its ADD COLUMN
        op.execute(f"ALTER TABLE one_off_charges ADD COLUMN repair_id INTEGER CONSTRAINT {fk} REFERENCES rx_repairs (id)")
    else:
        op.add_column('one_off_charges', sa.Column('repair_id', sa.Integer(), nullable=True))
        op.create_foreign_key(fk, 'one_off_charges', 'rx_repairs', ['repair_id'], ['id'])
    op.create_index(op.f('ix_one_off_charges_repair_id'), 'one_off_charges', ['repair_id'], unique=False)
    op.add_column('receipts', sa.Column('group_no', sa.String(length=20), nullable=True))
    op.create_index(op.f('ix_receipts_group_no'), 'receipts', ['group_no'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_receipts_group_no'), table_name='receipts')
    op.drop_index(op.f('ix_one_off_charges_repair_id'), table_name='one_off_charges')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_column('group_no')
    with op.batch_alter_table('one_off_charges', schema=None) as batch_op:
        if op.get_bind().dialect.name != "sqlite":  # SQLite's ADD COLUMN … REFERENCES left the key unnamed:
            # the batch copy reflects it and leaves it out with its column
            batch_op.drop_constraint(batch_op.f('fk_one_off_charges_repair_id_rx_repairs'), type_='foreignkey')
        batch_op.drop_column('repair_id')
        batch_op.drop_column('note')
    if op.get_bind().dialect.name == "sqlite":  # the batch copies dropped the tables' triggers
        money = import_module("deskapp.store.migrations.versions.0403_billing_append_only")
        one_off = import_module("deskapp.store.migrations.versions.0404_billing_one_off_append_only")
        reference = import_module("deskapp.store.migrations.versions.0902_billing_payment_reference")
        op.execute(money.SQLITE["receipts_no_delete"])
        op.execute(reference.SQLITE["receipts_no_update"])  # 0902's guard replaced 0403's
        for sql in one_off.SQLITE.values():
            op.execute(sql)
