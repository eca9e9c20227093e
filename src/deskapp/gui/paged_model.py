"""A table model over a register that grows: rows come from SQL a page at a time
(canFetchMore/fetchMore), sorting and filtering are re-queries, never in memory."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE = 200
# Looked up once: data() and headerData() run a few thousand times per painted page (every role
# of every visible cell, every row number of the page for the header's width), and a PySide enum
# member's attribute lookup costs more than the comparison (the refund tab's first show, issue 16).
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_HORIZONTAL = Qt.Orientation.Horizontal


@dataclass(frozen=True)
class Column:
    key: str  # the sort key the query understands
    title: Callable[[], str]
    value: Callable[[Any], Any]  # row -> display value
    align_right: bool = False


class SqlColumns:
    """Header and sorting of the registers' models (this one and gui/lazy_model.py): the titles
    of `_columns`, and a sort that is a re-query (`reload`) by the column's key."""

    def headerData(self, section, orientation, role=_DISPLAY):
        if role != _DISPLAY:
            return None
        if orientation != _HORIZONTAL:
            return section + 1
        if 0 <= section < len(self._columns):
            return self._columns[section].title()
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key, desc = self._columns[column].key, order == Qt.SortOrder.DescendingOrder
        if self._loaded and (key, desc) == (self._sort, self._desc):
            return  # the view repeats the sort it already shows (setSortingEnabled, sortByColumn)
        self._sort, self._desc = key, desc
        self.reload()


class PagedTableModel(SqlColumns, QAbstractTableModel):
    """`fetch(sort, descending, offset, limit, total)` returns a Page (rows, total, offset)."""

    def __init__(self, columns: Sequence[Column], fetch: Callable, parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._rows: list[Any] = []
        self._total = 0
        self._sort = columns[0].key
        self._desc = False
        self._loaded = False
        self.held = False  # while True nothing is read (a tab not yet shown: gui/reception/common.py)

    # -- loading
    def reload(self) -> None:
        if self.held:
            return
        self.beginResetModel()
        page = self._fetch(sort=self._sort, descending=self._desc, offset=0, limit=PAGE, total=None)
        self._rows = list(page.rows)
        self._total = page.total
        self._loaded = True
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        page = self._fetch(sort=self._sort, descending=self._desc, offset=len(self._rows), limit=PAGE,
                           total=self._total)
        if not page.rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    @property
    def total(self) -> int:
        return self._total

    @property
    def loaded(self) -> bool:
        """Whether a first page has been read."""
        return self._loaded

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    # -- Qt model interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=_DISPLAY):
        # the roles answered first, so the other roles of a cell cost one comparison each; an
        # invalid index has row -1 and fails the bounds check
        if role == _DISPLAY:
            row = index.row()
            if 0 <= row < len(self._rows):
                value = self._columns[index.column()].value(self._rows[row])
                return "" if value is None else str(value)
        elif role == _ALIGN and 0 <= index.row() < len(self._rows) and self._columns[index.column()].align_right:
            return _RIGHT
        return None

