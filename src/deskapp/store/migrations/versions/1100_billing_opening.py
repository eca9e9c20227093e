"""billing: opening bills (期初) and their import records

Revision ID: 1100_billing_opening
Revises: 1000_meetings
Create Date: 2026-12-05 01:04:34.868330
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# An opening import's record is what `deskapp check` holds the opening bills to: append-only,
# as the bills themselves (0403); `deskapp check` verifies these triggers too.
SQLITE = {
    "opening_imports_no_update": """CREATE TRIGGER opening_imports_no_update BEFORE UPDATE ON opening_imports
       BEGIN SELECT RAISE(ABORT, 'opening_imports is append-only: import records are never edited'); END""",
    "opening_imports_no_delete": """CREATE TRIGGER opening_imports_no_delete BEFORE DELETE ON opening_imports
       BEGIN SELECT RAISE(ABORT, 'opening_imports is append-only: import records are never deleted'); END""",
}
# money_refuse() is the function 0403 made
_PG = """CREATE TRIGGER opening_imports_append_only BEFORE UPDATE OR DELETE ON opening_imports
       FOR EACH ROW EXECUTE FUNCTION money_refuse()"""


revision = '1100_billing_opening'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('opening_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('file', sa.String(length=260), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('sheets', sa.Text(), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('units', sa.Integer(), nullable=False),
    sa.Column('lines', sa.Integer(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('by_item', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['bill_runs.id'], name=op.f('fk_opening_imports_run_id_bill_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opening_imports'))
    )
    with op.batch_alter_table('opening_imports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opening_imports_run_id'), ['run_id'], unique=False)

    # a plain ADD COLUMN: a batch (copy-and-rename) would drop bills' append-only triggers
    op.add_column('bills', sa.Column('opening', sa.Boolean(), server_default=sa.false(), nullable=False))
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for sql in SQLITE.values():
            op.execute(sql)
    elif dialect == "postgresql":
        op.execute(_PG)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in SQLITE:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS opening_imports_append_only ON opening_imports")
    with op.batch_alter_table('bills', schema=None) as batch_op:
        batch_op.drop_column('opening')
    # the batch copy dropped bills' triggers: put 0403's back
    from importlib import import_module
    billing = import_module("deskapp.store.migrations.versions.0403_billing_append_only")
    if dialect == "sqlite":
        for name in ("bills_no_update", "bills_no_delete"):
            op.execute(billing.SQLITE[name])

    with op.batch_alter_table('opening_imports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opening_imports_run_id'))

    op.drop_table('opening_imports')
