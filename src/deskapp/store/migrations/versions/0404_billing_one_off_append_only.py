"""billing: one-off charges are append-only money records too

Revision ID: 0404_billing_one_off_append_only
Revises: 0403_billing_append_only
Create Date: 2026-12-04 19:55:00
"""
from __future__ import annotations

from alembic import op

# A one-off charge (交房 fees, counter charges) is money on a receipt: it is voided with its
# receipt, never edited or deleted. 0403 left it out; `deskapp check` verifies these triggers too.
SQLITE = {
    "one_off_charges_no_update": """CREATE TRIGGER one_off_charges_no_update BEFORE UPDATE ON one_off_charges
       BEGIN SELECT RAISE(ABORT, 'one_off_charges is append-only: money records are reversed, never edited'); END""",
    "one_off_charges_no_delete": """CREATE TRIGGER one_off_charges_no_delete BEFORE DELETE ON one_off_charges
       BEGIN SELECT RAISE(ABORT, 'one_off_charges is append-only: money records are never deleted'); END""",
}
# money_refuse() is the function 0403 made
_PG = """CREATE TRIGGER one_off_charges_append_only BEFORE UPDATE OR DELETE ON one_off_charges
       FOR EACH ROW EXECUTE FUNCTION money_refuse()"""

revision = '0404_billing_one_off_append_only'
down_revision = '0403_billing_append_only'
branch_labels = None
depends_on = None


def upgrade() -> None:
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
        op.execute("DROP TRIGGER IF EXISTS one_off_charges_append_only ON one_off_charges")
