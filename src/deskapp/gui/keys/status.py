"""Overdue keys on every screen: a status-bar button with a red count that opens the overdue list."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from deskapp.contracts.changes import Change
from deskapp.gui.session import DeskSession
from deskapp.services.keys import custody as keys

REFRESH_MS = 60_000


class OverdueKeysButton(QPushButton):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("overdueKeys")
        self.setFlat(True)
        self.count = 0
        self.clicked.connect(self.open_list)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.KEYS in flags else None)
        # a loan becomes overdue by the clock alone, so look again every minute
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        self.count = keys.count_overdue(self.session.ctx, self.session.actor)
        if self.count:
            self.setText(self.tr("⚠ {n} overdue key(s)").format(n=self.count))
            self.setStyleSheet("QPushButton { color: white; background-color: #c00000; border: 1px solid #900000;"
                               " border-radius: 3px; padding: 2px 8px; font-weight: bold; }")
            self.setToolTip(self.tr("Open the list of overdue keys"))
        else:
            self.setText(self.tr("No overdue keys"))
            self.setStyleSheet("QPushButton { color: #1b7f2a; border: none; padding: 2px 8px; }")
            self.setToolTip("")

    def open_list(self) -> None:
        window = self.window()
        if hasattr(window, "show_view"):
            view = window.show_view("keys")
            view.show_overdue()
