"""收据登记: every receipt, paged and sorted in SQL, searchable by number, unit or payer; and the
same register kept to one unit, all its years, opened from the counter (全部收据…)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local_text
from deskapp.gui import file_dialogs
from deskapp.gui.billing.common import money
from deskapp.gui.date_field import DateField
from deskapp.gui.list_model import table_view
from deskapp.gui.errors import call
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import as_typed, current, edge_row, enable_for_row, plain_label
from deskapp.services import exports
from deskapp.services.billing import payments, prints, registers


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
        # a voided receipt says when and why beside its 作废
        Column("voided_at", lambda: QCoreApplication.translate("ReceiptsTab", "Voided at"),
               lambda r: local_text(r.voided_at) if r.voided_at else ""),
        Column("number", lambda: QCoreApplication.translate("ReceiptsTab", "Void reason"), lambda r: r.void_reason),
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
    """收据登记: every receipt (all days until a period is set, as the 往日移交表), searched, kept to the
    days from–to; 导出 Excel… writes 《收据登记表》 of what the filter holds, saying which in its title."""

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.filter: tuple[date | None, date | None, str] = (None, None, "")
        self.text = QLineEdit(objectName="receiptSearch")
        self.text.setPlaceholderText(self.tr("Receipt no., unit, payer or transaction no."))
        self.text.returnPressed.connect(self.apply)
        today = session.ctx.clock.today
        self.day_from = DateField(optional=True, label="起始日期", empty_text=self.tr("any"), today=today,
                                  objectName="receiptFrom")
        self.day_to = DateField(optional=True, label="截止日期", empty_text=self.tr("any"), today=today,
                                objectName="receiptTo")
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance(self.text.placeholderText()) + 24)
        for field in (self.day_from, self.day_to):
            field.returnPressed.connect(self.apply)
            # wide enough for its hint (不限（如 …）), and fixed: the buttons beside it stay where they are
            field.setFixedWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + 60)
        search = QPushButton(self.tr("Search"), objectName="receiptSearchButton")
        search.clicked.connect(lambda _=False: self.apply())
        export = QPushButton(self.tr("Export to Excel…"), objectName="receiptExport")
        export.setToolTip(self.tr("The receipts of the days and search shown, which the sheet's title row states"))
        export.clicked.connect(lambda _=False: self.export())
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
        top = edge_row((self.text, plain_label(self.tr("From")), self.day_from, plain_label(self.tr("to")),
                        self.day_to, search), (export, calibrate, reprint))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.count)
        session.bus.changed.connect(lambda flags: Change.PAYMENTS in flags and self.reload())
        self.reload()

    def _fetch(self, **kw):
        day_from, day_to, text = self.filter
        return payments.receipts_page(self.session.ctx, self.session.actor, day_from=day_from, day_to=day_to,
                                      text=text, **kw)

    def _asked(self) -> tuple[date | None, date | None, str]:
        day_from, day_to = self.day_from.value(), self.day_to.value()
        registers.check_days(day_from, day_to)
        return day_from, day_to, self.text.text().strip()

    def apply(self) -> None:
        """The register again, kept to the days and search asked for; a wrong date is named and the
        list stays as it was."""
        asked = call(self, self._asked, fields={"起始日期": self.day_from, "截止日期": self.day_to})
        if asked.ok:
            self.filter = asked.value
            self.reload()

    def reload(self) -> None:
        self.model.reload()
        self.count.setText(self.tr("{n} receipts").format(n=self.model.total))

    def export(self) -> None:
        """《收据登记表》 of the days and search the list is kept to (what was last searched)."""
        title = self.tr("Export receipt register")
        day_from, day_to, text = self.filter
        span = "-".join(f"{d:%Y%m%d}" for d in (day_from, day_to) if d) or "全部"
        path = file_dialogs.save_file(self, title, f"收据登记表-{span}.xlsx", "Excel (*.xlsx)")
        if path is None:
            return
        out = call(self, exports.run_export, self.session.ctx, self.session.actor, "receipts", path,
                   exports.ExportOptions(day_from=day_from, day_to=day_to, search=text))
        if out.ok:
            QMessageBox.information(self, title, as_typed(self.tr("{n} rows written to {path}").format(
                n=out.value, path=str(path))))

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
