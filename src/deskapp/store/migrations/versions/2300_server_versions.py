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
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False))
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))

    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False))
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('updated_by')

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('updated_by')
        batch_op.drop_column('updated_at')

