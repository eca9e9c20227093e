"""rectification notices for violations

Revision ID: 0202_reception_desk
Revises: 0201_reception_escalated
Create Date: 2026-12-04 17:22:17.483635
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0202_reception_desk'
down_revision = '0201_reception_escalated'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rx_violation_notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('violation_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_by', sa.String(length=80), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['violation_id'], ['rx_violations.id'], name=op.f('fk_rx_violation_notices_violation_id_rx_violations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_violation_notices')),
    sa.UniqueConstraint('number', name=op.f('uq_rx_violation_notices_number')),
    sa.UniqueConstraint('violation_id', name=op.f('uq_rx_violation_notices_violation_id'))
    )


def downgrade() -> None:
    op.drop_table('rx_violation_notices')
