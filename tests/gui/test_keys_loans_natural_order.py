"""The key-loan register (钥匙与卡 ▸ 借出记录) sorts units by code as numbers: 2-1-201 before 10-1-101."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from modal_answers import click_header, click_tab, desk_window, open_view, sort_arrow

from deskapp.domain.idcard import IdType
from deskapp.domain.keys import HoldReason, KeyKind, Purpose
from deskapp.domain.people import Relation
from deskapp.services.registry import community as registry_community
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import custody as keys
from deskapp.services.keys.custody import Borrower
from deskapp.services.registry.people import PersonInput

NATURAL = ["2-1-201", "2-1-1001", "10-1-101"]


@pytest.fixture
def loans(community, admin, desk_app):
    for building in ("10", "2"):  # building 10 made first, so neither id nor text order is natural
        registry_community.add_building(community, admin, building)
    for n, (b, room) in enumerate((("10", "101"), ("2", "1001"), ("2", "201"))):
        uid = registry_units.create_unit(community, admin, {"building": b, "stairwell": "1", "room": room,
                                                      "building_area": "90", "state": "空置"},
                                   delivered_on=date(2020, 1, 1))
        id_number = "11010519491231002X"  # a valid number; one person may own several flats
        pid = registry_people.add_person(community, admin, uid, PersonInput(f"业主{n}", "13800138000",
                                                                     id_number=id_number), Relation.OWNER)
        kid = keys.register_key(community, admin, uid, KeyKind.ENTRANCE, 1, f"A柜-{n}", HoldReason.VACANT, "委托")
        keys.lend_key(community, admin, kid.id, Borrower(pid, f"业主{n}", IdType.RESIDENT, id_number),
                      Purpose.VIEWING, instructions_seen=True)


def test_clicking_the_unit_header_sorts_loans_by_code_as_numbers(community, loans, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "keys")
    tab = view.loans
    click_tab(qtbot, view, tab)
    model = tab.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "房号"

    def shown() -> list[str]:
        return [model.index(r, 1).data() for r in range(model.rowCount())]

    assert sort_arrow(tab.table) == "▼"  # the newest loan first
    click_header(qtbot, tab.table, 1)
    if sort_arrow(tab.table) != "▲":
        click_header(qtbot, tab.table, 1)
    qtbot.waitUntil(lambda: shown() == NATURAL)  # ▲: the smallest code first
    click_header(qtbot, tab.table, 1)
    qtbot.waitUntil(lambda: shown() == NATURAL[::-1])
    assert sort_arrow(tab.table) == "▼"
