"""Every dispatch (派单) of a repair order is kept: sent back (返工) and dispatched again, perhaps to
another technician, the first one stays on record with how it ended, for the detail, the paper,
the monthly register and the month's summary."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from deskapp.domain.reception import CallbackResult, RepairState
from deskapp.domain.reception_dispatch import DispatchEnd
from deskapp.services.reception import repairs
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.registry import units as registry_units
from deskapp.store.models.accounts import AuditEntry


@pytest.fixture
def unit_id(community, admin):
    return registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "301", "kind": "住宅",
                                                         "state": "自住", "building_area": "120", "floor": "3"})


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
    said = {(a, tuple((d["seq"], d["technician"], d["ended"]) for d in after.get("dispatches", [])))
            for a, after in _audited(community, n)}
    assert ("reception.repair.dispatch", ((1, "王师傅", ""),)) in said
    assert ("reception.repair.check", ((1, "王师傅", "返工"),)) in said
    assert ("reception.repair.dispatch", ((2, "李师傅", ""),)) in said
    assert ("reception.repair.finish", ((2, "李师傅", ""),)) in said
