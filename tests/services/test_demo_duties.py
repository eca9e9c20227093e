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
def built(ctx, admin, tmp_path):
    plan = demo.DemoPlan(seed=5, units=160, today=ctx.clock.today(), packs_folder=tmp_path / "packs")
    assert demo.generate(ctx, admin, plan).packs == 7  # 2026-04 (worked_since's duty) to 2026-10
    return ctx, plan


def _past_calendar(ctx, plan):
    """Every month's calendar from `worked_since` to this month, as the supervisor opens it."""
    supervisor = make_actor(Role.SUPERVISOR)
    m, rows = demo.worked_since(plan), []
    while m <= plan.today:
        rows += calendar_duties.month(ctx, supervisor, m.year, m.month)
        m = date(m.year + m.month // 12, m.month % 12 + 1, 1)
    return rows


def _file_checks_run_by_the_supervisor_in_their_quarters(plan, rows) -> None:
    assert (plan.today, demo.worked_since(plan)) == (date(2026, 11, 27), date(2026, 5, 1))
    past = [r for r in rows if r.key == "registry.completeness" and r.due < plan.today]
    assert [(r.period, r.status) for r in past] == [("2026Q2", DutyStatus.DONE), ("2026Q3", DutyStatus.DONE)]
    for r, day in zip(past, ("2026-06-10", "2026-09-10")):
        assert "检查房屋 160 户" in r.record and f"王丽华，{day} 15:" in r.record, r.record


def _months_filed_by_the_supervisor_early_in_the_month_after(plan, rows) -> None:
    past = [r for r in rows if r.key == "monthpack.filed" and r.due < plan.today]
    assert [(r.period, r.status) for r in past] == [(f"2026-{m:02d}", DutyStatus.DONE) for m in range(5, 12)]
    for r in past:  # the duty of month M is M-1's pack, filed by the 5th of M (the 1st–4th here)
        before = f"2026-{int(r.period[5:]) - 1:02d}"
        assert r.record.startswith(f"{before} 月度汇总已归档（王丽华，{r.period}-0"), r.record
    files = sorted(p.name for p in plan.packs_folder.iterdir())
    assert files[:2] == ["每月汇总-2026-04.pdf", "每月汇总-2026-04.xlsx"] and len(files) == 14


# Duties the demo leaves as they are, and why: none (the bill run's duty of a quarter is the quarter
# just ended, which the demo bills early in the next, as the desk does)
LEFT_OUT: set[str] = set()


def _out_past_the_day(ctx, day: date) -> list:
    """Loans due on `day` whose key came back after the day, or not at all: the borrower's doing."""
    from datetime import datetime, timedelta

    from support import CST

    from deskapp.contracts.keys import LoanFilter
    from deskapp.services.keys import custody

    end = datetime(day.year, day.month, day.day, tzinfo=CST) + timedelta(days=1)
    page = custody.loan_register(ctx, make_actor(Role.SUPERVISOR), LoanFilter(start=end - timedelta(days=6), end=end),
                                 limit=1000)
    return [x for x in page.rows if end - timedelta(days=1) <= x.due_at < end
            and (x.returned_at is None or x.returned_at >= end)]


def test_a_freshly_built_demos_calendar_shows_its_past_work_done(built):
    """One demo built (on each backend) for all of it: the calendar shows no past duty overdue, every
    quarter's file check run by the supervisor in its quarter, every month filed early in the month
    after."""
    ctx, plan = built
    rows = _past_calendar(ctx, plan)
    _file_checks_run_by_the_supervisor_in_their_quarters(plan, rows)
    _months_filed_by_the_supervisor_early_in_the_month_after(plan, rows)
    assert {r.key for r in rows} - LEFT_OUT >= {
        "billing.handover", "billing.readings", "billing.dunning", "billing.run", "rounds.site_checks", "rounds.stairwell",
        "registry.completeness", "keys.count", "reception.morning_list", "monthpack.filed"}
    overdue = [r for r in rows if r.status is DutyStatus.OVERDUE and r.key not in LEFT_OUT]
    # a key kept past its day by its borrower leaves the day's 钥匙归还核对 open in any centre
    late_keys = [r for r in overdue if r.key == "keys.returns"]
    assert [(r.key, r.period) for r in overdue if r.key != "keys.returns"] == []
    for r in late_keys:
        assert _out_past_the_day(ctx, r.due), r.period
    done = [r for r in rows if r.status is DutyStatus.DONE]
    assert sum(r.key == "billing.handover" for r in done) > 150  # every past day's takings handed over


def test_a_big_demo_files_last_month_only_unless_told():
    from deskapp.services.demo import month_packs

    small = demo.DemoPlan(units=160, today=date(2026, 11, 27))
    assert [f"{m:%Y-%m}" for m in month_packs.filed_months(small)] == [f"2026-{m:02d}" for m in range(4, 11)]
    assert [f"{m:%Y-%m}" for m in month_packs.filed_months(demo.DemoPlan(units=20000, today=date(2026, 11, 27)))] \
        == ["2026-10"]
    assert month_packs.filed_months(demo.DemoPlan(units=160, today=date(2026, 11, 27), extra={"filed_months": 0})) == []
