"""Every button of every view pressed once, as a curious new clerk would (issue 12 §2): with a
day's records on file and the first row of each list selected, no button may end in an
exception (pytest-qt fails the test on one raised in a slot, and one the slot hands to
gui.errors shows as a critical message box, recorded here). Every dialog a button opens is
closed unanswered, every file chooser cancelled: the point is the wiring, not the work."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QMessageBox, QTabBar, QTabWidget

from modal_answers import (
    desk_window, open_view, patch_choose_folder, patch_open_file, patch_save_file, visible_modal,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.domain.people import Relation  # noqa: E402
from deskapp.domain.reception import RequestKind  # noqa: E402
from deskapp.services.registry import people as registry_people  # noqa: E402
from deskapp.services.billing import payments, run  # noqa: E402
from deskapp.services.reception import notices, repairs, requests  # noqa: E402
from deskapp.services.reception.repairs import RepairInput  # noqa: E402
from deskapp.services.reception.requests import RequestInput  # noqa: E402
from deskapp.services.registry.people import PersonInput  # noqa: E402


def _a_day_on_file(ctx, admin) -> int:
    """Units billed and one paid, an owner, a complaint, a repair order, a notice."""
    ids, _ = billed_community(ctx, admin)
    run.post(ctx, admin, "2026Q3")
    acc = payments.account(ctx, admin, ids[0])
    payments.take_payment(ctx, admin, ids[0], [o.line_id for o in acc.lines], str(acc.total_owed), PayMethod.WECHAT,
        pay_ref="4200002026100112")
    registry_people.add_person(ctx, admin, ids[0], PersonInput("张伟", "13812345678"), Relation.OWNER)
    requests.record_request(ctx, admin, RequestInput("楼上漏水", unit_id=ids[0], kind=RequestKind.COMPLAINT))
    repairs.create_repair(ctx, admin, RepairInput(fault="单元门坏", reported_by="管家", location="3 号楼"))
    notices.create_notice(ctx, admin, title="停水通知", body="明日停水。")
    return ids[0]


def _close_whatever_opened(log: list[str], crashes: list[str]) -> None:
    popup = QApplication.activePopupWidget()
    if popup is not None:
        log.append(f"popup {type(popup).__name__}")
        popup.close()
    modal = visible_modal()
    if modal is not None:
        log.append(f"{type(modal).__name__}: {modal.windowTitle()}")
        if isinstance(modal, QMessageBox) and modal.icon() == QMessageBox.Icon.Critical:
            crashes.append(modal.text())  # gui.errors shows an unexpected exception so
        modal.reject()


def _pages(view) -> list[tuple]:
    """(tab widget, index) of every page inside the view, or the view alone."""
    tabs = [view] if isinstance(view, QTabWidget) else view.findChildren(QTabWidget)
    return [(t, i) for t in tabs for i in range(t.count()) if t.isTabVisible(i)] or [(None, 0)]


def _press_all(view, pressed: list[str]) -> None:
    for table in view.findChildren(QAbstractItemView):
        if table.isVisible() and table.model() is not None and table.model().rowCount() > 0:
            table.setCurrentIndex(table.model().index(0, 0))
    buttons = [b for b in view.findChildren(QAbstractButton)
               if b.isVisible() and b.isEnabled() and getattr(b, "menu", lambda: None)() is None
               and not isinstance(b.parent(), QTabBar)]
    for button in buttons:
        if button.isVisible() and button.isEnabled():  # an earlier press may have changed the page
            pressed.append(button.objectName() or button.text())
            button.click()
            QApplication.processEvents()


@pytest.mark.parametrize("role", ["CLERK", "STEWARD", "SUPERVISOR", "ADMIN"])
def test_every_button_of_every_view_can_be_pressed(role, community, admin, desk_app, qtbot, monkeypatch,
                                                    tmp_path):
    uid = _a_day_on_file(community, admin)
    for patch in (patch_save_file, patch_open_file, patch_choose_folder):
        patch(monkeypatch, None)  # the user cancels every file chooser
    window = desk_window(qtbot, community, role)
    opened: list[str] = []
    crashes: list[str] = []
    guard = QTimer()
    guard.timeout.connect(lambda: _close_whatever_opened(opened, crashes))
    guard.start(30)
    pressed: list[str] = []
    try:
        for key in window.view_keys():
            view = open_view(qtbot, window, key)
            for tabs, index in _pages(view):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                _press_all(view, pressed)
        window.open_unit(uid)
        QApplication.processEvents()
        _press_all(window.tabs.currentWidget(), pressed)
    finally:
        guard.stop()
    assert crashes == []
    assert len(pressed) > 40 and opened  # buttons were pressed and opened their dialogs
