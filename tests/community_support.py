"""The community area's test world, for the service and GUI tests: units 3-1-101 … 3-1-104, and an
activity planned for the Saturday after the test clock (2026-11-27 09:30 China time)."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from support import CST, make_actor

from deskapp.domain.community import ActivityInput
from deskapp.domain.permissions import Role
from deskapp.services.community import activities
from deskapp.services.registry import units as registry_units

SATURDAY = datetime(2026, 11, 28, 14, 0, tzinfo=CST)
UNITS = ("3-1-101", "3-1-102", "3-1-103", "3-1-104")
# the desk's people in the community tests: the clerk takes sign-ups, the steward plans, the
# supervisor voids
ZT = make_actor(Role.CLERK, "周婷")
LQ = make_actor(Role.STEWARD, "李强")
WM = make_actor(Role.SUPERVISOR, "王敏")


def make_units(ctx) -> dict[str, int]:
    admin = make_actor(Role.ADMIN)
    return {f"3-1-{room}": registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room,
                                                                   "building_area": "88.00", "state": "自住"})
            for room in ("101", "102", "103", "104")}


def activity(**kw) -> ActivityInput:
    values = dict(title="重阳节包饺子", starts_at=SATURDAY, place="会所多功能厅", budget=Decimal("800.00"),
                  organiser="李强", limit=6, waiting_list=True, content="社区老人与志愿者一起包饺子。")
    values.update(kw)
    return ActivityInput(**values)


def plan(ctx, **kw) -> int:
    return activities.plan(ctx, make_actor(Role.STEWARD, "李强"), activity(**kw))
