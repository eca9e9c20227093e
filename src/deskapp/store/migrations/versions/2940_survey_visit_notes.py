"""survey: what falls short and what the owner needs, beside the experience

The half-year visit asks the owner three things (the job list's 满意度调查): their real
experience of the service, what still falls short, and what they need the centre's help with.
One comment line held all three run together; `comment` stays the experience, and two columns
keep the shortfalls and the needs, so the report and the register can list each.

Revision ID: 2940_survey_visit_notes
Revises: 2500_speed_indexes
Create Date: 2026-12-06 06:02:32.068874
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2940_survey_visit_notes'
down_revision = '2500_speed_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both backends (as 2920): SQLite's batch mode would copy the table
    op.add_column('survey_samples', sa.Column('shortfalls', sa.Text(), server_default='', nullable=False))
    op.add_column('survey_samples', sa.Column('needs', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    op.drop_column('survey_samples', 'needs')
    op.drop_column('survey_samples', 'shortfalls')
