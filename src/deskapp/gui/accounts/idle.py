"""The idle lock: after N quiet minutes the desk asks for the password again. The main
window and every open form stay as they are underneath (unsaved input is kept); an opaque
cover hides personal data on screen while locked."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from deskapp.domain.accounts import idle_expired
from deskapp.gui.accounts.login import LoginDialog
from deskapp.gui.session import DeskSession
from deskapp.services import settings
from deskapp.services.accounts import users
from deskapp.gui import errors
from deskapp.gui.widgets import as_typed, plain_label

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}
POLL_MS = 5000


class _Cover(QWidget):
    """Covers the whole main window while it is locked."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: #2f3b4c; } QLabel { color: white; font-size: 18pt; }")
        label = plain_label(self.tr("Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        self.hide()

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()


class IdleLock(QObject):
    def __init__(self, window: QMainWindow, session: DeskSession):
        super().__init__(window)
        self.window = window
        self.session = session
        self.last_activity: datetime = session.ctx.clock.now()
        self.dialog: LoginDialog | None = None
        self.cover = _Cover(window)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QApplication.instance().installEventFilter(self)
        window.idle_lock = self

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def minutes(self) -> int:
        return int(settings.get(self.session.ctx, users.IDLE_MINUTES) or 0)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and not self.locked:
            self.last_activity = self.session.ctx.clock.now()
        return False

    def check(self) -> None:
        if self.locked:
            return
        try:
            changed = errors.attempt(users.account_changed, self.session.ctx, self.session.actor).value
        except Exception:  # noqa: BLE001 - the server out of reach: the desk says so elsewhere; looked at again later
            changed = ""
        if changed:  # disabled (a leaver), deleted or given another role since this desk signed in
            self.end_session(changed)
        elif idle_expired(self.last_activity, self.session.ctx.clock.now(), self.minutes()):
            self.lock()

    def end_session(self, why: str) -> None:
        """The account is no longer what this desk signed in with: said, then the desk signs out."""
        from deskapp.gui.accounts.actions import sign_out

        self.stop()
        user = self.session.actor.username
        said = {"deleted": self.tr("The account {user} was deleted."),
                "disabled": self.tr("The administrator disabled the account {user}."),
                "role": self.tr("The administrator gave the account {user} another role.")}[why].format(user=user)
        QMessageBox.warning(self.window, self.tr("Signed out"), as_typed(said + "\n\n" + self.tr(
            "This desk signs out now; sign in again. Input not yet saved in open forms is lost.")))
        sign_out(self.window)

    def lock(self) -> None:
        if self.locked:
            return
        actor = self.session.actor
        self.cover.cover()
        dialog = LoginDialog(self.session.ctx, self.window, username=actor.username, locked_to=actor.username)
        dialog.setObjectName("unlockDialog")
        dialog.setWindowTitle(self.tr("Locked — {user}").format(user=actor.display_name))
        dialog.explain(self.tr("The desk was locked after a quiet spell. Enter your password to go on; "
                               "your open forms are kept."))
        dialog.ok.setText(self.tr("Unlock"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.rejected.connect(self._exit_asked)
        dialog.accepted.connect(self._unlocked)
        self.dialog = dialog
        dialog.open()

    def _unlocked(self) -> None:
        self.dialog = None
        self.cover.hide()
        self.last_activity = self.session.ctx.clock.now()

    def _exit_asked(self) -> None:
        answer = QMessageBox.question(
            self.window, self.tr("Exit"),
            self.tr("Exit the program? Input not yet saved in open forms is lost."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.dialog = None
            QApplication.instance().removeEventFilter(self)
            QApplication.closeAllWindows()
            QApplication.quit()
            return
        self.dialog.open()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)


