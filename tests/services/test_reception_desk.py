from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from deskapp.contracts.reception import RequestFilter
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.people import Relation
from deskapp.domain.reception import (
    CallbackResult, Channel, DefectKind, DefectState, Department, HandoverState, MailKind, MailPlace, NoticeTarget,
    Notified, RequestKind, Urgency, ViolationKind, ViolationState,
)
from deskapp.store.models.reception import ServiceRequest
from deskapp.services import exports, hooks, settings
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.context import Actor
from deskapp.services.exports import ExportOptions
from deskapp.services.reception import desk, notices, registers, repairs, requests, violation_notice
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.reception.requests import RequestInput
from deskapp.services.registry.people import PersonInput


def _ref(ctx, request_id: int) -> str:
    """The request's number, as the morning list and the 交班 sheet name it."""
    with ctx.reader() as uow:
        return uow.session.get(ServiceRequest, request_id).number


@pytest.fixture
def unit_id(community, admin):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101", "kind": "住宅",
                                                  "state": "自住", "building_area": "88", "floor": "1"})
    registry_people.add_person(community, admin, uid, PersonInput(name="张伟", phone="13812345678"), Relation.OWNER)
    return uid


def test_start_of_day_lists_earlier_open_items_not_todays(community, clerk, unit_id):
    old = requests.record_request(community, clerk, RequestInput(text="昨天的投诉", unit_id=unit_id,
                                                                 kind=RequestKind.COMPLAINT))
    done = requests.record_request(community, clerk, RequestInput(text="已修好待回访", unit_id=unit_id))
    requests.complete(community, clerk, done, "已处理")
    n = repairs.create_repair(community, clerk, RepairInput(fault="楼道灯", reported_by="管家", location="3 号楼"))
    community.clock.advance(days=1, hours=1)
    requests.record_request(community, clerk, RequestInput(text="今天的新事项", unit_id=unit_id))
    items = desk.start_of_day(community, clerk)
    texts = " ".join(i.text for i in items)
    assert "昨天的投诉" in texts and "已修好待回访" in texts and "今天的新事项" not in texts
    refs = {i.ref for i in items}
    assert {_ref(community, old), _ref(community, done), n} <= refs
    complaint = next(i for i in items if i.ref == _ref(community, old))
    assert complaint.overdue and complaint.unit_code == "3-1-101"
    assert items[0].overdue  # overdue first


def test_start_of_day_includes_other_areas(community, clerk):
    def fake_keys(session, ctx, actor, day):
        return [hooks.OpenItem("keys-test", "钥匙逾期未还", "3-1-101", "借出未还", None, True, "K1")]

    hooks.register("start_of_day")(fake_keys)
    try:
        items = desk.start_of_day(community, clerk)
        assert any(i.area == "keys-test" for i in items)
    finally:
        hooks._HOOKS["start_of_day"].remove(fake_keys)


def test_handover_draft_notes_hand_and_receive(community, admin, clerk, unit_id):
    from deskapp.services.accounts import users

    users.create_user(community, admin, "zt", "周婷", clerk.role, "Cuihu#2026")
    rid = requests.record_request(community, clerk, RequestInput(text="水压低", unit_id=unit_id))
    requests.dispatch(community, clerk, rid, Department.ENGINEERING)
    hid = desk.draft_handover(community, clerk)
    view = desk.handover(community, clerk, hid)
    assert view.state is HandoverState.DRAFT and [i.ref for i in view.items] == [_ref(community, rid)]
    item = view.items[0]
    desk.save_handover(community, clerk, hid, "明早先联系工程部", {item.id: (True, "业主很着急")})
    # Re-drafting keeps what the clerk wrote for items still open.
    assert desk.draft_handover(community, clerk) == hid
    again = desk.handover(community, clerk, hid).items[0]
    assert again.priority and again.note == "业主很着急"
    with pytest.raises(Conflict):
        desk.receive_handover(community, Actor(None, "zt", "周婷", clerk.role), hid)
    with pytest.raises(ValidationError) as e:
        desk.hand_over(community, clerk, hid, "陌生人")  # only an active account takes over
    assert e.value.field == "接班人"
    desk.hand_over(community, clerk, hid, "周婷")
    with pytest.raises(ValidationError):
        desk.receive_handover(community, clerk, hid)  # not oneself
    with pytest.raises(ValidationError):
        desk.receive_handover(community, Actor(None, "lq", "李强", clerk.role), hid)  # handed to 周婷
    desk.receive_handover(community, Actor(None, "zt", "周婷", clerk.role), hid)
    done = desk.handover(community, clerk, hid)
    assert done.state is HandoverState.RECEIVED and done.received_by == "周婷"
    assert done.received_at == community.clock.now()
    with pytest.raises(Conflict):
        desk.save_handover(community, clerk, hid, "改")


