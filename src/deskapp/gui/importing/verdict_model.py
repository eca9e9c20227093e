"""The preview's rows as a table: one line per file row, coloured by verdict. The model is
virtual (Qt asks only for the rows it shows) and filters by verdict without copying rows."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from deskapp.domain.importing import Verdict
from deskapp.services.importing.common import Preview, RowReport
from deskapp.gui.widgets import as_typed

COLOURS = {
    Verdict.ERROR: "#f8d7da", Verdict.WARNING: "#fff3cd", Verdict.CREATE: "#d4edda", Verdict.ACCEPT: "#d4edda",
    Verdict.UPDATE: "#d1ecf1", Verdict.ADD_PERSON: "#e2e3f3", Verdict.UNCHANGED: "#f1f1f1",
}

ALL, ERRORS, WARNINGS, GOOD = range(4)


class VerdictModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._preview: Preview | None = None
        self._rows: list[RowReport] = []
        self._names = {
            Verdict.CREATE: self.tr("New"), Verdict.UPDATE: self.tr("Update"), Verdict.UNCHANGED: self.tr("Unchanged"),
            Verdict.ADD_PERSON: self.tr("Adds a person"), Verdict.WARNING: self.tr("Warning"),
            Verdict.ERROR: self.tr("Rejected"), Verdict.ACCEPT: self.tr("Import"),
        }
        self._headers = [self.tr("Row"), self.tr("Verdict"), self.tr("Unit"), self.tr("Content"), self.tr("Problems")]

    def set_preview(self, preview: Preview | None, which: int = ALL) -> None:
        self.beginResetModel()
        self._preview = preview
        rows = preview.rows if preview else []
        if which == ERRORS:
            rows = [r for r in rows if r.verdict is Verdict.ERROR]
        elif which == WARNINGS:
            rows = [r for r in rows if r.verdict is Verdict.WARNING]
        elif which == GOOD:
            rows = [r for r in rows if r.verdict not in (Verdict.ERROR, Verdict.WARNING)]
        self._rows = rows
        self.endResetModel()

    def verdict_name(self, verdict: Verdict) -> str:
        return self._names[verdict]

    def row_at(self, row: int) -> RowReport:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def _problems(self, r: RowReport) -> str:
        return "；".join(f"{f.severity.value} {f.field}：{f.message}" if f.field else f.message
                        for f in r.findings)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(r.row), self._names[r.verdict], r.code, r.summary, self._problems(r))[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and r.findings and self._preview:
            return as_typed("\n".join(f.describe(self._preview.sheet_of(r), r.row) for f in r.findings))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[r.verdict]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
