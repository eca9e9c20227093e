"""reception: index for the supervisor's list

Revision ID: 0201_reception_escalated
Revises: 0200_reception
Create Date: 2026-11-27 11:19:36.771114
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0201_reception_escalated'
down_revision = '0200_reception'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rx_requests', schema=None) as batch_op:
        batch_op.create_index('ix_rx_requests_escalated', ['escalated', 'major_acknowledged_by'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('rx_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_rx_requests_escalated')

