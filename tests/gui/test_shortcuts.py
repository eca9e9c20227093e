"""Shortcuts (issue 12 §3, issue 22 §10): each key does one thing wherever it is live — in the
keys view Ctrl+L was both lock screen and lend, so neither worked — Ctrl+N on the unit register
makes a unit, and F5 (查看 ▸ 刷新) reads the lists of the current view again."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QDialog, QDialogButtonBox, QMenu, QTabWidget, QWidget,
)

from modal_answers import ModalAnswers, click_tab, desk_window, open_view

from deskapp.domain.reception import RequestKind
from deskapp.services.registry import units as registry_units
from deskapp.services.reception import requests
from deskapp.services.reception.requests import RequestInput

ROLES = ("CLERK", "STEWARD", "SUPERVISOR", "ADMIN")


def _menu_reachable(menu: QMenu, window) -> bool:
    """A menu action's shortcut is live while its menu hangs from the visible menu bar."""
    action = menu.menuAction()
    for owner in action.associatedObjects():
        if owner is window.menuBar() and owner.isVisible():
            return True
        if isinstance(owner, QMenu) and owner is not menu and _menu_reachable(owner, window):
            return True
    return False


def _action_live(action: QAction, window) -> bool:
    if not (action.isEnabled() and action.isVisible()):
        return False  # Qt turns the shortcut of a hidden or disabled action off
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            if _menu_reachable(owner, window):
                return True
        elif owner.isVisible() and owner.isEnabled():
            return True  # window-wide on a shown widget, or on a widget the user can focus
    return False


def live_shortcuts(window) -> dict[str, set[str]]:
    """Key sequence → what it would do now: every action, button and QShortcut Qt would match."""
    live: dict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        if _action_live(action, window):
            for seq in action.shortcuts():
                live[seq.toString()].add(f"action {action.objectName() or action.text()!r}")
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty() and button.isVisible() and button.isEnabled():
            live[button.shortcut().toString()].add(f"button {button.objectName() or button.text()!r}")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.isEnabled() and parent is not None and parent.isVisible():
            for seq in shortcut.keys():
                live[seq.toString()].add(f"shortcut on {type(parent).__name__}")
    bar = window.menuBar()
    if bar.isVisible():  # the menus' own Alt+letter (文件(&F), 工具(&T)…): a button taking it hides the menu
        for action in bar.actions():
            seq = QKeySequence.mnemonic(action.text())
            if action.isVisible() and not seq.isEmpty():
                live[seq.toString()].add(f"menu {action.text()!r}")
    live.pop("", None)
    return live


def _clashes(window, where: str) -> list[str]:
    QApplication.processEvents()  # widgets added to a shown parent are shown queued
    return [f"{where}: {key} → {sorted(owners)}" for key, owners in live_shortcuts(window).items()
            if len(owners) > 1]


def _walk_tabs(qtbot, tabs: QTabWidget, window, where: str, found: list[str]) -> None:
    """Each page of `tabs` shown in turn, and the tab widgets inside it likewise."""
    for index in range(tabs.count()):
        if not tabs.isTabVisible(index):
            continue
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        here = f"{where} ▸ {tabs.tabText(index)}"
        found += _clashes(window, here)
        page = tabs.widget(index)
        for inner in page.findChildren(QTabWidget):
            if inner.isVisible() and inner.parentWidget() is not None:
                _walk_tabs(qtbot, inner, window, here, found)


@pytest.mark.parametrize("role", ROLES)
def test_no_key_does_two_things_in_any_view(role, community, admin, desk_app, qtbot):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101",
                                                  "building_area": "90"}, delivered_on=date(2020, 1, 1))
    window = desk_window(qtbot, community, role)
    window.open_unit(uid)  # a unit page among the tabs, with its own actions
    found: list[str] = []
    _walk_tabs(qtbot, window.tabs, window, role, found)
    assert not found, "\n".join(found)
    # the walk saw the window's own keys and the views' (so it would have seen a clash)
    keys = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        keys |= set(live_shortcuts(window))
    assert {"F5", "Ctrl+L", "Ctrl+K"} <= keys and len(keys) > 10


def test_the_walk_finds_a_clash(community, desk_app, qtbot):
    """Lend on Ctrl+L again (as it was): the check names both actions."""
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "keys")
    lend = view.findChild(QAction, "actLendKey")
    lend.setShortcut(QKeySequence("Ctrl+L"))
    clashes = _clashes(window, "keys")
    assert len(clashes) == 1 and "actLendKey" in clashes[0] and "Ctrl+L" in clashes[0]


