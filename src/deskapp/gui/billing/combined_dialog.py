"""合并缴费… at the counter: the owner's units with what each still owes, ticked lines across
units paid with one payment — a receipt per unit sharing one 合并缴费号, previewed together. A unit
whose four 物业费 quarters of a year are ticked is offered the supervisor's 预交一年优惠 rule, ticked,
as the counter offers it for one unit (year_ahead.counter_offer)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget,
)

from deskapp.domain.billing import REFERENCED_METHODS, PayMethod
from deskapp.gui.billing.common import method_combo, money, pay_ref_edit
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.errors import call
from deskapp.gui.forms import FieldErrors, dialog_buttons, submit
from deskapp.gui.session import DeskSession
from deskapp.services.billing import combined, payments, year_ahead
from deskapp.gui.widgets import plain_label


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
        # 预交一年优惠, a ticked box per unit offered it; the units whose offer the payer declined
        self.offers: dict[int, year_ahead.YearAheadOffer] = {}
        self.offer_checks: dict[int, QCheckBox] = {}
        self.declined: set[int] = set()
        self.offers_box = QWidget(objectName="combinedOffers")
        self.offers_layout = QVBoxLayout(self.offers_box)
        self.offers_layout.setContentsMargins(0, 0, 0, 0)
        self.total = plain_label(objectName="combinedTotal")
        self.method = method_combo("combinedMethod")
        self.pay_ref = pay_ref_edit("combinedRef")
        self.tendered = QLineEdit(objectName="combinedTendered")
        self.change = plain_label(objectName="combinedChange")
        self.payer = QLineEdit(payer, objectName="combinedPayer")
        form = QFormLayout()
        form.addRow(self.tr("Total of the ticked lines"), self.total)
        form.addRow(self.tr("Payment method"), self.method)
        form.addRow(self.tr("Transaction no."), self.pay_ref)
        form.addRow(self.tr("Cash tendered"), self.tendered)
        form.addRow(self.tr("Change"), self.change)
        form.addRow(self.tr("Payer"), self.payer)
        self.problems = FieldErrors(plain_label(), {"交易流水号": self.pay_ref, "实收现金": self.tendered,
                                               "所选费用": self.view, "支付方式": self.method})
        lay = QVBoxLayout(self)
        lay.addWidget(plain_label(self.tr("One receipt per unit, numbered one after another, each with the "
                                     "same combined-payment number.")))
        lay.addWidget(self.view, 1)
        lay.addWidget(self.offers_box)
        lay.addLayout(form)
        lay.addWidget(self.problems.label)
        lay.addWidget(dialog_buttons(self, self.accept, ok=QDialogButtonBox.StandardButton.Ok))
        self.lines.dataChanged.connect(lambda *_: self._ticked())
        self.method.currentIndexChanged.connect(lambda _=0: self._update())
        self.tendered.textChanged.connect(lambda _="": self._update())
        self._ticked()

    def _picks(self) -> dict[int, list[int]]:
        picks: dict[int, list[int]] = {}
        for _code, unit_id, line in self.lines.checked_rows():
            picks.setdefault(unit_id, []).append(line.line_id)
        return picks

    def _ticked(self) -> None:
        """The lines ticked changed: each unit's offer asked again, its box shown or taken away."""
        codes = {unit_id: code for code, unit_id, _line in self.lines.rows()}
        self.offers = {}
        for unit_id, ids in self._picks().items():
            if len(ids) >= 4:
                outcome = call(self, year_ahead.counter_offer, self.session.ctx, self.session.actor, unit_id, ids)
                if outcome.ok and outcome.value is not None:
                    self.offers[unit_id] = outcome.value
        for unit_id in list(self.offer_checks):
            if unit_id not in self.offers:  # hidden at once: deleteLater waits for the dialog's own loop
                gone = self.offer_checks.pop(unit_id)
                gone.hide()
                gone.deleteLater()
        for unit_id, o in self.offers.items():
            box = self.offer_checks.get(unit_id)
            if box is None:
                box = self.offer_checks[unit_id] = QCheckBox(objectName=f"combinedYearAhead{unit_id}")
                box.setChecked(unit_id not in self.declined)
                box.toggled.connect(lambda on, u=unit_id: self._take_offer(u, on))
                self.offers_layout.addWidget(box)
            box.setText(self.tr("{unit}: year-ahead offer “{rule}”: {months} months off, {off} yuan").format(
                unit=codes[unit_id], rule=o.rule_name, months=int(o.months * o.years), off=money(o.amount)))
        self._update()

    def _take_offer(self, unit_id: int, taken: bool) -> None:
        (self.declined.discard if taken else self.declined.add)(unit_id)
        self._update()

    def taken_offers(self) -> dict[int, year_ahead.YearAheadOffer]:
        return {u: o for u, o in self.offers.items() if u not in self.declined}

    def due(self) -> Decimal:
        """What the payer pays: the ticked lines less the offers taken."""
        owed = sum((x[2].owed for x in self.lines.checked_rows()), Decimal("0.00"))
        return owed - sum((o.amount for o in self.taken_offers().values()), Decimal("0.00"))

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
        method = PayMethod[self.method.currentData()]
        self.receipts = combined.take_combined(
            self.session.ctx, self.session.actor, self.unit_id, self._picks(), method,
            tendered=self.tendered.text() if method is PayMethod.CASH else None,
            pay_ref=self.pay_ref.text() if self.pay_ref.isEnabled() else "", payer=self.payer.text(),
            year_ahead={u: o.rule_id for u, o in self.taken_offers().items()})
        return self.receipts

    def save(self) -> None:
        if submit(self.problems, self._take):
            super().accept()

    def accept(self) -> None:  # Enter and the OK button take the payment first
        self.save()
