"""How a deposit's money crosses the counter, asked in every form that takes or gives one back
(card, vehicle card, key loan and return, parking lease, decoration permit and 退押金, 补办): the
method (现金 by default) and, for 微信/支付宝/银行卡/转账, the transaction number, as the
counter's payment asks them. The cashier's 费用移交表 counts the deposit by this method."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from deskapp.domain.billing import REFERENCED_METHODS, PayMethod
from deskapp.domain.billing_deposits import REFUND_METHODS, DepositMoney


class DepositMoneyRows(QObject):
    """Two rows of a form, named for the service's fields 付款方式 and 交易流水号: `add_row(label,
    widget, field)` is a FormDialog's `row`, or a hand-built dialog's own."""

    def __init__(self, parent: QWidget, name: str, add_row: Callable[[str, QWidget, str], object], *,
                 giving_back: bool = False):
        super().__init__(parent)
        self.method = QComboBox(objectName=f"{name}Method")
        for m in REFUND_METHODS:
            self.method.addItem(m.value, m.name)
        self.pay_ref = QLineEdit(objectName=f"{name}Ref")
        self.pay_ref.setMaxLength(40)
        self.pay_ref.setEnabled(False)  # cash: no reference
        label = self.tr("Deposit returned by") if giving_back else self.tr("Deposit paid by")
        add_row(label, self.method, "付款方式")
        add_row(self.tr("Transaction no."), self.pay_ref, "交易流水号")
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())

    def _method_changed(self) -> None:
        self.pay_ref.setEnabled(PayMethod[self.method.currentData()] in REFERENCED_METHODS)
        if not self.pay_ref.isEnabled():
            self.pay_ref.clear()

    def set_enabled(self, enabled: bool) -> None:
        """Greyed out where there is no deposit to take or give back."""
        self.method.setEnabled(enabled)
        self.pay_ref.setEnabled(enabled and PayMethod[self.method.currentData()] in REFERENCED_METHODS)

    def money(self) -> DepositMoney:
        return DepositMoney(PayMethod[self.method.currentData()], self.pay_ref.text())
