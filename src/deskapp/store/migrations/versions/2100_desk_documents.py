"""desk documents: the documents library and its versions

Revision ID: 2100_desk_documents
Revises: 1000_meetings, 2050_stored_files
Create Date: 2026-12-05 04:34:06.564469
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '2100_desk_documents'
down_revision = ('1000_meetings', '2050_stored_files')  # its versions are kept files
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('library_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.Enum('CONVENTION', 'HANDBOOK', 'RULES', 'OTHER', name='dockind', native_enum=False, length=24), nullable=False),
    sa.Column('audience', sa.Enum('ALL', 'DECORATION', 'DESK', name='audience', native_enum=False, length=24), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('withdrawn_by', sa.String(length=80), nullable=True),
    sa.Column('withdraw_reason', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_documents')),
    sa.UniqueConstraint('title', name=op.f('uq_library_documents_title'))
    )
    op.create_table('library_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('stored_file_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['library_documents.id'], name=op.f('fk_library_versions_document_id_library_documents')),
    sa.ForeignKeyConstraint(['stored_file_id'], ['stored_files.id'], name=op.f('fk_library_versions_stored_file_id_stored_files')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_versions'))
    )
    with op.batch_alter_table('library_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_library_versions_document_id'), ['document_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('library_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_library_versions_document_id'))

    op.drop_table('library_versions')
    op.drop_table('library_documents')