def test_ctrl_j_lends_in_the_keys_view(community, desk_app, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "keys")
    lend = view.findChild(QAction, "actLendKey")
    assert lend.shortcut().toString() == "Ctrl+J"
    assert QKeySequence("Ctrl+L") not in lend.shortcuts()
    lent = []
    lend.triggered.connect(lambda _=False: lent.append(True))
    answers = ModalAnswers(qtbot)
    told = answers.message_box()  # no key in custody to lend: the clerk is told to choose one
    window.search.setFocus()  # the keys view just opened: the focus is still in the search box
    qtbot.keyClick(window.search, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    answers.wait_all()
    assert lent == [True] and "钥匙" in told.text


def test_ctrl_n_on_the_unit_register_makes_a_unit(community, desk_app, qtbot):
    from deskapp.gui.registry.unit_dialogs import UnitDialog

    window = desk_window(qtbot, community, "ADMIN")
    view = open_view(qtbot, window, "registry")
    assert view.model.rowCount() == 0

    def fill(dialog: UnitDialog) -> None:
        dialog.building.setCurrentIndex(dialog.building.findText("3", Qt.MatchFlag.MatchStartsWith))
        qtbot.keyClicks(dialog.stairwell, "2")
        qtbot.keyClicks(dialog.room, "1502")
        qtbot.keyClicks(dialog.building_area, "98.5")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answers = ModalAnswers(qtbot)
    made = answers.dialog(UnitDialog, fill)
    window.search.setFocus()  # where the window starts: Ctrl+N works without clicking into the list first
    qtbot.keyClick(window.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    answers.wait_all()

    assert made.done
    uid = registry_units.find_unit_id(community, window.session.actor, "3-2-1502")
    assert uid is not None
    qtbot.waitUntil(lambda: window.tabs.currentWidget().objectName() == f"unitPage_{uid}")
    view.reload()
    assert view.model.rowCount() == 1


def test_f5_reads_the_current_views_lists_again(community, admin, desk_app, qtbot):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "502",
                                                  "building_area": "98.5"}, delivered_on=date(2020, 1, 1))
    window = desk_window(qtbot, community, "CLERK")
    refresh = window.findChild(QAction, "actionRefresh")
    assert refresh in window.view_menu.actions() and refresh.shortcut().toString() == "F5"

    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.requests)
    assert view.requests.model.rowCount() == 0
    # written by another desk: this one is not told
    requests.record_request(community, admin, RequestInput("电梯异响", unit_id=uid, kind=RequestKind.COMPLAINT))
    assert view.requests.model.rowCount() == 0
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
    assert view.requests.model.rowCount() == 1
    assert "电梯异响" in view.requests.model.row_at(0).text

    register = open_view(qtbot, window, "registry")
    rows = register.model.rowCount()
    registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "602",
                                            "building_area": "98.5"}, delivered_on=date(2020, 1, 1))
    assert register.model.rowCount() == rows
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
    assert register.model.rowCount() == rows + 1


class _StrayWindows(QObject):
    """Records every widget shown as a window of its own that is no dialog, menu or popup: a
    widget made visible before it has a parent flashes up as a window and takes the keyboard
    from the desk, so that no shortcut works until the clerk clicks back into it."""

    def __init__(self, main):
        super().__init__()
        self.main = main
        self.seen: list[str] = []

    def eventFilter(self, obj, event):  # noqa: N802 (Qt)
        if (event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow()
                and obj is not self.main and not isinstance(obj, (QDialog, QMenu))
                and obj.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)):
            self.seen.append(f"{type(obj).__name__} {obj.objectName()!r} {getattr(obj, 'text', lambda: '')()!r}")
        return False


@pytest.mark.parametrize("role", ROLES)
def test_opening_a_view_keeps_the_keyboard_in_the_window(role, community, admin, desk_app, qtbot):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101",
                                                  "building_area": "90"}, delivered_on=date(2020, 1, 1))
    window = desk_window(qtbot, community, role)
    stray = _StrayWindows(window)
    QApplication.instance().installEventFilter(stray)
    try:
        for key in window.view_keys():
            open_view(qtbot, window, key)
            assert window.isActiveWindow(), f"opening {key} took the keyboard away: {stray.seen}"
        window.open_unit(uid)  # the unit page and the areas' sections on it
        QApplication.processEvents()
        assert window.isActiveWindow(), f"opening the unit page took the keyboard away: {stray.seen}"
    finally:
        QApplication.instance().removeEventFilter(stray)
    assert not stray.seen


