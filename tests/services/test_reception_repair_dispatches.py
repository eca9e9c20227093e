"""Every dispatch (派单) of a repair order is kept: sent back (返工) and dispatched again, perhaps to
another technician, the first one stays on record with how it ended, for the detail, the paper,
the monthly register and the month's summary."""
from __future__ import annotations

import io
import json
from collections import Counter
from datetime import date, datetime

import pytest
from alembic import command
from pypdf import PdfReader
from openpyxl import load_workbook
from sqlalchemy import inspect, select
from support import CST

from deskapp.domain.reception import CallbackResult, RepairState
from deskapp.domain.reception_dispatch import DispatchEnd
from deskapp.services.exports import ExportOptions, run_export
from deskapp.services.monthpack import sections
from deskapp.services.reception import exports, repairs
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.registry import units as registry_units
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.schema import alembic_config, upgrade


@pytest.fixture
def unit_id(community, admin):
    return registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "301", "kind": "住宅",
                                                         "state": "自住", "building_area": "120", "floor": "3"})


def pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _public(ctx, clerk) -> str:
    return repairs.create_repair(ctx, clerk, RepairInput(fault="楼道灯不亮", reported_by="管家", location="3 号楼 1 单元"))


def _audited(ctx, number: str) -> list[tuple[str, dict]]:
    with ctx.reader() as uow:
        rows = uow.session.execute(select(AuditEntry.action, AuditEntry.after).where(
            AuditEntry.entity_id == number).order_by(AuditEntry.id)).all()
    return [(a, json.loads(after) if after else {}) for a, after in rows]


def test_rework_dispatched_to_another_keeps_both(community, clerk, steward, clock):
    n = _public(community, clerk)
    repairs.dispatch(community, clerk, n, "王师傅")
    clock.advance(hours=1)
    repairs.arrive(community, clerk, n)
    clock.advance(hours=1)
    repairs.finish(community, clerk, n, "更换灯泡")
    clock.advance(hours=2)
    assert repairs.check(community, steward, n, False, "仍不亮") is RepairState.DISPATCHED
    clock.advance(hours=1)
    repairs.dispatch(community, clerk, n, "李师傅")
    clock.advance(hours=3)
    repairs.finish(community, clerk, n, "更换镇流器")
    assert repairs.check(community, steward, n, True) is RepairState.CLOSED

    first, second = repairs.repair_detail(community, clerk, n).dispatches
    assert (first.seq, first.technician, first.dispatched_by) == (1, "王师傅", clerk.display_name)
    assert first.arrived_at is not None and first.finished_at is not None
    assert (first.ended, first.ended_by, first.reason) == (DispatchEnd.REWORK, steward.display_name, "检查不合格：仍不亮")
    assert (second.seq, second.technician, second.ended, second.arrived_at) == (2, "李师傅", None, None)
    assert (second.finished_at - second.dispatched_at).total_seconds() == 3 * 3600
    # the order itself as before: its last technician, one rework
    row = repairs.repair_detail(community, clerk, n).row
    assert (row.technician, row.rework_count, row.state) == ("李师傅", 1, RepairState.CLOSED)
    # each step's audit row says what it did to the dispatches
    said = [(a, after["dispatches"]) for a, after in _audited(community, n) if "dispatches" in after]
    assert said == [("reception.repair.dispatch", ["第 1 次 王师傅：派工"]),
                    ("reception.repair.arrive", ["第 1 次 王师傅：到场"]),
                    ("reception.repair.finish", ["第 1 次 王师傅：完工"]),
                    ("reception.repair.check", ["第 1 次 王师傅：返工：检查不合格：仍不亮"]),
                    ("reception.repair.dispatch", ["第 2 次 李师傅：派工"]),
                    ("reception.repair.finish", ["第 2 次 李师傅：完工"])]  # the passing check changes none


