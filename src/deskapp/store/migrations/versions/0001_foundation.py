"""foundation: registry, accounts, audit, settings

Revision ID: 0001_foundation
Revises: 
Create Date: 2026-11-27 10:07:49.484903
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0001_foundation'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('community',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('centre_name', sa.String(length=80), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community'))
    )
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('initials', sa.String(length=40), nullable=False),
    sa.Column('pinyin', sa.String(length=120), nullable=False),
    sa.Column('id_type', sa.String(length=24), nullable=True),
    sa.Column('id_number', sa.String(length=30), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('phone2', sa.String(length=20), nullable=True),
    sa.Column('phone_last4', sa.String(length=4), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_initials'), ['initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_phone_last4'), ['phone_last4'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('display_name', sa.String(length=40), nullable=False),
    sa.Column('role', sa.Enum('CLERK', 'STEWARD', 'SUPERVISOR', 'ADMIN', name='role', native_enum=False, length=24), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('actor_name', sa.String(length=80), nullable=False),
    sa.Column('actor_role', sa.String(length=24), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['actor_user_id'], ['users.id'], name=op.f('fk_audit_log_actor_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_actor_name'), ['actor_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_unit_id'), ['unit_id'], unique=False)

    op.create_table('buildings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('floors', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_buildings_community_id_community')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_buildings')),
    sa.UniqueConstraint('community_id', 'code', name=op.f('uq_buildings_community_id_code'))
    )
    op.create_table('stairwells',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_stairwells_building_id_buildings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stairwells')),
    sa.UniqueConstraint('building_id', 'code', name=op.f('uq_stairwells_building_id_code'))
    )
    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=False),
    sa.Column('stairwell_id', sa.Integer(), nullable=True),
    sa.Column('room', sa.String(length=8), nullable=False),
    sa.Column('floor', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('FLAT', 'SHOP', 'OFFICE', name='unitkind', native_enum=False, length=24), nullable=False),
    sa.Column('state', sa.Enum('UNDELIVERED', 'VACANT', 'OCCUPIED', 'RENTED', 'DECORATING', name='unitstate', native_enum=False, length=24), nullable=False),
    sa.Column('building_area', sa.BigInteger(), nullable=True),
    sa.Column('inner_area', sa.BigInteger(), nullable=True),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_units_building_id_buildings')),
    sa.ForeignKeyConstraint(['stairwell_id'], ['stairwells.id'], name=op.f('fk_units_stairwell_id_stairwells')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('code', name=op.f('uq_units_code'))
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_building_id'), ['building_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_state'), ['state'], unique=False)

    op.create_table('chronicle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.Enum('CREATED', 'STATE', 'PEOPLE', 'TRANSFER', 'INSTRUCTION', 'DELIVERY', 'DECORATION', 'CARD', 'KEY', 'BILLING', 'SERVICE', 'IMPORT', 'MANUAL', name='chroniclekind', native_enum=False, length=24), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('automatic', sa.Boolean(), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_chronicle_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chronicle'))
    )
    with op.batch_alter_table('chronicle', schema=None) as batch_op:
        batch_op.create_index('ix_chronicle_unit_at', ['unit_id', 'at'], unique=False)

    op.create_table('desk_instructions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_desk_instructions_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_desk_instructions'))
    )
    with op.batch_alter_table('desk_instructions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_desk_instructions_unit_id'), ['unit_id'], unique=False)

    op.create_table('ownership_transfers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('transferred_on', sa.Date(), nullable=False),
    sa.Column('previous_owners', sa.String(length=200), nullable=False),
    sa.Column('new_owners', sa.String(length=200), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_ownership_transfers_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ownership_transfers'))
    )
    with op.batch_alter_table('ownership_transfers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ownership_transfers_unit_id'), ['unit_id'], unique=False)

    op.create_table('unit_people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.Enum('OWNER', 'FAMILY', 'TENANT', 'AUTHORISED', name='relation', native_enum=False, length=24), nullable=False),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('lease_start', sa.Date(), nullable=True),
    sa.Column('lease_end', sa.Date(), nullable=True),
    sa.Column('authorities', sa.String(length=80), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_unit_people_person_id_people')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_unit_people_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_people'))
    )
    with op.batch_alter_table('unit_people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_people_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_people_unit_id'), ['unit_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('unit_people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_people_unit_id'))
        batch_op.drop_index(batch_op.f('ix_unit_people_person_id'))

    op.drop_table('unit_people')
    with op.batch_alter_table('ownership_transfers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ownership_transfers_unit_id'))

    op.drop_table('ownership_transfers')
    with op.batch_alter_table('desk_instructions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_desk_instructions_unit_id'))

    op.drop_table('desk_instructions')
    with op.batch_alter_table('chronicle', schema=None) as batch_op:
        batch_op.drop_index('ix_chronicle_unit_at')

    op.drop_table('chronicle')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_units_state'))
        batch_op.drop_index(batch_op.f('ix_units_building_id'))

    op.drop_table('units')
    op.drop_table('stairwells')
    op.drop_table('buildings')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_unit_id'))
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index(batch_op.f('ix_audit_log_actor_name'))
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
    op.drop_table('users')
    op.drop_table('settings')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_phone_last4'))
        batch_op.drop_index(batch_op.f('ix_people_initials'))
        batch_op.drop_index(batch_op.f('ix_people_id_number'))

    op.drop_table('people')
    op.drop_table('community')

