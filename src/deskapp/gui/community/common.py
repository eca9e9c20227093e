"""What the 社区文化 tables share: rows filled with the record's id on the first cell, and the id of
the row under the cursor."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem


def fill(table, rows: list[list[str]], ids: list[int]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            item = QTableWidgetItem(v)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def selected_id(table) -> int | None:
    row = table.currentRow()
    return table.item(row, 0).data(Qt.ItemDataRole.UserRole) if row >= 0 and table.item(row, 0) else None
