"""meetings: the morning meeting

Revision ID: 1000_meetings
Revises: 0902_billing_payment_reference
Create Date: 2026-12-05 00:19:24.100740
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '1000_meetings'
down_revision = '0902_billing_payment_reference'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings')),
    sa.UniqueConstraint('held_on', name=op.f('uq_meetings_held_on'))
    )
    op.create_table('meeting_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person', sa.String(length=40), nullable=False),
    sa.Column('task', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.String(length=80), nullable=True),
    sa.Column('close_note', sa.String(length=500), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_assignments_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_assignments'))
    )
    with op.batch_alter_table('meeting_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_assignments_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_assignments_person'), ['person'], unique=False)

    op.create_table('meeting_attendees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_attendees_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendees'))
    )
    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendees_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_requirements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_requirements_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_requirements'))
    )
    with op.batch_alter_table('meeting_requirements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_requirements_meeting_id'), ['meeting_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('meeting_requirements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_requirements_meeting_id'))

    op.drop_table('meeting_requirements')
    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendees_meeting_id'))

    op.drop_table('meeting_attendees')
    with op.batch_alter_table('meeting_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_assignments_person'))
        batch_op.drop_index(batch_op.f('ix_meeting_assignments_meeting_id'))

    op.drop_table('meeting_assignments')
    op.drop_table('meetings')
