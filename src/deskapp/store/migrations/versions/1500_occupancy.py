"""occupancy: vacant-unit checks and lease-end notices

Revision ID: 1500_occupancy
Revises: 1000_meetings
Create Date: 2026-12-05 01:06:30.732876
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '1500_occupancy'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('vacant_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=False),
    sa.Column('keys_held', sa.String(length=120), nullable=False),
    sa.Column('mail_waiting', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_vacant_checks_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vacant_checks'))
    )
    with op.batch_alter_table('vacant_checks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vacant_checks_checked_on'), ['checked_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_vacant_checks_unit_id'), ['unit_id'], unique=False)

    op.create_table('lease_notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tie_id', sa.Integer(), nullable=False),
    sa.Column('lease_end', sa.Date(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['rx_notices.id'], name=op.f('fk_lease_notices_notice_id_rx_notices')),
    sa.ForeignKeyConstraint(['tie_id'], ['unit_people.id'], name=op.f('fk_lease_notices_tie_id_unit_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lease_notices'))
    )
    with op.batch_alter_table('lease_notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lease_notices_tie_id'), ['tie_id'], unique=False)

    op.create_table('vacant_check_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.Enum('POWER', 'WINDOWS', 'LEAKS', 'KEYS', 'MAIL', name='checkitem', native_enum=False, length=24), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('action', sa.Enum('NOTE', 'REPAIR', 'NOTICE', name='findingaction', native_enum=False, length=24), nullable=False),
    sa.Column('repair_number', sa.String(length=20), nullable=True),
    sa.Column('notice_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['check_id'], ['vacant_checks.id'], name=op.f('fk_vacant_check_items_check_id_vacant_checks')),
    sa.ForeignKeyConstraint(['notice_id'], ['rx_notices.id'], name=op.f('fk_vacant_check_items_notice_id_rx_notices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vacant_check_items'))
    )
    with op.batch_alter_table('vacant_check_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vacant_check_items_check_id'), ['check_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('vacant_check_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vacant_check_items_check_id'))

    op.drop_table('vacant_check_items')
    with op.batch_alter_table('lease_notices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lease_notices_tie_id'))

    op.drop_table('lease_notices')
    with op.batch_alter_table('vacant_checks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vacant_checks_unit_id'))
        batch_op.drop_index(batch_op.f('ix_vacant_checks_checked_on'))

    op.drop_table('vacant_checks')