def _reworked_by_another(ctx, clerk, steward, clock) -> str:
    """王师傅 finishes, the check fails, 李师傅 is sent and finishes, the check passes."""
    n = _public(ctx, clerk)
    repairs.dispatch(ctx, clerk, n, "王师傅")
    clock.advance(hours=2)
    repairs.finish(ctx, clerk, n, "更换灯泡")
    repairs.check(ctx, steward, n, False, "仍不亮")
    repairs.dispatch(ctx, clerk, n, "李师傅")
    clock.advance(hours=4)
    repairs.finish(ctx, clerk, n, "更换镇流器")
    repairs.check(ctx, steward, n, True)
    return n


def test_rework_without_a_new_dispatch_goes_back_to_the_same_technician(community, clerk, unit_id, clock):
    n = repairs.create_repair(community, clerk, RepairInput(fault="水龙头漏水", reported_by="张伟", unit_id=unit_id))
    repairs.dispatch(community, clerk, n, "赵明")
    repairs.finish(community, clerk, n, "更换垫圈")
    clock.advance(hours=1)
    repairs.callback(community, clerk, n, CallbackResult.UNSATISFIED, "还在滴水")
    clock.advance(hours=1)
    repairs.arrive(community, clerk, n)  # no 派单 again: 赵明 goes back
    repairs.finish(community, clerk, n, "更换阀芯")
    first, second = repairs.repair_detail(community, clerk, n).dispatches
    assert (first.ended, first.reason) == (DispatchEnd.REWORK, "回访不满意：还在滴水")
    assert (second.technician, second.dispatched_at, second.dispatched_by) == ("赵明", first.ended_at, clerk.display_name)
    assert second.arrived_at is not None and second.finished_at is not None and second.ended is None


def test_dispatched_again_before_the_work_is_done_is_reassigned_and_not_counted(community, clerk, admin, tmp_path):
    n = _public(community, clerk)
    repairs.dispatch(community, clerk, n, "王师付")  # a slip of the pen, put right at once
    repairs.dispatch(community, clerk, n, "王师傅")
    repairs.cancel(community, clerk, n, "业主自行修好")
    wrong, right = repairs.repair_detail(community, clerk, n).dispatches
    assert (wrong.ended, right.ended, right.reason) == (DispatchEnd.REASSIGNED, DispatchEnd.CANCELLED, "业主自行修好")
    lines = _register(community, admin, tmp_path)
    assert [(r["单号"], r[exports.TECHNICIAN_TITLE]) for r in lines] == [(n, "王师傅")]  # the slip did no work


def _register(ctx, admin, tmp_path) -> list[dict]:
    out = tmp_path / "repairs.xlsx"
    run_export(ctx, admin, "repairs", out, ExportOptions(month="2026-11"))
    first, rest = ([dict(zip(rows[1], r)) for r in rows[2:]]  # the second sheet's lines follow the first's
                   for rows in (list(ws.iter_rows(values_only=True)) for ws in load_workbook(out).worksheets))
    return [a | b for a, b in zip(first, rest, strict=True)]


