"""handover names who takes over

Revision ID: 0205_reception_handover_taker
Revises: 0202_reception_desk
Create Date: 2026-12-04 18:32:56.574847
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0205_reception_handover_taker'
down_revision = '0202_reception_desk'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rx_handovers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handed_to', sa.String(length=80), server_default='', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('rx_handovers', schema=None) as batch_op:
        batch_op.drop_column('handed_to')

