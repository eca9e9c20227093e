"""What the occupancy screens share: a table filled with rows, the row's id on its first cell, red rows."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

RED = QColor("#c00000")


def fill(table: QTableWidget, rows: list[list], ids: list, red: list[bool]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            item = QTableWidgetItem("" if v is None else str(v))
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            if red[r]:
                item.setForeground(QBrush(RED))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def selected_id(table: QTableWidget):
    row = table.currentRow()
    return None if row < 0 or table.item(row, 0) is None else table.item(row, 0).data(Qt.ItemDataRole.UserRole)
