"""发票登记: invoice requests made from receipts, the invoice issued on the tax platform recorded
against them (number and date), withdrawals, and the pending list exported for the platform."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.billing_invoices import InvoiceState
from deskapp.domain.dates import format_date
from deskapp.domain.local_time import local_text
from deskapp.gui import file_dialogs
from deskapp.gui.billing.common import money
from deskapp.gui.errors import call
from deskapp.gui.forms import FormDialog, date_edit, enum_combo
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, current, enable_for_row, in_state, table_view, as_typed, plain_label
from deskapp.services import exports
from deskapp.services.billing import invoices


class RequestDialog(FormDialog):
    """申请开票: receipts of one unit; the unit's invoice title fills in once a receipt is named."""

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent, self.tr("Request an invoice"))
        self.session = session
        self.receipts = self.row(self.tr("Receipt nos."), QLineEdit(objectName="invoiceReceipts"), "收据号")
        self.receipts.setPlaceholderText(self.tr("SJ2026-000001, SJ2026-000002"))
        self.title = self.row(self.tr("Invoice title"), QLineEdit(objectName="invoiceTitle"), "发票抬头")
        self.tax_no = self.row(self.tr("Tax no. (empty for a person)"), QLineEdit(objectName="invoiceTaxNo"), "税号")
        self.receipts.editingFinished.connect(self.fill_buyer)
        self.receipts.setFocus()

    def fill_buyer(self) -> None:
        """The title kept for the first receipt's unit, unless one is typed already."""
        if self.title.text().strip():
            return
        outcome = call(self, invoices.buyer_of_receipt, self.session.ctx, self.session.actor, self.receipts.text())
        if outcome.ok and outcome.value is not None:
            self.title.setText(outcome.value.title)
            self.tax_no.setText(outcome.value.tax_no)

    def submit(self):
        return invoices.request_invoice(self.session.ctx, self.session.actor, self.receipts.text(), self.title.text(),
                                        self.tax_no.text())


class IssuedDialog(FormDialog):
    """登记发票号: the invoice issued on the platform, its 价税合计 checked against the request."""

    def __init__(self, session: DeskSession, row, parent=None):
        super().__init__(parent, self.tr("Record the invoice issued"),
                         intro=self.tr("Request {no}, {title}: {amount} yuan").format(
                             no=row.number, title=row.title, amount=money(row.amount)))
        self.session, self.request = session, row
        self.invoice_no = self.row(self.tr("Invoice no."), QLineEdit(objectName="invoiceNo"), "发票号码")
        self.issued_on = self.row(self.tr("Invoice date"), date_edit(session.ctx.clock.today(), "invoiceDate",
                                                                      label="开票日期"), "开票日期")
        self.amount = self.row(self.tr("Invoice amount (tax included)"),
                               QLineEdit(f"{row.amount:.2f}", objectName="invoiceAmount"), "发票金额")
        self.invoice_no.setFocus()

    def submit(self):
        return invoices.record_issued(self.session.ctx, self.session.actor, self.request.id, self.invoice_no.text(),
                                      self.issued_on.value(), self.amount.text())


class InvoicesTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.state = enum_combo(InvoiceState, blank=self.tr("All"), name="invoiceState")
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.text = QLineEdit(objectName="invoiceSearch")
        self.text.setPlaceholderText(self.tr("Request, unit, title or invoice no."))
        self.text.returnPressed.connect(self.reload)
        cols = [
            Column("id", lambda: self.tr("Request no."), lambda r: r.number),
            Column("id", lambda: self.tr("Requested"), lambda r: local_text(r.requested_at)),
            Column("id", lambda: self.tr("Unit"), lambda r: r.unit_code),
            Column("id", lambda: self.tr("Invoice title"), lambda r: r.title),
            Column("id", lambda: self.tr("Tax no."), lambda r: r.tax_no),
            Column("id", lambda: self.tr("Receipts"), lambda r: r.receipts),
            Column("id", lambda: self.tr("Water (collected)"), lambda r: money(r.water), align_right=True),
            Column("id", lambda: self.tr("Property fee and other"), lambda r: money(r.service), align_right=True),
            Column("id", lambda: self.tr("Amount"), lambda r: money(r.amount), align_right=True),
            Column("id", lambda: self.tr("State"), lambda r: r.state),
            Column("id", lambda: self.tr("Invoice no."), lambda r: r.invoice_no),
            Column("id", lambda: self.tr("Invoice date"), lambda r: format_date(r.issued_on)),
        ]
        self.model = PagedTableModel(cols, self._fetch, self)
        self.view = table_view("invoiceTable", self.model,
                               widths=(120, 125, 65, 160, 150, 120, 75, 100, 85, 55, 160, 85))
        self.count = plain_label(objectName="invoiceCount")
        request = button(self.tr("Request invoice…"), "invoiceRequest", self.request)
        record = button(self.tr("Record invoice no.…"), "invoiceRecord", self.record)
        withdraw = button(self.tr("Withdraw…"), "invoiceWithdraw", self.withdraw)
        export = button(self.tr("Export pending list…"), "invoiceExport", self.export)
        hide_unless(request, session.may(invoices.REQUEST))
        hide_unless(record, session.may(invoices.RECORD))
        hide_unless(withdraw, session.may(invoices.WITHDRAW))
        for b in (record, withdraw):  # an issued or withdrawn request takes neither
            enable_for_row(self.view, lambda: current(self.view), b, in_state(InvoiceState.PENDING))
        top = QHBoxLayout()
        top.addWidget(self.state)
        top.addWidget(self.text, 1)
        for b in (request, record, withdraw, export):
            top.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.count)
        session.bus.changed.connect(lambda flags: Change.INVOICES in flags and self.reload())
        self.reload()

    def _fetch(self, **kw):
        return invoices.register_page(self.session.ctx, self.session.actor, state=self.state.currentData(),
                                      text=self.text.text(), **kw)

    def reload(self) -> None:
        self.model.reload()
        self.count.setText(self.tr("{n} requests").format(n=self.model.total))

    def _current(self):
        idx = self.view.currentIndex()
        if not idx.isValid():
            QMessageBox.information(self, self.tr("Invoices"), self.tr("Choose a request in the list first."))
            return None
        return self.model.row_at(idx.row())

    def request(self) -> None:
        RequestDialog(self.session, self).exec()

    def record(self) -> None:
        row = self._current()
        if row is not None:
            IssuedDialog(self.session, row, self).exec()

    def withdraw(self) -> None:
        row = self._current()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Withdraw request"),
                                          self.tr("Reason for withdrawing {no}:").format(no=row.number))
        if ok:
            call(self, invoices.withdraw, self.session.ctx, self.session.actor, row.id, reason)

    def export(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Export pending list"),
                                      f"待开票清单-{self.session.ctx.clock.today():%Y%m%d}.xlsx", "Excel (*.xlsx)")
        if path is None:
            return
        out = call(self, exports.run_export, self.session.ctx, self.session.actor, "invoices-pending", path,
                   exports.ExportOptions())
        if out.ok:
            QMessageBox.information(self, self.tr("Export pending list"),
                                    as_typed(self.tr("{n} rows written to {path}").format(n=out.value, path=str(path))))
