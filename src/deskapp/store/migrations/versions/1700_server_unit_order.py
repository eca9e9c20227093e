"""server: unit codes in natural order on PostgreSQL too (the unit_code collation)

Revision ID: 1700_server_unit_order
Revises: 0001_foundation
Create Date: 2026-12-05 01:30:00
"""
from __future__ import annotations

from alembic import op

# Registers are paged and sorted in SQL by `natural(Unit.code)` (store/natural.py): 2-1-201
# before 10-1-101. SQLite gets that order from a collation the program registers on each
# connection. PostgreSQL keeps collations in the database: ICU's root locale with numeric
# ordering (kn) compares digit runs as numbers, the rest as text — the order of
# domain/unit_order.py (checked against it on the demo's 1,200 codes and the odd cases). Made
# here, by the owner, so that a desk's role needs no right to create anything.
_PG = "CREATE COLLATION IF NOT EXISTS unit_code (provider = icu, locale = 'und-u-kn-true')"

revision = '1700_server_unit_order'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP COLLATION IF EXISTS unit_code")
