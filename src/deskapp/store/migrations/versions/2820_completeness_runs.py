"""registry: completeness check runs

Each 档案完整性检查 run to its end leaves a row (when, by whom, units checked, findings), so the
duty calendar's quarterly check is read from the records (issue 17 §4).

Revision ID: 2820_completeness_runs
Revises: 0702_registry_transfer
Create Date: 2026-12-05 07:34:14.522784
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2820_completeness_runs'
down_revision = '0702_registry_transfer'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('registry_completeness_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=False),
    sa.Column('units_checked', sa.Integer(), nullable=False),
    sa.Column('findings', sa.Integer(), nullable=False),
    sa.Column('units_with_findings', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registry_completeness_runs'))
    )
    with op.batch_alter_table('registry_completeness_runs', schema=None) as batch_op:
        batch_op.create_index('ix_registry_completeness_runs_created_at', ['created_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('registry_completeness_runs', schema=None) as batch_op:
        batch_op.drop_index('ix_registry_completeness_runs_created_at')

    op.drop_table('registry_completeness_runs')
