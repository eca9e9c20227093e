"""This desk among the others on one database (issue 18 §4, §5), kept by a status-bar label for
as long as the desk's window is open: the desk's presence row (signed in, a heartbeat every
minute, ended when the window closes) and, on PostgreSQL, the listener that brings the other
desks' change flags to this desk's bus, so open views, status counts and the morning list
refresh as they do after a write of its own. The label says whether the desk hears the others."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from deskapp.domain.accounts import DESK_HEARTBEAT
from deskapp.gui import errors
from deskapp.gui.session import DeskSession
from deskapp.services import changes
from deskapp.services.accounts import desks


class PresenceStatus(QLabel):
    heard = Signal(object)  # another desk's change flags, emitted in the listener's thread
    hearing = Signal(bool)  # the listener connected (True) or lost the server (False), from its thread

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("deskPresence")
        ctx, actor = session.ctx, session.actor
        self.presence = errors.attempt(desks.sign_in, ctx, actor).value
        self._beat = QTimer(self)
        self._beat.setInterval(int(DESK_HEARTBEAT.total_seconds() * 1000))
        self._beat.timeout.connect(self._heartbeat)
        self._beat.start()
        # queued to the GUI thread (the label lives there): the bus is announced from here only
        self.heard.connect(lambda flags: session.bus.announce(*flags))
        self.hearing.connect(self._show_hearing)
        self.listener = changes.listen(ctx, self.heard.emit, self.hearing.emit)
        if self.listener is not None:
            self._show_hearing(True)  # listening already (listen waits for it); a failure's False is queued after
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self._watching = False

    def _show_hearing(self, on: bool) -> None:
        if on:
            self.setText(self.tr("Live: other desks' work shows at once"))
            self.setStyleSheet("")
            self.setToolTip("")
        else:
            self.setText(self.tr("⚠ Server connection lost: other desks' work shows again once it is back"))
            self.setStyleSheet("color: #b00020; font-weight: bold;")
            self.setToolTip(self.tr("The program keeps trying to reach the database server every few seconds. "
                                    "Until then, what you save may be refused with a message; nothing is half-saved."))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._watching:  # the window exists once the label is shown in its status bar
            self.window().installEventFilter(self)
            self._watching = True
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def _heartbeat(self) -> None:
        if self.presence is not None:
            errors.attempt(desks.heartbeat, self.session.ctx, self.session.actor, self.presence)

    def stop(self) -> None:
        """The desk closes: no more heartbeats or listening, and its presence ends (once)."""
        self._beat.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        if self.presence is not None:
            errors.attempt(desks.sign_out, self.session.ctx, self.session.actor, self.presence)
            self.presence = None
