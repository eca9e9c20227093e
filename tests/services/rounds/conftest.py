"""Fixtures of the 楼宇管家 tests: a few units with owners, one under decoration."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from rounds_data import application

from deskapp.domain.people import Authority, Relation
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.rounds import decoration


@dataclass
class Units:
    occupied: int  # 3-1-1502, owner 张伟, authorised 李娜 for release
    vacant: int  # 3-1-1601, owner 王芳
    undelivered: int  # 3-2-0801, owner 赵强
    shop: int  # S-105


def _unit(ctx, admin, building, stairwell, room, state, area="98.50"):
    return registry_units.create_unit(ctx, admin, {"building": building, "stairwell": stairwell, "room": room,
                                             "building_area": area, "state": state})


@pytest.fixture
def units(community, admin) -> Units:
    ctx = community
    a = _unit(ctx, admin, "3", "1", "1502", "自住")
    registry_people.add_person(ctx, admin, a, registry_people.PersonInput("张伟", "13800138000"), Relation.OWNER)
    registry_people.add_person(ctx, admin, a, registry_people.PersonInput("李娜", "13900139000"), Relation.AUTHORISED,
                        authorities=(Authority.RELEASE,))
    b = _unit(ctx, admin, "3", "1", "1601", "空置")
    registry_people.add_person(ctx, admin, b, registry_people.PersonInput("王芳", "13700137000"), Relation.OWNER)
    c = _unit(ctx, admin, "3", "2", "0801", "未交房")
    registry_people.add_person(ctx, admin, c, registry_people.PersonInput("赵强", "13600136000"), Relation.OWNER)
    s = _unit(ctx, admin, "S", None, "105", "出租", "60.00")
    return Units(a, b, c, s)


@pytest.fixture
def site(community, admin, supervisor, units, clerk):
    """3-1-1601 under decoration (applied by the clerk, approved by the supervisor)."""
    ctx = community
    did = decoration.apply(ctx, clerk, application(units.vacant, ctx.clock.today()))
    decoration.approve(ctx, supervisor, did)
    return did
