"""收据登记: every receipt, paged and sorted in SQL, searchable by number, unit or payer; and the
same register kept to one unit, all its years, opened from the counter (全部收据…)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local_text
from deskapp.gui.billing.common import money
from deskapp.gui.list_model import table_view
from deskapp.gui.errors import call
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import current, edge_row, enable_for_row, plain_label
from deskapp.services.billing import payments, prints


def receipt_columns(*, unit: bool = True) -> list[Column]:
    """The register's columns; one unit's receipts leave out the unit."""
    # spelled out for lupdate, in the register's context: the dialog's titles are the tab's
    cols = [
        Column("number", lambda: QCoreApplication.translate("ReceiptsTab", "Receipt no."), lambda r: r.number),
        Column("issued_at", lambda: QCoreApplication.translate("ReceiptsTab", "Time"),
               lambda r: local_text(r.issued_at)),
        Column("unit", lambda: QCoreApplication.translate("ReceiptsTab", "Unit"), lambda r: r.unit_code),
        Column("number", lambda: QCoreApplication.translate("ReceiptsTab", "Payer"), lambda r: r.payer),
        Column("amount", lambda: QCoreApplication.translate("ReceiptsTab", "Amount"),
               lambda r: money(r.amount + r.prepaid_used), align_right=True),
        Column("method", lambda: QCoreApplication.translate("ReceiptsTab", "Method"), lambda r: r.method),
        Column("pay_ref", lambda: QCoreApplication.translate("ReceiptsTab", "Transaction no."), lambda r: r.pay_ref),
        Column("cashier", lambda: QCoreApplication.translate("ReceiptsTab", "Cashier"), lambda r: r.cashier),
        Column("number", lambda: QCoreApplication.translate("ReceiptsTab", "Status"), lambda r: r.status),
    ]
    return cols if unit else [c for c in cols if c.key != "unit"]


def reprint_current(parent: QWidget, session: DeskSession, view, model: PagedTableModel) -> None:
    """The receipt under the cursor, previewed to print again: the paper says 补打 and when."""
    from deskapp.gui.printing import PdfPreviewDialog

    idx = view.currentIndex()
    if not idx.isValid():
        return
    r = model.row_at(idx.row())
    outcome = call(parent, prints.receipt_pdf, session.ctx, session.actor, r.id, reprint=True)
    if outcome.ok:
        title = QCoreApplication.translate("ReceiptsTab", "Reprint of receipt {no}").format(no=r.number)
        PdfPreviewDialog(outcome.value, title, f"补打收据-{r.number}.pdf", parent).exec()


class ReceiptsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.text = QLineEdit(objectName="receiptSearch")
        self.text.setPlaceholderText(self.tr("Receipt no., unit, payer or transaction no."))
        self.text.returnPressed.connect(self.reload)
        self.model = PagedTableModel(receipt_columns(), self._fetch, self)
        self.view = table_view(self.model, name="receiptTable")
        self.view.setSortingEnabled(True)
        self.count = plain_label(objectName="receiptCount")
        reprint = QPushButton(self.tr("Reprint"), objectName="receiptReprint")
        reprint.clicked.connect(lambda _=False: reprint_current(self, self.session, self.view, self.model))
        enable_for_row(self.view, lambda: current(self.view), reprint)
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

    def test_page(self) -> None:
        from deskapp.gui.printing import PdfPreviewDialog

        outcome = call(self, prints.receipt_test_pdf, self.session.ctx, self.session.actor)
        if outcome.ok:
            PdfPreviewDialog(outcome.value, self.tr("Pre-printed form test page"), "套打校准页.pdf", self).exec()


class UnitReceiptsDialog(QDialog):
    """全部收据: every receipt of one unit, newest first, paged as the register is; the counter lists
    only the last year's."""

    def __init__(self, session: DeskSession, unit_id: int, unit_code: str, parent=None):
        super().__init__(parent)
        self.session, self.unit_id = session, unit_id
        self.setObjectName("unitReceiptsDialog")
        self.setWindowTitle(self.tr("All receipts of {unit}").format(unit=unit_code))
        self.resize(900, 480)
        self.model = PagedTableModel(receipt_columns(unit=False), self._fetch, self)
        self.view = table_view(self.model, name="unitReceiptTable")
        self.view.setSortingEnabled(True)
        self.count = plain_label(objectName="unitReceiptCount")
        reprint = QPushButton(self.tr("Reprint"), objectName="unitReceiptReprint")
        reprint.clicked.connect(lambda _=False: reprint_current(self, self.session, self.view, self.model))
        enable_for_row(self.view, lambda: current(self.view), reprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(edge_row((self.count,), (reprint,)))
        lay.addWidget(buttons)
        self.model.reload()
        self.count.setText(self.tr("{n} receipts").format(n=self.model.total))

    def _fetch(self, **kw):
        return payments.receipts_page(self.session.ctx, self.session.actor, unit_id=self.unit_id, **kw)
