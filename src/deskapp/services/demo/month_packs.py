"""After the demo is committed: the supervisor's 每月汇总归档 of every past month the demo centre
worked (`worked_since`, and the month before it, whose filing was that month's duty), each made
through the supervisor's own service (services/monthpack/filing: the workbook and summary PDF
written into the plan's folder, their SHA-256 filed with an audit entry) with the clock set to a
day early in the month after it, before the filing day of the calendar (工作日历). So a fresh
demo's calendar shows 上月登记表汇总归档 done, as a working centre's does, and the supervisor's
next pack has a filed month before it.

Not a step of the demo's one transaction (no ORDER): a filing is its written files, and it runs
after the demo's data is committed. Only when the plan names a folder (`DemoPlan.packs_folder`;
`deskapp demo` gives one beside the database); the tests' and the benchmark's demos file none.
Sizes: ``duty_months`` (see `demo.worked_since`); ``filed_months`` (default all of them, or only last
month above 5,000 units; ``--size filed_months=0`` files none)."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from deskapp.domain.billing import add_months
from deskapp.domain.clock import FixedClock
from deskapp.domain.permissions import Role
from deskapp.services.context import Actor, Context
from deskapp.services.demo import DemoPlan, at, staff, worked_since
from deskapp.services.monthpack import filing
from deskapp.store.queries import demo as demo_queries

SUPERVISOR = "wanglh"  # the supervisor's demo account (services/demo/accounts.py)
BIG = 5000  # units: above, only last month is filed unless `filed_months` says otherwise


def filed_months(plan: DemoPlan) -> list[date]:
    """The first days of the months to file: from the one before `worked_since` to last month."""
    month = add_months(worked_since(plan), -1)
    this_month = plan.today.replace(day=1)
    months = []
    while month < this_month:
        months.append(month)
        month = add_months(month, 1)
    # a pack of a big centre takes a while to write (35 s for 20,000 units): there the last month only
    keep = min(plan.size("filed_months", len(months) if plan.units <= BIG else 1), len(months))
    return months[len(months) - keep:] if keep else []


def filing_day(month: date, today: date, rng: random.Random) -> date:
    """The 1st–4th of the month after `month` (the calendar wants it by the 5th), never after today."""
    return min(add_months(month, 1) + timedelta(days=rng.randrange(4)), today)


def file_past_months(ctx: Context, plan: DemoPlan, folder: Path, rng: random.Random) -> int:
    """Each past month filed by the supervisor on its filing day; returns how many were filed."""
    with ctx.reader() as uow:
        user = demo_queries.user_id(uow.session, SUPERVISOR)
    supervisor = Actor(user, SUPERVISOR, staff()["supervisor"], Role.SUPERVISOR)
    now = plan.now or ctx.clock.now()  # the desk's last open moment: a filing at 09:xx today is by then
    months = filed_months(plan)
    folder.mkdir(parents=True, exist_ok=True)
    for month in months:
        day = filing_day(month, plan.today, rng)
        when = min(at(day, 9, rng.randrange(60)), now)
        filing.file_month(replace(ctx, clock=FixedClock(when)), supervisor, f"{month:%Y-%m}", folder)
    return len(months)
