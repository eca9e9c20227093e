"""rounds: each stop of a decoration with its own notice number and who found it

Revision ID: 0503_rounds_decoration_stops
Revises: 0500_rounds
Create Date: 2026-12-04 17:18:50.428199
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0503_rounds_decoration_stops'
down_revision = '0500_rounds'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('decoration_stops',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('decoration_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['decoration_id'], ['decorations.id'], name=op.f('fk_decoration_stops_decoration_id_decorations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decoration_stops')),
    sa.UniqueConstraint('number', name=op.f('uq_decoration_stops_number'))
    )
    with op.batch_alter_table('decoration_stops', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decoration_stops_decoration_id'), ['decoration_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('decoration_stops', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decoration_stops_decoration_id'))

    op.drop_table('decoration_stops')