def test_register_has_a_line_for_each_technician_who_worked_on_it(community, clerk, steward, admin, clock, tmp_path):
    reworked = _reworked_by_another(community, clerk, steward, clock)
    once = _public(community, clerk)
    repairs.dispatch(community, clerk, once, "李师傅")
    lines = _register(community, admin, tmp_path)
    assert exports.TECHNICIAN_TITLE == "维修人（返工换人的，每人一行）"  # the column says how it counts
    got = [(r["单号"], r[exports.TECHNICIAN_TITLE], r["状态"]) for r in lines]
    assert got == [(reworked, "王师傅", "返工"), (reworked, "李师傅", "已结单"), (once, "李师傅", "已派工")]
    first = lines[0]  # the earlier technician's line: their dispatch and finish, why it was sent back, no money
    assert first["派工时间"] == datetime(2026, 11, 27, 9, 30) and first["完工时间"] == datetime(2026, 11, 27, 11, 30)
    assert first["维修情况"] == "检查不合格：仍不亮" and first["收费金额"] is None
    assert lines[1]["维修情况"] == "更换镇流器"
    by_tech = Counter(r[exports.TECHNICIAN_TITLE] for r in lines)
    assert by_tech == {"李师傅": 2, "王师傅": 1}

    # the month's summary counts as the register does
    start, end = datetime(2026, 11, 1, tzinfo=CST), datetime(2026, 12, 1, tzinfo=CST)
    with community.reader() as uow:
        found = sections.repairs(uow.session, sections.Month(date(2026, 11, 1), date(2026, 12, 1), start, end))
    people = next(x for x in found if x.title.startswith("维修：按维修人"))
    assert "返工换人的，每人各计一次" in people.title
    assert [list(r) for r in people.rows] == [["李师傅", "2", "0", "4.0 小时"], ["王师傅", "1", "1", "2.0 小时"]]


def test_paper_lists_every_dispatch_when_there_was_more_than_one(community, clerk, steward, clock):
    reworked = _reworked_by_another(community, clerk, steward, clock)
    once = _public(community, clerk)
    repairs.dispatch(community, clerk, once, "李师傅")
    text = "".join(pdf_text(repairs.repair_pdf(community, clerk, [reworked])).split())  # lines wrap in the cell
    assert text.count("派工记录") == 3  # on each part
    assert f"1.王师傅派工11-2709:30（{clerk.display_name}）完工11-2711:30，返工11-2711:30：检查不合格：仍不亮" in text
    assert f"2.李师傅派工11-2711:30（{clerk.display_name}）完工11-2715:30" in text
    assert "派工记录" not in pdf_text(repairs.repair_pdf(community, clerk, [once]))  # its 维修人 says it all


def test_migration_carries_each_dispatched_orders_dispatch(community, clerk, unit_id, clock):
    waiting = repairs.create_repair(community, clerk, RepairInput(fault="门铃坏", reported_by="张伟", unit_id=unit_id))
    done = repairs.create_repair(community, clerk, RepairInput(fault="水龙头漏水", reported_by="张伟", unit_id=unit_id))
    repairs.dispatch(community, clerk, done, "赵明")
    clock.advance(hours=1)
    repairs.arrive(community, clerk, done)
    clock.advance(hours=1)
    repairs.finish(community, clerk, done, "更换垫圈")
    dropped = repairs.create_repair(community, clerk, RepairInput(fault="灯", reported_by="管家", location="大堂"))
    repairs.dispatch(community, clerk, dropped, "周海")
    clock.advance(hours=1)
    repairs.cancel(community, clerk, dropped, "重复报修")
    before = {n: repairs.repair_detail(community, clerk, n).dispatches for n in (waiting, done, dropped)}
    cfg = alembic_config(community.db)
    with community.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "2975_repair_dispatches-1")
    with community.db.engine.connect() as conn:
        assert "rx_repair_dispatches" not in inspect(conn).get_table_names()
    upgrade(community.db)
    after = {n: repairs.repair_detail(community, clerk, n).dispatches for n in (waiting, done, dropped)}
    assert after == before  # each order's one dispatch, from its own fields and its history
    assert after[waiting] == []
    (d,) = after[done]
    assert (d.technician, d.dispatched_by, d.ended) == ("赵明", clerk.display_name, None)
    assert (d.finished_at - d.dispatched_at).total_seconds() == 2 * 3600
    (c,) = after[dropped]
    assert (c.ended, c.ended_by, c.reason) == (DispatchEnd.CANCELLED, clerk.display_name, "重复报修")


