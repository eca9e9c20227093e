"""A read-only table over a list already in memory, and the table view that shows it: the
billing tabs' registers (a unit's lines, a preview page) and the clerk's morning list (今日), whose
thousands of items a QTableWidget made one item at a time (one QTableWidgetItem per cell, 15,600 at
20,000 units) — the model makes only the cells painted."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from deskapp.gui.widgets import as_typed, fit_columns, true_sort_arrows

# Looked up once (as gui/paged_model.py): data() runs for every role of every painted cell, and a
# PySide enum member's lookup costs more than the comparison (the counter's open, issue 21 §4)
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_ALIGN, _CHECK, _FOREGROUND, _BACKGROUND = (Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.CheckStateRole,
                                            Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_WARN = QColor("#b00020")
_MUTED = QColor("#808080")  # a row kept for the record only (a withdrawn standard)


@dataclass(frozen=True)
class Col:
    title: Callable[[], str]
    value: Callable[[Any], Any]
    right: bool = False


class ListModel(QAbstractTableModel):
    """A read-only table over a list already in memory (a unit's lines, a preview page)."""

    def __init__(self, columns: Sequence[Col], parent=None, *, warn: Callable[[Any], bool] | None = None,
                 muted: Callable[[Any], bool] | None = None, checkable: bool = False,
                 fill: Callable[[Any], QColor | None] | None = None):
        super().__init__(parent)
        self._cols = list(columns)
        self._rows: list[Any] = []
        self._warn = warn
        self._muted = muted  # rows shown grey
        self._fill = fill  # a row's background colour (None: the usual one)
        self._checkable = checkable
        self._checked: set[int] = set()
        self._text: dict[tuple[int, int], str] = {}  # each shown cell's text, made once per set_rows

    def set_rows(self, rows: Sequence[Any], *, check_all: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._text = {}
        self._checked = set(range(len(self._rows))) if check_all else set()
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, i: int) -> Any:
        return self._rows[i]

    def row_changed(self, i: int) -> None:
        """Row i shows something new (a number revealed in it): its cells are made again."""
        self._text = {k: v for k, v in self._text.items() if k[0] != i}
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self._cols) - 1))

    def checked_rows(self) -> list[Any]:
        return [self._rows[i] for i in sorted(self._checked)]

    def set_checked(self, i: int, on: bool) -> None:
        (self._checked.add if on else self._checked.discard)(i)
        idx = self.index(i, 0)
        self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.CheckStateRole])

    def set_all_checked(self, on: bool) -> None:
        self._checked = set(range(len(self._rows))) if on else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cols)

    def data(self, index, role=_DISPLAY):
        r, c = index.row(), index.column()
        if not 0 <= r < len(self._rows) or not 0 <= c < len(self._cols):
            return None
        if role == _DISPLAY or role == _TOOLTIP:  # tooltip: the text an elided cell hides
            text = self._text.get((r, c))
            if text is None:
                v = self._cols[c].value(self._rows[r])
                text = self._text[r, c] = "" if v is None else str(v)
            return as_typed(text) if role == _TOOLTIP else text
        if role == _ALIGN:
            return _RIGHT if self._cols[c].right else None
        if role == _CHECK:
            return (_CHECKED if r in self._checked else _UNCHECKED) if self._checkable and c == 0 else None
        if role == _FOREGROUND:
            if self._warn and self._warn(self._rows[r]):
                return _WARN
            if self._muted and self._muted(self._rows[r]):
                return _MUTED
        if role == _BACKGROUND and self._fill:
            return self._fill(self._rows[r])
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable and index.isValid() and index.column() == 0:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            (self._checked.add if on else self._checked.discard)(index.row())
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            return True
        return False

    def flags(self, index):
        f = super().flags(index)
        if self._checkable and index.isValid() and index.column() == 0:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._cols):
            return self._cols[section].title()
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


MAX_FIT = 320  # px: a long note or address does not push the other columns off the screen


class FitTable(QTableView):
    cap = MAX_FIT

    def fit(self) -> None:
        fit_columns(self, cap=self.cap)


def table_view(model, parent=None, *, name: str = "", fit: bool = True, cap: int = MAX_FIT):
    """A read-only register table. `fit`: columns sized to their contents each time the model
    is reloaded (sampling at most 100 rows, so a long register costs no more than a short
    one), none wider than `cap`; the last column takes the rest. Without `fit` the caller
    sets the widths."""
    view = FitTable(parent)
    view.setObjectName(name)
    view.cap = cap
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(24)
    true_sort_arrows(view)  # the receipt registers sort by their headers
    if fit:
        view.horizontalHeader().setResizeContentsPrecision(100)
        model.modelReset.connect(view.fit)
        view.fit()
    return view
