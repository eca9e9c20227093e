"""rounds: the day a stairwell route was set up (round_routes.set_up_on)

A route created today was counted as missed for every scheduled day of the weeks before it (four
weeks on the 楼道巡查 tab, two on the morning list, and the duty calendar): at go-live each new
route flooded the morning list with false 楼道巡查漏检. A route now keeps the day it was set up, and
no scheduled day before it is missed.

Existing routes are filled, in this order:
1. the day of the earliest round walked on the route (round_runs.day) — it was there that day;
2. else the day of its creation audit row (audit_log, action 'rounds.stairwell.route' with no
   `before`, entity 'round_route'), on the centre's wall clock (UTC+8);
3. else today (the day of the upgrade, on the centre's wall clock): a route neither walked nor
   audited owes nothing from before the upgrade.
The column stays nullable (plain ALTER TABLE, no table copy); the application fills it for every
new route and treats an empty one as "no limit".

Revision ID: 2977_round_route_set_up
Revises: 2970_decoration_end_reason
Create Date: 2026-12-07 02:55:00
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import sqlalchemy as sa
from alembic import op

revision = '2977_round_route_set_up'
down_revision = '2970_decoration_end_reason'
branch_labels = None
depends_on = None

CENTRE_TZ = timezone(timedelta(hours=8))  # domain.clock.CENTRE_TZ, written out: history does not import the app


def _day(value) -> date:
    """A stored time (SQLite gives text, PostgreSQL a datetime) as the centre's calendar day."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(CENTRE_TZ).date()


def _as_date(value) -> date:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


def upgrade() -> None:
    # plain ALTER TABLE on both backends (as 2970): batch mode would copy the table under the
    # foreign keys of its points and runs
    op.add_column('round_routes', sa.Column('set_up_on', sa.Date(), nullable=True))
    conn = op.get_bind()
    routes = [r for (r,) in conn.execute(sa.text("SELECT id FROM round_routes"))]
    if not routes:
        return
    walked = {r: _as_date(d) for r, d in conn.execute(sa.text(
        "SELECT route_id, MIN(day) FROM round_runs GROUP BY route_id"))}
    created: dict[int, date] = {}
    for entity_id, at in conn.execute(sa.text(
            "SELECT entity_id, at FROM audit_log WHERE entity = 'round_route' "
            "AND action = 'rounds.stairwell.route' AND \"before\" IS NULL ORDER BY id")):
        if entity_id is not None and entity_id.isdigit():
            created.setdefault(int(entity_id), _day(at))
    today = datetime.now(CENTRE_TZ).date()
    update = sa.text("UPDATE round_routes SET set_up_on = :day WHERE id = :id")
    for r in routes:
        conn.execute(update, {"day": walked.get(r) or created.get(r) or today, "id": r})


def downgrade() -> None:
    op.drop_column('round_routes', 'set_up_on')
