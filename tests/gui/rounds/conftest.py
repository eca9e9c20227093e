"""Fixtures of the 楼宇管家 GUI tests: units with owners, one under decoration."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from modal_answers import click_tab, desk_window, open_view

from deskapp.domain.decoration import ApplicationInput, WorkerInput
from deskapp.domain.people import Relation
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.rounds import decoration

WORKER_ID = "11010519491231002X"


@pytest.fixture
def units(desk_session, admin):
    ctx = desk_session.ctx
    out = {}
    for room, state, owner, phone in (("1502", "自住", "张伟", "13800138000"), ("1601", "空置", "王芳", "13700137000"),
                                      ("0801", "未交房", "赵强", "13600136000")):
        uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room,
                                                "building_area": "98.50", "state": state})
        registry_people.add_person(ctx, admin, uid, registry_people.PersonInput(owner, phone), Relation.OWNER)
        out[room] = uid
    return out


@pytest.fixture
def site(desk_session, units, admin):
    ctx = desk_session.ctx
    today = ctx.clock.today()
    did = decoration.apply(ctx, admin, ApplicationInput(
        unit_id=units["1601"], owner_name="王芳", owner_phone="13700137000", company="居美装饰工程有限公司",
        leader="刘师傅", leader_phone="13512345678", licence="", works=("水电改造",), starts_on=today,
        ends_on=today + timedelta(days=60), deposit=Decimal("3000"), fees=Decimal("0"),
        workers=(WorkerInput("孙大力", WORKER_ID),)))
    decoration.approve(ctx, admin, did)
    return did


@pytest.fixture
def supervisors_decorations(qtbot):
    """Opens 楼宇管家 ▸ 装修申请 as the supervisor does (the view, then its tab) in a desk window on
    `ctx`, and gives the tab once it is on screen."""
    def opened(ctx):
        view = open_view(qtbot, desk_window(qtbot, ctx, "SUPERVISOR"), "rounds")
        click_tab(qtbot, view.tabs, view.tabs.widget(1))
        tab = view.decorations
        qtbot.waitUntil(tab.isVisible)
        return tab
    return opened
