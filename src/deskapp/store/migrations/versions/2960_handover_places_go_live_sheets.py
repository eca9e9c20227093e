"""reception: a handover item keeps where it is taken on (转到)

The morning list's items open where they are taken on (`OpenItem.place` / `record`), but the items
of 《客服部工作交接表》 were stored without it, so the next clerk could not open one. An item keeps
its place and its record there: an id (`record_id`) or a paper's number (`record_number`). Items
drafted before this have none (place "").

Revision ID: 2960_handover_item_places
Revises: 2940_survey_visit_notes
Create Date: 2026-12-06 08:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2960_handover_item_places'
down_revision = '2940_survey_visit_notes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both backends (as 2920): SQLite's batch mode would copy the table
    op.add_column('rx_handover_items', sa.Column('place', sa.String(length=24), server_default='', nullable=False))
    op.add_column('rx_handover_items', sa.Column('record_id', sa.Integer(), nullable=True))
    op.add_column('rx_handover_items', sa.Column('record_number', sa.String(length=40), server_default='',
                                                 nullable=False))


def downgrade() -> None:
    op.drop_column('rx_handover_items', 'record_number')
    op.drop_column('rx_handover_items', 'record_id')
    op.drop_column('rx_handover_items', 'place')
