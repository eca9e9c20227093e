"""Status bar: when the last good backup was taken; older than two days shows a warning."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local_text
from deskapp.domain.backups import is_stale
from deskapp.gui.session import DeskSession
from deskapp.services.accounts import backup

REFRESH_MS = 10 * 60 * 1000


class BackupStatus(QLabel):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("lastBackup")
        self.stale = False
        session.bus.changed.connect(self._changed)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def _changed(self, flags) -> None:
        if Change.BACKUP in flags:
            self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        last = backup.last_good_backup(ctx)
        now = ctx.clock.now()
        self.stale = is_stale(last, now)
        if last is None:
            self.setText(self.tr("⚠ No backup yet"))
        else:
            shown = local_text(last, tz=now.tzinfo)
            text = self.tr("Last backup: {time}").format(time=shown)
            self.setText(("⚠ " + text) if self.stale else text)
        if self.stale:
            self.setStyleSheet("color: #b00020; font-weight: bold;")
            self.setToolTip(self.tr("The last good backup is more than 2 days old. Use File ▸ Back up database."))
        else:
            self.setStyleSheet("")
            self.setToolTip(self.tr("Backups are made automatically at the first start of each day."))