def test_handover_refused_while_another_area_blocks(community, clerk, unit_id):
    def overdue_key(session, ctx, actor, day):
        return ["钥匙 3-1-101 逾期未还且无说明"]

    hooks.register("handover_blockers")(overdue_key)
    try:
        hid = desk.draft_handover(community, clerk)
        assert desk.handover_blockers(community, clerk) == ["钥匙 3-1-101 逾期未还且无说明"]
        with pytest.raises(ValidationError) as e:
            desk.hand_over(community, clerk, hid, "周婷")
        assert "逾期未还" in str(e.value)
        assert desk.handover(community, clerk, hid).state is HandoverState.DRAFT
    finally:
        hooks._HOOKS["handover_blockers"].remove(overdue_key)


def test_handover_carries_what_the_next_shift_must_do(community, clerk, unit_id):
    """Not every open item of the centre: what came in this shift and what falls due by the
    end of the next; older overdue items stay on the morning list and are only counted."""
    old = [requests.record_request(community, clerk, RequestInput(text=f"上周投诉{n}", unit_id=unit_id,
                                                                  kind=RequestKind.COMPLAINT)) for n in range(3)]
    community.clock.advance(days=7)
    hid = desk.draft_handover(community, clerk)
    assert [(i.kind, i.text) for i in desk.handover(community, clerk, hid).items] == [
        ("往日未完成", "另有 3 项往日未完成事项未列入，见早班清单")]
    today = requests.record_request(community, clerk, RequestInput(text="今天的报修咨询", unit_id=unit_id))
    assert desk.draft_handover(community, clerk) == hid
    items = desk.handover(community, clerk, hid).items
    assert [i.ref for i in items] == [_ref(community, today), ""]
    assert not {_ref(community, r) for r in old} & {i.ref for i in items}


def test_handover_pdf(community, clerk, unit_id):
    from pypdf import PdfReader
    import io

    requests.record_request(community, clerk, RequestInput(text="门禁卡失灵", unit_id=unit_id))
    hid = desk.draft_handover(community, clerk)
    text = PdfReader(io.BytesIO(desk.handover_pdf(community, clerk, hid))).pages[0].extract_text()
    assert "客服部工作交接表" in text and "门禁卡失灵" in text and "接班人签字" in text and "补打" not in text
    community.clock.advance(days=1)  # the shift's sheet printed again the next day
    text = PdfReader(io.BytesIO(desk.handover_pdf(community, clerk, hid))).pages[0].extract_text()
    assert "2026-11-27" in text and "补打（打印日期 2026-11-28）" in text


def test_mail_register_collect_and_waiting(community, clerk, unit_id):
    assert registers.collectors(community, clerk, unit_id) == ["张伟"]
    mid = registers.record_mail(community, clerk, unit_id=unit_id, kind=MailKind.PARCEL, sender="京东",
                                tracking="JD0001", notified=Notified.SMS)
    with pytest.raises(ValidationError):
        registers.record_mail(community, clerk, unit_id=None, kind=MailKind.LETTER)
    community.clock.advance(days=4)
    items = desk.start_of_day(community, clerk)
    assert any(i.kind == "信件待取" and i.unit_code == "3-1-101" for i in items)
    registers.collect_mail(community, clerk, mid, "张伟")
    with pytest.raises(ValidationError):
        registers.collect_mail(community, clerk, mid, "张伟")
    row = registers.mail_register(community, clerk)[0]
    assert row.place is MailPlace.COLLECTED and row.collected_by == "张伟"


def test_defects_follow_up_and_summary(community, clerk, unit_id):
    did = registers.record_defect(community, clerk, unit_id=unit_id, kind=DefectKind.LEAK,
                                  description="外墙渗水", responsible="总包单位")
    registers.follow_defect(community, clerk, did, "工程部无法处理，上报开发商", DefectState.ESCALATED)
    assert registers.defect_register(community, clerk, open_only=True)[0].state is DefectState.ESCALATED
    assert registers.defect_summary(community, clerk) == [("3号楼", "渗漏", 1, 1)]
    registers.follow_defect(community, clerk, did, "开发商已修复", DefectState.FIXED)
    assert registers.defect_register(community, clerk, open_only=True) == []
    assert [h[2] for h in registers.history(community, clerk, "defect", did)] == ["登记", "跟进", "跟进"]


