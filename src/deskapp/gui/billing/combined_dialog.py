"""合并缴费… at the counter: the owner's units with what each still owes, ticked lines across
units paid with one payment — a receipt per unit sharing one 合并缴费号, previewed together."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from deskapp.domain.billing import REFERENCED_METHODS, PayMethod
from deskapp.gui.billing.common import Col, ListModel, method_combo, money, pay_ref_edit, table_view
from deskapp.gui.forms import FieldErrors, dialog_buttons, submit
from deskapp.gui.session import DeskSession
from deskapp.services.billing import combined, payments


class CombinedDialog(QDialog):
    def __init__(self, session: DeskSession, unit_id: int, units: list[combined.UnitOwed], payer: str, parent=None):
        super().__init__(parent)
        self.setObjectName("combinedDialog")
        self.setWindowTitle(self.tr("Combined payment for one owner's units"))
        self.resize(820, 520)
        self.session, self.unit_id = session, unit_id
        self.receipts: list[payments.ReceiptView] = []
        self.lines = ListModel([
            Col(lambda: self.tr("Unit"), lambda x: x[0]),
            Col(lambda: self.tr("Quarter"), lambda x: x[2].quarter),
            Col(lambda: self.tr("Item"), lambda x: x[2].item),
            Col(lambda: self.tr("Period"), lambda x: x[2].period),
            Col(lambda: self.tr("Owed"), lambda x: money(x[2].owed), right=True),
        ], self, checkable=True)
        self.lines.set_rows([(u.unit_code, u.unit_id, ln) for u in units for ln in u.lines], check_all=True)
        self.view = table_view(self.lines, name="combinedLines")
        self.total = QLabel(objectName="combinedTotal")
        self.method = method_combo("combinedMethod")
        self.pay_ref = pay_ref_edit("combinedRef")
        self.tendered = QLineEdit(objectName="combinedTendered")
        self.change = QLabel(objectName="combinedChange")
        self.payer = QLineEdit(payer, objectName="combinedPayer")
        form = QFormLayout()
        form.addRow(self.tr("Total of the ticked lines"), self.total)
        form.addRow(self.tr("Payment method"), self.method)
        form.addRow(self.tr("Transaction no."), self.pay_ref)
        form.addRow(self.tr("Cash tendered"), self.tendered)
        form.addRow(self.tr("Change"), self.change)
        form.addRow(self.tr("Payer"), self.payer)
        self.problems = FieldErrors(QLabel(), {"交易流水号": self.pay_ref, "实收现金": self.tendered,
                                               "所选费用": self.view, "支付方式": self.method})
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("One receipt per unit, numbered one after another, each with the "
                                     "same combined-payment number.")))
        lay.addWidget(self.view, 1)
        lay.addLayout(form)
        lay.addWidget(self.problems.label)
        lay.addWidget(dialog_buttons(self, self.accept, ok=QDialogButtonBox.StandardButton.Ok))
        self.lines.dataChanged.connect(lambda *_: self._update())
        self.method.currentIndexChanged.connect(lambda _=0: self._update())
        self.tendered.textChanged.connect(lambda _="": self._update())
        self._update()

    def due(self) -> Decimal:
        return sum((x[2].owed for x in self.lines.checked_rows()), Decimal("0.00"))

    def _update(self) -> None:
        due = self.due()
        units = {x[1] for x in self.lines.checked_rows()}
        self.total.setText(self.tr("{due} yuan for {n} units").format(due=money(due), n=len(units)))
        method = PayMethod[self.method.currentData()]
        self.pay_ref.setEnabled(method in REFERENCED_METHODS)
        self.tendered.setEnabled(method is PayMethod.CASH)
        try:
            tendered = Decimal(self.tendered.text().strip()) if self.tendered.text().strip() else None
        except InvalidOperation:
            tendered = None
        cash = method is PayMethod.CASH and tendered is not None and tendered >= due
        self.change.setText(money(tendered - due) if cash else "")

    def _take(self) -> list[payments.ReceiptView]:
        picks: dict[int, list[int]] = {}
        for _code, unit_id, line in self.lines.checked_rows():
            picks.setdefault(unit_id, []).append(line.line_id)
        method = PayMethod[self.method.currentData()]
        self.receipts = combined.take_combined(
            self.session.ctx, self.session.actor, self.unit_id, picks, method,
            tendered=self.tendered.text() if method is PayMethod.CASH else None,
            pay_ref=self.pay_ref.text() if self.pay_ref.isEnabled() else "", payer=self.payer.text())
        return self.receipts

    def save(self) -> None:
        if submit(self.problems, self._take):
            super().accept()

    def accept(self) -> None:  # Enter and the OK button take the payment first
        self.save()