def test_what_was_typed_prints_as_text(community, clerk, steward):
    """A fault or a reason with < or & in it is text on the paper: the print stopped at "<二楼>"."""
    n = repairs.create_repair(community, clerk, RepairInput(fault="灯 <二楼> & 三楼", reported_by="管家", location="大堂"))
    repairs.dispatch(community, clerk, n, "王师傅")
    repairs.finish(community, clerk, n, "换灯泡")
    repairs.check(community, steward, n, False, "<二楼>仍不亮")
    repairs.dispatch(community, clerk, n, "李师傅")
    text = "".join(pdf_text(repairs.repair_pdf(community, clerk, [n])).split())
    assert "灯<二楼>&三楼" in text and "检查不合格：<二楼>仍不亮" in text


def test_check_finds_an_order_naming_another_technician_than_its_last_dispatch(community, clerk):
    from deskapp.services.reception import checks
    from deskapp.store.models.reception import RepairOrder

    n = _public(community, clerk)
    repairs.dispatch(community, clerk, n, "王师傅")
    repairs.dispatch(community, clerk, n, "李师傅")
    with community.reader() as uow:
        assert checks.repair_dispatches(uow.session, community).problems == []
    with community.uow() as uow:  # what `check` exists for: a change behind the program's back
        uow.session.execute(RepairOrder.__table__.update().where(RepairOrder.number == n).values(technician="王师傅"))
        uow.commit()
    with community.reader() as uow:
        result = checks.repair_dispatches(uow.session, community)
    assert result.checked == 1 and result.problems == ["1 张维修单的最后一次派工与单上的维修人不同"]


def test_a_failed_check_leaves_the_next_finish_unchecked_on_the_form(community, clerk, steward, clock):
    """检查不合格 ends the first dispatch (its record says why); the order printed for the second visit
    shows no 检查结果 until that visit is checked, then the new one."""
    n = _public(community, clerk)
    repairs.dispatch(community, clerk, n, "王师傅")
    repairs.finish(community, clerk, n, "更换灯泡")
    repairs.check(community, steward, n, False, "仍不亮")
    repairs.dispatch(community, clerk, n, "李师傅")
    repairs.finish(community, clerk, n, "更换开关")
    detail = repairs.repair_detail(community, clerk, n)
    assert detail.checked_by == "" and detail.checked_at is None and "仍不亮" in detail.dispatches[0].reason
    assert "不合格" not in pdf_text(repairs.repair_pdf(community, clerk, [n])).split("检查结果")[1][:20]
    repairs.check(community, steward, n, True)
    assert "合格" in pdf_text(repairs.repair_pdf(community, clerk, [n])).split("检查结果")[1][:20]


def test_technicians_offered_by_their_dispatches_not_by_the_orders_they_hold(community, clerk, steward, unit_id, clock):
    """派单 offers the 维修人 the most dispatched to: 王师傅's reworked order given to 李师傅 and his own
    order sent back to him still count for him, though 李师傅 holds more orders; a name mistyped and put
    right at once (reassigned before any work) is not offered."""
    slip = _public(community, clerk)
    repairs.dispatch(community, clerk, slip, "王师付")
    repairs.dispatch(community, clerk, slip, "王师傅")
    clock.advance(hours=1)
    _reworked_by_another(community, clerk, steward, clock)  # 王师傅 then 李师傅
    for _ in range(2):
        clock.advance(hours=1)
        repairs.dispatch(community, clerk, _public(community, clerk), "李师傅")
    clock.advance(hours=1)
    back = repairs.create_repair(community, clerk, RepairInput(fault="水龙头漏水", reported_by="张伟", unit_id=unit_id))
    repairs.dispatch(community, clerk, back, "王师傅")
    repairs.finish(community, clerk, back, "更换垫圈")
    repairs.callback(community, clerk, back, CallbackResult.UNSATISFIED, "还在滴水")
    repairs.arrive(community, clerk, back)  # 王师傅 goes back: his second dispatch of the order
    # orders held: 李师傅 3, 王师傅 2; dispatches: 王师傅 4 (one of them to the mistyped order), 李师傅 3
    assert repairs.technicians(community, clerk) == ["王师傅", "李师傅"]
