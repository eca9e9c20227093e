"""Fixtures of the 楼宇管家 tests: a few units with owners, one under decoration."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest

from deskapp.domain.decoration import ApplicationInput, WorkerInput
from deskapp.domain.people import Authority, Relation
from deskapp.services import registry
from deskapp.services.rounds import decoration

WORKER_ID = "11010519491231002X"
WORKER_ID2 = "110105194912310029"[:-1] + "X"


@dataclass
class Units:
    occupied: int  # 3-1-1502, owner 张伟, authorised 李娜 for release
    vacant: int  # 3-1-1601, owner 王芳
    undelivered: int  # 3-2-0801, owner 赵强
    shop: int  # S-105


def _unit(ctx, admin, building, stairwell, room, state, area="98.50"):
    return registry.create_unit(ctx, admin, {"building": building, "stairwell": stairwell, "room": room,
                                             "building_area": area, "state": state})


@pytest.fixture
def units(community, admin) -> Units:
    ctx = community
    a = _unit(ctx, admin, "3", "1", "1502", "自住")
    registry.add_person(ctx, admin, a, registry.PersonInput("张伟", "13800138000"), Relation.OWNER)
    registry.add_person(ctx, admin, a, registry.PersonInput("李娜", "13900139000"), Relation.AUTHORISED,
                        authorities=(Authority.RELEASE,))
    b = _unit(ctx, admin, "3", "1", "1601", "空置")
    registry.add_person(ctx, admin, b, registry.PersonInput("王芳", "13700137000"), Relation.OWNER)
    c = _unit(ctx, admin, "3", "2", "0801", "未交房")
    registry.add_person(ctx, admin, c, registry.PersonInput("赵强", "13600136000"), Relation.OWNER)
    s = _unit(ctx, admin, "S", None, "105", "出租", "60.00")
    return Units(a, b, c, s)


def application(unit_id: int, today: date, **changes) -> ApplicationInput:
    values = dict(unit_id=unit_id, owner_name="王芳", owner_phone="13700137000", company="居美装饰工程有限公司",
                  leader="刘师傅", leader_phone="13512345678", licence="JZ-2026-118", works=("水电改造", "墙体"),
                  starts_on=today, ends_on=today + timedelta(days=60), deposit=Decimal("3000.00"),
                  fees=Decimal("500.00"), workers=(WorkerInput("孙大力", WORKER_ID, "13312345678"),))
    values.update(changes)
    return ApplicationInput(**values)


@pytest.fixture
def site(community, admin, supervisor, units, clerk):
    """3-1-1601 under decoration (applied by the clerk, approved by the supervisor)."""
    ctx = community
    did = decoration.apply(ctx, clerk, application(units.vacant, ctx.clock.today()))
    decoration.approve(ctx, supervisor, did)
    return did
