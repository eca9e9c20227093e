"""speed: covering index for the survey results (issue 21)

The 满意度调查 tab counts a campaign's answers per question and score (GROUP BY); with
(sample_id, question_id, score) in one index the count reads the index alone, not the table.
op.create_index works on SQLite and PostgreSQL alike.

Revision ID: 2500_speed_indexes
Revises: 1000_meetings
Create Date: 2026-12-05 04:47:05.206609
"""
from __future__ import annotations

from alembic import op

revision = '2500_speed_indexes'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_speed_survey_answers_sample_question_score', 'survey_answers',
                    ['sample_id', 'question_id', 'score'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_speed_survey_answers_sample_question_score', table_name='survey_answers')
