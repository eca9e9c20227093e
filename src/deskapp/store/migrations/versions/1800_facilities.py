"""facilities: public leisure facilities, bookings, closures, checks

Revision ID: 1800_facilities
Revises: 1000_meetings
Create Date: 2026-12-05 01:33:39.055640
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '1800_facilities'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('facilities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.Enum('CLUBHOUSE', 'GYM', 'COURT', 'MEETING_ROOM', 'LIFT', name='facilitykind', native_enum=False, length=24), nullable=False),
    sa.Column('opens', sa.Time(), nullable=False),
    sa.Column('closes', sa.Time(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('rules', sa.Text(), nullable=False),
    sa.Column('fee', sa.BigInteger(), nullable=False),
    sa.Column('deposit', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facilities')),
    sa.UniqueConstraint('name', name=op.f('uq_facilities_name'))
    )
    op.create_table('facility_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('OPENING', 'CLOSING', name='checkkind', native_enum=False, length=24), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['facility_id'], ['facilities.id'], name=op.f('fk_facility_checks_facility_id_facilities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facility_checks'))
    )
    with op.batch_alter_table('facility_checks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facility_checks_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_facility_checks_facility_id'), ['facility_id'], unique=False)

    op.create_table('facility_closures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['facility_id'], ['facilities.id'], name=op.f('fk_facility_closures_facility_id_facilities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facility_closures'))
    )
    with op.batch_alter_table('facility_closures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facility_closures_facility_id'), ['facility_id'], unique=False)

    op.create_table('facility_check_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=40), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('repair_number', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['check_id'], ['facility_checks.id'], name=op.f('fk_facility_check_lines_check_id_facility_checks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facility_check_lines'))
    )
    with op.batch_alter_table('facility_check_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facility_check_lines_check_id'), ['check_id'], unique=False)

    op.create_table('facility_bookings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('person_name', sa.String(length=40), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('heads', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=100), nullable=False),
    sa.Column('fee', sa.BigInteger(), nullable=False),
    sa.Column('deposit', sa.BigInteger(), nullable=False),
    sa.Column('state', sa.Enum('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED', 'CLOSED_OFF', name='bookingstate', native_enum=False, length=24), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=80), nullable=False),
    sa.Column('decision_note', sa.String(length=200), nullable=False),
    sa.Column('closure_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['closure_id'], ['facility_closures.id'], name=op.f('fk_facility_bookings_closure_id_facility_closures')),
    sa.ForeignKeyConstraint(['facility_id'], ['facilities.id'], name=op.f('fk_facility_bookings_facility_id_facilities')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_facility_bookings_person_id_people')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_facility_bookings_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facility_bookings')),
    sa.UniqueConstraint('number', name=op.f('uq_facility_bookings_number'))
    )
    with op.batch_alter_table('facility_bookings', schema=None) as batch_op:
        batch_op.create_index('ix_facility_bookings_facility_time', ['facility_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_facility_bookings_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_facility_bookings_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_facility_bookings_unit_id'), ['unit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('facility_bookings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facility_bookings_unit_id'))
        batch_op.drop_index(batch_op.f('ix_facility_bookings_state'))
        batch_op.drop_index(batch_op.f('ix_facility_bookings_starts_at'))
        batch_op.drop_index('ix_facility_bookings_facility_time')

    op.drop_table('facility_bookings')
    with op.batch_alter_table('facility_check_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facility_check_lines_check_id'))

    op.drop_table('facility_check_lines')
    with op.batch_alter_table('facility_closures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facility_closures_facility_id'))

    op.drop_table('facility_closures')
    with op.batch_alter_table('facility_checks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facility_checks_facility_id'))
        batch_op.drop_index(batch_op.f('ix_facility_checks_day'))

    op.drop_table('facility_checks')
    op.drop_table('facilities')
