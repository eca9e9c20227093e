"""calendar: holidays of the duty calendar

Revision ID: 2200_duty_calendar
Revises: 1000_meetings
Create Date: 2026-12-05 04:24:55.998041
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '2200_duty_calendar'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('duty_holidays',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=30), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_holidays')),
    sa.UniqueConstraint('day', name=op.f('uq_duty_holidays_day'))
    )


def downgrade() -> None:
    op.drop_table('duty_holidays')
