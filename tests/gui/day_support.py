"""What the three role-day scenarios (tests/gui/test_day_*.py) share: the demo centre they work
in, signing in as one of its people with the demo password, and the checks every day ends with."""
from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from support import make_actor

from deskapp.domain.permissions import Role
from deskapp.services.accounts import users
from deskapp.services.demo import DemoPlan, generate
from deskapp.services.demo.accounts import DEMO_PASSWORD

DEMO_UNITS = 40  # enough for every register to have rows of its own, small enough for a GUI test


def demo_centre(ctx):
    """The demo centre (`deskapp demo`): people, keys, bills, receipts, decorations, loans."""
    generate(ctx, make_actor(Role.ADMIN), DemoPlan(seed=3, units=DEMO_UNITS))
    return ctx


def sign_in(qtbot, ctx, username: str):
    """The main window of `username`, signed in with the demo password (as the login dialog does)."""
    from deskapp.gui.main_window import MainWindow
    from deskapp.gui.session import ChangeBus, DeskSession

    actor = users.authenticate(ctx, username, DEMO_PASSWORD)
    window = MainWindow(DeskSession(ctx, actor, ChangeBus()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # window-wide shortcuts go to the active window only
    qtbot.waitUntil(window.isActiveWindow)
    return window


def current_view_key(window) -> str:
    return window.tabs.currentWidget().objectName().removeprefix("holder_")


def column(model, header: str) -> int:
    """The column of a table model whose header the user reads as `header`."""
    for c in range(model.columnCount()):
        if model.headerData(c, Qt.Orientation.Horizontal) == header:
            return c
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    raise AssertionError(f"no column {header} in {shown}")


def cells(path) -> list[str]:
    """Every non-empty cell of every sheet of an Excel file, as text."""
    book = load_workbook(path, read_only=True)
    try:
        return [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row
                if v is not None]
    finally:
        book.close()  # read-only workbooks keep the file open until closed


def no_traceback(capfd) -> None:
    """Nothing went to stderr as a crash would (the logfail plugin covers logged ERRORs)."""
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Error" not in err, err
