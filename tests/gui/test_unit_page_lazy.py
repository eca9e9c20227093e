"""The unit page builds the areas' sections as they scroll into view (issue 21 §1): opened by a
double-click in the unit register, the sections below the fold are titles only; paging down
the page builds each one, and each shows its own unit's records."""
from __future__ import annotations

from datetime import date

from modal_answers import desk_window, open_view
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from deskapp.domain.keys import HoldReason, KeyKind
from deskapp.domain.people import Relation
from deskapp.domain.reception import RequestKind
from deskapp.services.keys import custody as keys_custody
from deskapp.services.reception import requests
from deskapp.services.reception.requests import RequestInput
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput

AREAS = ["reception", "billing", "keys", "rounds", "facilities", "occupancy", "community", "library", "reveal"]


def _unit(ctx, admin, room: str) -> int:
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room,
                                                  "building_area": "98.50", "state": "自住"},
                                     delivered_on=date(2020, 1, 1))
    registry_people.add_person(ctx, admin, uid, PersonInput(f"业主{room}", "13800138000"), Relation.OWNER)
    return uid


def _double_click_unit(qtbot, window, code: str):
    register = open_view(qtbot, window, "registry")
    table = register.table
    row = next(r for r in range(register.model.total) if register.model.index(r, 0).data() == code)
    table.scrollTo(register.model.index(row, 0))
    pos = table.visualRect(register.model.index(row, 0)).center()
    # as a real double-click arrives: a click, then the second press (Qt opens on the press it saw)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    page = window.tabs.currentWidget()
    assert page.code == code
    return page


def _page_down_to_the_end(qtbot, page) -> None:
    bar = page.verticalScrollBar()
    for _ in range(100):  # the page grows as sections are built: page down until it ends
        qtbot.keyClick(bar, Qt.Key.Key_PageDown)
        if bar.value() == bar.maximum():
            qtbot.keyClick(bar, Qt.Key.Key_PageDown)  # the last section built may have grown the page
            if bar.value() == bar.maximum():
                return
    raise AssertionError("the unit page never ended")


def test_sections_are_built_as_the_page_is_scrolled(qtbot, community, admin):
    mine = _unit(community, admin, "801")
    other = _unit(community, admin, "802")
    requests.record_request(community, admin, RequestInput("阳台地漏堵塞", unit_id=mine, kind=RequestKind.SERVICE))
    requests.record_request(community, admin, RequestInput("楼道灯不亮", unit_id=other, kind=RequestKind.SERVICE))
    keys_custody.register_key(community, admin, mine, KeyKind.ENTRANCE, 1, "A柜-08", HoldReason.VACANT, "业主书面委托")
    window = desk_window(qtbot, community, "SUPERVISOR")
    window.resize(1200, 700)
    page = _double_click_unit(qtbot, window, "3-1-801")
    assert list(page.sections) == AREAS
    assert page.sections["reveal"].inner is None  # far below the fold: not built on opening
    assert page.sections["reveal"].isVisible() and page.sections["reveal"].title()  # its title is there

    _page_down_to_the_end(qtbot, page)
    assert all(box.inner is not None and box.inner.isVisible() for box in page.sections.values())
    requests_table = page.sections["reception"].inner.findChild(QTableWidget, "unitRequests")
    assert [requests_table.item(r, 3).text() for r in range(requests_table.rowCount())] == ["阳台地漏堵塞"]
    keys_table = page.findChild(QTableWidget, "unitKeysTable")
    assert keys_table.rowCount() == 1 and keys_table.item(0, 3).text() == "A柜-08"
    assert "0.00" in page.findChild(QLabel, "unitBillingSummary").text()
    rounds = page.findChild(QLabel, "unitRoundsSummary")  # in the language the suite's desk runs in
    assert rounds.text() == QCoreApplication.translate("UnitRoundsSection",
                                                       "No move-in, decoration or release slip recorded.")
    people = page.findChild(QTableWidget, "revealPeople")
    assert [people.item(r, 0).text() for r in range(people.rowCount())] == ["业主801"]
    for key in ("facilities", "occupancy", "community", "library"):
        assert page.sections[key].inner.isVisible(), key
