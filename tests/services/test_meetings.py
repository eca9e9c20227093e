"""早会: record the day's meeting, refuse bad lines at their field, close with a note, the morning
list and the supervisor's open list, and the monthly register."""
from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from support import make_actor

from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.permissions import Role
from deskapp.services import exports, hooks
from deskapp.services.accounts import users
from deskapp.services.meetings import meetings
from deskapp.services.meetings.meetings import AssignmentLine
from deskapp.services.reception import desk
from deskapp.store.models.accounts import AuditEntry

DAY = date(2026, 11, 27)  # the test clock's day
ZT = make_actor(Role.CLERK, "周婷")
LQ = make_actor(Role.STEWARD, "李强")
WM = make_actor(Role.SUPERVISOR, "王敏")


@pytest.fixture
def desk_ctx(community, admin):
    for user, who in (("zt", ZT), ("lq", LQ), ("wm", WM)):
        users.create_user(community, admin, user, who.display_name, who.role, "Cuihu#2026")
    return community


def _record(ctx, day=DAY, lines=None):
    return meetings.record_meeting(
        ctx, WM, held_on=day, attendees=["周婷", "李强", "王敏"], requirements=["雨天门口放防滑垫", ""],
        assignments=lines if lines is not None else [AssignmentLine("周婷", "通知 3 号楼停水", date(2026, 11, 28)),
                                                     AssignmentLine("李强", "检查地库排水沟", None)])


def test_record_and_open_lists(desk_ctx):
    _record(desk_ctx)
    mine = meetings.open_assignments(desk_ctx, ZT)
    assert [(r.person, r.task, r.due_on) for r in mine] == [("周婷", "通知 3 号楼停水", date(2026, 11, 28))]
    everyone = meetings.open_assignments(desk_ctx, WM)
    assert {r.person for r in everyone} == {"周婷", "李强"}


@pytest.mark.parametrize("line, field", [
    (AssignmentLine("", "通知停水", None), "责任人"),
    (AssignmentLine("张三", "通知停水", None), "责任人"),
    (AssignmentLine("周婷", "  ", None), "安排事项"),
    (AssignmentLine("周婷", "通知停水", date(2026, 11, 26)), "完成期限"),
])
def test_a_bad_assignment_is_refused_at_its_field_and_nothing_written(desk_ctx, line, field):
    with pytest.raises(ValidationError) as e:
        _record(desk_ctx, lines=[AssignmentLine("李强", "检查地库", None), line])
    assert e.value.field == field
    assert meetings.open_assignments(desk_ctx, WM) == []
    _record(desk_ctx)  # the day is still free: nothing of the refused meeting was written


def test_one_meeting_a_day_and_attendees_needed(desk_ctx):
    _record(desk_ctx)
    with pytest.raises(Conflict):
        _record(desk_ctx)
    with pytest.raises(ValidationError) as e:
        meetings.record_meeting(desk_ctx, WM, held_on=date(2026, 11, 28), attendees=[], requirements=[],
                                assignments=[])
    assert e.value.field == "参会人员"


def test_close_with_a_note_own_or_by_the_supervisor(desk_ctx):
    mid = _record(desk_ctx)
    mine, = meetings.open_assignments(desk_ctx, ZT)
    with pytest.raises(ValidationError) as e:
        meetings.close_assignment(desk_ctx, ZT, mine.id, " ")
    assert e.value.field == "完成情况"
    lq = next(r for r in meetings.open_assignments(desk_ctx, WM) if r.person == "李强")
    with pytest.raises(PermissionDenied):
        meetings.close_assignment(desk_ctx, ZT, lq.id, "代为完成")
    meetings.close_assignment(desk_ctx, ZT, mine.id, "已在群里通知并张贴")
    meetings.close_assignment(desk_ctx, WM, lq.id, "已检查，排水通畅")
    assert meetings.open_assignments(desk_ctx, WM) == []
    with pytest.raises(Conflict):
        meetings.close_assignment(desk_ctx, ZT, mine.id, "再关一次")
    later = meetings.add_assignment(desk_ctx, WM, DAY, AssignmentLine("李强", "补贴停水通知", None))
    assert [r.id for r in meetings.open_assignments(desk_ctx, LQ)] == [later]
    with pytest.raises(ValidationError) as e:
        meetings.add_assignment(desk_ctx, WM, date(2026, 11, 26), AssignmentLine("李强", "补贴停水通知", None))
    assert e.value.field == "早会日期"
    assert mid > 0


def test_every_write_is_audited(desk_ctx):
    mid = _record(desk_ctx)
    a, = meetings.open_assignments(desk_ctx, ZT)
    meetings.close_assignment(desk_ctx, ZT, a.id, "已通知")
    with desk_ctx.reader() as uow:
        actions = [r.action for r in uow.session.query(AuditEntry).filter(AuditEntry.action.like("meetings.%"))
                   .order_by(AuditEntry.id)]
    assert actions == ["meetings.record", "meetings.close"]
    assert mid > 0


def test_the_morning_list_shows_ones_own_open_assignments(desk_ctx):
    _record(desk_ctx, day=date(2026, 11, 20), lines=[AssignmentLine("周婷", "催交装修押金单据", date(2026, 11, 25)),
                                                     AssignmentLine("李强", "巡查 3 号楼楼道", None)])
    items = [i for i in desk.start_of_day(desk_ctx, ZT) if i.area == "meetings"]
    assert [(i.kind, i.overdue) for i in items] == [("早会安排", True)]
    assert "催交装修押金单据" in items[0].text
    with desk_ctx.reader() as uow:
        theirs = hooks.collect(hooks.Hook.START_OF_DAY, uow.session, desk_ctx, LQ, DAY)
    assert [i.text for i in theirs if i.area == "meetings"] == ["11-20 早会：巡查 3 号楼楼道"]
    meetings.close_assignment(desk_ctx, ZT, meetings.open_assignments(desk_ctx, ZT)[0].id, "已催交")
    assert [i for i in desk.start_of_day(desk_ctx, ZT) if i.area == "meetings"] == []


def test_the_monthly_register(desk_ctx, tmp_path):
    _record(desk_ctx)
    meetings.record_meeting(desk_ctx, WM, held_on=date(2026, 11, 26), attendees=["王敏"], requirements=["月底盘点"],
                            assignments=[])
    a = next(r for r in meetings.open_assignments(desk_ctx, WM) if r.person == "周婷")
    meetings.close_assignment(desk_ctx, ZT, a.id, "已通知")
    out = tmp_path / "meetings.xlsx"
    assert exports.run_export(desk_ctx, ZT, "meetings", out, exports.ExportOptions(month="2026-11")) == 3
    ws = openpyxl.load_workbook(out).active
    rows = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r[0] == "序号")
    body = rows[header + 1:header + 4]
    assert [(r[4], r[5], r[7], r[8]) for r in body] == [
        (None, None, None, None), ("周婷", "通知 3 号楼停水", "已完成", "已通知"), ("李强", "检查地库排水沟", "未完成", None)]
    assert body[1][2] == "周婷、李强、王敏" and body[1][3] == "1. 雨天门口放防滑垫"
