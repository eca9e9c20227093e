"""rounds: why a decoration was terminated (终止装修)

Works stopped (停工) and never to resume are ended by the supervisor with a reason, the deposit
refunded or kept on a 押金退还单 (deposits3). The reason is kept on the decoration, empty for one
not terminated, so the 押金退还单 and the detail say why there was no acceptance.

Revision ID: 2970_decoration_end_reason
Revises: 2990_key_loans_due_at
Create Date: 2026-12-06 15:10:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2970_decoration_end_reason'
down_revision = '2990_key_loans_due_at'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both backends (as 2950): batch mode would copy the table under the
    # foreign keys of its workers, checks and papers
    op.add_column('decorations', sa.Column('end_reason', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    op.drop_column('decorations', 'end_reason')
