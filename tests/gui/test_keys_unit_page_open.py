"""The unit page's keys in custody: a double-click opens the key in 钥匙与卡 ▸ 钥匙托管, chosen there
(to move, relabel or look up its history)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from day_support import current_view_key, demo_centre, sign_in

from deskapp.domain.permissions import Role
from deskapp.services.keys import custody as keys_custody
from support import make_actor


@pytest.fixture
def centre(ctx, desk_app):
    return demo_centre(ctx)


def test_a_double_click_on_a_units_key_opens_it_in_custody(centre, qtbot):
    key = keys_custody.all_keys(centre, make_actor(Role.CLERK), text="")[0]  # a key held now
    window = sign_in(qtbot, centre, "linxy")
    page = window.open_unit(key.unit_id)
    section = page.section("keys")  # scrolled to, as the clerk does
    table = section.keys_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == key.tag)
    table.scrollToItem(table.item(row, 1))
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current_view_key(window) == "keys"  # before show_view, which would switch to it
    custody = window.show_view("keys").custody
    assert window.show_view("keys").currentWidget() is custody
    assert custody.table.item(custody.table.currentRow(), 0).text() == key.tag
