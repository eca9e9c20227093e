"""server: optimistic version columns on decorations, parking leases, cards and settings

The remaining records two desks may change at once from a form (issue 18 §3): a decoration
(延期), a parking lease (续租), a vehicle card (续费), a centre setting. As 2300–2302: the form
sends back the version it loaded, and a save over another desk's is refused naming them.

Revision ID: 2811_more_versions
Revises: 2810_pg_search_trgm
Create Date: 2026-12-05 07:32:47.191514
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2811_more_versions'
down_revision = '2810_pg_search_trgm'
branch_labels = None
depends_on = None

_TABLES = ('decorations', 'parking_leases', 'cards', 'settings')


def upgrade() -> None:
    # plain ALTER TABLE on both backends: SQLite's batch mode would copy the table and drop
    # its triggers and break the foreign keys pointing at it
    for table in _TABLES:
        op.add_column(table, sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        op.add_column(table, sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False))
        op.add_column(table, sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    for table in _TABLES:
        op.drop_column(table, 'version')
        op.drop_column(table, 'updated_by')
        op.drop_column(table, 'updated_at')
