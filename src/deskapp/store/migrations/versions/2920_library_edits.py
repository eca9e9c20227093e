"""library: a document's title, kind and audience put right from a form

A supervisor who mistyped a document's title had no way to put it right but to add it again
under another name. The document gets the optimistic version columns of a record edited in
place (as 2811: a save over another desk's is refused naming them).

Revision ID: 2920_library_edits
Revises: 2100_desk_documents
Create Date: 2026-12-05 22:10:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2920_library_edits'
down_revision = '2100_desk_documents'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both backends: SQLite's batch mode would copy the table and drop
    # its triggers and break the foreign keys pointing at it
    op.add_column('library_documents', sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('library_documents', sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False))
    op.add_column('library_documents', sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    op.drop_column('library_documents', 'version')
    op.drop_column('library_documents', 'updated_by')
    op.drop_column('library_documents', 'updated_at')
