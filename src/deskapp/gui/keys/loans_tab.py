"""钥匙借用登记: the loan register, paged in SQL; overdue loans in red."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox, QLineEdit, QMessageBox, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.domain.keys import overdue_for
from deskapp.domain.local_time import local_text
from deskapp.gui import file_dialogs
from deskapp.gui import errors
from deskapp.gui.keys import dialogs
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import ActionRow, RED, edge_row, month_combo, preview, table_view, as_typed, plain_label
from deskapp.services import exports
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import custody as keys, documents as keys_documents
from deskapp.contracts.keys import LoanFilter


class LoanModel(PagedTableModel):
    """Loans; overdue ones in red."""

    def __init__(self, columns, fetch, now, parent=None):
        super().__init__(columns, fetch, parent)
        self._now = now
        self.active = False  # while the view is being set up, sorting only records the order

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if self.active:
            super().sort(column, order)
        elif 0 <= column < len(self._columns):
            self._sort = self._columns[column].key
            self._desc = order == Qt.SortOrder.DescendingOrder

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            r = self.row_at(index.row())
            if r.returned_at is None and r.due_at < self._now():
                return QBrush(RED)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            # a long overdue note or approval does not fit its column: hovering shows it whole
            return as_typed(super().data(index, Qt.ItemDataRole.DisplayRole))
        return super().data(index, role)


class LoansTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        today = session.ctx.clock.today()
        self.month = month_combo(today, "loansMonth")
        self.all_months = QCheckBox(self.tr("All months"), objectName="loansAllMonths")
        self.unit = QLineEdit(objectName="loansUnit", placeholderText=self.tr("Unit code"))
        self.open_only = QCheckBox(self.tr("Not returned"), objectName="loansOpenOnly")
        self.overdue_only = QCheckBox(self.tr("Overdue"), objectName="loansOverdueOnly")
        self.count = plain_label(objectName="loansCount")
        top = edge_row((plain_label(self.tr("Month:")), self.month, self.all_months, plain_label(self.tr("Unit:")), self.unit,
                        self.open_only, self.overdue_only), (self.count,))
        acts = ActionRow(self)
        acts.add("actLoanReturn", self.tr("&Return…"), self.return_key, shortcut="Ctrl+R",
                 allowed=session.may(keys.RETURN))
        acts.add("actLoanNote", self.tr("Overdue &note…"), self.note, shortcut="Ctrl+E", allowed=session.may(keys.NOTE))
        acts.add("actLoanPrint", self.tr("&Print register…"), self.print_register, shortcut="Ctrl+P")
        acts.add("actLoanExport", self.tr("E&xport to Excel…"), self.export)
        acts.addStretch(1)
        cols = [
            Column("lent_at", lambda: self.tr("Lent"), lambda r: local_text(r.lent_at)),
            Column("unit", lambda: self.tr("Unit"), lambda r: r.unit_code),
            Column("key", lambda: self.tr("Tag"), lambda r: r.tag),
            # 其他人员（主管批准） → 其他人员, as on the printed register: 证件核验 beside it names the approver
            Column("borrower", lambda: self.tr("Borrower"),
                   lambda r: f"{r.borrower_name}（{r.borrower_kind.value.split('（')[0]}）"),
            Column("lent_at", lambda: self.tr("ID check"), lambda r: r.id_check),
            Column("lent_at", lambda: self.tr("Purpose"), lambda r: r.purpose),
            Column("lent_at", lambda: self.tr("Clerk"), lambda r: r.lent_by),
            Column("due_at", lambda: self.tr("Expected back"), lambda r: local_text(r.due_at)),
            Column("returned_at", lambda: self.tr("Returned"), lambda r: local_text(r.returned_at)),
            Column("lent_at", lambda: self.tr("Returned by"), lambda r: r.returned_by_name),
            Column("lent_at", lambda: self.tr("Overdue note"), lambda r: r.overdue_note),
            # how late: a key still out up to now, one brought back up to its return (逾期 3 天 2 小时)
            Column("due_at", lambda: self.tr("Overdue by"), self._late),
        ]
        self.model = LoanModel(cols, self._fetch, session.ctx.clock.now, self)
        self.table = table_view("loansTable", self.model, sortable=True)  # newest loan first
        # Widths from typical contents, set once: measuring the loaded rows on every filter
        # change cost more than the query itself.
        metrics = self.table.fontMetrics()
        samples = ("2026-11-27 18:00", "3-12-1502", "K0173", "张三丰（业主授权人）",
                   "居民身份证 110***********002X 未核验，王丽华 批准",
                   "装修：更换门锁", "林晓燕", "2026-11-27 18:00", "2026-11-27 18:00", "张三丰")
        for col, text in enumerate(samples):
            self.table.setColumnWidth(col, metrics.horizontalAdvance(text) + 16)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(acts)
        lay.addWidget(self.table)
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.unit.editingFinished.connect(self.reload)
        for box in (self.all_months, self.open_only, self.overdue_only):
            box.toggled.connect(self.reload)
        session.bus.changed.connect(lambda flags: self.reload() if Change.KEYS in flags else None)
        self.model.active = True
        self.reload()

    def month_text(self) -> str:
        return self.month.currentData()

    def unit_id(self) -> int | None:
        code = self.unit.text().strip()
        if not code:
            return None
        return registry_units.find_unit_id(self.session.ctx, self.session.actor, code) or -1

    def current_filter(self) -> LoanFilter:
        uid = self.unit_id()
        base = LoanFilter(unit_id=uid) if self.all_months.isChecked() else keys.month_filter(self.month_text(), uid)
        now = self.session.ctx.clock.now()
        return LoanFilter(unit_id=base.unit_id, start=base.start, end=base.end, open_only=self.open_only.isChecked(),
                          overdue_at=now if self.overdue_only.isChecked() else None)

    def _fetch(self, **kw):
        return keys.loan_register(self.session.ctx, self.session.actor, self.current_filter(), **kw)

    def reload(self) -> None:
        self.month.setEnabled(not self.all_months.isChecked())
        self.model.reload()
        self.count.setText(self.tr("{n} loans").format(n=self.model.total))

    def show_overdue(self) -> None:
        self.all_months.setChecked(True)
        self.unit.clear()
        self.overdue_only.setChecked(True)
        self.reload()

    def _late(self, r) -> str:
        late = overdue_for(r.due_at, r.returned_at, self.session.ctx.clock.now())
        return dialogs.late_text(late) if late else ""

    def current(self):
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def open_loan(self, title: str):
        """The loan under the cursor if it is still out; otherwise the clerk is told why nothing opens."""
        r = self.current()
        if r is None:
            QMessageBox.information(self, title, self.tr("Choose a loan in the register first."))
        elif r.returned_at is not None:
            QMessageBox.information(self, title, as_typed(self.tr("Key {tag} was returned on {at} by {who}.").format(
                tag=r.tag, at=local_text(r.returned_at), who=r.returned_by_name)))
            return None
        return r

    def return_key(self) -> None:
        r = self.open_loan(self.tr("Return"))
        if r is not None:
            dialogs.ReturnDialog(self.session, r, parent=self).exec()

    def note(self) -> None:
        r = self.open_loan(self.tr("Overdue note"))
        if r is not None:
            dialogs.OverdueNoteDialog(self.session, r, parent=self).exec()

    def print_register(self) -> None:
        uid = self.unit_id()
        if uid == -1:  # a unit typed that is not on file: the whole month printed instead, without a word
            QMessageBox.warning(self, self.tr("Key loan register"), as_typed(self.tr("There is no unit {code}.").format(
                code=self.unit.text().strip())))
            return
        out = errors.call(self, keys_documents.loan_register_pdf, self.session.ctx, self.session.actor,
                          self.month_text(), uid if uid and uid > 0 else None)
        if out.ok:
            preview(self, out.value, self.tr("Key loan register"), f"钥匙借用登记表-{self.month_text()}.pdf")

    def export(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Export to Excel"),
                                      f"钥匙借用登记表-{self.month_text()}.xlsx", "Excel (*.xlsx)")
        if name is not None:
            out = errors.call(self, exports.run_export, self.session.ctx, self.session.actor, "key-loans", name,
                              exports.ExportOptions(month=self.month_text()))
            if out.ok:
                QMessageBox.information(self, self.tr("Export"), as_typed(self.tr("{n} rows written.").format(n=out.value)))
