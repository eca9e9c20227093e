"""The demo as a real desk would have left it: every repair order past 待派单 was dispatched (派单: to
whom, when, by whom) as the desk's 派工 keeps it, and `deskapp check` finds the dispatches agree with
the orders; whatever hour the demo is built, what people did at the desk lies in the centre's office
hours (the 办公时间 the demo's supervisor set) and none of it after the clock's now."""
from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.office_hours import parse_office_hours
from deskapp.domain.reception import RepairState
from deskapp.domain.reception_dispatch import DispatchEnd
from deskapp.services import demo, settings
from deskapp.services.accounts import check
from deskapp.services.reception import OFFICE_HOURS, repairs
from deskapp.store.models.base import Base
from deskapp.store.models.reception import ItemEvent, RepairDispatch, RepairOrder
from deskapp.store.types import UTCDateTime

pytestmark = pytest.mark.slow

# Times that are not something a person did at the desk: deadlines and validity (due, until), when a
# booked room or an activity is used or a facility closed, and the 开放/关闭检查 made at the facility as
# it opens and closes. (The program's own record of building the demo, demo.begin and demo.generate,
# is at the clock's time: left out below.)
NOT_DESK = {
    "rx_requests.due_at", "rx_handover_items.due", "key_loans.due_at", "release_slips.valid_from",
    "release_slips.valid_until", "facility_bookings.starts_at", "facility_bookings.ends_at",
    "facility_closures.starts_at", "facility_closures.ends_at", "community_activities.starts_at",
    "facility_checks.created_at",
}


def _moments(ctx):
    """(table.column, moment) of every time the demo stored but the build's own audit entries."""
    with ctx.reader() as uow:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, UTCDateTime):
                    name = f"{table.name}.{column.name}"
                    q = select(column).where(column.is_not(None))
                    if table.name == "audit_log":
                        q = q.where(~table.c.action.like("demo.%"))
                    for value in uow.session.execute(q).scalars():
                        yield name, value


@pytest.mark.parametrize("hour, minute", [(0, 30), (7, 0), (23, 30)])
def test_what_the_desk_did_lies_in_office_hours_whatever_hour_the_demo_is_built(ctx, admin, hour, minute):
    now = datetime(2026, 11, 27, hour, minute, tzinfo=CENTRE_TZ)
    ctx.clock.set(now)
    demo.generate(ctx, admin, demo.DemoPlan(seed=3, units=60))
    office = parse_office_hours(settings.get(ctx, OFFICE_HOURS))
    assert (office.opens, office.closes) == (demo.OPENS, demo.CLOSES)
    at_night, ahead, desk = [], [], set()
    for name, moment in _moments(ctx):
        if name in NOT_DESK:
            continue
        desk.add(name)
        local = moment.astimezone(CENTRE_TZ)
        if not office.opens <= local.time() < office.closes:
            at_night.append((name, f"{local:%Y-%m-%d %H:%M}"))
        if moment > now:
            ahead.append((name, f"{local:%Y-%m-%d %H:%M}"))
    assert {"rx_requests.registered_at", "rx_events.at", "key_loans.lent_at", "receipts.issued_at",
            "rx_repair_dispatches.dispatched_at", "audit_log.at"} <= desk, "the scan reads the desk's registers"
    assert not at_night, at_night[:10]
    assert not ahead, ahead[:10]


def test_a_demo_built_before_the_desk_opens_ends_at_yesterdays_closing(ctx, admin):
    ctx.clock.set(datetime(2026, 11, 27, 7, 0, tzinfo=CENTRE_TZ))
    plan = demo._on_desk_clock(demo.DemoPlan(units=60), ctx.clock.now())
    assert plan.today.isoformat() == "2026-11-26" and f"{plan.now:%H:%M}" == "17:59"
    late = demo._on_desk_clock(demo.DemoPlan(units=60), datetime(2026, 11, 27, 23, 30, tzinfo=CENTRE_TZ))
    assert late.today.isoformat() == "2026-11-27" and f"{late.now:%H:%M}" == "17:59"
    open_ = demo._on_desk_clock(demo.DemoPlan(units=60), datetime(2026, 11, 27, 9, 30, tzinfo=CENTRE_TZ))
    assert (open_.today.isoformat(), f"{open_.now:%H:%M}") == ("2026-11-27", "09:30")


def test_every_dispatched_demo_order_has_its_dispatches_and_the_check_is_clean(ctx, admin):
    demo.generate(ctx, admin, demo.DemoPlan(seed=5, units=400))
    people = set(demo.staff().values())
    with ctx.reader() as uow:
        s = uow.session
        orders = s.execute(select(RepairOrder).order_by(RepairOrder.id)).scalars().all()
        kept: dict[int, list[RepairDispatch]] = {}
        for d in s.execute(select(RepairDispatch).order_by(RepairDispatch.repair_id, RepairDispatch.seq)).scalars():
            kept.setdefault(d.repair_id, []).append(d)
        sent = {(e.entity_id, e.at) for e in s.execute(select(ItemEvent).where(
            ItemEvent.entity == "repair", ItemEvent.action == "派工")).scalars()}
        past = sum(1 for o in orders if o.state is not RepairState.REPORTED)
        assert past > 200 and any(o.state is RepairState.REPORTED for o in orders)
        reworked = []
        for o in orders:
            rows = kept.get(o.id, [])
            if o.state is RepairState.REPORTED:
                assert rows == [], o.number
                continue
            assert rows, f"{o.number} ({o.state.value}) has no dispatch"
            assert [d.seq for d in rows] == list(range(1, len(rows) + 1))
            last = rows[-1]
            assert last.technician == o.technician and last.ended is None
            assert all(d.dispatched_by in people for d in rows)
            assert rows[0].dispatched_at >= o.reported_at
            assert (o.id, rows[0].dispatched_at) in sent, "the first dispatch is the history's 派工"
            assert last.arrived_at == o.arrived_at
            assert last.finished_at == o.finished_at
            for d in rows:
                assert d.dispatched_at <= (d.arrived_at or d.dispatched_at) <= (d.finished_at or d.arrived_at
                                                                                  or d.dispatched_at)
            if len(rows) > 1:
                assert rows[0].ended is DispatchEnd.REWORK and rows[0].reason and o.rework_count == 1
                reworked.append(o.number)
        assert len(reworked) >= 3, "some orders were sent back and done again"
    # what the desk reads: the order's detail lists both dispatches, the first ended as 返工, and the
    # printed 工程维修单's 派工记录 has a line for each
    number = reworked[0]
    detail = repairs.repair_detail(ctx, admin, number)
    assert len(detail.dispatches) == 2 and detail.dispatches[0].ended is DispatchEnd.REWORK
    printed = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(repairs.repair_pdf(ctx, admin, [number]))).pages)
    assert "派工记录" in printed and "1. " in printed and "2. " in printed and "返工" in printed, printed
    report = check.run_check(ctx, admin)
    found = {r.name: r for r in report.results}["维修单派工记录与维修人一致"]
    assert found.checked == past and found.problems == []
    assert report.ok, report.problems
