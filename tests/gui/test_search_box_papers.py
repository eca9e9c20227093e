"""A paper's number typed into the search box (WX2026-…, SJ2026-…, K0018) lists the paper first, and
Enter opens it where it is taken on, chosen there: the repair order, the receipt, the key."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from day_support import current_view_key, demo_centre, sign_in

from deskapp.services.hooks import Place
from deskapp.services.registry import numbers
from support import make_actor
from deskapp.domain.permissions import Role


@pytest.fixture
def centre(ctx, desk_app):
    return demo_centre(ctx)


def _first_of(ctx, prefix: str):
    return numbers.find_numbers(ctx, make_actor(Role.CLERK), prefix)[0]


def _type_and_enter(qtbot, window, text: str):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, text)
    shown = window.search.completer().model().stringList()
    window.search.completer().popup().hide()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    return shown


def test_numbers_are_told_from_codes_names_and_initials():
    assert numbers.number_prefix(" wx2026-00 ") == "WX2026-00"
    assert numbers.number_prefix("k0018") == "K0018"
    assert numbers.number_prefix("#191") == "#191"
    for text in ("3-2-15", "1502", "zs", "张", "S-103", "WX", "#", ""):
        assert numbers.number_prefix(text) is None, text


def test_a_repair_number_opens_the_order_chosen(centre, qtbot):
    paper = _first_of(centre, "WX2")
    window = sign_in(qtbot, centre, "linxy")
    shown = _type_and_enter(qtbot, window, paper.number.lower())  # typed in lower case, as a hurried hand does
    assert shown[0].startswith(f"{paper.number}  工程维修单")
    assert current_view_key(window) == "reception"  # before show_view, which would switch to it
    repairs = window.show_view("reception").repairs
    assert window.show_view("reception").currentWidget() is repairs
    assert repairs.selected().number == paper.number


def test_a_receipt_number_opens_the_receipts_register_on_it(centre, qtbot):
    paper = _first_of(centre, "SJ2")
    assert paper.place is Place.RECEIPTS
    window = sign_in(qtbot, centre, "linxy")
    _type_and_enter(qtbot, window, paper.number)
    assert current_view_key(window) == "billing"  # before show_view, which would switch to it
    receipts = window.show_view("billing").receipts
    assert window.show_view("billing").tabs.currentWidget() is receipts
    assert receipts.text.text() == paper.number and receipts.model.total == 1
    assert receipts.model.row_at(receipts.view.currentIndex().row()).number == paper.number


def test_a_key_tag_opens_the_key_in_custody(centre, qtbot):
    paper = _first_of(centre, "K0")
    assert paper.place is Place.KEYS and paper.kind == "钥匙"
    window = sign_in(qtbot, centre, "linxy")
    shown = _type_and_enter(qtbot, window, paper.number)
    assert any(line.startswith(paper.number) for line in shown)
    assert current_view_key(window) == "keys"  # before show_view, which would switch to it
    custody = window.show_view("keys").custody
    assert window.show_view("keys").currentWidget() is custody
    row = custody.table.currentRow()
    assert custody.table.item(row, 0).text() == paper.number


def test_a_requests_number_from_the_morning_list_opens_it(centre, qtbot):
    window = sign_in(qtbot, centre, "linxy")
    item = next(i for i in window.show_view("reception").today.shown_items if i.ref.startswith("KS"))
    _type_and_enter(qtbot, window, item.ref)
    tab = window.show_view("reception").requests
    assert window.show_view("reception").currentWidget() is tab and tab.selected().id == item.record
