"""keys, cards and parking

Revision ID: 0300_keys
Revises: 0001_foundation
Create Date: 2026-11-27 10:18:26.103543
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0300_keys'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('inventory_counts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('counted_on', sa.Date(), nullable=False),
    sa.Column('filed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('filed_by', sa.String(length=80), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inventory_counts'))
    )
    with op.batch_alter_table('inventory_counts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inventory_counts_month'), ['month'], unique=False)

    op.create_table('key_stock',
    sa.Column('item', sa.Enum('KEY', 'BLANK_RESIDENT', 'BLANK_ACCESS', 'BLANK_VEHICLE', 'INTERCOM', name='countitem', native_enum=False, length=24), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('item', name=op.f('pk_key_stock'))
    )
    op.create_table('inventory_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('count_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.Enum('KEY', 'BLANK_RESIDENT', 'BLANK_ACCESS', 'BLANK_VEHICLE', 'INTERCOM', name='countitem', native_enum=False, length=24), nullable=False),
    sa.Column('ref', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=80), nullable=False),
    sa.Column('on_record', sa.Integer(), nullable=False),
    sa.Column('lent', sa.Integer(), nullable=False),
    sa.Column('counted', sa.Integer(), nullable=False),
    sa.Column('difference', sa.Enum('NONE', 'MISSING', 'EXTRA', 'LENT', name='difference', native_enum=False, length=24), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['count_id'], ['inventory_counts.id'], name=op.f('fk_inventory_lines_count_id_inventory_counts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inventory_lines'))
    )
    with op.batch_alter_table('inventory_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inventory_lines_count_id'), ['count_id'], unique=False)

    op.create_table('custody_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tag', sa.String(length=10), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('ENTRANCE', 'STAIRWELL', 'SHUTTER', 'MAILBOX', 'OTHER', name='keykind', native_enum=False, length=24), nullable=False),
    sa.Column('label', sa.String(length=60), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('location', sa.String(length=30), nullable=False),
    sa.Column('reason', sa.Enum('VACANT', 'RENTED', 'DECORATING', 'SHOP', 'ENTRUSTED', name='holdreason', native_enum=False, length=24), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('authority', sa.String(length=120), nullable=False),
    sa.Column('state', sa.Enum('IN_CUSTODY', 'HANDED_OVER', 'RETIRED', name='keystate', native_enum=False, length=24), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('ended_reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_custody_keys_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody_keys')),
    sa.UniqueConstraint('tag', name=op.f('uq_custody_keys_tag'))
    )
    with op.batch_alter_table('custody_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_keys_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_keys_unit_id'), ['unit_id'], unique=False)

    op.create_table('key_handovers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('handed_on', sa.Date(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('custody_tags', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_key_handovers_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_handovers'))
    )
    with op.batch_alter_table('key_handovers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_handovers_unit_id'), ['unit_id'], unique=False)

    op.create_table('parking_spaces',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('area', sa.Enum('GROUND', 'UNDERGROUND', name='spacearea', native_enum=False, length=24), nullable=False),
    sa.Column('state', sa.Enum('SOLD', 'LEASED', 'FREE', 'PUBLIC', name='spacestate', native_enum=False, length=24), nullable=False),
    sa.Column('owner_unit_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], name=op.f('fk_parking_spaces_owner_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parking_spaces')),
    sa.UniqueConstraint('number', name=op.f('uq_parking_spaces_number'))
    )
    with op.batch_alter_table('parking_spaces', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parking_spaces_owner_unit_id'), ['owner_unit_id'], unique=False)

    op.create_table('cards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.Enum('RESIDENT', 'ACCESS', 'VEHICLE', name='cardkind', native_enum=False, length=24), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('holder_name', sa.String(length=40), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('fee', sa.BigInteger(), nullable=False),
    sa.Column('deposit', sa.BigInteger(), nullable=False),
    sa.Column('state', sa.Enum('ACTIVE', 'LOST', 'REPLACED', 'CANCELLED', name='cardstate', native_enum=False, length=24), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=False),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('plate', sa.String(length=10), nullable=True),
    sa.Column('space_id', sa.Integer(), nullable=True),
    sa.Column('monthly_fee', sa.BigInteger(), nullable=True),
    sa.Column('paid_until', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_cards_person_id_people')),
    sa.ForeignKeyConstraint(['replaces_id'], ['cards.id'], name=op.f('fk_cards_replaces_id_cards')),
    sa.ForeignKeyConstraint(['space_id'], ['parking_spaces.id'], name=op.f('fk_cards_space_id_parking_spaces')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_cards_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cards'))
    )
    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cards_number'), ['number'], unique=False)
        batch_op.create_index(batch_op.f('ix_cards_paid_until'), ['paid_until'], unique=False)
        batch_op.create_index(batch_op.f('ix_cards_plate'), ['plate'], unique=False)
        batch_op.create_index(batch_op.f('ix_cards_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_cards_unit_id'), ['unit_id'], unique=False)

    op.create_table('key_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.Enum('REGISTERED', 'LENT', 'RETURNED', 'MOVED', 'COPIES', 'HANDED_OVER', 'RETIRED', 'NOTE', name='keyeventkind', native_enum=False, length=24), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['key_id'], ['custody_keys.id'], name=op.f('fk_key_events_key_id_custody_keys')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_events'))
    )
    with op.batch_alter_table('key_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_events_key_id'), ['key_id'], unique=False)

    op.create_table('key_loans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('lent_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('borrower_name', sa.String(length=40), nullable=False),
    sa.Column('borrower_person_id', sa.Integer(), nullable=True),
    sa.Column('borrower_kind', sa.Enum('OWNER', 'AUTHORISED', 'OTHER', name='borrowerkind', native_enum=False, length=24), nullable=False),
    sa.Column('borrower_phone', sa.String(length=20), nullable=False),
    sa.Column('id_type', sa.String(length=24), nullable=False),
    sa.Column('id_number', sa.String(length=30), nullable=False),
    sa.Column('id_verified', sa.Boolean(), nullable=False),
    sa.Column('approved_by', sa.String(length=80), nullable=True),
    sa.Column('approval_reason', sa.Text(), nullable=False),
    sa.Column('purpose', sa.Enum('DECORATION', 'REPAIR', 'VIEWING', 'METER', 'OTHER', name='purpose', native_enum=False, length=24), nullable=False),
    sa.Column('purpose_note', sa.String(length=200), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deposit', sa.BigInteger(), nullable=False),
    sa.Column('lent_by', sa.String(length=80), nullable=False),
    sa.Column('returned_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('returned_by_name', sa.String(length=40), nullable=False),
    sa.Column('received_by', sa.String(length=80), nullable=False),
    sa.Column('return_state', sa.Enum('GOOD', 'DAMAGED', 'INCOMPLETE', name='returnstate', native_enum=False, length=24), nullable=True),
    sa.Column('return_note', sa.Text(), nullable=False),
    sa.Column('deposit_refunded', sa.Boolean(), nullable=False),
    sa.Column('overdue_note', sa.Text(), nullable=False),
    sa.Column('overdue_note_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('overdue_note_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['borrower_person_id'], ['people.id'], name=op.f('fk_key_loans_borrower_person_id_people')),
    sa.ForeignKeyConstraint(['key_id'], ['custody_keys.id'], name=op.f('fk_key_loans_key_id_custody_keys')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_key_loans_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_loans'))
    )
    with op.batch_alter_table('key_loans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_loans_key_id'), ['key_id'], unique=False)
        batch_op.create_index('ix_key_loans_lent_at', ['lent_at'], unique=False)
        batch_op.create_index('ix_key_loans_open_due', ['returned_at', 'due_at'], unique=False)
        batch_op.create_index('ix_key_loans_unit_lent', ['unit_id', 'lent_at'], unique=False)

    op.create_table('parking_leases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('space_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('lessee_name', sa.String(length=40), nullable=False),
    sa.Column('lessee_phone', sa.String(length=20), nullable=False),
    sa.Column('lessee_id_number', sa.String(length=30), nullable=False),
    sa.Column('plates', sa.String(length=60), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('monthly_rent', sa.BigInteger(), nullable=False),
    sa.Column('deposit', sa.BigInteger(), nullable=False),
    sa.Column('ended_early', sa.Boolean(), nullable=False),
    sa.Column('end_reason', sa.Text(), nullable=False),
    sa.Column('renews_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['renews_id'], ['parking_leases.id'], name=op.f('fk_parking_leases_renews_id_parking_leases')),
    sa.ForeignKeyConstraint(['space_id'], ['parking_spaces.id'], name=op.f('fk_parking_leases_space_id_parking_spaces')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_parking_leases_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parking_leases')),
    sa.UniqueConstraint('number', name=op.f('uq_parking_leases_number'))
    )
    with op.batch_alter_table('parking_leases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parking_leases_space_id'), ['space_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_parking_leases_unit_id'), ['unit_id'], unique=False)

    op.create_table('card_renewals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('monthly_fee', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_card_renewals_card_id_cards')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card_renewals'))
    )
    with op.batch_alter_table('card_renewals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_renewals_card_id'), ['card_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('card_renewals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_renewals_card_id'))

    op.drop_table('card_renewals')
    with op.batch_alter_table('parking_leases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_parking_leases_unit_id'))
        batch_op.drop_index(batch_op.f('ix_parking_leases_space_id'))

    op.drop_table('parking_leases')
    with op.batch_alter_table('key_loans', schema=None) as batch_op:
        batch_op.drop_index('ix_key_loans_unit_lent')
        batch_op.drop_index('ix_key_loans_open_due')
        batch_op.drop_index('ix_key_loans_lent_at')
        batch_op.drop_index(batch_op.f('ix_key_loans_key_id'))

    op.drop_table('key_loans')
    with op.batch_alter_table('key_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_events_key_id'))

    op.drop_table('key_events')
    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cards_unit_id'))
        batch_op.drop_index(batch_op.f('ix_cards_state'))
        batch_op.drop_index(batch_op.f('ix_cards_plate'))
        batch_op.drop_index(batch_op.f('ix_cards_paid_until'))
        batch_op.drop_index(batch_op.f('ix_cards_number'))

    op.drop_table('cards')
    with op.batch_alter_table('parking_spaces', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_parking_spaces_owner_unit_id'))

    op.drop_table('parking_spaces')
    with op.batch_alter_table('key_handovers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_handovers_unit_id'))

    op.drop_table('key_handovers')
    with op.batch_alter_table('custody_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_keys_unit_id'))
        batch_op.drop_index(batch_op.f('ix_custody_keys_state'))

    op.drop_table('custody_keys')
    with op.batch_alter_table('inventory_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inventory_lines_count_id'))

    op.drop_table('inventory_lines')
    op.drop_table('key_stock')
    with op.batch_alter_table('inventory_counts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inventory_counts_month'))

    op.drop_table('inventory_counts')
