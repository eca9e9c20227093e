"""keys: card history and where a deposit went

Revision ID: 0302_keys_cards_events
Revises: 0301_keys_history
Create Date: 2026-12-04 17:04:50.750300
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0302_keys_cards_events'
down_revision = '0301_keys_history'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('card_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.Enum('ISSUED', 'LOST', 'REPLACED', 'CANCELLED', 'DEPOSIT_MOVED', 'DEPOSIT_REFUNDED', 'FEE', name='cardeventkind', native_enum=False, length=24), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_card_events_card_id_cards')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card_events'))
    )
    with op.batch_alter_table('card_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_events_card_id'), ['card_id'], unique=False)

    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deposit_outcome', sa.Enum('MOVE', 'REFUND', name='depositoutcome', native_enum=False, length=24), nullable=True))
    # Before this revision a replacement copied the deposit onto the new card: the old card's
    # deposit was in fact moved, so it is marked so and counted once.
    op.execute("UPDATE cards SET deposit_outcome = 'MOVE' WHERE deposit <> 0 AND EXISTS "
               "(SELECT 1 FROM cards n WHERE n.replaces_id = cards.id AND n.deposit = cards.deposit)")


def downgrade() -> None:
    # card_events first (it refers to cards), and the column dropped in place: rebuilding `cards`
    # in a batch would fail on the tables that refer to it.
    with op.batch_alter_table('card_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_events_card_id'))
    op.drop_table('card_events')
    op.drop_column('cards', 'deposit_outcome')
