"""deposit money through the cashier's drawer

Revision ID: 2800_deposit_money
Revises: 2700_pg_application_guards
Create Date: 2026-12-05 07:16:36.238250
"""
from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

# Deposits taken and refunded at the point of service reach the cashier's 费用移交表 (issue 16):
# each money-moving entry (收取, 退还) records its method, reference, cashier and day, and
# deposit_handovers links it to the handover that counted it, once (its key). The link table is
# append-only on both backends; `deskapp check` verifies these triggers (store/triggers.py).
#
# Existing entries: method 现金 unless known (a TF refund's entry takes its refund's method and
# reference; a card deposit moved in from the old card moved no money and stays NULL). Their
# cashier stays NULL: they were counted (or not) by the handovers made before this revision, and
# a NULL cashier keeps them off every handover from now on, so old handovers do not change.
# The data step has to lift deposit_entries' append-only trigger for its one UPDATE.
_1300 = importlib.import_module("deskapp.store.migrations.versions.1300_billing_deposits")

SQLITE = {
    "deposit_handovers_no_update": """CREATE TRIGGER deposit_handovers_no_update BEFORE UPDATE ON deposit_handovers
       BEGIN SELECT RAISE(ABORT, 'deposit_handovers is append-only: an entry is handed over once'); END""",
    "deposit_handovers_no_delete": """CREATE TRIGGER deposit_handovers_no_delete BEFORE DELETE ON deposit_handovers
       BEGIN SELECT RAISE(ABORT, 'deposit_handovers is append-only: an entry is handed over once'); END""",
}
_PG = ["""CREATE TRIGGER deposit_handovers_append_only BEFORE UPDATE OR DELETE ON deposit_handovers
       FOR EACH ROW EXECUTE FUNCTION money_refuse()"""]

_FILL = """UPDATE deposit_entries SET
    method = COALESCE((SELECT r.method FROM refunds r WHERE r.id = deposit_entries.refund_id), 'CASH'),
    pay_ref = (SELECT r.pay_ref FROM refunds r WHERE r.id = deposit_entries.refund_id)
    WHERE kind IN ('TAKEN', 'REFUNDED') AND NOT (kind = 'TAKEN' AND reason LIKE '由原卡%转入')"""


def _fill(dialect: str) -> None:
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS deposit_entries_no_update")
        op.execute(_FILL)
        op.execute(_1300.SQLITE["deposit_entries_no_update"])
    else:
        op.execute("ALTER TABLE deposit_entries DISABLE TRIGGER deposit_entries_append_only")
        op.execute(_FILL)
        op.execute("ALTER TABLE deposit_entries ENABLE TRIGGER deposit_entries_append_only")



revision = '2800_deposit_money'
down_revision = '2700_pg_application_guards'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deposit_handovers',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('handover_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['deposit_entries.id'], name=op.f('fk_deposit_handovers_entry_id_deposit_entries')),
    sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], name=op.f('fk_deposit_handovers_handover_id_handovers')),
    sa.PrimaryKeyConstraint('entry_id', name=op.f('pk_deposit_handovers'))
    )
    with op.batch_alter_table('deposit_handovers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deposit_handovers_handover_id'), ['handover_id'], unique=False)

    # ADD COLUMN keeps the table (and its triggers): no batch copy
    with op.batch_alter_table('deposit_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('method', sa.Enum('CASH', 'WECHAT', 'ALIPAY', 'CARD', 'TRANSFER', 'PREPAID', name='paymethod', native_enum=False, length=24), nullable=True))
        batch_op.add_column(sa.Column('pay_ref', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('cashier', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('day', sa.Date(), nullable=True))
        batch_op.create_index('ix_deposit_entries_cashier_day', ['cashier', 'day'], unique=False)
    dialect = op.get_bind().dialect.name
    for sql in (SQLITE.values() if dialect == "sqlite" else _PG):
        op.execute(sql)
    _fill(dialect)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # the batch copy of the table would lose its triggers: drop and re-create them
        op.execute("DROP TRIGGER IF EXISTS deposit_entries_no_update")
        op.execute("DROP TRIGGER IF EXISTS deposit_entries_no_delete")
    with op.batch_alter_table('deposit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_deposit_entries_cashier_day')
        batch_op.drop_column('day')
        batch_op.drop_column('cashier')
        batch_op.drop_column('pay_ref')
        batch_op.drop_column('method')

    with op.batch_alter_table('deposit_handovers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deposit_handovers_handover_id'))

    op.drop_table('deposit_handovers')
    if sqlite:
        op.execute(_1300.SQLITE["deposit_entries_no_update"])
        op.execute(_1300.SQLITE["deposit_entries_no_delete"])
