"""reception: every 需求/投诉 gets its own number (客诉单号 KS2026-000123)

A request had only its database id, printed as "#123" on the 投诉处理单, the morning list and the
交班 sheet. `rx_requests.number` (unique) carries KS, the year of registration (the centre's time,
UTC+8) and a six-digit sequence, gap-free per year from the one numbering service
(`number_counters`, series "KS").

Every request on file is numbered here in the order it was registered within its year (registered_at,
then id), and the counter of each year is left at the last number given, so the next request
recorded continues the series. What showed the id is carried over to the number: the reception
items of the 交班 sheets ("#123" → the request's number) and a stairwell finding handed to 保洁
(its follow_up_ref, the request's id → its number).

Revision ID: 2976_request_numbers
Revises: 2975_repair_dispatches
Create Date: 2026-12-06 20:45:00
"""
from __future__ import annotations

from datetime import timedelta, timezone

import sqlalchemy as sa
from alembic import op

revision = '2976_request_numbers'
down_revision = '2975_repair_dispatches'
branch_labels = None
depends_on = None

SERIES = 'KS'
CENTRE = timezone(timedelta(hours=8))  # the centre's zone (domain.clock.CENTRE_TZ), written out: history

_requests = sa.table('rx_requests', sa.column('id', sa.Integer()), sa.column('number', sa.String(16)),
                     sa.column('registered_at', sa.DateTime(timezone=True)))
_counters = sa.table('number_counters', sa.column('series', sa.String()), sa.column('year', sa.Integer()),
                     sa.column('last', sa.Integer()))


def _year(at) -> int:
    """The year of registration on the centre's calendar (SQLite hands back naive UTC)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(CENTRE).year


def upgrade() -> None:
    # plain ALTER TABLE on both backends (SQLite's batch mode would copy the table and break the
    # foreign keys pointing at it); the unique index once every row has its number
    op.add_column('rx_requests', sa.Column('number', sa.String(length=16), server_default='', nullable=False))
    bind = op.get_bind()
    last: dict[int, int] = {}
    numbered = []
    for rid, at in bind.execute(sa.select(_requests.c.id, _requests.c.registered_at)
                                .order_by(_requests.c.registered_at, _requests.c.id)):
        year = _year(at)
        last[year] = last.get(year, 0) + 1
        numbered.append({'rid': rid, 'no': f'{SERIES}{year}-{last[year]:06d}'})
    if numbered:
        bind.execute(_requests.update().where(_requests.c.id == sa.bindparam('rid'))
                     .values(number=sa.bindparam('no')), numbered)
    bind.execute(_counters.delete().where(_counters.c.series == SERIES))
    if last:
        bind.execute(_counters.insert(), [{'series': SERIES, 'year': y, 'last': n} for y, n in sorted(last.items())])
    op.create_index('ix_rx_requests_number', 'rx_requests', ['number'], unique=True)
    op.execute(HANDOVER_REFS)
    op.execute(FINDING_REFS)


# the morning list's and the 交班 sheet's "#123" of a request (the same text on SQLite and PostgreSQL)
HANDOVER_REFS = """
UPDATE rx_handover_items SET ref = (SELECT r.number FROM rx_requests r
                                    WHERE '#' || CAST(r.id AS VARCHAR(12)) = rx_handover_items.ref)
WHERE area = 'reception' AND ref LIKE '#%'
  AND EXISTS (SELECT 1 FROM rx_requests r WHERE '#' || CAST(r.id AS VARCHAR(12)) = rx_handover_items.ref)
"""

# a stairwell finding handed to 保洁 kept the request's id as its reference
FINDING_REFS = """
UPDATE round_findings SET follow_up_ref = (SELECT r.number FROM rx_requests r
                                           WHERE CAST(r.id AS VARCHAR(12)) = round_findings.follow_up_ref)
WHERE follow_up = 'CLEANING'
  AND EXISTS (SELECT 1 FROM rx_requests r WHERE CAST(r.id AS VARCHAR(12)) = round_findings.follow_up_ref)
"""


def downgrade() -> None:
    op.execute(HANDOVER_REFS_BACK)
    op.execute(FINDING_REFS_BACK)
    op.drop_index('ix_rx_requests_number', table_name='rx_requests')
    op.execute(f"DELETE FROM number_counters WHERE series = '{SERIES}'")
    op.drop_column('rx_requests', 'number')


HANDOVER_REFS_BACK = """
UPDATE rx_handover_items SET ref = (SELECT '#' || CAST(r.id AS VARCHAR(12)) FROM rx_requests r
                                    WHERE r.number = rx_handover_items.ref)
WHERE area = 'reception' AND EXISTS (SELECT 1 FROM rx_requests r WHERE r.number = rx_handover_items.ref)
"""

FINDING_REFS_BACK = """
UPDATE round_findings SET follow_up_ref = (SELECT CAST(r.id AS VARCHAR(12)) FROM rx_requests r
                                           WHERE r.number = round_findings.follow_up_ref)
WHERE follow_up = 'CLEANING' AND EXISTS (SELECT 1 FROM rx_requests r WHERE r.number = round_findings.follow_up_ref)
"""
