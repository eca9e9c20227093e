"""临时收费… at the counter: one item of the supervisor's list for the counter's unit, its
amount, how it was paid (with the 交易流水号 for 微信/支付宝/银行卡/转账) and, for 有偿维修, the
unit's repair order it pays. Saving issues the receipt; the counter then previews it."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_one_off import REPAIR_ITEM
from deskapp.gui.billing.common import method_combo, money, pay_ref_edit, ref_follows_method
from deskapp.gui.forms import FormDialog
from deskapp.gui.session import DeskSession
from deskapp.services.billing import adhoc


class AdhocDialog(FormDialog):
    def __init__(self, session: DeskSession, unit_id: int, unit_code: str, payer: str, parent=None):
        super().__init__(parent, self.tr("Ad-hoc charge for {unit}").format(unit=unit_code))
        self.setObjectName("adhocDialog")
        self.session, self.unit_id = session, unit_id
        self.item = QComboBox(objectName="adhocItem")
        self.item.addItems(adhoc.items(session.ctx, session.actor))
        self.repair = QComboBox(objectName="adhocRepair")
        self.repairs = adhoc.payable_repairs(session.ctx, session.actor, unit_id)
        self.repair.addItem(self.tr("(none)"), "")
        for r in self.repairs:
            charge = "" if r.charge is None else f"  {money(r.charge)}"
            self.repair.addItem(f"{r.number}  {r.fault[:20]}  {r.state}{charge}", r.number)
        self.amount = QLineEdit(objectName="adhocAmount")
        self.method = method_combo("adhocMethod")
        self.pay_ref = pay_ref_edit("adhocRef")
        self.note = QLineEdit(objectName="adhocNote")
        self.note.setMaxLength(100)
        self.payer = QLineEdit(payer, objectName="adhocPayer")
        self.row(self.tr("Item"), self.item, "收费项目")
        self.row(self.tr("Repair order"), self.repair, "维修单")
        self.row(self.tr("Amount"), self.amount, "金额")
        self.row(self.tr("Payment method"), self.method, "支付方式")
        self.row(self.tr("Transaction no."), self.pay_ref, "交易流水号")
        self.row(self.tr("Note"), self.note, "备注")
        self.row(self.tr("Payer"), self.payer, "交款人")
        self.item.currentIndexChanged.connect(lambda _=0: self._item_changed())
        self.repair.currentIndexChanged.connect(lambda _=0: self._repair_changed())
        ref_follows_method(self.method, self.pay_ref)
        self._item_changed()
        self.item.setFocus()

    def _item_changed(self) -> None:
        repair = self.item.currentText() == REPAIR_ITEM
        self.repair.setEnabled(repair)
        if not repair:
            self.repair.setCurrentIndex(0)

    def _repair_changed(self) -> None:
        """The technician's charge on the order is offered as the amount."""
        chosen = next((r for r in self.repairs if r.number == self.repair.currentData()), None)
        if chosen is not None and chosen.charge is not None:
            self.amount.setText(f"{chosen.charge:.2f}")

    def submit(self):
        return adhoc.charge(self.session.ctx, self.session.actor, self.unit_id, self.item.currentText(),
                            self.amount.text(), PayMethod[self.method.currentData()], pay_ref=self.pay_ref.text(),
                            note=self.note.text(), repair_number=self.repair.currentData() or "",
                            payer=self.payer.text())
