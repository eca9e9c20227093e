"""Every dialog is wide enough for its title (gui/dialog_size.py), and the main window's title
does not name the program twice."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QPushButton, QTableView

from deskapp.gui import dialog_size, file_dialogs


class Walker:
    """Walks the dialogs as a user would: notes each dialog's class, title and width when it shows,
    presses each of its buttons that opens another dialog (their text ends with …) one level
    deep, then closes it. Message boxes are closed at once (they size themselves)."""

    def __init__(self):
        self.seen: list[tuple[str, str, int, int]] = []
        self.pending: dict[int, list] = {}
        self.running = True
        QTimer.singleShot(30, self.tick)

    @staticmethod
    def depth(w) -> int:
        n, parent = 0, w.parentWidget()
        while parent is not None:
            n += isinstance(parent.window(), QDialog)
            parent = parent.window().parentWidget()
        return n

    def tick(self):
        if not self.running:
            return
        QTimer.singleShot(30, self.tick)  # a new timer each time: it fires inside a dialog opened below
        top = QApplication.activeModalWidget()
        for w in QApplication.topLevelWidgets():
            if not (isinstance(w, QDialog) and w.isVisible()):
                continue
            if isinstance(w, QMessageBox):
                w.reject()
                continue
            if id(w) not in self.pending:
                self.seen.append((type(w).__name__, w.windowTitle(), w.width(), dialog_size.wanted_width(w)))
                for table in w.findChildren(QTableView):  # buttons that need a row get one
                    model = table.model()
                    if model is not None and model.rowCount() and not table.selectionModel().hasSelection():
                        table.selectRow(0)
                buttons = [b.click for b in w.findChildren(QPushButton)
                           if b.text().endswith("…") and b.isVisible() and b.isEnabled()]
                actions = [a.trigger for a in w.findChildren(QAction)
                           if a.text().endswith("…") and a.isVisible() and a.isEnabled()]
                self.pending[id(w)] = buttons + actions if self.depth(w) == 0 else []
            if top is not None and top is not w:
                continue
            if self.pending[id(w)]:
                self.pending[id(w)].pop(0)()
                return
            w.reject()


@pytest.fixture
def no_files(monkeypatch):
    for name in ("save_file", "open_file", "choose_folder"):
        monkeypatch.setattr(file_dialogs, name, lambda *a, **k: None)


def test_a_small_input_dialog_gets_room_for_its_title(main_window, qtbot):
    dlg = QInputDialog(main_window)
    dlg.setWindowTitle("整改复查结果 ZG2026-0001 的复查说明")
    dlg.setLabelText("说明：")
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.width() >= dialog_size.MIN_WIDTH
    assert dlg.width() >= dlg.fontMetrics().horizontalAdvance(dlg.windowTitle())
    dlg.reject()


def test_a_message_box_has_room_for_the_title_its_title_bar_shows(main_window, qtbot):
    # Qt sized it to "无法完成操作" plus 50 px; the title bar shows "无法完成操作 — 物业客服台" beside
    # its icon and buttons, and cut it to "无法完成操…业客服台"
    before = QApplication.applicationDisplayName()
    QApplication.setApplicationDisplayName("物业客服台")
    try:
        box = QMessageBox(QMessageBox.Icon.Warning, "无法完成操作", "实收金额：必须大于零", parent=main_window)
        box.show()
        qtbot.waitExposed(box)
        assert dialog_size.shown_title(box) == "无法完成操作 — 物业客服台"
        assert box.width() >= dialog_size.wanted_width(box) >= dialog_size.MIN_WIDTH
        box.reject()
        box.show()  # shown again (the same box): widened once, not twice
        assert box.width() < 2 * dialog_size.wanted_width(box)
        box.reject()
    finally:
        QApplication.setApplicationDisplayName(before)


MENU = ("action_file_20", "action_file_21", "action_tools_40", "action_tools_70", "action_tools_90")


def test_the_menus_dialogs_are_wide_enough(main_window, desk_session, qtbot, no_files):
    from deskapp.domain.permissions import Role
    from deskapp.services.accounts import users

    users.create_user(desk_session.ctx, desk_session.actor, "wangfang", "王芳", Role.CLERK, "Desk-2026-pass!")
    walker = Walker()
    try:
        for name in MENU:
            main_window.findChild(QAction, name).trigger()
            qtbot.waitUntil(lambda: not any(isinstance(w, QDialog) and w.isVisible()
                                            for w in QApplication.topLevelWidgets()), timeout=20000)
    finally:
        walker.running = False
    assert len(walker.seen) >= 4, walker.seen
    narrow = [(cls, title, width) for cls, title, width, want in walker.seen if width < want]
    assert narrow == []


def test_the_window_title_names_the_program_once(main_window, desk_session):
    title = main_window.windowTitle()
    assert desk_session.actor.display_name in title and "物业客服台" not in title


def test_a_confirmation_keeps_the_lists_selection(main_window, desk_session, qtbot):
    from deskapp.domain.permissions import Role
    from deskapp.services.accounts import users

    ctx, admin = desk_session.ctx, desk_session.actor
    for name, who in (("aclerk", "陈静"), ("bclerk", "李娜"), ("cclerk", "王芳")):
        users.create_user(ctx, admin, name, who, Role.CLERK, "Desk-2026-pass!")
    main_window.findChild(QAction, "action_tools_90").trigger()
    dlg = main_window.users_dialog
    qtbot.waitUntil(dlg.isVisible)
    dlg.select_username("bclerk")

    def answer_yes():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(20, answer_yes)

    QTimer.singleShot(20, answer_yes)
    qtbot.mouseClick(dlg.buttons["toggle"], Qt.MouseButton.LeftButton)
    chosen = dlg.table.selectionModel().selectedRows()
    assert len(chosen) == 1 and dlg.model.row_at(chosen[0].row()).username == "bclerk"
    assert dlg.model.data(dlg.model.index(chosen[0].row(), 3)) == "已停用"
    dlg.reject()
