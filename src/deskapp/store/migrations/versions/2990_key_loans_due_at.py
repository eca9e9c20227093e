"""keys: key loans indexed for the duty calendar's 钥匙归还核对

The duty calendar counts the loans due on a day and those still out at its end, for the clerk's
morning list (今日) and the calendar grid. Both counts read every loan ever made (25,000 at 20,000
units, ~45 ms a day asked; the morning list asks two days). An index on `due_at` answers the first;
`lent_at` added to ix_key_loans_open_due (returned_at, due_at) answers the second from the index.

Revision ID: 2990_key_loans_due_at
Revises: 2960_handover_places_go_live_sheets
Create Date: 2026-12-06 14:10:00
"""
from __future__ import annotations

from alembic import op

revision = '2990_key_loans_due_at'
down_revision = '2960_handover_places_go_live_sheets'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_key_loans_due_at', 'key_loans', ['due_at'], unique=False)
    op.drop_index('ix_key_loans_open_due', table_name='key_loans')
    op.create_index('ix_key_loans_open_due', 'key_loans', ['returned_at', 'due_at', 'lent_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_key_loans_open_due', table_name='key_loans')
    op.create_index('ix_key_loans_open_due', 'key_loans', ['returned_at', 'due_at'], unique=False)
    op.drop_index('ix_key_loans_due_at', table_name='key_loans')
