"""The Qt binding the program is installed with (pyproject.toml pins it): PySide6 6.12.0 on
Python 3.11 took a reference from None at every call of a Qt method that returns nothing, and
the program aborted with "Fatal Python error: none_dealloc" once None's count ran out — eight
refreshes of the clerk's morning list at 20,000 units. Python 3.12 and later never free None,
so there the binding's slip cannot show."""
from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

CALLS = 5_000


def test_qt_calls_that_return_nothing_leave_nones_references_alone(qtbot):
    table = QTableWidget(CALLS, 1)
    qtbot.addWidget(table)
    items = [QTableWidgetItem(str(n)) for n in range(CALLS)]
    before = sys.getrefcount(None)
    for n, item in enumerate(items):
        table.setItem(n, 0, item)  # void
        item.setData(Qt.ItemDataRole.UserRole, n)  # void
        item.setText(f"{n}")  # void
    # a few references come and go with the objects made meanwhile; the defect took one a call
    assert sys.getrefcount(None) - before > -CALLS // 10
