"""Demo step 95: 工作日历 — the statutory holidays around the demo's today marked, so the calendar
shows days off (元旦 of the coming year, 国庆节 of this one)."""
from __future__ import annotations

import random
from datetime import date, timedelta

from deskapp.services.context import Context
from deskapp.services.demo import DemoPlan, at, bulk, staff
from deskapp.store.models.calendar import DutyHoliday
from deskapp.store.uow import Session

ORDER = 95


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    year = plan.today.year
    days = [(date(year, 10, 1) + timedelta(days=n), "国庆节") for n in range(7)]
    days.append((date(year + 1, 1, 1), "元旦"))
    by = staff()["supervisor"]
    bulk(session, DutyHoliday, ({"day": d, "name": name, "created_at": at(plan.today - timedelta(days=60)),
                                 "created_by": by}
                                for d, name in days))
