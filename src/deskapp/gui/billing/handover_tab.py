"""费用入账和费用移交表: the acting cashier's receipts not yet handed over, totals by method,
voids, refunds paid out, deposits taken and given back at the point of service (押金收取 /
押金退还), cash counted against expected; hand over (confirmed, then frozen) and print."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local_text
from deskapp.gui import file_dialogs
from deskapp.gui.date_field import DateField
from deskapp.gui.billing.common import money
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.billing.handover_history import HandoverHistoryDialog, deposit_columns
from deskapp.gui.billing.vouchers_dialog import make_vouchers
from deskapp.gui.errors import call
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.services import exports
from deskapp.services.billing import handover, prints
from deskapp.services.billing.common import HANDOVER
from deskapp.gui.widgets import as_typed, plain_label


class FinanceHandoverTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.draft: handover.HandoverDraft | None = None
        self.done: handover.HandoverDraft | None = None  # the sheet just handed over, for 打印 afterwards
        self.summary = plain_label(objectName="handoverSummary")
        self.summary.setWordWrap(True)
        # handed over late: the days whose money waits, each with its sum, the oldest one's sheet shown
        self.late = plain_label(objectName="handoverLateDays")
        self.late.setWordWrap(True)
        self.late.setStyleSheet("color: #a15c00;")
        self.methods = ListModel([
            Col(lambda: self.tr("Payment method"), lambda kv: kv[0]),
            Col(lambda: self.tr("Amount"), lambda kv: money(kv[1]), right=True),
        ], self)
        self.receipts = ListModel([
            Col(lambda: self.tr("Receipt no."), lambda r: r.number),
            Col(lambda: self.tr("Unit"), lambda r: r.unit_code),
            Col(lambda: self.tr("Method"), lambda r: r.method),
            Col(lambda: self.tr("Amount"), lambda r: money(-r.amount if r.late_void else r.amount), right=True),
            Col(lambda: self.tr("Status"), lambda r: (self.tr("Voided after handover: deducted") if r.late_void
                                                      else (self.tr("Void: {reason}").format(reason=r.void_reason)
                                                            if r.voided else self.tr("Valid")))),
            # the day it is money of (a late void's: the void's): more than one when a sheet carries days
            Col(lambda: self.tr("Day"), lambda r: f"{r.day:%Y-%m-%d}" if r.day else ""),
        ], self, warn=lambda r: r.voided)
        # deposits taken (money in) and given back (money out) at a card, key, lease or decoration
        self.deposits = ListModel(deposit_columns(), self)
        self.counted = QLineEdit(objectName="handoverCounted")
        self._expected: Decimal | None = None  # the cash expected when the count was asked for
        self.receiver = QLineEdit(objectName="handoverReceiver")
        self.explanation = QLineEdit(objectName="handoverExplanation")
        form = QFormLayout()
        form.addRow(self.tr("Cash counted"), self.counted)
        form.addRow(self.tr("Received by (finance)"), self.receiver)
        form.addRow(self.tr("Difference explained"), self.explanation)
        self.hand_btn = QPushButton(self.tr("Hand over…"), objectName="handoverDo")
        self.hand_btn.clicked.connect(lambda _=False: self.hand_over())
        hide_unless(self.hand_btn, session.may(HANDOVER))
        print_btn = QPushButton(self.tr("Print"), objectName="handoverPrint")
        print_btn.clicked.connect(self.print_)
        refresh = QPushButton(self.tr("Refresh"), objectName="handoverRefresh")
        refresh.clicked.connect(self.reload)
        # 收款方式日清单: a day's receipts by method with their transaction numbers, ticked off against
        # the merchant statements (which often arrive the next day, hence the date)
        self.list_day = DateField(session.ctx.clock.today(), label="清单日期", today=session.ctx.clock.today,
                                  objectName="handoverListDay")
        day_list = QPushButton(self.tr("Daily list by method…"), objectName="handoverDayList")
        day_list.clicked.connect(lambda _=False: self.export_day_list())
        # 记账凭证 for finance's 金蝶/用友 from the handovers of a day or a month (gui/billing/vouchers_dialog.py)
        vouchers = QPushButton(self.tr("Make vouchers…"), objectName="handoverVouchers")
        vouchers.clicked.connect(lambda _=False: make_vouchers(self, self.session))
        # 往日移交表: the handovers made, found, opened and printed again (gui/billing/handover_history.py)
        history = QPushButton(self.tr("Past handovers…"), objectName="handoverHistory")
        history.clicked.connect(lambda _=False: HandoverHistoryDialog(self.session, self).exec())
        box = QGroupBox(self.tr("Hand over to finance"))
        bl = QVBoxLayout(box)
        bl.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.list_day)
        row.addWidget(day_list)
        row.addWidget(vouchers)
        row.addWidget(history)
        row.addStretch(1)
        row.addWidget(refresh)
        row.addWidget(print_btn)
        row.addWidget(self.hand_btn)
        bl.addLayout(row)
        top = QHBoxLayout()
        top.addWidget(table_view(self.methods, name="handoverMethods"), 1)
        top.addWidget(box, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.late)
        lay.addLayout(top)
        lay.addWidget(table_view(self.receipts, name="handoverReceipts"), 1)
        lay.addWidget(table_view(self.deposits, name="handoverDeposits"))
        session.bus.changed.connect(lambda flags: Change.PAYMENTS in flags and self.reload())
        self.reload()

    def reload(self) -> None:
        outcome = call(self, handover.draft, self.session.ctx, self.session.actor)
        if not outcome.ok:
            return
        d = self.draft = outcome.value
        out = [(self.tr("Refunds paid out ({n})").format(n=len(d.refunds)), -d.refunded)] if d.refunds else []
        taken = [x for x in d.deposits if x.taken]
        if taken:
            out.append((self.tr("Deposits taken ({n})").format(n=len(taken)), d.deposit_money(True)))
        if len(taken) < len(d.deposits):
            out.append((self.tr("Deposits returned ({n})").format(n=len(d.deposits) - len(taken)),
                        -d.deposit_money(False)))
        self.methods.set_rows(list(d.by_method.items()) + [(self.tr("Total"), d.total)] + out)
        self.receipts.set_rows(d.receipts)
        self.deposits.set_rows(d.deposits)
        if d.receipts or d.refunds or d.deposits:
            self.summary.setText(self.tr("{cashier}, {day}: receipts {first} to {last}, {n} receipts, {total} yuan; "
                                         "cash expected {cash} yuan.").format(
                cashier=d.cashier_name, day=d.day, first=d.first_no or "—", last=d.last_no or "—", n=d.count,
                total=money(d.total), cash=money(d.cash_expected)))
        else:
            self.summary.setText(self.tr("Nothing to hand over."))
        if d.day_handed_at is not None:  # what was taken after the day's handover waits for the next day's sheet
            self.summary.setText(self.tr("{day} was handed over at {time} to {who}. Taken since: {n} receipts, "
                                         "{total} yuan — they go on the next day's sheet.").format(
                day=d.day, time=local_text(d.day_handed_at, "%H:%M"), who=d.day_received_by, n=d.count,
                total=money(d.total)))
        self._say_late(d)
        self._ask_count(d.cash_expected)
        self.hand_btn.setEnabled(bool(d.receipts or d.refunds or d.deposits) and d.day_handed_at is None)

    def _say_late(self, d: handover.HandoverDraft) -> None:
        """Money of more than one day waiting (a day not handed over, the desk closed early, the turn
        of a month): which days and how much each, and that the sheets go one a day, oldest first,
        each dated its own day; a sheet carrying money taken after an earlier day's sheet says so."""
        waiting = [p for p in d.pending if not p.handed]
        lines = []
        if len(d.pending) > 1:
            days = self.tr("; ").join(self.tr("{day}: {n} receipts, {total} yuan{after}").format(
                day=p.day, n=p.count, total=money(p.total),
                after=self.tr(" (taken after its sheet)") if p.handed else "") for p in d.pending)
            lines.append(self.tr("Money of {n} days is not handed over yet — {days}.").format(
                n=len(d.pending), days=days))
            if len(waiting) > 1:
                lines.append(self.tr("Hand over one sheet a day, the oldest first, each dated its own day (its "
                                     "vouchers fall in its own month). This sheet is {day}'s.").format(day=d.day))
        carried = d.days
        if len(carried) > 1:
            lines.append(self.tr("This sheet carries the money of {days}.").format(
                days=self.tr(", ").join(f"{x:%Y-%m-%d}" for x, _t in carried)))
            if carried[0][0].month != d.day.month or carried[0][0].year != d.day.year:
                lines.append(self.tr("Money of {day} stays in the vouchers of its own month.").format(
                    day=f"{carried[0][0]:%Y-%m-%d}"))
        self.late.setText("\n".join(lines))
        self.late.setVisible(bool(lines))

    def _ask_count(self, expected: Decimal) -> None:
        """实点现金 is counted, not copied: with cash in the drawer the field starts empty (the
        expected sum only as its hint), so a shortage shows as a difference to explain instead of
        being handed over unseen; a day without cash starts at 0.00. A count already typed stays
        while the expected sum is the same (a refresh, another tab's unrelated change)."""
        if expected == self._expected and self.counted.text().strip():
            return
        self._expected = expected
        self.counted.setPlaceholderText(self.tr("count the drawer: {cash} yuan expected").format(cash=money(expected)))
        self.counted.setText("0.00" if expected == 0 else "")

    def hand_over(self, confirm: bool = True) -> bool:
        if self.draft is None:
            return False
        fields = {"实点现金": self.counted, "财务接收人": self.receiver, "差异说明": self.explanation}
        day = self.draft.day  # the sheet shown is the sheet made
        checked = call(self, handover.check_hand_over, self.session.ctx, self.session.actor, self.counted.text(),
                       self.receiver.text(), self.explanation.text(), day, fields=fields)
        if not checked.ok:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Hand over"), self._question(checked.value)) != QMessageBox.StandardButton.Yes:
            return False
        outcome = call(self, handover.hand_over, self.session.ctx, self.session.actor, self.counted.text(),
                       self.receiver.text(), self.explanation.text(), day, fields=fields)
        if outcome.ok:
            self.done = outcome.value
            self.explanation.clear()
            if confirm:
                self._preview(outcome.value)
        return outcome.ok

    def _question(self, counted: Decimal) -> str:
        """The question before the day is frozen; a count that differs from the cash expected says
        by how much and why, there where it is signed away, not only on the sheet afterwards."""
        d = self.draft
        text = self.tr("Hand over the sheet of {day}: {n} receipts, {total} yuan, and {cash} yuan cash "
                       "counted to {who}? The day is frozen afterwards.").format(
            day=d.day, n=d.count, total=money(d.total), cash=money(counted), who=self.receiver.text())
        diff = counted - d.cash_expected
        if diff:
            said = (self.tr("Cash short by {diff} yuan (expected {expected} yuan): {why}") if diff < 0 else
                    self.tr("Cash over by {diff} yuan (expected {expected} yuan): {why}"))
            text += "\n\n" + said.format(diff=money(abs(diff)), expected=money(d.cash_expected),
                                          why=self.explanation.text().strip())
        return as_typed(text)

    def export_day_list(self) -> None:
        day = call(self, self.list_day.value, fields={"清单日期": self.list_day})
        if not day.ok:
            return
        path = file_dialogs.save_file(self, self.tr("Daily list by method"),
                                      f"收款方式日清单-{day.value:%Y%m%d}.xlsx", "Excel (*.xlsx)")
        if path is None:
            return
        out = call(self, exports.run_export, self.session.ctx, self.session.actor, "payments-by-method", path,
                   exports.ExportOptions(as_of=day.value))
        if out.ok:
            QMessageBox.information(self, self.tr("Daily list by method"),
                                    as_typed(self.tr("{n} receipts written to {path}").format(n=out.value, path=str(path))))

    def _preview(self, d: handover.HandoverDraft, *, reprint: bool = False) -> None:
        from deskapp.gui.printing import PdfPreviewDialog

        outcome = call(self, prints.handover_pdf, self.session.ctx, self.session.actor, d, reprint=reprint)
        if outcome.ok:
            title = self.tr("Handover (reprint)") if reprint else self.tr("Handover")
            PdfPreviewDialog(outcome.value, title, f"费用移交表-{d.day}.pdf", self).exec()

    def print_(self) -> None:
        # before the handover the sheet to be handed over; after it (the draft is empty then) the
        # sheet just handed over, not an empty one
        pending = self.draft is not None and (self.draft.receipts or self.draft.refunds or self.draft.deposits)
        sheet = self.draft if pending else self.done
        if sheet is None:
            QMessageBox.information(self, self.tr("Print"), self.tr("Nothing to hand over."))
            return
        self._preview(sheet, reprint=not pending)  # the sheet handed over (and printed then) again: 补打
