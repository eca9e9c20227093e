"""liaison: the contacts book of the authorities and the log of visits, calls and letters

Revision ID: 1501_liaison
Revises: 1500_occupancy
Create Date: 2026-12-05 01:20:44.182961
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '1501_liaison'
down_revision = '1500_occupancy'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('liaison_bodies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.Enum('COMMITTEE', 'STREET', 'POLICE', 'CITY', 'ENVIRONMENT', 'FIRE', 'HOUSING', 'OTHER', name='bodykind', native_enum=False, length=24), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_liaison_bodies')),
    sa.UniqueConstraint('name', name=op.f('uq_liaison_bodies_name'))
    )
    op.create_table('liaison_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['body_id'], ['liaison_bodies.id'], name=op.f('fk_liaison_contacts_body_id_liaison_bodies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_liaison_contacts'))
    )
    with op.batch_alter_table('liaison_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_liaison_contacts_body_id'), ['body_id'], unique=False)

    op.create_table('liaison_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('way', sa.Enum('VISIT_IN', 'VISIT_OUT', 'CALL', 'LETTER_IN', 'LETTER_OUT', 'MEETING', name='way', native_enum=False, length=24), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.Column('contact', sa.String(length=40), nullable=False),
    sa.Column('matter', sa.String(length=500), nullable=False),
    sa.Column('asked', sa.String(length=500), nullable=False),
    sa.Column('follow_up', sa.String(length=500), nullable=False),
    sa.Column('person', sa.String(length=40), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done_by', sa.String(length=80), nullable=True),
    sa.Column('done_note', sa.String(length=500), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['body_id'], ['liaison_bodies.id'], name=op.f('fk_liaison_records_body_id_liaison_bodies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_liaison_records'))
    )
    with op.batch_alter_table('liaison_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_liaison_records_body_id'), ['body_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_liaison_records_happened_on'), ['happened_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_liaison_records_person'), ['person'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('liaison_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_liaison_records_person'))
        batch_op.drop_index(batch_op.f('ix_liaison_records_happened_on'))
        batch_op.drop_index(batch_op.f('ix_liaison_records_body_id'))

    op.drop_table('liaison_records')
    with op.batch_alter_table('liaison_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_liaison_contacts_body_id'))

    op.drop_table('liaison_contacts')
    op.drop_table('liaison_bodies')
