"""accounts: login throttle instead of lock-out

Failed sign-ins are counted per typed user name in login_throttle (unknown names too), so the
lock-out columns of users go. They are dropped with SQLite's own ALTER TABLE … DROP COLUMN
(3.35+), not a batch rebuild: the audit log's rows reference users, and rebuilding the table
under them is what a batch would do.

Revision ID: 0101_accounts_login_throttle
Revises: 0100_accounts
Create Date: 2026-12-04 17:09:26.712543
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0101_accounts_login_throttle'
down_revision = '0100_accounts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('login_throttle',
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('next_try_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_login_throttle'))
    )
    op.drop_column('users', 'failed_logins')
    op.drop_column('users', 'locked_until')



def downgrade() -> None:
    op.add_column('users', sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
    op.add_column('users', sa.Column('failed_logins', sa.Integer(), nullable=False, server_default='0'))

    op.drop_table('login_throttle')
