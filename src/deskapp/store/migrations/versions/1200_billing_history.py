"""billing: the old system's payment history (历史缴费)

Revision ID: 1200_billing_history
Revises: 1000_meetings
Create Date: 2026-12-05 01:05:45.584043
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# History is kept as it was brought in: neither the lines nor their batches are ever edited or
# deleted (a wrong import stays on record; the old system's figures are not ours to correct).
# `deskapp check` verifies these exact triggers (store/triggers.py).
_TABLES = ("payment_history", "payment_history_batches")
SQLITE = {
    **{f"{t}_no_update": f"""CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t}
       BEGIN SELECT RAISE(ABORT, '{t} is append-only: history is kept as imported, never edited'); END"""
       for t in _TABLES},
    **{f"{t}_no_delete": f"""CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
       BEGIN SELECT RAISE(ABORT, '{t} is append-only: history is never deleted'); END""" for t in _TABLES},
}
# money_refuse() is 0403_billing_append_only's
_PG = [f"""CREATE TRIGGER {t}_append_only BEFORE UPDATE OR DELETE ON {t}
       FOR EACH ROW EXECUTE FUNCTION money_refuse()""" for t in _TABLES]

revision = '1200_billing_history'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('payment_history_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('sheet', sa.String(length=100), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('billed', sa.BigInteger(), nullable=False),
    sa.Column('paid', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_history_batches')),
    sa.UniqueConstraint('sha256', name=op.f('uq_payment_history_batches_sha256'))
    )
    op.create_table('payment_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('receipt_no', sa.String(length=30), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('item', sa.String(length=40), nullable=False),
    sa.Column('period', sa.String(length=40), nullable=False),
    sa.Column('months', sa.Integer(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('billed', sa.BigInteger(), nullable=False),
    sa.Column('paid', sa.BigInteger(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('cashier', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['payment_history_batches.id'], name=op.f('fk_payment_history_batch_id_payment_history_batches')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_payment_history_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_history'))
    )
    with op.batch_alter_table('payment_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_history_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_history_paid_on'), ['paid_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_history_unit_id'), ['unit_id'], unique=False)
    dialect = op.get_bind().dialect.name
    for sql in (SQLITE.values() if dialect == "sqlite" else _PG if dialect == "postgresql" else ()):
        op.execute(sql)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in SQLITE:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        for t in _TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_append_only ON {t}")
    with op.batch_alter_table('payment_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_history_unit_id'))
        batch_op.drop_index(batch_op.f('ix_payment_history_paid_on'))
        batch_op.drop_index(batch_op.f('ix_payment_history_batch_id'))

    op.drop_table('payment_history')
    op.drop_table('payment_history_batches')
