"""收据登记: every receipt, paged and sorted in SQL, searchable by number, unit or payer."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local_text
from deskapp.gui.billing.common import money, table_view
from deskapp.gui.errors import call
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import edge_row
from deskapp.services.billing import payments, prints


class ReceiptsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.text = QLineEdit(objectName="receiptSearch")
        self.text.setPlaceholderText(self.tr("Receipt no., unit, payer or transaction no."))
        self.text.returnPressed.connect(self.reload)
        cols = [
            Column("number", lambda: self.tr("Receipt no."), lambda r: r.number),
            Column("issued_at", lambda: self.tr("Time"), lambda r: local_text(r.issued_at)),
            Column("unit", lambda: self.tr("Unit"), lambda r: r.unit_code),
            Column("number", lambda: self.tr("Payer"), lambda r: r.payer),
            Column("amount", lambda: self.tr("Amount"), lambda r: money(r.amount + r.prepaid_used), align_right=True),
            Column("method", lambda: self.tr("Method"), lambda r: r.method),
            Column("pay_ref", lambda: self.tr("Transaction no."), lambda r: r.pay_ref),
            Column("cashier", lambda: self.tr("Cashier"), lambda r: r.cashier),
            Column("number", lambda: self.tr("Status"), lambda r: r.status),
        ]
        self.model = PagedTableModel(cols, self._fetch, self)
        self.view = table_view(self.model, name="receiptTable")
        self.view.setSortingEnabled(True)
        self.count = QLabel(objectName="receiptCount")
        reprint = QPushButton(self.tr("Reprint"), objectName="receiptReprint")
        reprint.clicked.connect(self.reprint)
        calibrate = QPushButton(self.tr("Pre-printed form test page"), objectName="receiptTestPage")
        calibrate.setToolTip(self.tr("Print on a blank 241 mm form, then set the pre-printed form offsets in the settings"))
        calibrate.clicked.connect(self.test_page)
        top = edge_row((self.text,), (calibrate, reprint))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.count)
        session.bus.changed.connect(lambda flags: Change.PAYMENTS in flags and self.reload())
        self.reload()

    def _fetch(self, **kw):
        return payments.receipts_page(self.session.ctx, self.session.actor, text=self.text.text(), **kw)

    def reload(self) -> None:
        self.model.reload()
        self.count.setText(self.tr("{n} receipts").format(n=self.model.total))

    def reprint(self) -> None:
        from deskapp.gui.printing import PdfPreviewDialog

        idx = self.view.currentIndex()
        if not idx.isValid():
            return
        r = self.model.row_at(idx.row())
        outcome = call(self, prints.receipt_pdf, self.session.ctx, self.session.actor, r.id)
        if outcome.ok:
            PdfPreviewDialog(outcome.value, self.tr("Receipt {no}").format(no=r.number), f"收据-{r.number}.pdf",
                             self).exec()

    def test_page(self) -> None:
        from deskapp.gui.printing import PdfPreviewDialog

        outcome = call(self, prints.receipt_test_pdf, self.session.ctx, self.session.actor)
        if outcome.ok:
            PdfPreviewDialog(outcome.value, self.tr("Pre-printed form test page"), "套打校准页.pdf", self).exec()
