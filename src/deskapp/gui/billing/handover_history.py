"""往日移交表: the handovers to finance made so far, every cashier's, newest day first, kept to a
period and a cashier (finance asks for last Tuesday's sheet, the supervisor checks a difference
explained last month); one opened as it was handed over — its receipts, refunds and deposits —
and 补打: its 费用入账和费用移交表 printed again, under its own day and handover time, saying
补打 with the time and who printed it. Opened from the 费用移交 tab."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QPushButton, QVBoxLayout, QWidget,
)

from deskapp.contracts.billing import HandoverFilter, HandoverRow
from deskapp.domain.local_time import local_text
from deskapp.gui.billing.common import money
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.date_field import DateField
from deskapp.gui.errors import call
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import current, edge_row, enable_for_row, plain_label
from deskapp.services.billing import handover, prints


def _numbers(first: str, last: str) -> str:
    """The receipt numbers a sheet carries, first to last ("" for a sheet of refunds or deposits only)."""
    return first if first == last else f"{first} – {last}"


def reprint(parent: QWidget, session: DeskSession, handover_id: int, day: date, cashier: str) -> None:
    """补打: the sheet previewed to print again; printed or saved, it is recorded as every print is
    (gui/accounts/actions.record_prints), under the title naming its day and cashier."""
    from deskapp.gui.printing import PdfPreviewDialog

    outcome = call(parent, prints.handover_reprint_pdf, session.ctx, session.actor, handover_id)
    if outcome.ok:
        title = QCoreApplication.translate("HandoverHistoryDialog", "Handover {day} {cashier} (reprint)").format(
            day=f"{day:%Y-%m-%d}", cashier=cashier)
        PdfPreviewDialog(outcome.value, title, f"费用移交表-{day:%Y%m%d}-{cashier}-补打.pdf", parent).exec()


def deposit_columns() -> list[Col]:
    """The deposits taken (money in) and given back (money out) on a handover, as the 费用移交 tab
    lists today's and a past sheet its own; spelled out for lupdate in the tab's context."""
    return [
        Col(lambda: QCoreApplication.translate("FinanceHandoverTab", "In/out"),
            lambda x: (QCoreApplication.translate("FinanceHandoverTab", "Deposit taken") if x.taken
                       else QCoreApplication.translate("FinanceHandoverTab", "Deposit returned"))),
        Col(lambda: QCoreApplication.translate("FinanceHandoverTab", "Deposit"), lambda x: x.paper),
        Col(lambda: QCoreApplication.translate("FinanceHandoverTab", "Unit"), lambda x: x.unit_code),
        Col(lambda: QCoreApplication.translate("FinanceHandoverTab", "Payer"), lambda x: x.payer),
        Col(lambda: QCoreApplication.translate("FinanceHandoverTab", "Method"), lambda x: x.method),
        Col(lambda: QCoreApplication.translate("FinanceHandoverTab", "Transaction no."), lambda x: x.pay_ref),
        Col(lambda: QCoreApplication.translate("FinanceHandoverTab", "Amount"),
            lambda x: money(x.amount if x.taken else -x.amount), right=True),
    ]


def _no_default_buttons(dialog: QDialog) -> None:
    """Enter opens the row under the cursor (the table's `activated`) or searches (a filter
    field): no button of the dialog takes it as its default as well."""
    for b in dialog.findChildren(QPushButton):
        b.setAutoDefault(False)
        b.setDefault(False)


class HandoverHistoryDialog(QDialog):
    """Every handover made, paged and sorted in SQL; 查看 (double-click, Enter) opens one, 补打
    prints it again."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.filter = HandoverFilter()
        self.setObjectName("handoverHistoryDialog")
        self.setWindowTitle(self.tr("Past handovers to finance"))
        self.resize(1100, 520)
        today = session.ctx.clock.today
        self.day_from = DateField(optional=True, label="起始日期", empty_text=self.tr("any"), today=today,
                                  objectName="handoverHistoryFrom")
        self.day_to = DateField(optional=True, label="截止日期", empty_text=self.tr("any"), today=today,
                                objectName="handoverHistoryTo")
        self.cashier = QComboBox(objectName="handoverHistoryCashier")
        self._fill_cashiers()
        search = QPushButton(self.tr("Search"), objectName="handoverHistorySearch")
        search.clicked.connect(lambda _=False: self.apply())
        for field in (self.day_from, self.day_to):
            field.returnPressed.connect(self.apply)
        self.cashier.activated.connect(lambda _i: self.apply())  # the person's choice, not a refill
        self.model = PagedTableModel([
            Column("day", lambda: self.tr("Day"), lambda r: f"{r.day:%Y-%m-%d}"),
            Column("cashier", lambda: self.tr("Cashier"), lambda r: r.cashier_name),
            Column("handed_at", lambda: self.tr("Handed over at"), lambda r: local_text(r.handed_at)),
            Column("receiver", lambda: self.tr("Received by"), lambda r: r.receiver),
            Column("count", lambda: self.tr("Receipts"), lambda r: r.count, align_right=True),
            Column("total", lambda: self.tr("Total"), lambda r: money(r.total), align_right=True),
            Column("cash_expected", lambda: self.tr("Cash expected"), lambda r: money(r.cash_expected),
                   align_right=True),
            Column("cash_counted", lambda: self.tr("Cash counted"), lambda r: money(r.cash_counted), align_right=True),
            Column("difference", lambda: self.tr("Difference"), lambda r: money(r.difference), align_right=True),
            Column("first_no", lambda: self.tr("Receipt numbers"), lambda r: _numbers(r.first_no, r.last_no)),
            Column("explanation", lambda: self.tr("Difference explained"), lambda r: r.explanation),
        ], self._fetch, self)
        self.view = table_view(self.model, name="handoverHistoryTable")
        self.view.activated.connect(lambda _index: self.open_current())  # a double-click, or Enter on the row
        self.count = plain_label(objectName="handoverHistoryCount")
        open_btn = QPushButton(self.tr("View"), objectName="handoverHistoryOpen")
        open_btn.clicked.connect(lambda _=False: self.open_current())
        reprint_btn = QPushButton(self.tr("Reprint"), objectName="handoverHistoryReprint")
        reprint_btn.clicked.connect(lambda _=False: self.reprint_current())
        for b in (open_btn, reprint_btn):
            enable_for_row(self.view, lambda: current(self.view), b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(edge_row((plain_label(self.tr("From")), self.day_from, plain_label(self.tr("to")), self.day_to,
                                plain_label(self.tr("Cashier")), self.cashier, search)))
        lay.addWidget(self.view, 1)
        lay.addLayout(edge_row((self.count,), (open_btn, reprint_btn)))
        lay.addWidget(close)
        _no_default_buttons(self)
        # newest day first: the first query already sorted so, which the header then only shows
        if call(self, self.model.sort, 0, Qt.SortOrder.DescendingOrder).ok:
            self._counted()
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)

    def _fetch(self, **kw):
        return handover.handovers_page(self.session.ctx, self.session.actor, self.filter, **kw)

    def _fill_cashiers(self) -> None:
        self.cashier.addItem(self.tr("(everyone)"), None)
        outcome = call(self, handover.handover_cashiers, self.session.ctx, self.session.actor)
        for user, name in outcome.value if outcome.ok else ():
            self.cashier.addItem(name, user)

    def _asked(self) -> HandoverFilter:
        return HandoverFilter(day_from=self.day_from.value(), day_to=self.day_to.value(),
                              cashier=self.cashier.currentData())

    def apply(self) -> None:
        """The list again, kept to the period and cashier asked for; a wrong date is named, and the
        list stays as it was."""
        asked = call(self, self._asked, fields={"起始日期": self.day_from, "截止日期": self.day_to})
        if not asked.ok:
            return
        before, self.filter = self.filter, asked.value
        if not call(self, self.model.reload, fields={"截止日期": self.day_to}).ok:
            self.filter = before
            return
        self._counted()

    def _counted(self) -> None:
        self.count.setText(self.tr("{n} handovers").format(n=self.model.total))

    def open_current(self) -> None:
        row: HandoverRow | None = current(self.view)
        if row is None:
            return
        sheet = call(self, handover.handover, self.session.ctx, self.session.actor, row.id)
        if sheet.ok:
            HandoverSheetDialog(self.session, sheet.value, self).exec()

    def reprint_current(self) -> None:
        row: HandoverRow | None = current(self.view)
        if row is not None:
            reprint(self, self.session, row.id, row.day, row.cashier_name)


