"""monthpack: filed monthly packs and their files' SHA-256

Revision ID: 1600_month_pack
Revises: 1000_meetings
Create Date: 2026-12-05 02:17:01.187358
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '1600_month_pack'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('month_packs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('folder', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_month_packs'))
    )
    with op.batch_alter_table('month_packs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_month_packs_month'), ['month'], unique=False)

    op.create_table('month_pack_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pack_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pack_id'], ['month_packs.id'], name=op.f('fk_month_pack_files_pack_id_month_packs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_month_pack_files'))
    )
    with op.batch_alter_table('month_pack_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_month_pack_files_pack_id'), ['pack_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('month_pack_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_month_pack_files_pack_id'))

    op.drop_table('month_pack_files')
    with op.batch_alter_table('month_packs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_month_packs_month'))

    op.drop_table('month_packs')
