"""The unit page's open repair orders: a double-click opens the order in 工程维修单, chosen there,
ready for its next step."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from day_support import current_view_key, demo_centre, sign_in

from deskapp.domain.permissions import Role
from deskapp.services.reception import repairs
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.registry import units as registry_units
from support import make_actor


@pytest.fixture
def centre(ctx, desk_app):
    return demo_centre(ctx)


def test_a_double_click_on_a_units_repair_opens_it_in_the_repair_orders(centre, qtbot):
    clerk = make_actor(Role.CLERK)
    unit_id = registry_units.search(centre, clerk, "1-1-301")[0].unit_id
    number = repairs.create_repair(centre, clerk, RepairInput(fault="厨房下水堵塞", reported_by="业主", unit_id=unit_id))
    window = sign_in(qtbot, centre, "linxy")
    page = window.open_unit(unit_id)
    section = page.section("reception")
    table = section.repairs
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == number)
    rect = table.visualItemRect(table.item(row, 2))
    table.scrollToItem(table.item(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current_view_key(window) == "reception"  # before show_view, which would switch to it
    tab = window.show_view("reception").repairs
    assert window.show_view("reception").currentWidget() is tab
    assert tab.selected().number == number
