"""community: bulletin boards and community activities with sign-ups and spending

Revision ID: 2000_community
Revises: 1000_meetings
Create Date: 2026-12-05 04:24:06.873636
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# A spending line is a money record: never deleted or edited; it only gains its voiding, each field
# once. `deskapp check` verifies these exact triggers (store/triggers.py). Column lists frozen here.
_FIXED = ("id", "activity_id", "item", "amount", "spent_on", "created_at", "created_by")
_ONCE = ("voided_at", "voided_by", "void_reason")


def _guard() -> str:
    changed = [f"NEW.{c} IS NOT OLD.{c}" for c in _FIXED]
    changed += [f"(OLD.{c} IS NOT NULL AND NEW.{c} IS NOT OLD.{c})" for c in _ONCE]
    return ("CREATE TRIGGER community_spending_no_update BEFORE UPDATE ON community_spending\n       WHEN "
            + "\n         OR ".join(changed)
            + "\n       BEGIN SELECT RAISE(ABORT, 'community_spending: lines are voided, never edited'); END")


SQLITE = {
    "community_spending_no_update": _guard(),
    "community_spending_no_delete": """CREATE TRIGGER community_spending_no_delete BEFORE DELETE ON community_spending
       BEGIN SELECT RAISE(ABORT, 'community_spending is append-only: money records are never deleted'); END""",
}

_PG_ONCE = ", ".join(f"'{c}'" for c in _ONCE)
_PG = [
    f"""CREATE OR REPLACE FUNCTION community_spending_guard() RETURNS trigger AS $$
       DECLARE c text;
       BEGIN
         IF (to_jsonb(NEW) - ARRAY[{_PG_ONCE}]) <> (to_jsonb(OLD) - ARRAY[{_PG_ONCE}]) THEN
           RAISE EXCEPTION 'community_spending: lines are voided, never edited';
         END IF;
         FOREACH c IN ARRAY ARRAY[{_PG_ONCE}] LOOP
           IF to_jsonb(OLD) -> c <> 'null'::jsonb AND to_jsonb(NEW) -> c <> to_jsonb(OLD) -> c THEN
             RAISE EXCEPTION 'community_spending: lines are voided, never edited';
           END IF;
         END LOOP;
         RETURN NEW;
       END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER community_spending_no_delete BEFORE DELETE ON community_spending
       FOR EACH ROW EXECUTE FUNCTION money_refuse()""",
    """CREATE TRIGGER community_spending_no_update BEFORE UPDATE ON community_spending
       FOR EACH ROW EXECUTE FUNCTION community_spending_guard()""",
]


revision = '2000_community'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('community_activities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=60), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('place', sa.String(length=60), nullable=False),
    sa.Column('budget', sa.BigInteger(), nullable=False),
    sa.Column('organiser', sa.String(length=40), nullable=False),
    sa.Column('people_limit', sa.Integer(), nullable=False),
    sa.Column('waiting_list', sa.Boolean(), nullable=False),
    sa.Column('content', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community_activities'))
    )
    with op.batch_alter_table('community_activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_activities_starts_at'), ['starts_at'], unique=False)

    op.create_table('community_boards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('theme', sa.String(length=100), nullable=False),
    sa.Column('location', sa.String(length=60), nullable=False),
    sa.Column('put_up_on', sa.Date(), nullable=False),
    sa.Column('taken_down_on', sa.Date(), nullable=True),
    sa.Column('person', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community_boards'))
    )
    with op.batch_alter_table('community_boards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_boards_put_up_on'), ['put_up_on'], unique=False)

    op.create_table('community_spending',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=60), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('voided_by', sa.String(length=80), nullable=True),
    sa.Column('void_reason', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['community_activities.id'], name=op.f('fk_community_spending_activity_id_community_activities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community_spending'))
    )
    with op.batch_alter_table('community_spending', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_spending_activity_id'), ['activity_id'], unique=False)
    dialect = op.get_bind().dialect.name
    for sql in SQLITE.values() if dialect == "sqlite" else _PG if dialect == "postgresql" else ():
        op.execute(sql)

    op.create_table('community_signups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('people', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('SIGNED', 'WAITING', 'CANCELLED', name='signupstate', native_enum=False, length=24), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancelled_by', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['community_activities.id'], name=op.f('fk_community_signups_activity_id_community_activities')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_community_signups_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community_signups'))
    )
    with op.batch_alter_table('community_signups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_signups_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_community_signups_unit_id'), ['unit_id'], unique=False)



def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in SQLITE:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS community_spending_no_delete ON community_spending")
        op.execute("DROP TRIGGER IF EXISTS community_spending_no_update ON community_spending")
        op.execute("DROP FUNCTION IF EXISTS community_spending_guard()")
    with op.batch_alter_table('community_signups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_signups_unit_id'))
        batch_op.drop_index(batch_op.f('ix_community_signups_activity_id'))

    op.drop_table('community_signups')
    with op.batch_alter_table('community_spending', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_spending_activity_id'))

    op.drop_table('community_spending')
    with op.batch_alter_table('community_boards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_boards_put_up_on'))

    op.drop_table('community_boards')
    with op.batch_alter_table('community_activities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_activities_starts_at'))

    op.drop_table('community_activities')
