"""registry: an authorisation's last day

Revision ID: 0701_registry_people_edit
Revises: 0700_registry_indexes
Create Date: 2026-12-04 17:06:11.134495
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0701_registry_people_edit'
down_revision = '0700_registry_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('unit_people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('authority_until', sa.Date(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('unit_people', schema=None) as batch_op:
        batch_op.drop_column('authority_until')

