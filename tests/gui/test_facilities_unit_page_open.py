"""The unit page's facility bookings: a double-click opens the booking in 公共设施 ▸ 预约, chosen there."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from day_support import current_view_key, demo_centre, sign_in

from deskapp.domain.permissions import Role
from deskapp.services.registry import units as registry_units
from support import make_actor


@pytest.fixture
def centre(ctx, desk_app):
    return demo_centre(ctx)


def test_a_double_click_on_a_units_booking_opens_it_in_the_bookings(centre, qtbot):
    window = sign_in(qtbot, centre, "linxy")
    tab = window.show_view("facilities").bookings
    booking = next(tab.model.row_at(r) for r in range(tab.model.rowCount()) if tab.model.row_at(r).unit_code)
    unit_id = registry_units.search(centre, make_actor(Role.CLERK), booking.unit_code)[0].unit_id
    section = window.open_unit(unit_id).section("facilities")  # scrolled to, as the clerk does
    table = section.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == booking.number)
    table.scrollToItem(table.item(row, 1))
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current_view_key(window) == "facilities" and window.show_view("facilities").currentWidget() is tab
    assert tab.model.row_at(tab.table.currentIndex().row()).number == booking.number
