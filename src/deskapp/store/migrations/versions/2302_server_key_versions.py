"""server: optimistic version columns on custody keys

Revision ID: 2302_server_key_versions
Revises: 2301_server_desk_sessions
Create Date: 2026-12-05 04:44:31.687649
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '2302_server_key_versions'
down_revision = '2301_server_desk_sessions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both backends: SQLite's batch mode would copy the table and drop
    # its triggers and break the foreign keys pointing at it
    op.add_column('custody_keys', sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('custody_keys', sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False))
    op.add_column('custody_keys', sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    op.drop_column('custody_keys', 'version')
    op.drop_column('custody_keys', 'updated_by')
    op.drop_column('custody_keys', 'updated_at')
