"""billing: prepayments and deposits held at go-live

Revision ID: 1400_billing_opening_deposits
Revises: 1300_billing_deposits
Create Date: 2026-12-05 02:01:28.618302
"""
from __future__ import annotations

from importlib import import_module

import sqlalchemy as sa
from alembic import op

# A 期初预存 entry has no receipt of ours: receipt_id becomes nullable and the entry names the
# import record instead. The record is append-only as 1100's opening_imports; `deskapp check`
# verifies these triggers too.
SQLITE = {
    "opening_deposit_imports_no_update": """CREATE TRIGGER opening_deposit_imports_no_update BEFORE UPDATE
       ON opening_deposit_imports
       BEGIN SELECT RAISE(ABORT, 'opening_deposit_imports is append-only: import records are never edited'); END""",
    "opening_deposit_imports_no_delete": """CREATE TRIGGER opening_deposit_imports_no_delete BEFORE DELETE
       ON opening_deposit_imports
       BEGIN SELECT RAISE(ABORT, 'opening_deposit_imports is append-only: import records are never deleted'); END""",
}
# money_refuse() is the function 0403 made
_PG = """CREATE TRIGGER opening_deposit_imports_append_only BEFORE UPDATE OR DELETE ON opening_deposit_imports
       FOR EACH ROW EXECUTE FUNCTION money_refuse()"""
_LEDGER_TRIGGERS = ("prepayment_entries_no_update", "prepayment_entries_no_delete")


revision = '1400_billing_opening_deposits'
down_revision = '1300_billing_deposits'
branch_labels = None
depends_on = None


def _restore_ledger_triggers(dialect: str) -> None:
    """A batch (copy-and-rename) on SQLite drops prepayment_entries' append-only triggers: put 0403's back."""
    if dialect == "sqlite":
        billing = import_module("deskapp.store.migrations.versions.0403_billing_append_only")
        for name in _LEDGER_TRIGGERS:
            op.execute(billing.SQLITE[name])


def upgrade() -> None:
    op.create_table('opening_deposit_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file', sa.String(length=260), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('sheet', sa.String(length=120), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('by_kind', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opening_deposit_imports'))
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in _LEDGER_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('prepayment_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('opening_import_id', sa.Integer(), nullable=True))
        batch_op.alter_column('receipt_id',
               existing_type=sa.INTEGER(),
               nullable=True)
        batch_op.create_index(batch_op.f('ix_prepayment_entries_opening_import_id'), ['opening_import_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_prepayment_entries_opening_import_id_opening_deposit_imports'), 'opening_deposit_imports', ['opening_import_id'], ['id'])
    _restore_ledger_triggers(dialect)
    if dialect == "sqlite":
        for sql in SQLITE.values():
            op.execute(sql)
    elif dialect == "postgresql":
        op.execute(_PG)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in (*SQLITE, *_LEDGER_TRIGGERS):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS opening_deposit_imports_append_only ON opening_deposit_imports")
    with op.batch_alter_table('prepayment_entries', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_prepayment_entries_opening_import_id_opening_deposit_imports'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_prepayment_entries_opening_import_id'))
        batch_op.alter_column('receipt_id',
               existing_type=sa.INTEGER(),
               nullable=False)
        batch_op.drop_column('opening_import_id')
    _restore_ledger_triggers(dialect)
    op.drop_table('opening_deposit_imports')
