"""registry: indexes for name and pinyin search

Revision ID: 0700_registry_indexes
Revises: 0001_foundation
Create Date: 2026-11-27 11:09:40.988713
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0700_registry_indexes'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_pinyin'), ['pinyin'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_pinyin'))
        batch_op.drop_index(batch_op.f('ix_people_name'))

