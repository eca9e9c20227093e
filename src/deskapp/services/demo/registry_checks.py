"""Demo step 25: the 档案完整性检查 of every past quarter since `worked_since`, run by the
supervisor in that quarter, so the demo desk's duty calendar (工作日历) shows the quarterly file
check done, as a working centre's does, instead of overdue. The check is the desk's own
(services/registry/completeness), run over the demo's files and recorded with the demo's clock
set in each quarter. After the accounts step (20): the run names the supervisor's account.

Sizes: ``duty_months`` (see `demo.worked_since`)."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from deskapp.domain.billing import Quarter, quarter_of
from deskapp.domain.clock import FixedClock
from deskapp.domain.permissions import Role
from deskapp.services.context import Actor, Context
from deskapp.services.demo import DemoPlan, at, staff, worked_since
from deskapp.services.registry import completeness
from deskapp.store.queries import demo as demo_queries
from deskapp.store.uow import Session

ORDER = 25
SUPERVISOR = "wanglh"  # the supervisor's demo account (services/demo/accounts.py)


def checked_quarters(plan: DemoPlan) -> list[Quarter]:
    """The quarters ended since `worked_since` and before today: each had its check."""
    q, quarters = quarter_of(plan.today).previous(), []
    while q.end >= worked_since(plan):
        quarters.insert(0, q)
        q = q.previous()
    return quarters


def run_day(q: Quarter) -> date:
    """The 10th of the quarter's last month: well before the due day (the quarter's last day, or
    the setting's days before it)."""
    return date(q.end.year, q.end.month, 10)


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    supervisor = Actor(demo_queries.user_id(session, SUPERVISOR), SUPERVISOR, staff()["supervisor"], Role.SUPERVISOR)
    for q in checked_quarters(plan):
        day = run_day(q)
        then = replace(ctx, clock=FixedClock(at(day, 15, rng.randrange(60))))
        report = completeness.check_files(session, day)
        completeness.write_run(session, then, supervisor, report)
