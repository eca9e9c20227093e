"""The demo's facilities step: the five facilities, bookings that never overbook a room, numbers
the next real booking continues, checks and a closure a clerk can try the screens on."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from support import make_actor

from deskapp.contracts.facilities import BookingFilter
from deskapp.domain.facilities import HOLDING, SHARED, BookingInput
from deskapp.domain.permissions import Role
from deskapp.services import demo
from deskapp.services.facilities import bookings, closures, facilities


@pytest.mark.slow
def test_demo_facilities_are_consistent(ctx, admin):
    demo.generate(ctx, admin, demo.DemoPlan(units=160, today=date(2026, 11, 27)))
    rows = facilities.facilities(ctx, admin)
    assert {f.kind.value for f in rows} == {"会所", "健身房", "球场", "会议室", "货梯"}
    page = bookings.booking_register(ctx, admin, BookingFilter(), limit=100_000)
    assert page.total >= 40
    kinds = {f.name: f.kind for f in rows}
    held = sorted((r for r in page.rows if r.state in HOLDING and kinds[r.facility] not in SHARED),
                  key=lambda r: (r.facility, r.starts_at))
    for a, b in zip(held, held[1:]):
        assert a.facility != b.facility or a.ends_at <= b.starts_at, (a.number, b.number)
    assert closures.closures(ctx, admin)[0].reason.startswith("更换球场围网")
    # the next booking continues the demo's numbers of the year
    last = max(int(r.number.split("-")[1]) for r in page.rows if r.number.startswith("YY2026"))
    gym = next(f for f in rows if f.kind.value == "健身房")
    some = page.rows[0]
    with ctx.reader() as uow:
        unit_id = uow.registry.unit_by_code(some.unit_code).id
        person_id = uow.registry.ties(unit_id)[0].person_id
    start = ctx.clock.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=20)
    start = start.replace(hour=7)
    made = bookings.book(ctx, make_actor(Role.CLERK), BookingInput(gym.id, unit_id, person_id, start,
                                                                   start + timedelta(hours=1)))
    assert made.number == f"YY2026-{last + 1:06d}"