def test_defect_register_pages_newest_first_ties_by_the_later_record(community, clerk, unit_id):
    from datetime import timedelta

    today = community.clock.today()
    ids = {}
    for text, days_ago in (("一", 3), ("二", 1), ("三", 2), ("四", 1)):
        ids[text] = registers.record_defect(community, clerk, unit_id=unit_id, kind=DefectKind.CRACK,
                                            description=f"裂缝{text}", reported_on=today - timedelta(days=days_ago))
    newest = [ids[t] for t in ("四", "二", "三", "一")]
    assert [d.id for d in registers.defect_register(community, clerk, limit=None)] == newest
    assert [d.id for d in registers.defect_register(community, clerk, limit=2)] == newest[:2]
    assert [d.id for d in registers.defect_register(community, clerk, offset=2, limit=None)] == newest[2:]


def test_violation_and_escalation(community, clerk, unit_id):
    with pytest.raises(ValidationError) as e:
        registers.record_violation(community, clerk, unit_id=unit_id, kind=ViolationKind.BUILDING,
                                   description="阳台搭建", found_by="陈志刚", deadline=date(2026, 11, 1))
    assert e.value.field == "整改期限"
    vid = registers.record_violation(community, clerk, unit_id=unit_id, kind=ViolationKind.BUILDING,
                                     description="阳台违章搭建", found_by="陈志刚", demanded="七日内拆除",
                                     deadline=date(2026, 12, 4))
    registers.follow_violation(community, clerk, vid, ViolationState.ESCALATED, "业主拒不整改，上报主管")
    row = registers.violation_register(community, clerk, open_only=True)[0]
    assert row.state is ViolationState.ESCALATED and row.escalated_at is not None


def test_a_violations_deadline_is_shown_on_its_own_day_and_handed_over_the_day_before(community, clerk, unit_id):
    """整改期限 12-04 is due by the end of 12-04: the morning list showed 12-05 00:00, a day later to the eye, and
    the handover of 12-03 left it out (due just past its two days)."""
    registers.record_violation(community, clerk, unit_id=unit_id, kind=ViolationKind.BUILDING,
                               description="阳台违章搭建", found_by="陈志刚", deadline=date(2026, 12, 4))
    tz = community.clock.now().tzinfo
    community.clock.advance(days=6)  # 12-03, the day before the deadline
    item = next(i for i in desk.start_of_day(community, clerk, community.clock.today()) if i.kind == "业户违章")
    assert item.due.astimezone(tz).strftime("%Y-%m-%d %H:%M") == "2026-12-04 23:59" and not item.overdue
    handover = desk.draft_handover(community, clerk)
    assert any(i.kind == "业户违章" for i in desk.handover(community, clerk, handover).items)
    community.clock.advance(days=2)  # 12-05: late
    item = next(i for i in desk.start_of_day(community, clerk, community.clock.today()) if i.kind == "业户违章")
    assert item.overdue


def test_the_rectification_notice_keeps_its_issue_day_and_a_later_print_says_reprinted(community, clerk, unit_id):
    from pypdf import PdfReader
    import io

    vid = registers.record_violation(community, clerk, unit_id=unit_id, kind=ViolationKind.BUILDING,
                                     description="阳台违章搭建", found_by="陈志刚", deadline=date(2026, 12, 4))
    number, pdf = violation_notice.rectification_notice(community, clerk, vid)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert number in text and "2026年11月27日" in text and "补打" not in text
    community.clock.advance(days=3)
    again, pdf = violation_notice.rectification_notice(community, clerk, vid)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert again == number and "2026年11月27日" in text and "补打（打印日期 2026-11-30）" in text


def test_reception_log(community, clerk, unit_id):
    registers.log_visit(community, clerk, matter="询问快递柜位置", visitor="访客", channel=Channel.VISIT)
    with pytest.raises(ValidationError):
        registers.log_visit(community, clerk, matter=" ")
    assert [r.matter for r in registers.log_for_day(community, clerk, community.clock.today())] == ["询问快递柜位置"]


