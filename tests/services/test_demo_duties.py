"""A freshly built demo centre did its work: its duty calendar (工作日历) for the past months
(since `demo.worked_since`) shows no duty overdue that a working centre would have done, read
through the calendar's own service as the desk's calendar shows it."""
from __future__ import annotations

from datetime import date

import pytest
from support import make_actor

from deskapp.domain.calendar import DutyStatus
from deskapp.domain.permissions import Role
from deskapp.services import demo
from deskapp.services.calendar import duties as calendar_duties


@pytest.fixture
def built(ctx, admin):
    plan = demo.DemoPlan(seed=5, units=160, today=ctx.clock.today())
    demo.generate(ctx, admin, plan)
    return ctx, plan


def _past_calendar(ctx, plan):
    """Every month's calendar from `worked_since` to this month, as the supervisor opens it."""
    supervisor = make_actor(Role.SUPERVISOR)
    m, rows = demo.worked_since(plan), []
    while m <= plan.today:
        rows += calendar_duties.month(ctx, supervisor, m.year, m.month)
        m = date(m.year + m.month // 12, m.month % 12 + 1, 1)
    return rows


def test_every_past_quarters_file_check_was_run_by_the_supervisor_in_its_quarter(built):
    ctx, plan = built
    assert (plan.today, demo.worked_since(plan)) == (date(2026, 11, 27), date(2026, 5, 1))
    past = [r for r in _past_calendar(ctx, plan) if r.key == "registry.completeness" and r.due < plan.today]
    assert [(r.period, r.status) for r in past] == [("2026Q2", DutyStatus.DONE), ("2026Q3", DutyStatus.DONE)]
    for r, day in zip(past, ("2026-06-10", "2026-09-10")):
        assert "检查房屋 160 户" in r.record and f"王丽华，{day} 15:" in r.record, r.record
