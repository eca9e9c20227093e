"""档案完整性检查 on the duty calendar: the quarter's check is due by the quarter's end, overdue
past it, and done by a check run to its end in the quarter — the run's own record (who, when, what
it found, with its audit entry), never a tick; a cancelled run records nothing."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from support import CST, make_actor

from deskapp.domain.calendar import DutyStatus
from deskapp.domain.permissions import Role
from deskapp.services import settings
from deskapp.services.calendar import duties
from deskapp.services.registry import completeness
from deskapp.services.registry.duties import CHECK_DAYS_BEFORE_END
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import CompletenessRun

STEWARD = make_actor(Role.STEWARD, "李强")
KEY = "registry.completeness"


def _check(ctx, actor, year: int, month: int):
    return {r.due: r for r in duties.month(ctx, actor, year, month) if r.key == KEY}


def test_the_quarters_check_is_due_then_done_by_a_finished_run(community, admin):
    (due,) = _check(community, STEWARD, 2026, 12).values()
    assert (due.due, due.period, due.status, due.role, due.record) == (
        date(2026, 12, 31), "2026Q4", DutyStatus.DUE, "楼宇管家", "")
    assert completeness.run_check(community, STEWARD, cancelled=lambda: True) is None
    assert _check(community, STEWARD, 2026, 12)[date(2026, 12, 31)].status is DutyStatus.DUE
    report = completeness.run_check(community, STEWARD)
    done = _check(community, STEWARD, 2026, 12)[date(2026, 12, 31)]
    assert done.status is DutyStatus.DONE
    assert done.record == (f"档案完整性检查：检查房屋 {report.units_checked} 户，问题 {len(report.findings)} 项"
                           "（李强，2026-11-27 09:30）")
    with community.reader() as uow:
        runs = uow.session.execute(select(CompletenessRun.created_by, CompletenessRun.checked_on)).all()
        audited = uow.session.execute(select(func.count()).select_from(AuditEntry)
                                      .where(AuditEntry.action == "registry.completeness.run")).scalar_one()
    assert runs == [("李强", date(2026, 11, 27))] and audited == 1


def test_a_quarter_past_its_day_without_a_run_is_overdue_and_this_quarters_run_does_not_mend_it(
        community, admin, clock):
    clock.set(datetime(2026, 10, 9, 9, 0, tzinfo=CST))
    completeness.run_check(community, admin)  # in Q4: says nothing of Q3
    (q3,) = _check(community, admin, 2026, 9).values()
    assert (q3.due, q3.period, q3.status) == (date(2026, 9, 30), "2026Q3", DutyStatus.OVERDUE)
    clock.set(datetime(2026, 9, 20, 9, 0, tzinfo=CST))
    completeness.run_check(community, admin)
    clock.set(datetime(2026, 10, 9, 9, 0, tzinfo=CST))
    assert _check(community, admin, 2026, 9)[date(2026, 9, 30)].status is DutyStatus.DONE


def test_the_due_day_is_a_setting(community, admin):
    settings.set_value(community, admin, CHECK_DAYS_BEFORE_END, 10)
    assert list(_check(community, admin, 2026, 12)) == [date(2026, 12, 21)]
    assert settings.spec(CHECK_DAYS_BEFORE_END).label.startswith("工作日历：档案完整性检查")