def test_notice_print_and_send(community, admin, clerk, unit_id, tmp_path):
    other = registry_units.create_unit(community, admin, {"building": "S", "room": "01", "kind": "商铺", "state": "自住",
                                                    "building_area": "50"})
    registry_people.add_person(community, admin, other, PersonInput(name="李娜", phone="13900001111"), Relation.OWNER)
    with pytest.raises(ValidationError) as e:
        notices.create_notice(community, clerk, title="停水通知", body="明日停水", target=NoticeTarget.BUILDINGS,
                              codes="9")
    assert e.value.field == "对象"
    nid = notices.create_notice(community, clerk, title="停水通知", body="因管道检修，11月28日9:00-17:00停水。",
                                target=NoticeTarget.BUILDINGS, codes="3")
    from pypdf import PdfReader
    import io

    text = PdfReader(io.BytesIO(notices.notice_pdf(community, clerk, nid))).pages[0].extract_text()
    assert "停水通知" in text and "翠湖花园物业服务中心" in text and "2026年11月27日" in text and "补打" not in text
    community.clock.advance(days=3)  # printed again later: still dated the day it was written
    text = PdfReader(io.BytesIO(notices.notice_pdf(community, clerk, nid))).pages[0].extract_text()
    assert "2026年11月27日" in text and "补打 2026-11-30" in text
    sent = notices.send_notice(community, clerk, nid, tmp_path)
    assert sent.units == 1 and sent.phones == 1
    assert sent.sms.startswith("【翠湖花园物业服务中心】停水通知")
    with open(sent.recipients_file, encoding="utf-8-sig") as f:
        assert list(csv.reader(f)) == [["房号", "姓名", "手机号"], ["3-1-101", "张伟", "13812345678"]]
    assert notices.notices(community, clerk)[0].units_sent == 1


def _export(ctx, actor, name, path: Path) -> list[tuple]:
    n = exports.run_export(ctx, actor, name, path, ExportOptions(month="2026-11"))
    ws = load_workbook(path)[load_workbook(path).sheetnames[0]]
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) == n + 2
    assert ws.freeze_panes == "A3" and ws.auto_filter.ref.startswith("A2")
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$2:$2"
    return rows


def test_exports_read_back(community, admin, clerk, unit_id, tmp_path):
    rid = requests.record_request(community, clerk, RequestInput(text="=楼上噪音", unit_id=unit_id, caller="张伟"))
    requests.dispatch(community, clerk, rid, Department.SECURITY)
    repairs.create_repair(community, clerk, RepairInput(fault="门铃坏", reported_by="张伟", unit_id=unit_id))
    registers.record_defect(community, clerk, unit_id=unit_id, kind=DefectKind.CRACK, description="墙裂")
    registers.record_mail(community, clerk, unit_id=unit_id, kind=MailKind.LETTER, sender="银行")
    registers.record_violation(community, clerk, unit_id=unit_id, kind=ViolationKind.PETS, description="狗未拴",
                               found_by="保安", deadline=community.clock.today())
    desk.draft_handover(community, clerk)
    rows = _export(community, admin, "requests", tmp_path / "r.xlsx")
    assert rows[0][0] == ("翠湖花园物业服务中心 业户服务需求/投诉登记表　2026年11月　导出日期 2026-11-27　"
                          f"导出人 {admin.display_name}")
    header = rows[1]
    for col in ("登记时间", "房号", "来电/来访人", "渠道", "类别", "内容", "处理部门", "状态", "完成时间", "回访结果"):
        assert col in header
    r = dict(zip(header, rows[2]))
    assert r["房号"] == "3-1-101" and r["内容"] == "=楼上噪音" and r["处理部门"] == "保安" and r["状态"] == "已派单"
    assert dict(zip(*_export(community, admin, "repairs", tmp_path / "w.xlsx")[1:3]))["单号"] == "WX2026-000001"
    assert _export(community, admin, "defects", tmp_path / "d.xlsx")[2][5] == "墙裂"
    assert _export(community, admin, "mail", tmp_path / "m.xlsx")[2][4] == "银行"
    assert _export(community, admin, "violations", tmp_path / "v.xlsx")[2][4] == "狗未拴"
    handover_rows = _export(community, admin, "handovers", tmp_path / "h.xlsx")
    assert len(handover_rows) >= 4 and handover_rows[0][0].startswith("翠湖花园物业服务中心 客服部工作交接表")
    empty = exports.run_export(community, admin, "requests", tmp_path / "e.xlsx", ExportOptions(month="2026-10"))
    assert empty == 0


