"""The unit page's billing section: what is owed, what was paid (receipts), dunning contacts."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local_text
from deskapp.gui.billing.common import money
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.billing.history_box import HistoryBox
from deskapp.gui.errors import call
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import current, plain_label
from deskapp.services.billing import arrears, discounts, payments
from deskapp.services.billing.common import COLLECT


class BillingSection(QWidget):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session, self.unit_id = session, unit_id
        self.unit_code = ""  # read with what the unit owes
        self.summary = plain_label(objectName="unitBillingSummary")
        self.owed = ListModel([
            Col(lambda: self.tr("Quarter"), lambda o: o.quarter),
            Col(lambda: self.tr("Item"), lambda o: o.item),
            Col(lambda: self.tr("Period"), lambda o: o.period),
            Col(lambda: self.tr("Owed"), lambda o: money(o.owed), right=True),
        ], self)
        self.receipts = ListModel([
            Col(lambda: self.tr("Receipt no."), lambda r: r.number),
            Col(lambda: self.tr("Time"), lambda r: local_text(r.issued_at)),
            Col(lambda: self.tr("Amount"), lambda r: money(r.total), right=True),
            Col(lambda: self.tr("Method"), lambda r: r.method.value),
            Col(lambda: self.tr("Status"), lambda r: self.tr("Void") if r.voided else self.tr("Valid")),
        ], self, warn=lambda r: r.voided)
        self.contacts = ListModel([
            Col(lambda: self.tr("Time"), lambda c: local_text(c.at)),
            Col(lambda: self.tr("Contact method"), lambda c: c.method.value),
            Col(lambda: self.tr("By"), lambda c: c.by),
            Col(lambda: self.tr("Result"), lambda c: c.result),
            Col(lambda: self.tr("Promised"), lambda c: f"{c.promised_on:%Y-%m-%d}" if c.promised_on else ""),
        ], self)
        tabs = QTabWidget()
        self.owed_view = None
        for model, title, name in ((self.owed, self.tr("Owed"), "unitOwed"),
                                   (self.receipts, self.tr("Receipts"), "unitReceipts"),
                                   (self.contacts, self.tr("Dunning contacts"), "unitContacts")):
            view = table_view(model, name=name)
            view.setMinimumHeight(140)
            tabs.addTab(view, title)
            self.owed_view = self.owed_view or view  # the first: what is owed, where 申请减免 starts
        pay = QPushButton(self.tr("Take payment…"), objectName="unitPay")
        pay.clicked.connect(self.pay)
        hide_unless(pay, session.may(COLLECT))
        notice = QPushButton(self.tr("Fee notice…"), objectName="unitNotice")
        notice.setToolTip(self.tr("The fee notice of the latest billed quarter, with what is still owed"))
        notice.clicked.connect(lambda _=False: self.print_notice())
        statement = QPushButton(self.tr("Print statement…"), objectName="unitStatement")
        statement.setToolTip(self.tr("The unit's statement of account: bills, payments, discounts and voided "
                                     "receipts of a period with the running balance"))
        statement.clicked.connect(lambda _=False: self.print_statement())
        discount = QPushButton(self.tr("Apply for discount…"), objectName="unitDiscount")
        discount.setToolTip(self.tr("A discount on the owed line chosen above, for a supervisor to approve"))
        discount.clicked.connect(lambda _=False: self.apply_discount())
        hide_unless(discount, session.may(discounts.APPLY))
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(notice)
        row.addWidget(statement)
        row.addWidget(discount)
        row.addWidget(pay)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(tabs)
        self.history = HistoryBox(session, unit_id)
        lay.addWidget(self.history)
        self.history.refresh()  # in its layout first: a widget hidden before has no parent to stay in
        session.bus.changed.connect(lambda flags: {Change.PAYMENTS, Change.BILLS, Change.DUNNING} & set(flags) and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        outcome = call(self, payments.account, self.session.ctx, self.session.actor, self.unit_id, receipts=50)
        if not outcome.ok:
            return
        a = outcome.value
        self.unit_code = a.unit_code
        self.owed.set_rows(a.lines)
        self.receipts.set_rows(a.receipts)
        cs = call(self, arrears.contacts, self.session.ctx, self.session.actor, self.unit_id)
        self.contacts.set_rows(cs.value if cs.ok else [])
        self.summary.setText(self.tr("Owed {owed} yuan; prepayment {pre} yuan; {n} receipts").format(
            owed=money(a.total_owed), pre=money(a.prepayment), n=len(a.receipts)))

    def print_notice(self) -> None:
        """Asked for at the counter: printed even when the unit owes nothing (it then says 已缴清)."""
        from deskapp.gui.printing import PdfPreviewDialog
        from deskapp.services.billing import notices, prints  # reportlab: only when printing

        outcome = call(self, notices.unit_notice, self.session.ctx, self.session.actor, self.unit_id)
        if not outcome.ok:
            return
        pdf, quarter = outcome.value
        call(self, prints.record_print, self.session.ctx, self.session.actor, f"收费通知单 {quarter}（单户）", 1)
        PdfPreviewDialog(pdf, self.tr("Fee notice"), f"收费通知单-{quarter}.pdf", self).exec()

    def print_statement(self) -> None:
        """打印对账单…: the period asked, then the unit's statement in the preview."""
        from deskapp.gui.billing.statement_dialog import open_statement

        open_statement(self, self.session, self.unit_id, self.unit_code)

    def pay(self) -> None:
        window = self.window()
        if hasattr(window, "show_view"):
            view = window.show_view("billing")
            view.pay_for(self.unit_id)

    def apply_discount(self) -> None:
        from deskapp.gui.billing.discounts_tab import ApplyDiscountDialog

        line = current(self.owed_view)
        if line is None:
            QMessageBox.information(self, self.tr("Apply for discount"), self.tr("Choose an owed line first."))
            return
        ApplyDiscountDialog(self.session, line, self).exec()
