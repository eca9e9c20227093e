"""An exception nobody caught (in a slot, a timer, a paint): written to the log with its
traceback and told to the user in a message box that names the log file, instead of a
traceback on a console the clerk never sees. The desk keeps running."""
from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from deskapp import logs
from deskapp.domain.errors import DeskappError
from deskapp.gui.widgets import as_typed


class _Hook:
    def __init__(self) -> None:
        self.showing = False  # one box at a time: an error repeating in a timer must not stack boxes

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if issubclass(exc_type, DeskappError):
            self._say(exc)
            return
        logs.log_uncaught(exc_type, exc, tb)
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            where = logs.log_file()
            text = QCoreApplication.translate("uncaught", "The program ran into an internal error: {error}").format(
                error=f"{exc_type.__name__}: {exc}")
            text += "\n\n" + QCoreApplication.translate(
                "uncaught", "What you were doing may not have been saved; please check it. The details were "
                            "written to the log file:\n{path}\nPlease give this file to whoever looks after the program."
            ).format(path=where or "—")
            box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("uncaught", "Internal error"), as_typed(text),
                              QMessageBox.StandardButton.Ok, QApplication.activeWindow())
            box.setObjectName("uncaughtError")
            box.exec()
        finally:
            self.showing = False


    def _say(self, exc) -> None:
        """A user's error no slot caught — most often the server gone while a view reloads on
        its own (store/server_door.py): said as what it is, in a warning, not as an internal
        error; logged as a warning without a traceback."""
        import logging

        logging.getLogger("deskapp.uncaught").warning("not caught by its slot: %s: %s", type(exc).__name__, exc)
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            from deskapp.gui.errors import show_error

            show_error(QApplication.activeWindow(), exc)
        finally:
            self.showing = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    """A worker thread's exception: logged only (a message box belongs to the GUI thread; a
    Job reports its own errors to the user)."""
    if args.exc_type is not SystemExit:
        logs.log_uncaught(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    """Make the hook the interpreter's: PySide6 hands exceptions raised in slots to sys.excepthook."""
    sys.excepthook = _Hook()
    threading.excepthook = _thread_hook
