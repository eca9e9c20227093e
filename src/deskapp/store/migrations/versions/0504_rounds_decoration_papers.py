"""rounds: decoration papers (permit and refund numbers, inspections)

Revision ID: 0504_rounds_decoration_papers
Revises: 0503_rounds_decoration_stops
Create Date: 2026-12-04 19:50:59.625515
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0504_rounds_decoration_papers'
down_revision = '0503_rounds_decoration_stops'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('decoration_inspections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decoration_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=8), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('failed_items', sa.Text(), nullable=False),
    sa.Column('issues', sa.Text(), nullable=False),
    sa.Column('next_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['decoration_id'], ['decorations.id'], name=op.f('fk_decoration_inspections_decoration_id_decorations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decoration_inspections'))
    )
    with op.batch_alter_table('decoration_inspections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decoration_inspections_decoration_id'), ['decoration_id'], unique=False)

    with op.batch_alter_table('decorations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('permit_no', sa.String(length=20), server_default='', nullable=False))
        batch_op.add_column(sa.Column('refund_no', sa.String(length=20), server_default='', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('decorations', schema=None) as batch_op:
        batch_op.drop_column('refund_no')
        batch_op.drop_column('permit_no')

    with op.batch_alter_table('decoration_inspections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decoration_inspections_decoration_id'))

    op.drop_table('decoration_inspections')
