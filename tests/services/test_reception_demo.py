from __future__ import annotations

import pytest
from sqlalchemy import func, select

from deskapp.domain.reception import RepairState, RequestState, parse_repair_number
from deskapp.services.demo import DemoPlan, generate
from deskapp.services.reception import desk, requests
from deskapp.contracts.reception import RequestFilter
from deskapp.store.models.numbering import NumberCounter
from deskapp.store.models.reception import (
    Defect, Handover, ItemEvent, MailItem, Notice, NoticeDelivery, ReceptionLog, RepairOrder,
    ServiceRequest, Violation,
)


@pytest.mark.slow
def test_demo_gives_every_reception_screen_something_real(ctx, admin):
    generate(ctx, admin, DemoPlan(units=80, extra={"requests": 600, "repairs": 300}))
    with ctx.reader() as uow:
        s = uow.session

        def count(model, *where):
            return s.execute(select(func.count()).select_from(model).where(*where)).scalar_one()

        assert count(ServiceRequest) == 600 and count(RepairOrder) == 300
        for model in (Defect, Handover, MailItem, Notice, NoticeDelivery, ReceptionLog, Violation):
            assert count(model) > 0, model.__tablename__
        states = set(s.execute(select(ServiceRequest.state).distinct()).scalars())
        assert {RequestState.CALLED_BACK, RequestState.CLOSED} <= states and states & {
            RequestState.PENDING, RequestState.DISPATCHED, RequestState.IN_PROGRESS}
        assert count(RepairOrder, RepairOrder.state == RepairState.CLOSED) > 0
        # Every item has its history; numbering continues from the counters without gaps.
        assert count(ItemEvent, ItemEvent.entity == "request") >= 600
        numbers = sorted(parse_repair_number(n) for n in s.execute(select(RepairOrder.number)).scalars())
        for year, last in s.execute(select(NumberCounter.year, NumberCounter.last).where(NumberCounter.series == "WX")):
            assert [q for y, q in numbers if y == year] == list(range(1, last + 1))
        # nothing was done after now: no completion, callback or event in the future
        now = ctx.clock.now()
        for column in (ServiceRequest.registered_at, ServiceRequest.dispatched_at, ServiceRequest.completed_at,
                       ServiceRequest.callback_at):
            assert count(ServiceRequest, column > now) == 0, column.key
        assert count(ItemEvent, ItemEvent.at > now) == 0
    assert desk.start_of_day(ctx, admin)
    page = requests.request_register(ctx, admin, RequestFilter(states=(RequestState.CALLED_BACK,)))
    assert page.total > 0 and all(r.callback_result is not None for r in page.rows)



@pytest.mark.slow
def test_demo_repairs_use_materials_that_mend_their_fault(ctx, admin):
    """A camera fault mended with a lock core read wrong on every printed order: the materials follow
    the fault (the lock core only for a lock, the igniter only for a water heater)."""
    generate(ctx, admin, DemoPlan(units=40, extra={"requests": 50, "repairs": 300}))
    with ctx.reader() as uow:
        used = uow.session.execute(select(RepairOrder.fault, RepairOrder.materials)
                                   .where(RepairOrder.materials != "")).all()
    assert len(used) > 100
    for fault, material in used:
        if "锁芯" in material:
            assert "锁" in fault, (fault, material)
        if "点火器" in material:
            assert fault == "热水器不点火", (fault, material)
        if "灯泡" in material:
            assert "灯" in fault, (fault, material)
    assert len({f for f, _ in used}) > 8  # the faults vary, and each has its own materials
    assert all(len({m for f2, m in used if f2 == f}) <= 2 for f, _ in used)
