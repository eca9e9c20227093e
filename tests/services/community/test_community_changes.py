"""An activity put right and called off, a board put right: 修改活动 before the day — the limit must
hold the people in and the waiting list the households waiting, a larger limit lets the waiting in,
a new time or place names every household to tell, a save over another desk's is refused naming them;
取消活动 with its reason before anyone came — no more sign-ups, cancellations or attendance, each
household's file says so, 活动取消通知 dated the day it was called off (补打 later), the register's
备注; 修改板报 with a new board's checks. Each change audited with what it changed."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from io import BytesIO

import openpyxl
import pytest
from community_support import LQ, SATURDAY, WM, ZT, activity, plan
from pypdf import PdfReader
from support import CST

from deskapp.domain.clock import FixedClock
from deskapp.domain.community import ActivityState, BoardInput, SignupState
from deskapp.domain.errors import ConcurrentEdit, Conflict, PermissionDenied, ValidationError
from deskapp.services import exports
from deskapp.services.community import activities, boards, prints, signups
from deskapp.services.registry import units as registry_units
from deskapp.store.models.accounts import AuditEntry

def _row(ctx, activity_id):
    return next(a for a in activities.activities(ctx, ZT) if a.id == activity_id)


def _audit(ctx, action):
    with ctx.reader() as uow:
        return [(r.summary, r.before, r.after) for r in uow.session.query(AuditEntry)
                .filter(AuditEntry.action == action).order_by(AuditEntry.id)]


def _text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)


def test_a_larger_limit_lets_the_waiting_in_and_a_new_place_names_every_household(community, units):
    aid = plan(community, limit=4)
    signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 4)
    signups.sign_up(community, ZT, aid, "3-1-102", "李娜", 2)  # waits
    a = _row(community, aid)
    changed = activities.edit(community, LQ, aid, activity(limit=6), version=a.version)
    assert changed.let_in == ["3-1-102 李娜"] and changed.to_tell == []
    assert [r.state for r in signups.for_activity(community, ZT, aid)] == [SignupState.SIGNED, SignupState.SIGNED]
    changed = activities.edit(community, LQ, aid, activity(limit=6, place="二楼会议室"), version=a.version + 1)
    assert changed.to_tell == ["3-1-101 张伟", "3-1-102 李娜"]
    row = _row(community, aid)
    assert (row.place, row.limit, row.state) == ("二楼会议室", 6, ActivityState.OPEN)
    (summary, before, after), = _audit(community, "community.edit")[1:]
    assert "活动地点" in summary and "二楼会议室" in after and "会所多功能厅" in before
    assert "人数上限" not in summary  # only what this save changed


def test_the_limit_must_hold_the_people_in_and_the_waiting_list_those_waiting(community, units):
    aid = plan(community, limit=6)
    signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 4)
    signups.sign_up(community, ZT, aid, "3-1-102", "李娜", 3)  # waits
    with pytest.raises(ValidationError) as e:
        activities.edit(community, LQ, aid, activity(limit=3))
    assert e.value.field == "人数上限" and "已报名 4 人" in e.value.message
    with pytest.raises(ValidationError) as e:
        activities.edit(community, LQ, aid, activity(limit=6, waiting_list=False))
    assert e.value.field == "候补" and "1 户" in e.value.message
    with pytest.raises(ValidationError) as e:  # the plan's own checks hold: not in the past
        activities.edit(community, LQ, aid, activity(starts_at=datetime(2026, 11, 27, 9, 0, tzinfo=CST)))
    assert e.value.field == "活动时间"
    with pytest.raises(PermissionDenied):
        activities.edit(community, ZT, aid, activity(title="改名"))
    assert _row(community, aid).limit == 6 and _audit(community, "community.edit") == []
    assert activities.edit(community, LQ, aid, activity(limit=6)) == activities.Changed([], [])  # nothing changed
    assert _audit(community, "community.edit") == []


def test_a_save_over_another_desks_is_refused_naming_them(community, units):
    aid = plan(community)
    loaded = _row(community, aid)
    activities.edit(community, WM, aid, activity(title="重阳节包饺子（改）"), version=loaded.version)
    with pytest.raises(ConcurrentEdit) as refused:
        activities.edit(community, LQ, aid, activity(budget=Decimal("900")), version=loaded.version)
    assert "王敏" in str(refused.value)
    with pytest.raises(ConcurrentEdit):
        activities.cancel_activity(community, LQ, aid, "下雨", version=loaded.version)
    assert _row(community, aid).budget == Decimal("800.00")


def test_an_activity_that_has_begun_is_not_changed(community, units):
    aid = plan(community)
    later = FixedClock(SATURDAY + timedelta(hours=1))
    community.clock = later
    with pytest.raises(Conflict) as e:
        activities.edit(community, LQ, aid, activity(starts_at=SATURDAY + timedelta(days=7)))
    assert "已开始" in str(e.value)
    assert _row(community, aid).state is ActivityState.HELD


def test_called_off_before_anyone_came_with_its_reason(community, units):
    aid = plan(community, limit=4)
    signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 4)
    waiting = signups.sign_up(community, ZT, aid, "3-1-102", "李娜", 1)
    with pytest.raises(ValidationError) as e:
        activities.cancel_activity(community, LQ, aid, "  ")
    assert e.value.field == "取消原因"
    with pytest.raises(PermissionDenied):
        activities.cancel_activity(community, ZT, aid, "下雨")
    told = activities.cancel_activity(community, LQ, aid, "会所消防设施检修")
    assert told == ["3-1-101 张伟", "3-1-102 李娜"]
    row = _row(community, aid)
    assert row.state is ActivityState.CANCELLED and row.cancel_reason == "会所消防设施检修"
    assert row.cancelled == "2026-11-27 李强"
    # the sign-ups stay as they were; the activity takes nothing more
    assert [s.state for s in signups.for_activity(community, ZT, aid)] == [SignupState.SIGNED, SignupState.WAITING]
    assert all(s.activity_cancelled for s in signups.for_unit(community, ZT, units["3-1-101"]))
    for refused in (lambda: signups.sign_up(community, ZT, aid, "3-1-103", "王芳", 1),
                    lambda: signups.cancel(community, ZT, waiting.id),
                    lambda: signups.mark_attended(community, ZT, signups.for_activity(community, ZT, aid)[0].id, True),
                    lambda: activities.edit(community, LQ, aid, activity(title="再办")),
                    lambda: activities.cancel_activity(community, LQ, aid, "再取消")):
        with pytest.raises(Conflict) as e:
            refused()
        assert "已于 2026-11-27 取消" in str(e.value)
    lines = [c.text for c in registry_units.unit_page(community, WM, units["3-1-102"]).chronicle]
    assert any("重阳节包饺子" in t and "已取消" in t and "会所消防设施检修" in t for t in lines)
    (summary, _, after), = _audit(community, "community.cancel_activity")
    assert "2 户待通知" in summary and after == '{"cancelled": true, "reason": "会所消防设施检修"}'


def test_an_activity_someone_came_to_is_not_called_off(community, units, clock):
    aid = plan(community)
    s = signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 2)
    clock.set(datetime(2026, 11, 28, 9, 0, tzinfo=CST))  # the day: who came is marked at the door
    signups.mark_attended(community, ZT, s.id, True)
    with pytest.raises(Conflict) as e:
        activities.cancel_activity(community, LQ, aid, "下雨")
    assert "签到" in str(e.value)
    assert _row(community, aid).state is ActivityState.OPEN


def test_the_cancellation_notice_is_dated_the_day_it_was_called_off(community, units):
    aid = plan(community)
    signups.sign_up(community, ZT, aid, "3-1-101", "张伟", 2)
    activities.cancel_activity(community, LQ, aid, "会所消防设施检修")
    notice = _text(prints.notice_pdf(community, ZT, aid))
    for part in ("活动取消通知", "2026年11月28日 14:00", "会所多功能厅", "重阳节包饺子", "因会所消防设施检修，决定取消",
                 "翠湖花园物业服务中心", "2026年11月27日"):
        assert part in notice.replace("\n", ""), part
    assert "活动通知" not in notice.replace("活动取消通知", "") and "补打" not in notice
    sheet = _text(prints.sheet_pdf(community, ZT, aid))
    assert "本活动已于 2026-11-27 取消（会所消防设施检修），请逐户告知" in sheet and "3-1-101" in sheet
    community.clock = FixedClock(datetime(2026, 11, 30, 10, 0, tzinfo=CST))
    reprint = _text(prints.notice_pdf(community, ZT, aid))
    assert "2026年11月27日" in reprint and "补打（打印日期 2026-11-30）" in reprint


def test_the_register_says_what_was_called_off(community, units, tmp_path):
    held, off = plan(community), plan(community, title="冬至包汤圆")
    activities.cancel_activity(community, LQ, off, "场地被占用")
    out = tmp_path / "activities.xlsx"
    assert exports.run_export(community, ZT, "community-activities", out, exports.ExportOptions(month="2026-11")) == 2
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "序号")
    assert rows[header][14] == "备注"
    notes = {r[1]: r[14] for r in rows[header + 1:header + 3]}
    assert notes == {"重阳节包饺子": None, "冬至包汤圆": "已取消：场地被占用（2026-11-27 李强）"}
    assert held


def test_a_board_is_put_right_with_a_new_boards_checks(community):
    bid = boards.add_board(community, LQ, BoardInput("冬季防火", "3 栋大堂", date(2026, 11, 20), None, "李强"))
    loaded = boards.boards(community, ZT)[0]
    with pytest.raises(ValidationError) as e:
        boards.edit_board(community, LQ, bid, BoardInput("冬季防火", "3 栋大堂", date(2026, 11, 20),
                                                         date(2026, 11, 1), "李强"), version=loaded.version)
    assert e.value.field == "撤下日期"
    with pytest.raises(PermissionDenied):
        boards.edit_board(community, ZT, bid, BoardInput("冬季防火安全", "3 栋大堂", date(2026, 11, 20), None, "李强"))
    boards.edit_board(community, LQ, bid, BoardInput("冬季防火安全", "3 栋、5 栋大堂", date(2026, 11, 20), None, "李强"),
                      version=loaded.version)
    b = boards.boards(community, ZT)[0]
    assert (b.theme, b.location, b.version) == ("冬季防火安全", "3 栋、5 栋大堂", loaded.version + 1)
    with pytest.raises(ConcurrentEdit):
        boards.edit_board(community, WM, bid, BoardInput("冬季防火", "3 栋大堂", date(2026, 11, 20), None, "李强"),
                          version=loaded.version)
    (summary, before, after), = _audit(community, "community.board_edit")
    assert summary == "修改宣传板报：冬季防火安全" and "张贴位置" not in before and "location" in before
