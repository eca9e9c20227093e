"""转到 on the morning list: an item opens where it is taken on — its view, its tab, the item chosen
there — by the button, a double-click or Enter, for every kind of item the demo centre's desks list."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QTableView, QTableWidget, QTabWidget

from day_support import current_view_key, demo_centre, sign_in
from modal_answers import Answer, ModalAnswers, button_named, click, click_row, click_tab, open_view

from deskapp.gui.places import DUTIES, DUTY_MENU_ACTIONS, TARGETS
from deskapp.services.hooks import Place


@pytest.fixture
def centre(ctx, desk_app):
    return demo_centre(ctx)


def _today(qtbot, window):
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.today)
    return view.today


def _current_tab(window, view_key: str):
    shown = window.show_view(view_key)
    tabs = shown if isinstance(shown, QTabWidget) else getattr(shown, "tabs", None)
    return shown, tabs.currentWidget() if tabs is not None else shown


def _chosen(page, target) -> object:
    """The record the user sees chosen in the tab."""
    if hasattr(page, "show_record"):  # 需求/投诉, 工程维修单: their own chosen row
        return getattr(page.selected(), page.record_key)
    for name in target.tables:
        table = getattr(page, name)
        if isinstance(table, QTableWidget) and table.currentRow() >= 0 and table.hasFocus():
            return table.item(table.currentRow(), 0).data(Qt.ItemDataRole.UserRole)
        if isinstance(table, QTableView) and table.currentIndex().isValid() and table.hasFocus():
            return getattr(table.model().row_at(table.currentIndex().row()), target.key)
    return None


@pytest.mark.parametrize("username", ["wanglh", "linxy", "chenzg"])
def test_go_to_opens_each_kind_of_item_where_it_is_taken_on(centre, qtbot, username):
    window = sign_in(qtbot, centre, username)
    today = _today(qtbot, window)
    firsts = {}  # the first item of each place; of the duties, the first done in a view and the first by a menu entry
    for n, item in enumerate(today.shown_items):
        firsts.setdefault((item.place, item.place is Place.CALENDAR and item.record in DUTY_MENU_ACTIONS), (n, item))
    assert {Place.REQUESTS, Place.KEY_LOANS, Place.RELEASE_SLIPS, Place.CALENDAR} <= {p for p, _ in firsts}
    for (place, by_menu), (n, item) in firsts.items():
        today = _today(qtbot, window)
        click_row(qtbot, today.items, n, 4)
        if by_menu:  # 上月登记表汇总归档: its menu entry (文件 ▸ 每月汇总归档…) asks the month; cancelled
            answers, offered = ModalAnswers(qtbot), []
            answers.add(Answer("month asked", lambda w: isinstance(w, QInputDialog),
                               lambda dialog: (offered.append(dialog.textValue()), dialog.reject())))
            click(qtbot, button_named(today, "todayGo"))
            answers.wait_all()
            assert offered == ["2026-10"], item  # the month just ended
            continue
        click(qtbot, button_named(today, "todayGo"))
        if place is Place.CALENDAR:  # the duty's own place, as the calendar's 去办理
            target = DUTIES[item.record]
            assert current_view_key(window) == target.view, item
            continue
        target = TARGETS[place]
        assert current_view_key(window) == target.view, item
        shown, page = _current_tab(window, target.view)
        if target.tab is not None:
            expected = getattr(shown, target.tab)
            assert page is expected or page.isAncestorOf(expected), item
        if item.record is not None and (target.tables or hasattr(expected if target.tab else shown, "show_record")):
            assert _chosen(expected if target.tab else shown, target) == item.record, item


def test_a_double_click_or_enter_on_an_item_opens_it(centre, qtbot):
    window = sign_in(qtbot, centre, "linxy")
    today = _today(qtbot, window)
    n = next(i for i, item in enumerate(today.shown_items) if item.place is Place.REQUESTS)
    request_id = today.shown_items[n].record
    rect = today.items.visualRect(today.items.model().index(n, 4))
    # a double-click as the hand makes it: a press and release, then the second press
    qtbot.mouseClick(today.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(today.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    requests = window.show_view("reception").requests
    assert window.show_view("reception").currentWidget() is requests and requests.selected().id == request_id

    today = _today(qtbot, window)
    n = next(i for i, item in enumerate(today.shown_items) if item.place is Place.KEY_LOANS)
    click_row(qtbot, today.items, n, 4)
    qtbot.keyClick(today.items, Qt.Key.Key_Return)
    assert current_view_key(window) == "keys"  # before show_view, which would switch to it
    loans = window.show_view("keys").loans
    assert window.show_view("keys").currentWidget() is loans
    assert loans.model.row_at(loans.table.currentIndex().row()).id == today.shown_items[n].record


def test_alt_g_goes_to_the_chosen_item(centre, qtbot):
    window = sign_in(qtbot, centre, "linxy")
    today = _today(qtbot, window)
    n = next(i for i, item in enumerate(today.shown_items) if item.place is Place.KEY_LOANS)
    click_row(qtbot, today.items, n, 4)
    qtbot.keyClick(today.items, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # 转到(&G)
    # a mnemonic presses its button as a click seen (animateClick): the desk moves a moment later
    qtbot.waitUntil(lambda: current_view_key(window) == "keys")
    loans = window.show_view("keys").loans
    assert window.show_view("keys").currentWidget() is loans
    assert loans.model.row_at(loans.table.currentIndex().row()).id == today.shown_items[n].record


def test_go_to_with_nothing_chosen_says_so(centre, qtbot):
    from modal_answers import ModalAnswers

    window = sign_in(qtbot, centre, "linxy")
    today = _today(qtbot, window)
    today.items.setCurrentIndex(today.items.model().index(-1, -1))
    answers = ModalAnswers(qtbot)
    told = answers.message_box(contains="请先选中一个事项")
    click(qtbot, button_named(today, "todayGo"))
    answers.wait_all()
    assert "请先选中" in told.text and current_view_key(window) == "reception"
