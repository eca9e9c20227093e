"""Pieces the reception tabs share: a paged model that marks rows, a table, a month picker,
export and print helpers."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from deskapp.domain import errors as domain_errors
from deskapp.gui import file_dialogs
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.printing import PdfPreviewDialog
from deskapp.gui.session import DeskSession
from deskapp.gui.worker import Cancelled, Job
from deskapp.services import exports
from deskapp.services.exports import ExportOptions

ALERT = QColor("#ffd6d6")  # overdue / waiting too long
NOTICE = QColor("#fff3c4")  # major event, awaiting check or callback



class MarkedModel(PagedTableModel):
    """A paged register whose rows can be tinted (`mark(row) -> QColor | None`)."""

    def __init__(self, columns: Sequence[Column], fetch: Callable, mark: Callable[[Any], QColor | None], parent=None):
        super().__init__(columns, fetch, parent)
        self._mark = mark

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            color = self._mark(self.row_at(index.row()))
            return QBrush(color) if color is not None else None
        return super().data(index, role)


def table_view(name: str, model, *, sort_column: int = 0, descending: bool = True,
               widths: Sequence[int] = ()) -> QTableView:
    """A register view. The sort indicator is set before sorting is enabled, so the model is
    queried once; widths are fixed (measuring every cell of a page costs more than the query)."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.horizontalHeader().setSortIndicator(
        sort_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(24)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


def simple_table(name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), objectName=name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setDefaultSectionSize(24)
    return t


def fill_table(t: QTableWidget, rows: list[tuple], ids: list, colors: list[QColor | None] | None = None) -> None:
    """Rows of display values; the item's id is kept on the first cell (UserRole)."""
    t.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            item = QTableWidgetItem("" if v is None else str(v))
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            if colors and colors[r] is not None:
                item.setBackground(QBrush(colors[r]))
            t.setItem(r, c, item)
    t.resizeColumnsToContents()


def selected_id(t: QTableWidget):
    row = t.currentRow()
    if row < 0 or t.item(row, 0) is None:
        return None
    return t.item(row, 0).data(Qt.ItemDataRole.UserRole)


def month_combo(today: date, name: str, *, blank: str | None = None, months: int = 24) -> QComboBox:
    combo = QComboBox(objectName=name)
    if blank is not None:
        combo.addItem(blank, None)
    y, m = today.year, today.month
    for _ in range(months):
        combo.addItem(f"{y}-{m:02d}", f"{y}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return combo


def button(text: str, name: str, slot, shortcut: str = "") -> QPushButton:
    b = QPushButton(text, objectName=name)
    if shortcut:
        b.setShortcut(shortcut)
        b.setToolTip(shortcut)
    b.clicked.connect(lambda _=False: slot())  # never hand clicked's bool to the slot
    return b


class HistoryDialog(QDialog):
    """An item's full history: every change, who made it and when."""

    def __init__(self, parent: QWidget | None, title: str, info: str, events: list[tuple], tz):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(info, objectName="historyInfo")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = simple_table("historyTable", [self.tr("Time"), self.tr("By"), self.tr("Action"),
                                                   self.tr("Note")])
        fill_table(self.table, [(at.astimezone(tz).strftime("%Y-%m-%d %H:%M"), who, action, note)
                                for at, who, action, note in events], list(range(len(events))))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)


def preview(parent: QWidget, pdf: bytes, title: str, name: str) -> PdfPreviewDialog:
    dlg = PdfPreviewDialog(pdf, title, name, parent)
    dlg.open()
    return dlg


def export_month(parent: QWidget, session: DeskSession, name: str, month: str, path: Path | None = None) -> Job | None:
    """Export one register for a month, off the GUI thread; cancel leaves no file."""
    spec = exports.all_exports()[name]
    if path is None:
        path = file_dialogs.save_file(parent, QCoreApplication.translate("reception", "Export register"),
                                      f"{spec.title.strip('《》')}-{month}.xlsx", "Excel (*.xlsx)")
        if path is None:
            return None

    def job(progress, cancelled):
        try:
            return exports.run_export(session.ctx, session.actor, name, path,
                                      ExportOptions(month=month, progress=progress, cancelled=cancelled))
        except domain_errors.Cancelled:
            raise Cancelled() from None

    return Job(parent, QCoreApplication.translate("reception", "Exporting {title}…").format(title=spec.title), job).start()

