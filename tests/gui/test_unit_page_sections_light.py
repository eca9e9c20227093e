"""The unit page's sections read only their unit (issue 21 §1): the keys section names the spaces
this unit owns and its vehicle card's space, not another unit's; the rounds section offers
入住 by the unit's state; the personal-data section lists the unit's people. Opened as the
clerk does: Ctrl+F, the unit's code, Enter."""
from __future__ import annotations

from datetime import date

from modal_answers import desk_window, scroll_to_section
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from deskapp.domain.keys import CountItem, SpaceArea, SpaceState
from deskapp.domain.people import Relation
from deskapp.services.keys import cards as keys_cards
from deskapp.services.keys import inventory as keys_inventory
from deskapp.services.keys import parking as keys_parking
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput


def _unit(ctx, admin, room: str, state: str) -> int:
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": room,
                                                  "building_area": "98.50", "state": state},
                                     delivered_on=None if state == "未交房" else date(2020, 1, 1))
    registry_people.add_person(ctx, admin, uid, PersonInput(f"业主{room}", "13800138000"), Relation.OWNER)
    return uid


def _open(qtbot, window, code: str):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, code)
    window.search.completer().popup().hide()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    assert page.code == code
    return page


def test_keys_section_names_only_this_units_spaces(qtbot, community, admin):
    mine = _unit(community, admin, "1502", "自住")
    other = _unit(community, admin, "1601", "自住")
    space = keys_parking.add_space(community, admin, "B-101", SpaceArea.UNDERGROUND, SpaceState.SOLD,
                                   owner_unit_id=mine)
    keys_parking.add_space(community, admin, "B-102", SpaceArea.UNDERGROUND, SpaceState.SOLD, owner_unit_id=other)
    keys_inventory.receive_stock(community, admin, CountItem.BLANK_VEHICLE, 5)
    keys_cards.issue_vehicle_card(community, admin, mine, "V0001", "业主1502", "京A12345", months=3,
                                  monthly_fee="100", space_id=space)
    window = desk_window(qtbot, community, "CLERK")
    page = _open(qtbot, window, "3-2-1502")
    scroll_to_section(qtbot, page, "keys")
    parking = page.findChild(QLabel, "unitParking").text()
    assert "B-101" in parking and "B-102" not in parking
    cards = page.findChild(QTableWidget, "unitCardsTable")
    assert cards.rowCount() == 1
    assert cards.item(0, 0).text() == "V0001" and cards.item(0, 5).text() == "B-101"
    page = _open(qtbot, window, "3-2-1601")
    scroll_to_section(qtbot, page, "keys")
    parking = page.findChild(QLabel, "unitParking").text()
    assert "B-102" in parking and "B-101" not in parking


def test_rounds_section_offers_move_in_by_the_units_state(qtbot, community, admin):
    _unit(community, admin, "1502", "未交房")
    _unit(community, admin, "1601", "自住")
    window = desk_window(qtbot, community, "STEWARD")
    page = _open(qtbot, window, "3-2-1502")
    scroll_to_section(qtbot, page, "rounds")
    assert page.findChild(QPushButton, "unitMoveIn").isVisible()
    page = _open(qtbot, window, "3-2-1601")
    scroll_to_section(qtbot, page, "rounds")
    assert not page.findChild(QPushButton, "unitMoveIn").isVisible()
    assert page.findChild(QPushButton, "unitDecoration").isVisible()


def test_personal_data_section_lists_the_units_people(qtbot, community, admin):
    uid = _unit(community, admin, "1502", "自住")
    registry_people.add_person(community, admin, uid, PersonInput("李四", "13900139000"), Relation.TENANT,
                               lease_start=date(2026, 1, 1), lease_end=date(2026, 12, 31))
    window = desk_window(qtbot, community, "SUPERVISOR")
    page = _open(qtbot, window, "3-2-1502")
    scroll_to_section(qtbot, page, "reveal")
    table = page.findChild(QTableWidget, "revealPeople")
    assert sorted(table.item(r, 0).text() for r in range(table.rowCount())) == sorted(["业主1502", "李四"])
