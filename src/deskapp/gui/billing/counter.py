"""前台收费: find the unit, see what is owed by item and period, take a payment for all or
some lines, print the receipt; reprint or void (作废) the unit's receipts of the last year, and
open all its receipts (全部收据…)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.domain.billing import REFERENCED_METHODS, PayMethod
from deskapp.domain.local_time import local_text
from deskapp.domain.text import require_text
from deskapp.gui.billing.common import method_combo, money, pay_ref_edit, tick_buttons
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.errors import call
from deskapp.gui.forms import ask_line
from deskapp.gui.printing import default_printer, print_directly
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import enable_for_row, as_typed, plain_label
from deskapp.services.registry import units as registry_units
from deskapp.services.billing import combined, payments, prints, year_ahead
from deskapp.services.billing.common import COLLECT, VOID, VOID_FROZEN, WAIVE
from deskapp.services.billing.one_off import ONE_OFF

# the receipts a clerk works with at the counter: last year's; older ones are a click away, and a
# unit with ten years of history opens as fast as one with one (issue 21 §4)
RECENT_MONTHS = 12
PREVIEW, DIRECT, NO_PRINT = "preview", "direct", "none"  # what becomes of a payment's receipt
MODE_KEY = "counter/receipt_print"  # this PC's choice (QSettings)


class CounterTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.unit_id: int | None = None
        self.acc: payments.Account | None = None
        self.last_receipt: payments.ReceiptView | None = None
        self.offer: year_ahead.YearAheadOffer | None = None
        self.code = QLineEdit(objectName="payUnit")
        self.code.setPlaceholderText(self.tr("Unit code, e.g. 3-1-101, then Enter"))
        self.code.returnPressed.connect(self.find)
        self.header = plain_label(objectName="payHeader")
        self.header.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.owed = ListModel([
            Col(lambda: self.tr("Quarter"), lambda o: o.quarter),
            Col(lambda: self.tr("Item"), lambda o: o.item),
            Col(lambda: self.tr("Basis"), lambda o: o.basis),
            Col(lambda: self.tr("Period"), lambda o: o.period),
            Col(lambda: self.tr("Billed"), lambda o: money(o.amount), right=True),
            Col(lambda: self.tr("Paid"), lambda o: money(o.paid + o.waived), right=True),
            Col(lambda: self.tr("Owed"), lambda o: money(o.owed), right=True),
        ], self, checkable=True)
        self.owed_view = table_view(self.owed, name="payLines", fit=False)
        # fixed widths (measuring contents costs each open); the basis takes what is left,
        # and a basis still too long shows whole in its tooltip
        for col, width in enumerate((105, 90, 260, 170, 90, 90, 90)):
            self.owed_view.setColumnWidth(col, width)
        owed_header = self.owed_view.horizontalHeader()
        owed_header.setStretchLastSection(False)
        owed_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.owed.dataChanged.connect(self._selection_changed)
        self.selected = plain_label(objectName="paySelected")
        self.waive_btn = QPushButton(self.tr("Waive late fee…"), objectName="payWaive")
        self.waive_btn.clicked.connect(lambda _=False: self.waive())
        hide_unless(self.waive_btn, session.may(WAIVE))

        # 预交一年优惠: the supervisor's rule is the approval, so the counter offers it ticked, in the total
        self.offer_check = QCheckBox(objectName="payYearAhead")
        self.offer_check.setChecked(True)
        self.offer_check.toggled.connect(lambda _=False: self._show_due())
        self.amount = QLineEdit(objectName="payAmount")
        self.method = method_combo("payMethod", prepaid=True)
        self.tendered = QLineEdit(objectName="payTendered")
        # 交易流水号: typed (or scanned) from the payer's phone or the POS slip; only for the
        # methods with a merchant statement to tick it off against
        self.pay_ref = pay_ref_edit("payRef")
        self.pay_ref.setEnabled(False)
        self.change = plain_label(objectName="payChange")
        self.use_prepaid = QLineEdit("0", objectName="payUsePrepaid")
        self.to_prepaid = QCheckBox(self.tr("Put the excess on the prepayment balance"), objectName="payToPrepaid")
        self.payer = QLineEdit(objectName="payPayer")
        # 收据: previewed then printed, printed straight to the PC's default printer as the payment is
        # taken (a busy counter), or not printed (reprinted later); each PC keeps its own choice
        self.receipt_mode = QComboBox(objectName="payPrintMode")
        for mode, text in ((PREVIEW, self.tr("Preview, then print")), (DIRECT, self.tr("Print directly")),
                           (NO_PRINT, self.tr("Do not print"))):
            self.receipt_mode.addItem(text, mode)
        self.receipt_mode.setCurrentIndex(max(0, self.receipt_mode.findData(QSettings().value(MODE_KEY, PREVIEW))))
        self.receipt_mode.activated.connect(  # the person's choice only, not a program's setting of it
            lambda _i: QSettings().setValue(MODE_KEY, self.receipt_mode.currentData()))
        self.printer_for_receipts = default_printer  # the PC's default printer, or None
        self.pay_btn = QPushButton(self.tr("Take payment (Ctrl+Enter)"), objectName="payTake")
        self.pay_btn.clicked.connect(self.take)
        self.pay_btn.setEnabled(False)
        hide_unless(self.pay_btn, session.may(COLLECT))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.take)
        self.amount.textChanged.connect(self._update_change)
        self.tendered.textChanged.connect(self._update_change)
        self.method.currentIndexChanged.connect(self._update_change)
        form = QFormLayout()
        form.addRow(self.offer_check)
        form.addRow(self.tr("Amount received"), self.amount)
        form.addRow(self.tr("Payment method"), self.method)
        form.addRow(self.tr("Transaction no."), self.pay_ref)
        form.addRow(self.tr("Cash tendered"), self.tendered)
        form.addRow(self.tr("Change"), self.change)
        form.addRow(self.tr("Use prepayment"), self.use_prepaid)
        form.addRow("", self.to_prepaid)
        form.addRow(self.tr("Payer"), self.payer)
        form.addRow(self.tr("Receipt"), self.receipt_mode)
        form.addRow("", self.pay_btn)
        pay_box = QGroupBox(self.tr("Payment"))
        pay_box.setLayout(form)

        self.receipts = ListModel([
            Col(lambda: self.tr("Receipt no."), lambda r: r.number),
            Col(lambda: self.tr("Time"), lambda r: local_text(r.issued_at)),
            Col(lambda: self.tr("Amount"), lambda r: money(r.total), right=True),
            Col(lambda: self.tr("Method"), lambda r: r.method.value),
            Col(lambda: self.tr("Cashier"), lambda r: r.cashier_name),
            Col(lambda: self.tr("Status"), self._status),
            Col(lambda: self.tr("Transaction no."), lambda r: r.pay_ref or ""),
        ], self, warn=lambda r: r.voided)
        self.receipts_view = table_view(self.receipts, name="payReceipts", fit=False)
        for col, width in enumerate((130, 140, 90, 80, 80)):
            self.receipts_view.setColumnWidth(col, width)
        reprint = QPushButton(self.tr("Reprint"), objectName="payReprint")
        reprint.clicked.connect(self.reprint)
        enable_for_row(self.receipts_view, self.current_receipt, reprint)
        void = QPushButton(self.tr("Void…"), objectName="payVoid")
        void.clicked.connect(lambda _=False: self.void())
        hide_unless(void, session.may(VOID))
        enable_for_row(self.receipts_view, self.current_receipt, void, self._why_not_void)
        self.all_receipts_btn = QPushButton(self.tr("All receipts…"), objectName="payAllReceipts")
        self.all_receipts_btn.clicked.connect(lambda _=False: self.all_receipts())
        self.all_receipts_btn.setEnabled(False)
        rbox = QGroupBox(self.tr("Receipts of this unit, last 12 months"))
        rl = QVBoxLayout(rbox)
        rl.addWidget(self.receipts_view)
        rrow = QHBoxLayout()
        rrow.addWidget(self.all_receipts_btn)
        rrow.addStretch(1)
        rrow.addWidget(reprint)
        rrow.addWidget(void)
        rl.addLayout(rrow)

        find_row = QHBoxLayout()
        find_row.addWidget(plain_label(self.tr("Unit")))
        find_row.addWidget(self.code)
        find_btn = QPushButton(self.tr("Find"), objectName="payFind")
        find_btn.clicked.connect(self.find)
        find_row.addWidget(find_btn)
        find_row.addStretch(1)
        self.adhoc_btn = QPushButton(self.tr("Ad-hoc charge…"), objectName="payAdhoc")
        self.adhoc_btn.clicked.connect(lambda _=False: self.adhoc())
        self.adhoc_btn.setEnabled(False)
        hide_unless(self.adhoc_btn, session.may(ONE_OFF))
        find_row.addWidget(self.adhoc_btn)
        self.combined_btn = QPushButton(self.tr("Combined payment…"), objectName="payCombined")
        self.combined_btn.clicked.connect(lambda _=False: self.combined())
        self.combined_btn.setEnabled(False)
        hide_unless(self.combined_btn, session.may(COLLECT))
        find_row.addWidget(self.combined_btn)
        # 对账单: what the unit was billed and paid over a period, for the owner to take away
        self.statement_btn = QPushButton(self.tr("Print statement…"), objectName="payStatement")
        self.statement_btn.setToolTip(self.tr("The unit's statement of account: bills, payments, discounts and "
                                              "voided receipts of a period with the running balance"))
        self.statement_btn.clicked.connect(lambda _=False: self.print_statement())
        self.statement_btn.setEnabled(False)
        find_row.addWidget(self.statement_btn)
        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.owed_view, 1)
        sel_row = QHBoxLayout()
        sel_row.addWidget(self.selected, 1)
        for b in tick_buttons(self.owed, "payLines"):
            sel_row.addWidget(b)
        sel_row.addWidget(self.waive_btn)
        left.addLayout(sel_row)
        middle.addLayout(left, 3)
        middle.addWidget(pay_box, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(find_row)
        lay.addWidget(self.header)
        lay.addLayout(middle, 2)
        lay.addWidget(rbox, 1)
        self.offer_check.setVisible(False)
        session.bus.changed.connect(self._on_changed)

    def _on_changed(self, flags) -> None:
        if self.unit_id is not None and ({Change.BILLS, Change.PAYMENTS} & set(flags)):
            self.open_unit(self.unit_id)

    def find(self) -> None:
        code = self.code.text().strip()
        if not code:
            return
        outcome = call(self, registry_units.find_unit_id, self.session.ctx, self.session.actor, code)
        if not outcome.ok:
            return
        if outcome.value is None:
            QMessageBox.information(self, self.tr("Not found"), as_typed(self.tr("No unit {code}").format(code=code)))
            return
        if outcome.value != self.unit_id:
            self._next_payer()
        self.open_unit(outcome.value)
        self._focus_payment()

    def _next_payer(self) -> None:
        """A new payer starts from 现金 with nothing typed: the last payer's 微信 and its 交易流水号
        would otherwise go onto the next receipt, and the day's handover would count cash as 微信."""
        self.method.setCurrentIndex(self.method.findData(PayMethod.CASH.name))
        self.tendered.clear()
        self.pay_ref.clear()
        self.use_prepaid.setText("0")
        self.to_prepaid.setChecked(False)

    def _focus_payment(self) -> None:
        """After the unit is found the clerk types what the payer hands over: the cash tendered (找零
        follows), or the transaction number of a scan; with nothing owed, the next unit."""
        if not self.owed.rowCount() or not self.pay_btn.isVisible():
            self.code.selectAll()
            return
        field = self.tendered if self.tendered.isEnabled() else self.pay_ref if self.pay_ref.isEnabled() else self.amount
        field.setFocus()
        field.selectAll()

    def open_unit(self, unit_id: int) -> None:
        outcome = call(self, payments.account, self.session.ctx, self.session.actor, unit_id, months=RECENT_MONTHS)
        if not outcome.ok:
            return
        self.unit_id, self.acc = unit_id, outcome.value
        a = self.acc
        self.code.setText(a.unit_code)
        self.header.setText(self.tr("{unit}  {owners}  owed {owed} yuan  prepayment {pre} yuan").format(
            unit=a.unit_code, owners=a.owners, owed=money(a.total_owed), pre=money(a.prepayment)))
        self.owed.set_rows(a.lines, check_all=True)
        self.receipts.set_rows(a.receipts)
        self.payer.setText(a.owners)
        self.adhoc_btn.setEnabled(True)
        self.combined_btn.setEnabled(True)
        self.all_receipts_btn.setEnabled(True)
        self.statement_btn.setEnabled(True)
        self.offer_check.setChecked(True)
        self._selection_changed()

    def selected_due(self) -> Decimal:
        return sum((o.owed for o in self.owed.checked_rows()), Decimal("0.00"))

    def _selection_changed(self, *args) -> None:
        due = self.selected_due()
        chosen = [o.line_id for o in self.owed.checked_rows()]
        self.selected.setText(self.tr("Selected {n} lines, {due} yuan").format(n=len(chosen), due=money(due)))
        self.offer = None
        if self.unit_id is not None and len(chosen) >= 4:
            outcome = call(self, year_ahead.counter_offer, self.session.ctx, self.session.actor, self.unit_id, chosen)
            self.offer = outcome.value if outcome.ok else None
        if self.offer is not None:
            o = self.offer
            self.offer_check.setText(self.tr("Year-ahead offer “{rule}”: {months} months off, {off} yuan; "
                                            "to pay {pay} yuan").format(
                rule=o.rule_name, months=int(o.months * o.years), off=money(o.amount), pay=money(due - o.amount)))
        self.offer_check.setVisible(self.offer is not None)
        self._show_due()
        self.pay_btn.setEnabled(self.unit_id is not None)

    def _taking_offer(self) -> bool:
        return self.offer is not None and self.offer_check.isChecked()

    def _show_due(self) -> None:
        due = self.selected_due() - (self.offer.amount if self._taking_offer() else Decimal("0.00"))
        self.amount.setText(f"{due:.2f}" if due > 0 else "0.00")

    def _update_change(self) -> None:
        self.pay_ref.setEnabled(PayMethod[self.method.currentData()] in REFERENCED_METHODS)
        try:
            got = Decimal(self.amount.text().strip() or "0")
            tendered = Decimal(self.tendered.text().strip()) if self.tendered.text().strip() else None
        except InvalidOperation:
            self.change.setText("")
            return
        cash = self.method.currentData() == PayMethod.CASH.name
        self.tendered.setEnabled(cash)
        self.change.setText(money(tendered - got) if cash and tendered is not None and tendered >= got else "")

    def take(self) -> payments.ReceiptView | None:
        if self.unit_id is None or not self.pay_btn.isEnabled():
            return None
        method = PayMethod[self.method.currentData()]
        tendered = self.tendered.text() if method is PayMethod.CASH else None
        outcome = call(self, payments.take_payment, self.session.ctx, self.session.actor, self.unit_id,
                       [o.line_id for o in self.owed.checked_rows()], self.amount.text(), method,
                       tendered=tendered, to_prepayment=self.to_prepaid.isChecked(),
                       use_prepayment=self.use_prepaid.text() or "0", payer=self.payer.text(),
                       pay_ref=self.pay_ref.text() if self.pay_ref.isEnabled() else "",
                       year_ahead_rule_id=self.offer.rule_id if self._taking_offer() else None,
                       fields={"实收金额": self.amount, "实收现金": self.tendered, "使用预存款": self.use_prepaid,
                               "交易流水号": self.pay_ref})
        if not outcome.ok:
            return None
        self.last_receipt = r = outcome.value
        self._next_payer()
        self.open_unit(self.unit_id)
        self._print_receipts([r.id], r.number)
        self.code.setFocus()  # paid: ready for the next payer's unit
        self.code.selectAll()
        return r

    def adhoc(self) -> None:
        """临时收费 for the unit on the counter: the form issues the receipt, then it is previewed."""
        from deskapp.gui.billing.adhoc_dialog import AdhocDialog

        if self.acc is None:
            return
        dialog = AdhocDialog(self.session, self.acc.unit_id, self.acc.unit_code, self.payer.text(), self)
        if dialog.exec() and dialog.result_value is not None:
            r = dialog.result_value
            self.open_unit(self.acc.unit_id)
            self._print_receipts([r.id], r.number)

    def combined(self) -> None:
        """合并缴费: the owner's other units and their owed lines; one payment, a receipt per unit."""
        from deskapp.gui.billing.combined_dialog import CombinedDialog

        if self.acc is None:
            return
        outcome = call(self, combined.owner_units, self.session.ctx, self.session.actor, self.acc.unit_id)
        if not outcome.ok:
            return
        if len(outcome.value) < 2:
            QMessageBox.information(self, self.tr("Combined payment"), as_typed(self.tr(
                "The owners of {unit} own no other unit.").format(unit=self.acc.unit_code)))
            return
        dialog = CombinedDialog(self.session, self.acc.unit_id, outcome.value, self.payer.text(), self)
        if dialog.exec() and dialog.receipts:
            self.open_unit(self.acc.unit_id)
            self._print_receipts([r.id for r in dialog.receipts], "、".join(r.number for r in dialog.receipts))

    def _print_receipts(self, receipt_ids: list[int], number: str) -> None:
        """The receipts of a payment just taken, as the 收据 choice says; 直接打印 with no printer on
        this PC shows the preview instead, saying why."""
        mode = self.receipt_mode.currentData()
        if mode == NO_PRINT:
            return
        printer = self.printer_for_receipts() if mode == DIRECT else None
        if mode == DIRECT and printer is None:
            QMessageBox.information(self, self.tr("Print directly"), self.tr(
                "This PC has no default printer: the receipt is shown to print or save instead."))
        self._preview(receipt_ids, number, printer)

    def _preview(self, receipt_ids: int | list[int], number: str, printer=None, *, reprint: bool = False) -> None:
        """The receipts' PDF previewed (重印, marked 补打, and a payment's preview), or sent to `printer` at once."""
        from deskapp.gui.printing import PdfPreviewDialog

        ids = receipt_ids if isinstance(receipt_ids, list) else [receipt_ids]
        outcome = call(self, prints.receipts_pdf, self.session.ctx, self.session.actor, ids, reprint=reprint)
        if not outcome.ok:
            return
        title = (self.tr("Reprint of receipt {no}") if reprint else self.tr("Receipt {no}")).format(no=number)
        name = f"{'补打收据' if reprint else '收据'}-{number.split('、')[0]}.pdf"
        if printer is not None:
            print_directly(printer, outcome.value, title, name)
        else:
            PdfPreviewDialog(outcome.value, title, name, self).exec()

    def waive(self, reason: str | None = None) -> bool:
        """A supervisor waives the selected 滞纳金 line, with a reason."""
        idx = self.owed_view.currentIndex()
        if self.unit_id is None or not idx.isValid():
            return False
        line = self.owed.row_at(idx.row())
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Waive late fee"), self.tr(
                "Reason for waiving {amount} yuan of {item} ({quarter}):").format(
                amount=money(line.owed), item=line.item, quarter=line.quarter))
            if not ok:
                return False
        outcome = call(self, payments.waive, self.session.ctx, self.session.actor, line.line_id, reason)
        if outcome.ok:
            self.open_unit(self.unit_id)
        return outcome.ok

    def print_statement(self) -> None:
        """打印对账单… for the unit on the counter: its period asked, then the preview."""
        from deskapp.gui.billing.statement_dialog import open_statement

        if self.acc is not None:
            open_statement(self, self.session, self.acc.unit_id, self.acc.unit_code)

    def all_receipts(self) -> None:
        """Every receipt of the unit, all its years, newest first, to find an old one and reprint it."""
        from deskapp.gui.billing.receipts_tab import UnitReceiptsDialog

        if self.acc is not None:
            UnitReceiptsDialog(self.session, self.acc.unit_id, self.acc.unit_code, self).exec()

    def _status(self, r: payments.ListedReceipt) -> str:
        """As the 收据 register says it: 作废 with the reason, 已移交 (only a supervisor voids it
        now), or 正常."""
        if r.voided:
            return self.tr("Void: {reason}").format(reason=r.void_reason)
        return self.tr("Handed over") if r.handed_over else self.tr("Valid")

    def current_receipt(self) -> payments.ListedReceipt | None:
        idx = self.receipts_view.currentIndex()
        return self.receipts.row_at(idx.row()) if idx.isValid() else None

    def reprint(self) -> None:
        r = self.current_receipt()
        if r is not None:
            self._preview(r.id, r.number, reprint=True)

    def _void_question(self, r: payments.ListedReceipt) -> str:
        if r.group_no:  # one payment: its receipts are voided together (payments.void_receipt)
            return self.tr("{no} is part of combined payment {group}. Voiding it voids all its receipts ({numbers}, "
                           "{total} yuan); they stay on record marked void and the amounts are owed again. "
                           "Void them all?").format(no=r.number, group=r.group_no, numbers="、".join(r.group),
                                                    total=money(r.group_total))
        return self.tr("Void {no}? It stays on record marked void and the amount is owed again.").format(no=r.number)

    def _why_not_void(self, r: payments.ListedReceipt) -> str:
        """What the list already shows that 作废 would refuse; the rest is asked of the service
        before the reason is (`payments.check_voidable`)."""
        if r.voided:
            return self.tr("{no} is void already").format(no=r.number)
        if r.handed_over and not self.session.may(VOID_FROZEN):
            return self.tr("{no} was handed over to finance: only a supervisor voids it").format(no=r.number)
        return ""

    def void(self, reason: str | None = None) -> bool:
        """作废…: what the service would refuse is said first; then the reason is asked in a form
        that stays open at it when left empty, and only a reason written is confirmed and voided.
        With `reason` given (a script), nothing is asked."""
        r = self.current_receipt()
        if r is None or r.voided:
            return False
        if not call(self, payments.check_voidable, self.session.ctx, self.session.actor, r.id).ok:
            return False
        if reason is not None:
            outcome = call(self, payments.void_receipt, self.session.ctx, self.session.actor, r.id, reason)
            if outcome.ok:
                self.open_unit(self.unit_id)
            return outcome.ok
        asked = ask_line(self, self.tr("Void receipt"), self.tr("Reason for voiding {no} ({amount} yuan):").format(
            no=r.number, amount=money(r.total)), "作废原因", lambda text: self._void_confirmed(r, text))
        asked.saved.connect(lambda voided: self.open_unit(self.unit_id) if voided is not None else None)
        return True

    def _void_confirmed(self, r: payments.ListedReceipt, reason: str):
        """The reason form's submit: an empty reason is refused at the line before anything is
        asked; then the question, and 否 closes the form with nothing voided (None)."""
        require_text(reason, "作废原因")
        if QMessageBox.question(self, self.tr("Void receipt"), as_typed(self._void_question(r))) != QMessageBox.StandardButton.Yes:
            return None
        return payments.void_receipt(self.session.ctx, self.session.actor, r.id, reason)



