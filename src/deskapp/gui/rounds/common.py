"""Pieces the 楼宇管家 tabs share: a small list model, the dialogs about one unit, confirmation,
cell text."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.dates import format_date, format_date_time
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import current, as_typed
from deskapp.services.registry import units as registry_units

ALERT = QColor("#ffd6d6")  # overdue, escalated, violation
NOTICE = QColor("#fff3c4")  # waiting
GOOD = QColor("#dff0d8")

FLAG = Change.ROUNDS  # the change-bus flag of this area


class ListModel(QAbstractTableModel):
    """A short list (today's sites, a round's points) shown read-only, with optional row tint."""

    def __init__(self, headers: Sequence[Callable[[], str]], values: Callable[[Any], Sequence[Any]],
                 mark: Callable[[Any], QColor | None] | None = None, parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._values = values
        self._mark = mark
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        # the tooltip repeats the text: a long violation or comment does not fit its column
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            v = self._values(self._rows[index.row()])[index.column()]
            text = "" if v is None else str(v)
            return as_typed(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.BackgroundRole and self._mark is not None:
            color = self._mark(self._rows[index.row()])
            return QBrush(color) if color is not None else None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]()
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class UnitRecordDialog(QDialog):
    """A dialog that records something for one unit (装修申请, 入伙): it reads the unit's page —
    its code for the title, its owners to offer — once, as `page`."""

    def __init__(self, session: DeskSession, unit_id: int, name: str, parent=None):
        super().__init__(parent)
        self.session, self.unit_id = session, unit_id
        self.setObjectName(name)
        self.page = registry_units.unit_page(session.ctx, session.actor, unit_id)


def chosen(view, parent: QWidget, title: str, text: str):
    """The row under the cursor of a register `view`; with none, a message saying what to choose
    (`text`) — a button that did nothing at all left the steward guessing."""
    row = current(view)
    if row is None:
        QMessageBox.information(parent, title, as_typed(text))
    return row


def confirm(parent: QWidget, text: str) -> bool:
    """Before anything that cannot be undone."""
    answer = QMessageBox.question(parent, QCoreApplication.translate("rounds", "Please confirm"), as_typed(text),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def fmt(value) -> str:
    """A cell's text: dates and times in the desk's one display form."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_date_time(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)