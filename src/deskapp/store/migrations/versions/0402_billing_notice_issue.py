"""billing: the day each quarter's fee notices were issued

Revision ID: 0402_billing_notice_issue
Revises: 0400_billing
Create Date: 2026-12-04 17:05:18.943249
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0402_billing_notice_issue'
down_revision = '0401_billing_one_off'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('billing_notice_issues',
    sa.Column('quarter', sa.String(length=8), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('quarter', name=op.f('pk_billing_notice_issues'))
    )


def downgrade() -> None:
    op.drop_table('billing_notice_issues')
