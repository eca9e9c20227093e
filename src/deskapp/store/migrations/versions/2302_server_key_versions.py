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
    with op.batch_alter_table('custody_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False))
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('custody_keys', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('updated_by')
        batch_op.drop_column('updated_at')

