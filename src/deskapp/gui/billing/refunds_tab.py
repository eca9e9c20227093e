"""退款: refund applications of a prepayment balance or a deposit (待审批 → 已批准/已驳回 → 已付款),
the supervisor's decision, the payout by a method with its transaction number, and the 退款单."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.billing_deposits import (
    REFUND_METHODS, ApplicationState, EntryKind, RefundSource, require_other_approver,
)
from deskapp.domain.local_time import local_text
from deskapp.gui.billing.common import money
from deskapp.gui.errors import call
from deskapp.gui.forms import FormDialog, enum_combo
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, current, edge_row, enable_for_row, in_state, table_view, plain_label
from deskapp.services.billing import refunds
from deskapp.services.billing.deposits import DepositFree


def reserved_text(free: DepositFree) -> str:
    """What applications waiting on a deposit set aside, each named, and what is left free: said
    under the refund and forfeit forms, which offer only the free part."""
    lines = []
    for r in free.reserved:
        if r.kind is EntryKind.REFUNDED:
            lines.append(QCoreApplication.translate("DepositReserved", "refund {no} ({state}, applied by {who}) {amount}")
                         .format(no=r.number, state=said(r.state.value), who=r.applied_by, amount=money(r.amount)))
        else:
            lines.append(QCoreApplication.translate("DepositReserved", "forfeit ({state}, applied by {who}: {reason}) {amount}")
                         .format(state=said(r.state.value), who=r.applied_by, reason=r.reason, amount=money(r.amount)))
    return QCoreApplication.translate("DepositReserved", "{free} yuan free; set aside: {lines}").format(
        free=money(free.free), lines=QCoreApplication.translate("DepositReserved", "; ").join(lines))


def reserved_row(form: FormDialog, free: DepositFree | None, name: str) -> None:
    """The form's line saying what is set aside, when anything is."""
    if free is not None and free.reserved:
        label = plain_label(reserved_text(free), objectName=name)
        label.setWordWrap(True)
        form.row(QCoreApplication.translate("DepositReserved", "Reserved"), label)


class ApplyDialog(FormDialog):
    """申请退款: of a deposit chosen in the 押金台账 (`deposit`, with what applications waiting on it
    leave free, `free`), or of a unit's prepayment balance."""

    def __init__(self, session: DeskSession, parent=None, *, deposit=None, free: DepositFree | None = None):
        intro = (self.tr("{kind} deposit {ref}: {held} yuan held").format(
            kind=said(deposit.kind), ref=deposit.source_ref, held=money(deposit.held)) if deposit is not None
            else self.tr("Refund of a unit's prepayment balance"))
        super().__init__(parent, self.tr("Apply for refund"), intro=intro)
        self.session, self.deposit = session, deposit
        self.unit = QLineEdit(objectName="refundUnit")
        self.available = plain_label(objectName="refundAvailable")
        if deposit is None:
            self.row(self.tr("Unit"), self.unit, "房号")
            self.row(self.tr("Refundable"), self.available)
            self.unit.editingFinished.connect(self.show_available)
        reserved_row(self, free, "refundReserved")
        offered = free.free if free is not None else deposit.held if deposit is not None else None
        self.amount = self.row(self.tr("Amount"), QLineEdit(f"{offered:.2f}" if offered is not None else "",
                                                            objectName="refundAmount"), "退款金额")
        self.payee = self.row(self.tr("Payee"), QLineEdit(deposit.payer if deposit is not None else "",
                                                          objectName="refundPayee"), "领款人")
        self.reason = self.row(self.tr("Reason"), QLineEdit(objectName="refundReason"), "退款原因")
        (self.unit if deposit is None else self.reason).setFocus()

    def show_available(self) -> None:
        out = call(self, refunds.prepayment_available, self.session.ctx, self.session.actor, self.unit.text())
        if out.ok:
            self.available.setText(self.tr("No such unit") if out.value is None else money(out.value))

    def submit(self):
        if self.deposit is not None:
            return refunds.apply(self.session.ctx, self.session.actor, RefundSource.DEPOSIT, self.amount.text(),
                                 self.reason.text(), self.payee.text(), deposit_id=self.deposit.id)
        return refunds.apply(self.session.ctx, self.session.actor, RefundSource.PREPAYMENT, self.amount.text(),
                             self.reason.text(), self.payee.text(), unit_code=self.unit.text())


class PayDialog(FormDialog):
    """付款: the method and, for all but cash, the transaction number."""

    def __init__(self, session: DeskSession, row, parent=None):
        super().__init__(parent, self.tr("Pay out refund"), intro=self.tr("Refund {no}: {amount} yuan to {payee}").format(
            no=row.number, amount=money(row.amount), payee=row.payee))
        self.session, self.refund = session, row
        self.method = QComboBox(objectName="refundMethod")
        for m in REFUND_METHODS:  # by position: Qt would hand a str enum back as plain text
            self.method.addItem(m.value)
        self.row(self.tr("Method"), self.method, "付款方式")
        self.ref = self.row(self.tr("Transaction no."), QLineEdit(objectName="refundPayRef"), "交易流水号")

    def submit(self):
        return refunds.pay(self.session.ctx, self.session.actor, self.refund.id,
                           REFUND_METHODS[self.method.currentIndex()], self.ref.text())


class RefundsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.state = enum_combo(ApplicationState, blank=self.tr("All"), name="refundState")
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.text = QLineEdit(objectName="refundSearch")
        self.text.setPlaceholderText(self.tr("Refund no., unit or payee"))
        self.text.returnPressed.connect(self.reload)
        cols = [
            Column("id", lambda: self.tr("Refund no."), lambda r: r.number),
            Column("id", lambda: self.tr("Applied"), lambda r: local_text(r.applied_at)),
            # who asked: the supervisor approves another's application, and sees whose it is
            Column("id", lambda: self.tr("Applied by"), lambda r: r.applied_by),
            Column("id", lambda: self.tr("Unit"), lambda r: r.unit_code),
            Column("id", lambda: self.tr("From"), lambda r: r.source),
            Column("id", lambda: self.tr("Deposit"), lambda r: r.deposit),
            Column("id", lambda: self.tr("Amount"), lambda r: money(r.amount), align_right=True),
            Column("id", lambda: self.tr("Payee"), lambda r: r.payee),
            Column("id", lambda: self.tr("Reason"), lambda r: r.reason),
            Column("id", lambda: self.tr("State"), lambda r: r.state),
            Column("id", lambda: self.tr("Decided by"), lambda r: r.decided_by),
            Column("id", lambda: self.tr("Method"), lambda r: r.method),
            Column("id", lambda: self.tr("Transaction no."), lambda r: r.pay_ref),
            Column("id", lambda: self.tr("Paid"), lambda r: local_text(r.paid_at) if r.paid_at else ""),
        ]
        self.model = PagedTableModel(cols, self._fetch, self)
        self.view = table_view("refundTable", self.model,
                               widths=(110, 125, 70, 70, 60, 170, 80, 70, 180, 60, 70, 60, 150, 125))
        self.count = plain_label(objectName="refundCount")
        apply = button(self.tr("Apply for refund…"), "refundApply", self.apply)
        approve = button(self.tr("Approve…"), "refundApprove", self.approve)
        refuse = button(self.tr("Refuse…"), "refundRefuse", self.refuse)
        pay = button(self.tr("Pay out…"), "refundPay", self.pay)
        print_ = button(self.tr("Print refund form"), "refundPrint", self.print_form)
        hide_unless(apply, session.may(refunds.APPLY))
        hide_unless(approve, session.may(refunds.DECIDE))
        hide_unless(refuse, session.may(refunds.DECIDE))
        hide_unless(pay, session.may(refunds.PAY))
        chosen = lambda: current(self.view)  # noqa: E731
        enable_for_row(self.view, chosen, approve, in_state(ApplicationState.PENDING))
        enable_for_row(self.view, chosen, refuse, in_state(ApplicationState.PENDING))
        enable_for_row(self.view, chosen, pay, in_state(ApplicationState.APPROVED))
        enable_for_row(self.view, chosen, print_)
        lay = QVBoxLayout(self)
        lay.addLayout(edge_row((self.state, self.text), (apply, approve, refuse, pay, print_)))
        lay.addWidget(self.view, 1)
        lay.addWidget(self.count)
        session.bus.changed.connect(lambda flags: Change.PAYMENTS in flags and self.reload())
        self.reload()

    def _fetch(self, **kw):
        return refunds.refunds_page(self.session.ctx, self.session.actor, state=self.state.currentData(),
                                    text=self.text.text(), **kw)

    def reload(self) -> None:
        self.model.reload()
        self.count.setText(self.tr("{n} refunds").format(n=self.model.total))

    def _current(self):
        idx = self.view.currentIndex()
        if not idx.isValid():
            QMessageBox.information(self, self.tr("Refunds"), self.tr("Choose a refund in the list first."))
            return None
        return self.model.row_at(idx.row())

    def apply(self) -> None:
        ApplyDialog(self.session, self).exec()

    def approve(self) -> None:
        """批准: asked only of a supervisor who did not apply (申请人 ≠ 审批人): one's own application
        is refused at once, saying who may approve it, before the note is asked."""
        row = self._current()
        if row is None:
            return
        if row.applied_by == self.session.actor.display_name:
            call(self, require_other_approver, row.applied_by, self.session.actor.display_name,
                 f"退款申请 {row.number}")
            return
        note, ok = QInputDialog.getText(self, self.tr("Approve refund"), self.tr(
            "Approve refund {no} of {amount} yuan to {payee}? Note (optional):").format(
            no=row.number, amount=money(row.amount), payee=row.payee))
        if ok:
            call(self, refunds.approve, self.session.ctx, self.session.actor, row.id, note)

    def refuse(self) -> None:
        row = self._current()
        if row is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Refuse refund"),
                                        self.tr("Reason for refusing {no}:").format(no=row.number))
        if ok:
            call(self, refunds.refuse, self.session.ctx, self.session.actor, row.id, note)

    def pay(self) -> None:
        row = self._current()
        if row is not None and PayDialog(self.session, row, self).exec() == QDialog.DialogCode.Accepted:
            self._preview_form(row.id, row.number)  # paid out: the payee signs the 退款单 (领款人) now

    def print_form(self) -> None:
        row = self._current()
        if row is not None:
            self._preview_form(row.id, row.number)

    def _preview_form(self, refund_id: int, number: str) -> None:
        from deskapp.gui.printing import PdfPreviewDialog

        out = call(self, refunds.refund_pdf, self.session.ctx, self.session.actor, refund_id)
        if out.ok:
            PdfPreviewDialog(out.value, self.tr("Refund form {no}").format(no=number), f"退款单-{number}.pdf",
                             self).exec()
