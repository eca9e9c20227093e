"""reception: 回访方式 of a request's and a repair order's callback

The 完成/回访/完工 forms now ask who did the step, when, and — for a callback — how the owner was
reached (电话/上门/短信/微信), as the 处理单 and the 维修单 record it. 处理人, 完成时间, 回访人 and
回访时间 had their columns already; `callback_method` is new on both tables ('' for the callbacks
made before, whose way was not asked).

Revision ID: 2981_callback_method
Revises: 2976_request_numbers
Create Date: 2026-12-07 02:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2981_callback_method'
down_revision = '2976_request_numbers'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both backends (SQLite's batch mode would copy the tables)
    op.add_column('rx_requests', sa.Column('callback_method', sa.String(length=8), server_default='', nullable=False))
    op.add_column('rx_repairs', sa.Column('callback_method', sa.String(length=8), server_default='', nullable=False))


def downgrade() -> None:
    op.drop_column('rx_repairs', 'callback_method')
    op.drop_column('rx_requests', 'callback_method')
