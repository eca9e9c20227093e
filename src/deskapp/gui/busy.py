"""The busy cursor while the GUI thread waits for something outside it (store/write_gate.py: a
save made while the file's check still runs waits for its verdict)."""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QThread, Qt
from PySide6.QtGui import QGuiApplication


@contextlib.contextmanager
def busy_in_gui_thread() -> Iterator[None]:
    """A wait cursor for the wait, when it is the GUI thread that waits (a worker's wait shows
    nothing: the window stays responsive)."""
    app = QCoreApplication.instance()
    if not isinstance(app, QGuiApplication) or QThread.currentThread() is not app.thread():
        yield
        return
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
