"""What the keys tabs share: the red of an overdue row and filling a table."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

RED = QColor("#c00000")


def fill(table: QTableWidget, rows: list[list], *, red: list[bool] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            item = QTableWidgetItem("" if v is None else str(v))
            if red and red[r]:
                item.setForeground(QBrush(RED))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
