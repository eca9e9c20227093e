"""reception: every dispatch of a repair order

A 工程维修单 kept one 维修人: sent back (返工) and dispatched again, perhaps to another technician,
its first dispatch was overwritten, so the monthly register counted only the last technician and
nobody could see who worked on it first or how long each took. `rx_repair_dispatches` keeps one
row per 派单 (technician, when, by whom, arrival, finish, and how it ended: 返工 with the reason,
改派, 取消).

Each order already dispatched gets one row from its own fields, so nothing on record is lost: its
technician, dispatch, arrival and finish times, who dispatched it (the actor of its last 派工 in its
history, empty when there is none), and for a cancelled order its end (取消, when, by whom, why).
Earlier dispatches an order had were overwritten before this and are not recovered.

Revision ID: 2975_repair_dispatches
Revises: 2970_decoration_end_reason
Create Date: 2026-12-06 16:37:11.492186
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2975_repair_dispatches'
down_revision = '2970_decoration_end_reason'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rx_repair_dispatches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('repair_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('technician', sa.String(length=40), nullable=False),
    sa.Column('dispatched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('dispatched_by', sa.String(length=80), nullable=False),
    sa.Column('arrived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended', sa.Enum('REWORK', 'REASSIGNED', 'CANCELLED', name='dispatchend', native_enum=False, length=24), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_by', sa.String(length=80), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['repair_id'], ['rx_repairs.id'], name=op.f('fk_rx_repair_dispatches_repair_id_rx_repairs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rx_repair_dispatches')),
    sa.UniqueConstraint('repair_id', 'seq', name=op.f('uq_rx_repair_dispatches_repair_id_seq'))
    )
    op.execute(CARRY)


def _event(column: str, action: str) -> str:
    return (f"(SELECT e.{column} FROM rx_events e WHERE e.entity = 'repair' AND e.entity_id = o.id "
            f"AND e.action = '{action}' ORDER BY e.id DESC LIMIT 1)")


# one row per order dispatched, from its own fields (the same text on SQLite and PostgreSQL)
CARRY = f"""
INSERT INTO rx_repair_dispatches (repair_id, seq, technician, dispatched_at, dispatched_by, arrived_at,
                                  finished_at, ended, ended_at, ended_by, reason)
SELECT o.id, 1, o.technician, o.dispatched_at, COALESCE({_event('actor', '派工')}, ''), o.arrived_at,
       o.finished_at,
       CASE WHEN o.state = 'CANCELLED' THEN 'CANCELLED' END,
       CASE WHEN o.state = 'CANCELLED' THEN {_event('at', '取消')} END,
       CASE WHEN o.state = 'CANCELLED' THEN COALESCE({_event('actor', '取消')}, '') ELSE '' END,
       CASE WHEN o.state = 'CANCELLED' THEN COALESCE({_event('note', '取消')}, '') ELSE '' END
FROM rx_repairs o WHERE o.dispatched_at IS NOT NULL ORDER BY o.id
"""


def downgrade() -> None:
    op.drop_table('rx_repair_dispatches')
