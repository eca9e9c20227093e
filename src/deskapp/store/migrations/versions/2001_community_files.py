"""community: photos and files of the boards and activities, kept as stored files

Revision ID: 2001_community_files
Revises: 2000_community, 2050_stored_files
Create Date: 2026-12-05 04:40:10.070164
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '2001_community_files'
# after the stored files (2050_stored_files): the files these tables name are its rows
down_revision = ('2000_community', '2050_stored_files')
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('community_activity_photos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['community_activities.id'], name=op.f('fk_community_activity_photos_activity_id_community_activities')),
    sa.ForeignKeyConstraint(['file_id'], ['stored_files.id'], name=op.f('fk_community_activity_photos_file_id_stored_files')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community_activity_photos'))
    )
    with op.batch_alter_table('community_activity_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_activity_photos_activity_id'), ['activity_id'], unique=False)

    op.create_table('community_board_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['community_boards.id'], name=op.f('fk_community_board_files_board_id_community_boards')),
    sa.ForeignKeyConstraint(['file_id'], ['stored_files.id'], name=op.f('fk_community_board_files_file_id_stored_files')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community_board_files'))
    )
    with op.batch_alter_table('community_board_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_board_files_board_id'), ['board_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('community_board_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_board_files_board_id'))

    op.drop_table('community_board_files')
    with op.batch_alter_table('community_activity_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_activity_photos_activity_id'))

    op.drop_table('community_activity_photos')