class HandoverSheetDialog(QDialog):
    """One past handover as it was made: who, when, to whom, the money by method and the cash,
    then its receipts, refunds paid out and deposits taken or given back; 补打 prints it again."""

    def __init__(self, session: DeskSession, d: handover.HandoverDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.sheet = session, d
        self.setObjectName("handoverSheetDialog")
        self.setWindowTitle(self.tr("Handover {day}, {cashier}").format(day=f"{d.day:%Y-%m-%d}",
                                                                        cashier=d.cashier_name))
        self.resize(900, 640)
        counted = d.cash_counted if d.cash_counted is not None else d.cash_expected
        methods = "　".join(f"{m} {money(a)}" for m, a in d.by_method.items() if a)
        facts = QFormLayout()
        for label, value, name in (
                (self.tr("Cashier"), d.cashier_name, "sheetCashier"),
                (self.tr("Day"), f"{d.day:%Y-%m-%d}" + (self.tr(" (carries the money of {days})").format(
                    days=self.tr(", ").join(f"{x:%Y-%m-%d}" for x, _t in d.days)) if len(d.days) > 1 else ""),
                 "sheetDay"),
                (self.tr("Handed over at"), local_text(d.handed_at), "sheetHandedAt"),
                (self.tr("Received by (finance)"), d.receiver, "sheetReceiver"),
                (self.tr("Receipt numbers"), self.tr("{numbers} ({n} receipts)").format(
                    numbers=_numbers(d.first_no, d.last_no) or "—", n=d.count), "sheetReceipts"),
                (self.tr("Total"), f"{money(d.total)}　（{methods}）" if methods else money(d.total), "sheetTotal"),
                (self.tr("Cash"), self.tr("expected {expected}, counted {counted}, difference {difference}").format(
                    expected=money(d.cash_expected), counted=money(counted),
                    difference=money(counted - d.cash_expected)), "sheetCash"),
                (self.tr("Difference explained"), d.explanation or "—", "sheetExplanation")):
            shown = plain_label(value, objectName=name)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(label, shown)
        self.receipts = ListModel([
            Col(lambda: self.tr("Receipt no."), lambda r: r.number),
            Col(lambda: self.tr("Unit"), lambda r: r.unit_code),
            Col(lambda: self.tr("Method"), lambda r: r.method),
            Col(lambda: self.tr("Amount"), lambda r: money(-r.amount if r.late_void else r.amount), right=True),
            Col(lambda: self.tr("Status"), self._receipt_state),
            Col(lambda: self.tr("Day of the money"), lambda r: f"{r.day:%Y-%m-%d}" if r.day else ""),
        ], self, warn=lambda r: r.voided)
        self.refunds = ListModel([
            Col(lambda: self.tr("Refund no."), lambda x: x.number),
            Col(lambda: self.tr("Unit"), lambda x: x.unit_code),
            Col(lambda: self.tr("Payee"), lambda x: x.payee),
            Col(lambda: self.tr("Method"), lambda x: x.method),
            Col(lambda: self.tr("Amount"), lambda x: money(-x.amount), right=True),
        ], self)
        self.deposits = ListModel(deposit_columns(), self)
        lay = QVBoxLayout(self)
        lay.addLayout(facts)
        for model, rows, title, name, stretch in (
                (self.receipts, d.receipts, self.tr("Receipts ({n})"), "sheetReceiptTable", 3),
                (self.refunds, d.refunds, self.tr("Refunds paid out ({n})"), "sheetRefundTable", 1),
                (self.deposits, d.deposits, self.tr("Deposits taken and returned ({n})"), "sheetDepositTable", 1)):
            model.set_rows(rows)
            box = QGroupBox(title.format(n=len(rows)))
            QVBoxLayout(box).addWidget(table_view(model, name=name))
            lay.addWidget(box, stretch)
            hide_unless(box, bool(rows))
        reprint_btn = QPushButton(self.tr("Reprint"), objectName="sheetReprint")
        reprint_btn.clicked.connect(lambda _=False: reprint(self, self.session, d.id, d.day, d.cashier_name))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.addButton(reprint_btn, QDialogButtonBox.ButtonRole.ActionRole)
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        _no_default_buttons(self)

    def _receipt_state(self, r: handover.HandoverReceipt) -> str:
        if r.late_void:
            return self.tr("Voided after its handover: deducted")
        return self.tr("Void: {reason}").format(reason=r.void_reason) if r.voided else self.tr("Valid")
