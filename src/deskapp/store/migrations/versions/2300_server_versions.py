"""server: optimistic version columns on units and people

Revision ID: 2300_server_versions
Revises: 1000_meetings
Create Date: 2026-12-05 04:23:57.530122
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '2300_server_versions'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both backends: SQLite's batch mode would copy the table and drop
    # its triggers and break the foreign keys pointing at it
    op.add_column('people', sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('people', sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False))
    op.add_column('people', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.add_column('units', sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False))
    op.add_column('units', sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    op.drop_column('units', 'version')
    op.drop_column('units', 'updated_by')
    op.drop_column('people', 'version')
    op.drop_column('people', 'updated_by')
    op.drop_column('people', 'updated_at')
