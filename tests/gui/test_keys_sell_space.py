"""车位 ▸ 标记已售: a registered space the developer sold is recorded with its owning unit through
the button (issue 15 §5 wired sell_space up), so it shows 已售 and is no longer offered for a lease."""
from __future__ import annotations

import pytest
from modal_answers import ModalAnswers, click, click_row, click_tab, desk_window, open_view, visible_modal
from PySide6.QtWidgets import QLineEdit, QToolButton

from deskapp.domain.keys import SpaceArea
from deskapp.gui.keys.dialogs import LeaseDialog
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import parking as keys_parking


@pytest.fixture
def space(community, admin, desk_app):
    registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "自住"})
    return keys_parking.add_space(community, admin, "B-101", SpaceArea.UNDERGROUND)


def _button(tab, name: str) -> QToolButton | None:
    return next((b for b in tab.findChildren(QToolButton)
                 if b.defaultAction() is not None and b.defaultAction().objectName() == name), None)


def _parking(qtbot, community, role: str):
    window = desk_window(qtbot, community, role)
    view = open_view(qtbot, window, "keys")
    click_tab(qtbot, view, view.parking)
    return view.parking


def _row(tab) -> list[str]:
    return [tab.spaces.item(0, c).text() if tab.spaces.item(0, c) else "" for c in range(tab.spaces.columnCount())]


def test_supervisor_marks_a_space_sold_to_a_unit(community, space, qtbot):
    tab = _parking(qtbot, community, "SUPERVISOR")
    assert _row(tab)[:3] == ["B-101", "地下", "空闲"]
    click_row(qtbot, tab.spaces, 0)
    answers = ModalAnswers(qtbot)
    asked = answers.asked_line("3-2-1502")
    click(qtbot, _button(tab, "actSellSpace"))
    answers.wait_all()

    assert "B-101" in asked.text
    qtbot.waitUntil(lambda: _row(tab)[2] == "已售")
    assert _row(tab)[3] == "3-2-1502"
    lease = LeaseDialog(tab.session)
    qtbot.addWidget(lease)
    assert all("B-101" not in lease.space.itemText(i) for i in range(lease.space.count()))


def test_an_unknown_unit_is_named_at_the_line_and_can_be_retyped(community, space, qtbot):
    """The unit was asked in a QInputDialog that closed before the refusal: 没有房号 came in a box
    of its own and the supervisor pressed 标记已售 again to retype it. Now the form stays open at
    the line, the refusal beside it."""
    tab = _parking(qtbot, community, "SUPERVISOR")
    click_row(qtbot, tab.spaces, 0)
    answers = ModalAnswers(qtbot)
    answers.asked_line("9-9-909")
    refused = answers.message_box(contains="产权房号")
    click(qtbot, _button(tab, "actSellSpace"))
    answers.wait_all()
    assert "没有房号 9-9-909" in refused.text
    form = visible_modal()
    assert form is not None and form.objectName() == "askLine"  # still open at the line, to retype
    assert _row(tab)[2:4] == ["空闲", ""]
    form.findChild(QLineEdit, "askedLine").setText("3-2-1502")
    form.accept()
    assert not form.isVisible()
    qtbot.waitUntil(lambda: _row(tab)[2] == "已售")


def test_the_clerk_has_no_button_to_mark_a_space_sold(community, space, qtbot):
    tab = _parking(qtbot, community, "CLERK")
    assert _button(tab, "actSellSpace") is None
    assert _button(tab, "actLease") is not None
