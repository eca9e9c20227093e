"""重大事件 on every screen: a red status-bar button while a major event or an escalation awaits the
supervisor; it opens the reception view's morning page where the supervisor acknowledges it."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from deskapp.contracts.changes import Change
from deskapp.gui.session import DeskSession
from deskapp.services.reception import requests

REFRESH_MS = 60_000  # another desk may record one: look again every minute


class MajorEventsButton(QPushButton):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("majorEvents")
        self.setFlat(True)
        self.count = 0
        self.clicked.connect(self.open_list)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.RECEPTION in flags else None)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        self.count = len(requests.major_events(self.session.ctx, self.session.actor))
        if self.count == 0:
            self.hide()
        elif self.parentWidget() is not None:  # before the status bar takes it, show() would make it a window
            self.show()
        self.setText(self.tr("⚠ {n} major event(s) for the supervisor").format(n=self.count))
        self.setStyleSheet("QPushButton { color: white; background-color: #c00000; border: 1px solid #900000;"
                           " border-radius: 3px; padding: 2px 8px; font-weight: bold; }")
        self.setToolTip(self.tr("Open the reception view's list of major events"))

    def open_list(self) -> None:
        window = self.window()
        if hasattr(window, "show_view"):
            view = window.show_view("reception")
            view.setCurrentWidget(view.today)
            view.today.refresh()
