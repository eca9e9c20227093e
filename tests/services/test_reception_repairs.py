from __future__ import annotations

import io
import threading
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from deskapp.domain.errors import ValidationError
from deskapp.domain.permissions import Role
from deskapp.domain.reception import CallbackResult, RepairScope, RepairState, RequestState, Urgency
from deskapp.services.registry import units as registry_units
from deskapp.services.app import open_context
from deskapp.services.context import Actor
from deskapp.services.reception import create_repair_order_in, repairs, requests
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.reception.requests import RequestInput
from deskapp.store.models.reception import RepairOrder


@pytest.fixture
def unit_id(community, admin):
    return registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "301", "kind": "住宅",
                                                   "state": "自住", "building_area": "120", "floor": "3"})


def test_numbers_run_per_year(community, clerk, unit_id):
    a = repairs.create_repair(community, clerk, RepairInput(fault="水龙头漏水", reported_by="张伟", unit_id=unit_id))
    b = repairs.create_repair(community, clerk, RepairInput(fault="路灯不亮", reported_by="管家", location="北门"))
    assert (a, b) == ("WX2026-000001", "WX2026-000002")
    community.clock.set(community.clock.now().replace(year=2027, month=1, day=2))
    c = repairs.create_repair(community, clerk, RepairInput(fault="门禁坏", reported_by="管家", location="南门"))
    assert c == "WX2027-000001"


def test_failed_creation_leaves_no_gap(community, clerk, unit_id):
    repairs.create_repair(community, clerk, RepairInput(fault="灯", reported_by="管家", location="大堂"))
    with pytest.raises(ValidationError):
        repairs.create_repair(community, clerk, RepairInput(fault="  ", reported_by="管家", location="大堂"))
    with community.uow() as uow:  # the caller's transaction rolls back: its number goes with it
        create_repair_order_in(uow.session, community, clerk, unit_id=None, location="车库", fault="积水",
                               reported_by="保安")
    assert repairs.create_repair(community, clerk, RepairInput(fault="门", reported_by="管家",
                                                               location="大堂")) == "WX2026-000002"


