"""对外联络: the contacts book, a visit or call logged with its follow-up (bad input refused at its field,
nothing written), the follow-up on its person's morning list until closed with a note, the register."""
from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from support import make_actor

from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.liaison import BodyKind, ContactInput, RecordInput, Way
from deskapp.domain.permissions import Role
from deskapp.services import exports, hooks
from deskapp.services.accounts import users
from deskapp.services.liaison import book, log
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


@pytest.fixture
def committee(desk_ctx):
    body = book.add_body(desk_ctx, ZT, "翠湖社区居委会", BodyKind.COMMITTEE, "0571-88001234", "滨江路 90 号")
    book.add_contact(desk_ctx, ZT, body, ContactInput("刘主任", "主任", "13700001111"))
    return body


def _visit(body: int, **kw) -> RecordInput:
    values = dict(body_id=body, way=Way.VISIT_IN, happened_on=DAY, matter="垃圾分类检查",
                  asked="本月底前完成垃圾分类宣传", contact="刘主任", follow_up="张贴垃圾分类宣传海报", person="李强",
                  due_on=date(2026, 11, 30))
    values.update(kw)
    return RecordInput(**values)


def test_the_contacts_book(committee, desk_ctx):
    body, = book.bodies(desk_ctx, ZT)
    assert (body.name, body.kind, body.phone) == ("翠湖社区居委会", BodyKind.COMMITTEE, "0571-88001234")
    assert [(c.name, c.role, c.phone) for c in body.contacts] == [("刘主任", "主任", "137****1111")]  # a person's
    assert [c.phone for c in book.bodies(desk_ctx, WM)[0].contacts] == ["13700001111"]  # the supervisor's view
    with pytest.raises(Conflict):
        book.add_body(desk_ctx, ZT, "翠湖社区居委会", BodyKind.COMMITTEE)
    with pytest.raises(ValidationError) as e:
        book.add_contact(desk_ctx, ZT, committee, ContactInput("王警官", "社区民警", ""))
    assert e.value.field == "联系电话"


@pytest.mark.parametrize("change, field", [
    ({"matter": " "}, "事由"),
    ({"happened_on": date(2026, 11, 28)}, "日期"),
    ({"person": ""}, "跟进人"),
    ({"person": "张三"}, "跟进人"),
    ({"due_on": None}, "跟进期限"),
    ({"due_on": date(2026, 11, 26)}, "跟进期限"),
    ({"follow_up": ""}, "跟进事项"),
    ({"body_id": 0}, "联络单位"),
])
def test_a_bad_record_is_refused_at_its_field_and_nothing_written(committee, desk_ctx, change, field):
    with pytest.raises(ValidationError) as e:
        log.record(desk_ctx, ZT, _visit(committee, **change))
    assert e.value.field == field
    assert log.log(desk_ctx, ZT) == []


def test_the_follow_up_is_on_its_persons_morning_list_until_done(committee, desk_ctx):
    rid = log.record(desk_ctx, ZT, _visit(committee))
    log.record(desk_ctx, ZT, _visit(committee, way=Way.CALL, matter="询问消防演练时间", follow_up="", person="",
                                    due_on=None))

    def items(actor, day=DAY):
        with desk_ctx.reader() as uow:
            return [i for i in hooks.collect(hooks.Hook.START_OF_DAY, uow.session, desk_ctx, actor, day)
                    if i.area == "liaison"]
    assert [(i.text, i.overdue) for i in items(LQ)] == [("翠湖社区居委会：张贴垃圾分类宣传海报", False)]
    assert [i.overdue for i in items(LQ, date(2026, 12, 1))] == [True]
    assert items(ZT) == []
    assert [r.id for r in log.log(desk_ctx, ZT, open_only=True)] == [rid]
    with pytest.raises(PermissionDenied):
        log.close_follow_up(desk_ctx, ZT, rid, "代为张贴")
    with pytest.raises(ValidationError) as e:
        log.close_follow_up(desk_ctx, LQ, rid, "")
    assert e.value.field == "跟进结果"
    log.close_follow_up(desk_ctx, LQ, rid, "已在各单元张贴")
    assert items(LQ) == [] and log.log(desk_ctx, ZT, open_only=True) == []
    with desk_ctx.reader() as uow:
        actions = [r.action for r in uow.session.query(AuditEntry).filter(AuditEntry.action.like("liaison.%"))
                   .order_by(AuditEntry.id)]
    assert actions == ["liaison.body", "liaison.contact", "liaison.record", "liaison.record", "liaison.close"]


def test_the_monthly_register(committee, desk_ctx, tmp_path):
    rid = log.record(desk_ctx, ZT, _visit(committee))
    log.record(desk_ctx, ZT, _visit(committee, way=Way.LETTER_IN, matter="来函：冬季消防检查通知",
                                    happened_on=date(2026, 11, 3)))
    log.close_follow_up(desk_ctx, WM, rid, "已张贴")
    out = tmp_path / "liaison.xlsx"
    assert exports.run_export(desk_ctx, ZT, "liaison", out, exports.ExportOptions(month="2026-11")) == 2
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "序号")
    body = rows[header + 1:header + 3]
    assert [(r[2], r[3], r[5], r[10]) for r in body] == [
        ("翠湖社区居委会", "来函", "来函：冬季消防检查通知", "未完成"),
        ("翠湖社区居委会", "来访", "垃圾分类检查", "已张贴")]


def test_the_demo_has_a_contacts_book_and_open_follow_ups(ctx, admin):
    from deskapp.services import demo

    demo.generate(ctx, admin, demo.DemoPlan(seed=3, units=200))
    assert {b.kind for b in book.bodies(ctx, ZT)} >= {BodyKind.COMMITTEE, BodyKind.POLICE, BodyKind.CITY}
    records = log.log(ctx, ZT)
    assert records and all(r.happened_on < DAY for r in records)
    assert any(not r.done for r in records if r.follow_up) and any(r.done for r in records)
