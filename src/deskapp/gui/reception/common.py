"""Pieces the reception tabs share: a paged model that marks rows, a register's month filter,
an item's history."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QVBoxLayout, QWidget,
)

from deskapp.domain.local_time import day_start, local_text
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.kept_selection import kept_selection, selected_row
from deskapp.gui.widgets import fill_table, load_when_shown, simple_table, plain_label
from deskapp.services.context import Context
from deskapp.services.exports import month_range

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


class StepsTab(QWidget):
    """A register whose buttons take the chosen item a step on (需求/投诉, 工程维修单): read again, the
    item acted on stays chosen for its next step; its buttons follow the chosen row. A tab sets
    `table`, `model` and `count`, and says `count_text(total)` and `_update_buttons()`."""

    def read_when_shown(self) -> None:
        """The register's first page is read when the tab is first shown, not when it is built:
        the clerk lands on 今日 in front of it (at 20,000 units the two registers' first pages
        were ~30 ms of the sign-in). The tab holds its model (`held`) while its table is made,
        and calls this at the end of its constructor; a reload asked for before (a filter, a
        write elsewhere) reads at once."""
        self.model.held = False
        load_when_shown(self, lambda: None if self.model.loaded else self.reload())

    def reload(self) -> None:
        with kept_selection(self.table):
            self.model.reload()
        self._loaded()

    def _loaded(self) -> None:
        self.count.setText(self.count_text(self.model.total))
        self._update_buttons()

    def selected(self):
        """The item chosen (its row selected): none when the one acted on left the list."""
        return selected_row(self.table)

    def follow_choice(self) -> None:
        """The buttons follow the row chosen: its current row and its selection (a focus coming
        back makes a row current without choosing it)."""
        model = self.table.selectionModel()
        model.currentRowChanged.connect(lambda *_: self._update_buttons())
        model.selectionChanged.connect(lambda *_: self._update_buttons())

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    record_key = "id"  # the row's field an item is found by (show_record)

    def choose_record(self, record) -> bool:
        """Select the item whose `record_key` is `record` where the list shows it."""
        for row in range(self.model.rowCount()):
            if getattr(self.model.row_at(row), self.record_key) == record:
                self.select_row(row)
                self.table.scrollTo(self.model.index(row, 0))
                self.table.setFocus()
                return True
        return False

    def relaxed_filters(self, record):
        """Steps that each widen the filters, for the item `record` the list hides (show_record)."""
        return iter(())

    def show_record(self, record) -> bool:
        """Select the item `record` (the morning list's 转到, a repair order just made): the filters
        are widened step by step while they hide it."""
        self.reload()
        if self.choose_record(record):
            return True
        for widen in self.relaxed_filters(record):
            widen()
            self.reload()
            if self.choose_record(record):
                return True
        return False


def month_span(ctx: Context, month: str | None) -> tuple[datetime | None, datetime | None]:
    """The month picked above a register ("2026-11") as the centre's midnights that bound it:
    its first day's and the next month's; none for all months."""
    if not month:
        return None, None
    start, end = month_range(month)
    tz = ctx.clock.now().tzinfo
    return day_start(start, tz), day_start(end, tz)




class HistoryDialog(QDialog):
    """An item's full history: every change, who made it and when."""

    def __init__(self, parent: QWidget | None, title: str, info: str, events: list[tuple], tz):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = plain_label(info, objectName="historyInfo")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = simple_table("historyTable", [self.tr("Time"), self.tr("By"), self.tr("Action"),
                                                   self.tr("Note")])
        fill_table(self.table, [(local_text(at, tz=tz), who, action, note)
                                for at, who, action, note in events], list(range(len(events))))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)