@pytest.mark.slow
def test_two_sessions_on_one_file_number_without_gaps_or_duplicates(community, db_path, clock, clerk):
    other = open_context(community.db.url, clock=clock, upgrade=False)
    made: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(ctx, who: str) -> None:
        actor = Actor(None, who, who, Role.CLERK)
        try:
            for n in range(15):
                number = repairs.create_repair(ctx, actor, RepairInput(fault=f"{who} {n}", reported_by=who,
                                                                       location="大堂"))
                with lock:
                    made.append(number)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(community, "甲")), threading.Thread(target=work, args=(other, "乙"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.db.dispose()
    assert errors == []
    assert sorted(made) == [f"WX2026-{n:06d}" for n in range(1, 31)]
    with community.reader() as uow:
        seqs = sorted(uow.session.execute(select(RepairOrder.seq)).scalars())
    assert seqs == list(range(1, 31))


def test_public_repair_needs_a_check(community, clerk, steward):
    n = repairs.create_repair(community, clerk, RepairInput(fault="楼道灯不亮", reported_by="管家",
                                                            location="3 号楼 1 单元 4 层"))
    repairs.dispatch(community, clerk, n, "王师傅")
    repairs.arrive(community, clerk, n)
    repairs.finish(community, clerk, n, "更换灯泡")
    with pytest.raises(ValidationError) as e:
        repairs.callback(community, clerk, n, CallbackResult.SATISFIED)
    assert e.value.field == "回访"
    assert repairs.check(community, steward, n, False, "仍不亮") is RepairState.DISPATCHED
    repairs.finish(community, clerk, n, "更换镇流器")
    assert repairs.check(community, steward, n, True) is RepairState.CLOSED
    d = repairs.repair_detail(community, clerk, n)
    assert d.row.rework_count == 1 and d.row.check_ok is True
    assert [h[2] for h in d.history] == ["报修", "派工", "到场", "完工", "检查", "完工", "检查"]


def test_in_unit_paid_repair_needs_charge_and_callback(community, clerk, unit_id):
    n = repairs.create_repair(community, clerk, RepairInput(fault="热水器不点火", reported_by="张伟", unit_id=unit_id,
                                                            paid=True, urgency=Urgency.URGENT))
    with pytest.raises(ValidationError) as e:
        repairs.check(community, clerk, n, True)
    assert e.value.field == "检查"
    repairs.dispatch(community, clerk, n, "赵师傅")
    with pytest.raises(ValidationError) as e:
        repairs.finish(community, clerk, n, "更换点火器")
    assert e.value.field == "收费金额"
    with pytest.raises(ValidationError):
        repairs.finish(community, clerk, n, "更换点火器", "点火器", "12.345")
    repairs.finish(community, clerk, n, "更换点火器", "点火器 1 个", "45.50")
    assert repairs.repair_detail(community, clerk, n).row.charge == Decimal("45.50")
    assert repairs.callback(community, clerk, n, CallbackResult.SATISFIED, "热水正常") is RepairState.CLOSED


def test_repair_from_request_dispatches_it_to_engineering(community, clerk, unit_id):
    rid = requests.record_request(community, clerk, RequestInput(text="厨房下水堵塞", unit_id=unit_id, caller="张伟"))
    n = repairs.repair_from_request(community, clerk, rid)
    d = requests.request_detail(community, clerk, rid)
    assert d.repair_number == n and d.state is RequestState.DISPATCHED
    row = repairs.repair_detail(community, clerk, n).row
    assert row.scope is RepairScope.IN_UNIT and row.reported_by == "张伟"
    with pytest.raises(ValidationError):
        repairs.repair_from_request(community, clerk, rid)


def test_repair_pdf_text_has_number_unit_and_fault(community, clerk, unit_id):
    a = repairs.create_repair(community, clerk, RepairInput(fault="卫生间吊顶渗水", reported_by="张伟",
                                                            unit_id=unit_id, reporter_phone="13912345678"))
    b = repairs.create_repair(community, clerk, RepairInput(fault="单元门闭门器坏", reported_by="管家",
                                                            location="3 号楼 2 单元"))
    single = PdfReader(io.BytesIO(repairs.repair_pdf(community, clerk, [a])))
    text = single.pages[0].extract_text()
    assert "WX2026-000001" in text and "3-2-301" in text and "卫生间吊顶渗水" in text
    # the technician calls the reporter: the sheet carries the full phone, and the print is audited
    assert "工程维修单" in text and "维修人签字" in text and "13912345678" in text
    from sqlalchemy import select
    from deskapp.store.models.accounts import AuditEntry
    with community.reader() as uow:
        printed = uow.session.execute(select(AuditEntry.summary).where(
            AuditEntry.action == "privacy.reveal.work")).scalars().all()
    assert printed == [f"打印工程维修单 {a}（含报修人 张伟 完整电话，派工）"]
    assert round(float(single.pages[0].mediabox.width)) == 420  # A5 portrait
    # The form says it has three parts: it prints three, each saying which it is.
    parts = [p.extract_text() for p in single.pages]
    assert len(parts) == 3 and all(a in p for p in parts)
    assert ["本联：第一联" in parts[0], "本联：第二联" in parts[1], "本联：第三联" in parts[2]] == [True] * 3
    pair = PdfReader(io.BytesIO(repairs.repair_pdf(community, clerk, [a, b], two_per_page=True)))
    assert len(pair.pages) == 3  # six parts, two to a sheet
    middle = pair.pages[1].extract_text()
    assert a in middle and b in middle and "单元门闭门器坏" in middle


def test_repair_sheet_carries_the_callback(community, clerk, unit_id, clock):
    n = repairs.create_repair(community, clerk, RepairInput(fault="热水器不点火", reported_by="张伟", unit_id=unit_id,
                                                            paid=True))
    repairs.dispatch(community, clerk, n, "赵师傅")
    repairs.finish(community, clerk, n, "更换点火器", "点火器 1 个", "45.50")
    clock.advance(days=2)
    repairs.callback(community, clerk, n, CallbackResult.SATISFIED, "热水正常，师傅很细心")
    text = PdfReader(io.BytesIO(repairs.repair_pdf(community, clerk, [n]))).pages[0].extract_text()
    cells = text.split("\n")
    after = {label: cells[cells.index(label) + 1] for label in ("回访结果", "回访时间", "回访人", "回访意见")}
    assert after == {"回访结果": "满意", "回访时间": "2026-11-29 09:30", "回访人": clerk.display_name,
                     "回访意见": "热水正常，师傅很细心"}


def test_check_finds_a_gap_in_the_numbers(community, clerk):
    from deskapp.services.reception import checks

    for n in range(3):
        repairs.create_repair(community, clerk, RepairInput(fault=f"灯 {n}", reported_by="管家", location="大堂"))
    with community.reader() as uow:
        assert checks.repair_numbers(uow.session, community).problems == []
        assert checks.request_states(uow.session, community).problems == []
    with community.uow() as uow:  # what `check` exists for: a row removed behind the program's back
        uow.session.execute(RepairOrder.__table__.delete().where(RepairOrder.seq == 2))
        uow.commit()
    with community.reader() as uow:
        result = checks.repair_numbers(uow.session, community)
    assert result.checked == 2 and "不连续" in result.problems[0]


def test_technicians_offered_most_sent_first_and_a_year_back(community, clerk):
    """派单 offers the 维修人 sent before, the most often sent first; one not sent for a year has left
    the list, and a blank name is refused naming 维修人."""
    def sent(name: str) -> None:
        n = repairs.create_repair(community, clerk, RepairInput(fault="灯不亮", reported_by="管家", location="大堂"))
        repairs.dispatch(community, clerk, n, name)

    sent("老周")  # sent once, fourteen months ago
    community.clock.advance(days=420)
    for name in ("王建国", "李师傅", "李师傅 ", "赵明", "李师傅", "赵明"):
        sent(name)
    assert repairs.technicians(community, clerk) == ["李师傅", "赵明", "王建国"]
    n = repairs.create_repair(community, clerk, RepairInput(fault="门", reported_by="管家", location="北门"))
    with pytest.raises(ValidationError) as refused:
        repairs.dispatch(community, clerk, n, "  ")
    assert refused.value.field == "维修人"
