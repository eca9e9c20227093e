"""What the keys tabs share: the red of an overdue row, filling a table, and the row of tool
buttons whose shortcuts live only while their tab is shown."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QTableWidget, QTableWidgetItem, QToolButton, QWidget

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


class ActionRow(QHBoxLayout):
    """Tool buttons with shortcuts that work while the tab is shown, wherever the focus is (Qt
    ignores the shortcuts of a hidden tab, so the tabs' Ctrl+N do not clash)."""

    def __init__(self, owner: QWidget):
        super().__init__()
        self.owner = owner

    def add(self, name: str, text: str, slot, *, shortcut: str = "", allowed: bool = True) -> QAction:
        act = QAction(text, self.owner)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _=False: slot())
        act.setVisible(allowed)
        self.owner.addAction(act)
        if allowed:
            b = QToolButton()
            b.setDefaultAction(act)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.addWidget(b)
        return act
