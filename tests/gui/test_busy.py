"""The busy cursor while the GUI thread waits (gui/busy.py): a save made while the file's check
still runs waits for its verdict (store/write_gate.py)."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from deskapp.gui.busy import busy_in_gui_thread


def test_the_gui_thread_waits_under_a_busy_cursor_and_gets_its_own_back(qapp):
    assert QGuiApplication.overrideCursor() is None
    with busy_in_gui_thread():
        assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
    assert QGuiApplication.overrideCursor() is None


def test_a_worker_thread_waits_without_touching_the_cursor(qapp):
    seen = []

    def work() -> None:
        with busy_in_gui_thread():
            seen.append(QGuiApplication.overrideCursor())
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [None]