def test_ctrl_shift_u_opens_the_roster_import_without_a_stray_window(community, desk_app, qtbot):
    from deskapp.gui.importing.wizard import ImportWizard

    window = desk_window(qtbot, community, "SUPERVISOR")
    stray = _StrayWindows(window)
    QApplication.instance().installEventFilter(stray)
    try:
        qtbot.keyClick(window.search, Qt.Key.Key_U,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        wizard = window.findChild(ImportWizard)
        assert wizard is not None
        qtbot.waitUntil(wizard.isVisible)
        assert wizard.findChild(QAbstractButton, "importUpdateExisting").isVisible()  # shown with its page
        wizard.reject()
    finally:
        QApplication.instance().removeEventFilter(stray)
    assert not stray.seen


def test_signing_in_with_a_major_event_waiting_keeps_the_keyboard_in_the_window(community, admin, desk_app,
                                                                                qtbot):
    from deskapp.gui.reception.status import MajorEventsButton

    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101",
                                                  "building_area": "90"}, delivered_on=date(2020, 1, 1))
    requests.record_request(community, admin, RequestInput("3 号楼电梯困人", unit_id=uid, major=True,
                                                           kind=RequestKind.COMPLAINT))
    stray = _StrayWindows(None)
    QApplication.instance().installEventFilter(stray)
    try:
        window = desk_window(qtbot, community, "SUPERVISOR")
    finally:
        QApplication.instance().removeEventFilter(stray)
    assert [s for s in stray.seen if not s.startswith("MainWindow")] == []
    button = window.findChild(MajorEventsButton)
    assert button.isVisible() and button.window() is window  # in the status bar, not a window of its own


def test_f5_in_every_view_and_tab_reloads_without_asking_anything(community, admin, desk_app, qtbot):
    """The reflective 刷新 calls each shown list's reload()/refresh(): none of them may fail or open
    a dialog (a dialog left open would be closed here and named)."""
    from PySide6.QtCore import QTimer

    from modal_answers import visible_modal

    registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101",
                                            "building_area": "90"}, delivered_on=date(2020, 1, 1))
    window = desk_window(qtbot, community, "ADMIN")
    opened: list[str] = []

    def close_any() -> None:
        modal = visible_modal()
        if modal is not None:
            opened.append(f"{type(modal).__name__}: {modal.windowTitle()}")
            modal.reject()

    guard = QTimer()
    guard.timeout.connect(close_any)
    guard.start(50)
    pressed = 0
    try:
        for key in window.view_keys():
            view = open_view(qtbot, window, key)
            tab_widgets = [view] if isinstance(view, QTabWidget) else view.findChildren(QTabWidget)
            for tabs in tab_widgets or [None]:
                for index in range(tabs.count() if tabs is not None else 1):
                    if tabs is not None:
                        tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    window.activateWindow()
                    qtbot.waitUntil(window.isActiveWindow)
                    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
                    pressed += 1
    finally:
        guard.stop()
    assert opened == [] and pressed > 20


@pytest.mark.parametrize("role", ROLES)
def test_every_menu_entry_has_a_letter_of_its_own(role, community, desk_app, qtbot):
    """Alt+F or Alt+T, then a letter: every entry of 文件 and 工具 is reached by the keyboard, no
    two of one menu by the same letter (每月汇总归档…, 导入上线数据…, 逾期未还钥匙… had none). 视图
    lists the views, which the tabs and their shortcuts reach."""
    window = desk_window(qtbot, community, role)
    problems = []
    for menu in (window.file_menu, window.tools_menu):
        top = menu.menuAction()
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            text = action.text()
            marked = [text[i + 1].upper() for i in range(len(text) - 1) if text[i] == "&" and text[i + 1] != "&"]
            if not marked:
                problems.append(f"{top.text()} ▸ {text}: no letter")
            elif marked[0] in letters:
                problems.append(f"{top.text()} ▸ {text}: &{marked[0]} as {letters[marked[0]]}")
            else:
                letters[marked[0]] = text
    assert not problems, "\n".join(problems)
