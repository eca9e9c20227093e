"""server: trigram indexes for the search box's part-of-a-name / part-of-a-code match, and the
unit register's natural order

The search box matches part of a name (`people.name LIKE '%…%'`) and part of a unit code
(`units.code ILIKE '%…%'`, the register's filter too). No B-tree serves a pattern with a leading
wildcard, so a server read every row of both tables for each key typed (pg_search_p95_ms 220 ms
at 20,000 units). pg_trgm's GIN index serves LIKE and ILIKE alike. PostgreSQL only: SQLite has
no trigram index, and its searches stay as they were. pg_trgm is a trusted extension: the
database's owner role may create it (`deskapp server setup` does, before the upgrade).

The unit register lists every unit's id in natural code order (2-1-201 before 10-1-101): without
an index in that collation (1700_server_unit_order's ICU "unit_code") the server sorted all
20,000 codes through ICU at each opening (130 ms); the index is walked in order instead.

Revision ID: 2810_pg_search_trgm
Revises: 2700_pg_application_guards
Create Date: 2026-12-05 07:30:00
"""
from __future__ import annotations

from alembic import op

revision = '2810_pg_search_trgm'
down_revision = '2700_pg_application_guards'
branch_labels = None
depends_on = None

_INDEXES = (("ix_trgm_people_name", "people", "name"), ("ix_trgm_units_code", "units", "code"))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, column in _INDEXES:
        op.create_index(name, table, [column], postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"})
    op.create_index("ix_units_code_natural", "units", ["code", "id"], postgresql_ops={"code": 'COLLATE "unit_code"'})


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_units_code_natural", table_name="units")
    for name, table, _ in _INDEXES:
        op.drop_index(name, table_name=table)
