"""server: desks signed in (desk_sessions)

Revision ID: 2301_server_desk_sessions
Revises: 2300_server_versions
Create Date: 2026-12-05 04:31:41.700403
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '2301_server_desk_sessions'
down_revision = '2300_server_versions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('desk_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('desk', sa.String(length=63), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('display_name', sa.String(length=80), nullable=False),
    sa.Column('since', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_desk_sessions'))
    )
    with op.batch_alter_table('desk_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_desk_sessions_open', ['ended_at', 'last_seen'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('desk_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_desk_sessions_open')

    op.drop_table('desk_sessions')
