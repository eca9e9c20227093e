"""社区文化活动: planning refused at its field when in the past or untitled (nothing written); sign-up
by unit within the limit, past it on the waiting list or refused at 人数; a cancellation lets the first
waiting in; attendance; spending against the budget (voided, never edited); the summary; the printed
notice and sign-up sheet; the monthly register."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from io import BytesIO

import openpyxl
import pytest
from community_support import LQ, SATURDAY, WM, ZT, activity, plan
from pypdf import PdfReader
from support import CST, make_actor

from deskapp.domain.clock import FixedClock
from deskapp.domain.community import SignupState
from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.permissions import Role
from deskapp.services import exports
from deskapp.services.community import activities, prints, signups
from deskapp.store.models.accounts import AuditEntry

def _summary(ctx, activity_id):
    return next(a for a in activities.activities(ctx, ZT) if a.id == activity_id).summary


@pytest.mark.parametrize("change, field", [
    ({"title": "  "}, "活动名称"),
    ({"starts_at": datetime(2026, 11, 27, 9, 0, tzinfo=CST)}, "活动时间"),  # the clock is 09:30
    ({"place": ""}, "活动地点"),
    ({"budget": "八百"}, "预算"),
    ({"budget": Decimal("-1")}, "预算"),
    ({"limit": -1}, "人数上限"),
])
def test_a_bad_plan_is_refused_at_its_field_and_nothing_written(community, change, field):
    with pytest.raises(ValidationError) as e:
        plan(community, **change)
    assert e.value.field == field
    assert activities.activities(community, ZT) == []


def test_the_clerk_takes_sign_ups_but_does_not_plan(community):
    with pytest.raises(PermissionDenied):
        activities.plan(community, ZT, activity())


def test_sign_ups_fill_the_limit_then_wait_and_a_cancellation_lets_the_first_waiting_in(community, units):
    aid = plan(community, limit=6)
    first = signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 4)
    assert first.state is SignupState.SIGNED
    waiting = signups.sign_up(community, ZT, aid, "3-1-102", "李娜", 3)  # 4 + 3 > 6
    assert waiting.state is SignupState.WAITING
    # 4 + 2 would fit, but 李娜 waits before her: first come, first in
    assert signups.sign_up(community, ZT, aid, "3-1-103", "王芳", 2).state is SignupState.WAITING
    s = _summary(community, aid)
    assert (s.signups, s.people, s.waiting) == (1, 4, 2)
    with pytest.raises(ValidationError) as e:
        signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 1)
    assert e.value.field == "房号"
    told = signups.cancel(community, ZT, first.id)
    assert told == ["3-1-102 李娜", "3-1-103 王芳"]  # 3 + 2 within the 6
    rows = signups.for_activity(community, ZT, aid)
    assert [(r.unit_code, r.state) for r in rows] == [
        ("3-1-101", SignupState.CANCELLED), ("3-1-102", SignupState.SIGNED), ("3-1-103", SignupState.SIGNED)]
    assert [r.activity for r in signups.for_unit(community, ZT, units["3-1-102"])] == ["重阳节包饺子"]
    with pytest.raises(Conflict):
        signups.cancel(community, ZT, first.id)


def test_a_sign_up_past_the_limit_without_a_waiting_list_is_refused_at_people(community, units):
    aid = plan(community, limit=5, waiting_list=False)
    signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 4)
    with pytest.raises(ValidationError) as e:
        signups.sign_up(community, ZT, aid, "3-1-102", "李娜", 2)
    assert e.value.field == "人数" and "只剩 1 个名额" in e.value.message
    with pytest.raises(ValidationError) as e:
        signups.sign_up(community, ZT, aid, "9-9-999", "李娜", 1)
    assert e.value.field == "房号"
    assert len(signups.for_activity(community, ZT, aid)) == 1


def test_attendance_spending_and_the_summary(community, units, clock):
    aid = plan(community, limit=0)
    a = signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 3)
    signups.sign_up(community, ZT, aid, "3-1-102", "李娜", 2)
    # who came is marked from the activity's day (11-28), not the day before: nothing written
    with pytest.raises(Conflict) as e:
        signups.mark_attended(community, ZT, a.id, True)
    assert "2026-11-28 举行，当天起才能登记到场" in str(e.value)
    assert _summary(community, aid).attended == 0
    clock.set(datetime(2026, 11, 28, 9, 0, tzinfo=CST))  # the morning of the day, before it starts
    signups.mark_attended(community, ZT, a.id, True)
    line = activities.spend(community, LQ, aid, "面粉、肉馅", "356.50", date(2026, 11, 27))
    activities.spend(community, LQ, aid, "一次性餐具", Decimal("80"), date(2026, 11, 27))
    with pytest.raises(ValidationError) as e:
        activities.spend(community, LQ, aid, "横幅", "0", date(2026, 11, 27))
    assert e.value.field == "金额"
    with pytest.raises(PermissionDenied):
        activities.void_spending(community, LQ, line, "录错")
    activities.void_spending(community, WM, line, "录错，重录")
    activities.spend(community, LQ, aid, "面粉、肉馅", "365.50", date(2026, 11, 27))
    s = _summary(community, aid)
    assert (s.signups, s.people, s.attended, s.attended_people) == (2, 5, 1, 3)
    assert (s.budget, s.spent, s.left) == (Decimal("800.00"), Decimal("445.50"), Decimal("354.50"))
    assert [(x.item, x.voided) for x in activities.spending(community, ZT, aid)] == [
        ("面粉、肉馅", True), ("一次性餐具", False), ("面粉、肉馅", False)]
    with community.reader() as uow:
        actions = [r.action for r in uow.session.query(AuditEntry).filter(AuditEntry.action.like("community.%"))
                   .order_by(AuditEntry.id)]
    assert actions == ["community.plan", "community.signup", "community.signup", "community.attend",
                       "community.spend", "community.spend", "community.void", "community.spend"]


def _text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)


def test_the_notice_and_the_sign_up_sheet(community, units):
    aid = plan(community, limit=4)
    signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 3)
    signups.sign_up(community, ZT, aid, "3-1-102", "李娜", 2)
    notice = _text(prints.notice_pdf(community, ZT, aid))
    for part in ("活动通知", "翠湖花园物业服务中心", "重阳节包饺子", "2026年11月28日 14:00", "会所多功能厅",
                 "限 4 人", "2026年11月27日"):
        assert part in notice
    assert "补打" not in notice  # printed the day it was entered
    sheet = _text(prints.sheet_pdf(community, ZT, aid))
    for part in ("活动报名表", "3-1-101", "张伟", "3-1-102", "候补", "签名", "打印日期：2026-11-27"):
        assert part in sheet


def test_the_notice_printed_on_a_later_day_keeps_its_issue_day_and_says_reprinted(community, units):
    aid = plan(community)  # entered on 2026-11-27 (the clock's day)
    community.clock = FixedClock(datetime(2026, 11, 28, 8, 0, tzinfo=CST))
    notice = _text(prints.notice_pdf(community, ZT, aid)).replace("\n", "")
    assert "2026年11月27日" in notice and "2026年11月28日 14:00" in notice  # issued; the activity's own time
    assert "补打（打印日期 2026-11-28）" in notice


def test_the_first_waiting_is_not_passed_over_by_a_smaller_one(community, units):
    aid = plan(community, limit=6)
    first = signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 2)
    signups.sign_up(community, ZT, aid, "3-1-102", "孙丽", 3)
    signups.sign_up(community, ZT, aid, "3-1-103", "李娜", 5)  # 5 + 5 > 6: waits
    signups.sign_up(community, ZT, aid, "3-1-104", "王芳", 1)  # would fit, but 李娜 is first
    assert signups.cancel(community, ZT, first.id) == []  # 3 + 5 > 6: 李娜 still waits, and 王芳 behind her
    assert [(r.name, r.state) for r in signups.for_activity(community, ZT, aid)] == [
        ("张伟", SignupState.CANCELLED), ("孙丽", SignupState.SIGNED), ("李娜", SignupState.WAITING),
        ("王芳", SignupState.WAITING)]


def test_the_monthly_register(community, units, tmp_path):
    aid = plan(community)
    signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 3)
    activities.spend(community, LQ, aid, "面粉", "120", date(2026, 11, 27))
    out = tmp_path / "activities.xlsx"
    assert exports.run_export(community, ZT, "community-activities", out, exports.ExportOptions(month="2026-11")) == 1
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "序号")
    line = rows[header + 1]
    assert (line[1], line[2], line[3], line[6], line[7], line[11], line[12], line[13]) == (
        "重阳节包饺子", SATURDAY.replace(tzinfo=None), "会所多功能厅", 1, 3, 800, 120, 680)


def test_a_spending_line_is_voided_never_edited_or_deleted_behind_the_desks_back(community, units):
    from support import REFUSED, PlainSQL

    from deskapp.services.accounts import check

    aid = plan(community)
    line = activities.spend(community, LQ, aid, "面粉", "120", date(2026, 11, 27))
    activities.void_spending(community, WM, line, "录错")
    sql = PlainSQL(community)
    try:
        for statement in (f"UPDATE community_spending SET amount = 1 WHERE id = {line}",
                          f"UPDATE community_spending SET void_reason = '改了' WHERE id = {line}",
                          f"DELETE FROM community_spending WHERE id = {line}"):
            with pytest.raises(REFUSED):
                sql.execute(statement)
    finally:
        sql.close()
    assert [(x.amount, x.void_reason) for x in activities.spending(community, ZT, aid)] == [(Decimal("120.00"), "录错")]
    assert not [p for p in check.run_check(community, make_actor(Role.ADMIN)).problems if "community" in p]
