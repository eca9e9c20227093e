"""The facilities' test world, for the service and GUI tests: the five facilities of a centre and
unit 3-1-1502 with its owner 张伟 (the test clock is 2026-11-27 09:30 China time)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from decimal import Decimal

from support import CST, make_actor

from deskapp.domain.facilities import BookingInput, FacilityInput, FacilityKind
from deskapp.domain.people import Relation
from deskapp.domain.permissions import Role
from deskapp.services.facilities import facilities
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units

FACILITIES = (
    FacilityInput("会所多功能厅", FacilityKind.CLUBHOUSE, time(9), time(21), 50, "禁止吸烟；活动结束后恢复桌椅。",
                  Decimal("200"), Decimal("500")),
    FacilityInput("健身房", FacilityKind.GYM, time(6), time(22), 3, "穿运动鞋入场；器械用后归位。"),
    FacilityInput("网球场", FacilityKind.COURT, time(7), time(21), 4, "请穿网球鞋。", Decimal("50")),
    FacilityInput("二楼会议室", FacilityKind.MEETING_ROOM, time(8, 30), time(20), 20, "会后关闭投影和空调。"),
    FacilityInput("3号楼货梯", FacilityKind.LIFT, time(8), time(18), 6, "搬运时铺设电梯保护板；凭放行条出门。",
                  Decimal("0"), Decimal("300")),
)


@dataclass(frozen=True)
class World:
    ids: dict[str, int]  # facility name → id
    unit_id: int
    person_id: int


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=CST)


def make_world(ctx) -> World:
    admin = make_actor(Role.ADMIN)
    ids = {f.name: facilities.save_facility(ctx, admin, None, f) for f in FACILITIES}
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": "1502",
                                                  "building_area": "98.50", "state": "自住"})
    registry_people.add_person(ctx, admin, uid, registry_people.PersonInput("张伟", "13800138000"), Relation.OWNER)
    with ctx.reader() as uow:
        person_id = uow.registry.ties(uid)[0].person_id
    return World(ids, uid, person_id)


def booking(w: World, name: str, start: datetime, end: datetime, heads: int = 1, purpose: str = "") -> BookingInput:
    return BookingInput(w.ids[name], w.unit_id, w.person_id, start, end, heads, purpose)