def test_export_needs_the_supervisor(community, clerk, tmp_path):
    from deskapp.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        exports.run_export(community, clerk, "requests", tmp_path / "r.xlsx", ExportOptions(month="2026-11"))
    assert not (tmp_path / "r.xlsx").exists()


def test_request_and_repair_registers_carry_phone_handler_and_callback(community, admin, clerk, unit_id, tmp_path):
    """The paper forms' columns: 联系电话 (masked unless a supervisor asks for full numbers), 处理人,
    维修情况, and who called back when, on the register's second sheet."""
    requests.record_request(community, clerk, RequestInput(text="楼道灯坏", unit_id=unit_id, caller="张伟",
                                                           caller_phone="13812345678"))
    number = repairs.create_repair(community, clerk, RepairInput(fault="门铃坏", reported_by="张伟", unit_id=unit_id,
                                                                  reporter_phone="13812345678"))
    repairs.dispatch(community, clerk, number, "赵明")
    repairs.arrive(community, clerk, number)
    repairs.finish(community, clerk, number, "更换门铃按钮")
    repairs.callback(community, clerk, number, CallbackResult.SATISFIED, "很快")

    def sheets(name, unmasked=False):
        out = tmp_path / f"{name}{unmasked}.xlsx"
        exports.run_export(community, admin, name, out, ExportOptions(month="2026-11", unmasked=unmasked))
        return [[dict(zip(rows[1], row)) for row in rows[2:]]
                for rows in (list(ws.iter_rows(values_only=True)) for ws in load_workbook(out).worksheets)]

    first, rest = sheets("requests")
    assert first[0]["联系电话"] == "138****5678" and "处理人" in first[0]
    assert {"回访时间", "回访人", "备注"} <= set(rest[0]) and rest[0]["房号"] == "3-1-101"
    first, rest = sheets("repairs")
    assert first[0]["联系电话"] == "138****5678" and first[0]["维修情况"] == "更换门铃按钮"
    assert rest[0]["回访结果"] == "满意" and rest[0]["回访人"] == clerk.display_name
    assert rest[0]["回访时间"] == community.clock.now().replace(tzinfo=None, microsecond=0) and rest[0]["回访意见"] == "很快"
    assert sheets("repairs", unmasked=True)[0][0]["联系电话"] == "13812345678"


def test_the_repairs_second_sheet_says_who_checked_a_public_repair_and_when(community, admin, clerk, tmp_path):
    """A public repair is checked (验收), not called back: the register's second sheet said 合格 and
    not who accepted the work, nor when, as it says who called back an in-unit one."""
    number = repairs.create_repair(community, clerk, RepairInput(fault="楼道灯不亮", reported_by="管家",
                                                                  location="3 号楼 1 单元楼道"))
    repairs.dispatch(community, clerk, number, "赵明")
    repairs.finish(community, clerk, number, "更换灯泡")
    community.clock.advance(hours=2)
    repairs.check(community, clerk, number, True)
    out = tmp_path / "w.xlsx"
    exports.run_export(community, admin, "repairs", out, ExportOptions(month="2026-11"))
    rows = list(load_workbook(out).worksheets[1].iter_rows(values_only=True))
    rest = dict(zip(rows[1], rows[2]))
    assert (rest["检查结果"], rest["检查人"]) == ("合格", clerk.display_name)
    assert rest["检查时间"] == community.clock.now().replace(tzinfo=None, microsecond=0)
    assert (rest["回访结果"], rest["回访时间"], rest["回访人"]) == (None, None, None)


def test_the_requests_second_sheet_names_a_public_place(community, admin, clerk, tmp_path):
    """The register's second sheet (回访时间, 回访人, 备注 …) repeats where each request was: a public
    place's row had only its 序号 and time, its 房号 blank."""
    requests.record_request(community, clerk, RequestInput(text="楼道堆放杂物", location="3 号楼 1 单元楼道",
                                                           caller="管家 陈志刚"))
    out = tmp_path / "r.xlsx"
    exports.run_export(community, admin, "requests", out, ExportOptions(month="2026-11"))
    rows = list(load_workbook(out).worksheets[1].iter_rows(values_only=True))
    assert dict(zip(rows[1], rows[2]))["地点"] == "3 号楼 1 单元楼道"


