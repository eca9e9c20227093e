"""community: boards and activities edited from a form; an activity called off

A steward who mistyped a board's theme or an activity's time had no way to put it right, and an
activity called off (rain, the hall taken) could only be left standing. Boards and activities
get the optimistic version columns of a record edited in place (as 2811: a save over another
desk's is refused naming them), and an activity its cancellation: when, by whom, why.

Revision ID: 2910_community_edits
Revises: 2001_community_files
Create Date: 2026-12-05 21:45:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2910_community_edits'
down_revision = '2001_community_files'
branch_labels = None
depends_on = None

_TABLES = ('community_boards', 'community_activities')


def upgrade() -> None:
    # plain ALTER TABLE on both backends: SQLite's batch mode would copy the table and drop
    # its triggers and break the foreign keys pointing at it
    for table in _TABLES:
        op.add_column(table, sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        op.add_column(table, sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False))
        op.add_column(table, sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.add_column('community_activities', sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('community_activities', sa.Column('cancelled_by', sa.String(length=80), nullable=True))
    op.add_column('community_activities', sa.Column('cancel_reason', sa.String(length=200), nullable=True))


def downgrade() -> None:
    for column in ('cancel_reason', 'cancelled_by', 'cancelled_at'):
        op.drop_column('community_activities', column)
    for table in _TABLES:
        op.drop_column(table, 'version')
        op.drop_column(table, 'updated_by')
        op.drop_column(table, 'updated_at')
