"""Demo step 80: 空置房巡查 — each vacant unit checked once a month by a steward for the last few months;
this month about four in five are checked so far (the rest are on the steward's morning list). One
check in eight has a finding with its note (recorded only: the demo's repair orders are reception's).

Sizes (``plan.extra``): ``vacant_check_months`` (3), the months back, this one included."""
from __future__ import annotations

import random
from datetime import date, timedelta

from deskapp.domain.occupancy import CheckItem, FindingAction
from deskapp.domain.units import UnitState
from deskapp.services.context import Context
from deskapp.services.demo import DemoPlan, at, bulk, next_id, staff, units
from deskapp.store.models.occupancy import VacantCheck, VacantCheckItem
from deskapp.store.queries import occupancy as q
from deskapp.store.uow import Session

ORDER = 80

FINDINGS = {CheckItem.POWER: ("总闸未关", "水表有走字"), CheckItem.WINDOWS: ("阳台窗未关", "卫生间窗开启"),
            CheckItem.LEAKS: ("厨房水管滴水", "室内有霉味", "天花板有水渍"),
            CheckItem.KEYS: ("托管钥匙与门锁不符",), CheckItem.MAIL: ("信箱塞满", "门口有快递未取")}


def _month_starts(today: date, months: int) -> list[date]:
    out, day = [], date(today.year, today.month, 1)
    for _ in range(months):
        out.append(day)
        day = (day - timedelta(days=1)).replace(day=1)
    return out[::-1]


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    people = staff()
    stewards = [people["steward"], people["steward2"]]
    today = plan.today
    vacant = [u for u in units(session) if u.state is UnitState.VACANT]
    held = {u.id: "、".join(tag for tag, _, _ in q.keys_held(session, u.id)) for u in vacant}
    checks, items = [], []
    check_id = next_id(session, VacantCheck)
    for first in _month_starts(today, plan.size("vacant_check_months", 3)):
        last_day = min(today, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1))
        for u in vacant:
            if first.month == today.month and rng.random() < 0.2:
                continue  # not yet this month
            day = first + timedelta(days=rng.randrange((last_day - first).days + 1))
            checks.append({"id": check_id, "unit_id": u.id, "checked_on": day, "keys_held": held[u.id], "mail_waiting": 0,
                           "created_at": at(day, 10, rng.randrange(60)), "created_by": rng.choice(stewards)})
            bad = rng.choice(list(CheckItem)) if rng.random() < 0.125 else None
            for item in CheckItem:
                note = rng.choice(FINDINGS[item]) if item is bad else ""
                items.append({"check_id": check_id, "item": item, "ok": item is not bad, "note": note,
                              "action": FindingAction.NOTE, "repair_number": None, "notice_id": None})
            check_id += 1
    bulk(session, VacantCheck, checks)
    bulk(session, VacantCheckItem, items)
