"""billing: a fee standard entered by mistake is withdrawn (撤销), not deleted

A supervisor who typed a wrong price or start date could only add a second standard on top of
it. A standard no bill has used yet can now be withdrawn with its reason: when, by whom and why
are kept on the row (empty while it stands), and every reader of the standards leaves it out.

Revision ID: 2950_fee_standard_withdrawn
Revises: 2940_survey_visit_notes
Create Date: 2026-12-06 08:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2950_fee_standard_withdrawn'
down_revision = '2940_survey_visit_notes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both backends (as 2920): SQLite's batch mode would copy the table and
    # break the foreign key bill_lines.standard_id points at it
    op.add_column('fee_standards', sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('fee_standards', sa.Column('withdrawn_by', sa.String(length=80), nullable=True))
    op.add_column('fee_standards', sa.Column('withdraw_reason', sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column('fee_standards', 'withdraw_reason')
    op.drop_column('fee_standards', 'withdrawn_by')
    op.drop_column('fee_standards', 'withdrawn_at')