def test_a_callback_is_due_within_the_callback_hours_of_the_finish_and_red_after(community, clerk, admin, unit_id):
    # 完成后及时回访: the morning list's 期限 of a finished request or repair is its callback's, the
    # finish plus reception.callback_hours (24), not the finished time; past it the item is overdue
    done = requests.record_request(community, clerk, RequestInput(text="已修好待回访", unit_id=unit_id))
    requests.complete(community, clerk, done, "已处理")
    finished_at = community.clock.now()
    community.clock.advance(days=1, hours=1)  # the next morning's list: past the 24 hours
    item = next(i for i in desk.start_of_day(community, clerk) if i.ref == _ref(community, done))
    assert item.kind.endswith("待回访") and item.due == finished_at + timedelta(hours=24) and item.overdue
    settings.set_value(community, admin, "reception.callback_hours", 72)
    item = next(i for i in desk.start_of_day(community, clerk) if i.ref == _ref(community, done))
    assert item.due == finished_at + timedelta(hours=72) and not item.overdue


def test_with_office_hours_a_callback_or_a_repair_due_at_night_is_due_at_the_next_opening(community, clerk, admin,
                                                                                          unit_id):
    """The office hours that move a request's 完成时限 out of the night move the callback's and an ordinary
    repair's 期限 too: the desk that calls back is closed. An urgent repair stays due when its hours end."""
    settings.set_value(community, admin, "reception.office_hours", "08:30-17:30")
    evening = community.clock.now().replace(hour=17, minute=50, second=0, microsecond=0)
    community.clock.set(evening)
    done = requests.record_request(community, clerk, RequestInput(text="已修好待回访", unit_id=unit_id))
    requests.complete(community, clerk, done, "已处理")  # 24 hours on is 17:50 tomorrow, after closing
    ordinary = repairs.create_repair(community, clerk, RepairInput(fault="门铃坏", reported_by="张伟",
                                                                   unit_id=unit_id))  # 48 hours: after closing
    urgent = repairs.create_repair(community, clerk, RepairInput(fault="水管爆裂", reported_by="张伟", unit_id=unit_id,
                                                                 urgency=Urgency.URGENT))  # 4 hours: 21:50
    opening = evening.replace(hour=8, minute=30)
    community.clock.set(evening + timedelta(days=1, minutes=30))  # 18:20 tomorrow: closed, the callback not yet late
    items = {i.ref: i for i in desk.start_of_day(community, clerk)}
    callback = items[_ref(community, done)]
    assert callback.due == opening + timedelta(days=2) and not callback.overdue
    assert items[ordinary].due == opening + timedelta(days=3) and not items[ordinary].overdue
    assert items[urgent].due == evening + timedelta(hours=4) and items[urgent].overdue
    now = community.clock.now()  # and the register's 逾期 agrees with the list
    assert requests.request_register(community, clerk, RequestFilter(overdue_at=now)).total == 0
    community.clock.set(opening + timedelta(days=2, minutes=1))  # the opening it was moved to has passed
    now = community.clock.now()
    late, = requests.request_register(community, clerk, RequestFilter(overdue_at=now)).rows
    assert late.id == done and requests.overdue(late, now, requests.callback_time(community))
    assert next(i for i in desk.start_of_day(community, clerk) if i.ref == _ref(community, done)).overdue


def test_a_callback_due_on_a_holiday_is_due_when_the_centre_opens_after_it_and_not_late_before(community, clerk,
                                                                                             admin, unit_id):
    """Finished on 31 December at 16:00: its callback (24 hours) fell on 元旦 16:00, a day the centre is
    closed; with 元旦 marked it is due at the opening of 1-2, and on the morning of 1-2 before the opening
    neither the list nor the register's 逾期 calls it late."""
    from datetime import datetime

    from deskapp.services.calendar import holidays

    settings.set_value(community, admin, "reception.office_hours", "08:30-17:30")
    holidays.add_holiday(community, admin, date(2027, 1, 1), "元旦")
    eve = datetime(2026, 12, 31, 16, 0, tzinfo=community.clock.now().tzinfo)
    community.clock.set(eve)
    done = requests.record_request(community, clerk, RequestInput(text="已修好待回访", unit_id=unit_id))
    requests.complete(community, clerk, done, "已处理")
    community.clock.set(datetime(2027, 1, 2, 8, 0, tzinfo=eve.tzinfo))
    item = next(i for i in desk.start_of_day(community, clerk) if i.ref == _ref(community, done))
    assert item.due == datetime(2027, 1, 2, 8, 30, tzinfo=eve.tzinfo) and not item.overdue
    assert requests.request_register(community, clerk, RequestFilter(overdue_at=community.clock.now())).total == 0
    community.clock.set(datetime(2027, 1, 2, 8, 31, tzinfo=eve.tzinfo))
    assert requests.request_register(community, clerk, RequestFilter(overdue_at=community.clock.now())).total == 1


