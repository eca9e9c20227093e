"""reception: a handover item keeps where it is taken on (转到); importing: each go-live import's
上线数据核对表 is kept for a reprint

The morning list's items open where they are taken on (`OpenItem.place` / `record`), but the items
of 《客服部工作交接表》 were stored without it, so the next clerk could not open one. An item keeps
its place and its record there: an id (`record_id`) or a paper's number (`record_number`). Items
drafted before this have none (place "").

The go-live import wizard offered 《上线数据核对表》 only on its last page; once closed it was gone.
`go_live_sheets` keeps what each import posted (its kind, file, sheet, rows and figures, when and by
whom) so the supervisor can print it again later. Imports made before this are not in it.

Revision ID: 2960_handover_places_go_live_sheets
Revises: 2950_fee_standard_withdrawn
Create Date: 2026-12-06 08:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2960_handover_places_go_live_sheets'
down_revision = '2950_fee_standard_withdrawn'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both backends (as 2920): SQLite's batch mode would copy the table
    op.add_column('rx_handover_items', sa.Column('place', sa.String(length=24), server_default='', nullable=False))
    op.add_column('rx_handover_items', sa.Column('record_id', sa.Integer(), nullable=True))
    op.add_column('rx_handover_items', sa.Column('record_number', sa.String(length=40), server_default='',
                                                 nullable=False))
    op.create_table('go_live_sheets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('target', sa.String(length=24), nullable=False),
    sa.Column('what', sa.String(length=40), nullable=False),
    sa.Column('file', sa.String(length=255), nullable=False),
    sa.Column('sheet', sa.String(length=100), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('lines', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_go_live_sheets'))
    )
    op.create_index(op.f('ix_go_live_sheets_target'), 'go_live_sheets', ['target'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_go_live_sheets_target'), table_name='go_live_sheets')
    op.drop_table('go_live_sheets')
    op.drop_column('rx_handover_items', 'record_number')
    op.drop_column('rx_handover_items', 'record_id')
    op.drop_column('rx_handover_items', 'place')