@pytest.fixture
def counted_part():
    """A morning-list part that counts how often it is read, registered for the test only."""
    calls = []

    def part(session, ctx, actor, day):
        calls.append(actor.role)
        return [hooks.OpenItem("count-test", "计数", "", "读了一次", None, False, f"C{len(calls)}")]

    hooks.register(hooks.Hook.START_OF_DAY)(part)
    yield calls
    hooks._HOOKS[hooks.Hook.START_OF_DAY].remove(part)


def test_the_list_read_ahead_is_the_first_list_after_the_sign_in(community, admin, clerk, unit_id, counted_part):
    """Read ahead while the login dialog was up (once per role that lands on 今日), the clerk's first
    list is what was read then — the sign-in's own audit rows change nothing — and only once."""
    from deskapp.services.accounts import users

    requests.record_request(community, clerk, RequestInput(text="昨天的投诉", unit_id=unit_id, kind=RequestKind.COMPLAINT))
    users.create_user(community, admin, "linxy", "林晓燕", clerk.role, "Cuihu#2026")
    community.clock.advance(days=1)
    assert desk.read_ahead(community, lambda: False)
    assert len(counted_part) == 2  # the clerk's and the supervisor's
    users.authenticate(community, "linxy", "Cuihu#2026")
    community.clock.advance(seconds=20)
    first = desk.start_of_day(community, clerk)
    assert len(counted_part) == 2  # not read again
    assert "昨天的投诉" in " ".join(i.text for i in first)
    again = desk.start_of_day(community, clerk)
    assert len(counted_part) == 3 and [i.text for i in again] == [i.text for i in first]


def test_the_list_read_ahead_is_read_again_after_a_write_or_a_minute(community, clerk, unit_id, counted_part):
    community.clock.advance(days=1)
    desk.read_ahead(community, lambda: False)
    requests.record_request(community, clerk, RequestInput(text="刚登记的", unit_id=unit_id))  # audited: a write
    desk.start_of_day(community, clerk)
    assert len(counted_part) == 3

    desk.read_ahead(community, lambda: False)
    community.clock.advance(seconds=desk.AHEAD_KEPT_S + 1)
    desk.start_of_day(community, clerk)
    assert len(counted_part) == 6

    desk.read_ahead(community, lambda: False)
    community.clock.advance(days=1)  # past midnight: another day's list
    desk.start_of_day(community, clerk)
    assert len(counted_part) == 9


def test_a_read_ahead_stopped_by_the_sign_in_keeps_what_it_read(community, clerk, counted_part):
    """登录 pressed stops the read ahead between two parts: what it had read by then still serves."""
    assert not desk.read_ahead(community, lambda: len(counted_part) >= 1)  # stopped after the clerk's parts
    assert counted_part == [clerk.role]
    items = desk.start_of_day(community, clerk)
    assert counted_part == [clerk.role] and any(i.area == "count-test" for i in items)


def test_a_part_for_the_person_is_read_for_the_person_signed_in(community, clerk, counted_part):
    """Parts that answer for the person (早会安排, 对外联络跟进: by name) are never kept from the read ahead,
    which reads as the program: the clerk's own show with their name."""
    def mine(session, ctx, actor, day):
        return [hooks.OpenItem("person-test", "本人事项", "", f"给{actor.display_name}", None, False, "P1")]

    hooks.register(hooks.Hook.START_OF_DAY, per_person=True)(mine)
    try:
        desk.read_ahead(community, lambda: False)
        items = desk.start_of_day(community, clerk)
        assert len(counted_part) == 2  # the rest was kept
        assert [i.text for i in items if i.area == "person-test"] == [f"给{clerk.display_name}"]
    finally:
        hooks._HOOKS[hooks.Hook.START_OF_DAY].remove(mine)
