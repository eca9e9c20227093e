"""Small pieces the billing tabs share: money formatting, the payment method, a button row (the
list table model and its view are the desk's: gui/list_model.py)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from deskapp.domain.billing import REFERENCED_METHODS, PayMethod
from deskapp.gui.list_model import ListModel


def money(v: Decimal | None) -> str:
    return "" if v is None else f"{v:,.2f}"


def num(v: Decimal | None) -> str:
    return "" if v is None else format(v.normalize(), "f")


def method_combo(name: str, *, prepaid: bool = False) -> QComboBox:
    """支付方式, the member's name as data. 预存款 only at the counter, where the balance can pay:
    a charge taken on its own (an ad-hoc fee, a combined payment) is paid with money."""
    combo = QComboBox(objectName=name)
    for m in PayMethod:
        if prepaid or m is not PayMethod.PREPAID:
            combo.addItem(m.value, m.name)
    return combo


def pay_ref_edit(name: str) -> QLineEdit:
    """交易流水号 as the payer's phone or the POS slip shows it (domain.billing.check_pay_ref: 4–40)."""
    edit = QLineEdit(objectName=name)
    edit.setMaxLength(40)
    return edit


def ref_follows_method(method: QComboBox, pay_ref: QLineEdit) -> None:
    """The 交易流水号 field open only for a method that has one (微信, 支付宝, 银行卡, 转账), emptied
    when cash is chosen: kept so as the method changes, and set now."""
    def follow() -> None:
        pay_ref.setEnabled(PayMethod[method.currentData()] in REFERENCED_METHODS)
        if not pay_ref.isEnabled():
            pay_ref.clear()
    method.currentIndexChanged.connect(lambda _i: follow())
    follow()


def tick_buttons(model: ListModel, name: str) -> tuple[QPushButton, QPushButton]:
    """全选 and 全不选 beside a list of tick boxes: the arrears list's 87 units are not ticked one by
    one, nor the counter's lines unticked one by one to take a single quarter."""
    every = QPushButton(QCoreApplication.translate("TickButtons", "Tick all"), objectName=f"{name}TickAll")
    every.clicked.connect(lambda _=False: model.set_all_checked(True))
    none = QPushButton(QCoreApplication.translate("TickButtons", "Untick all"), objectName=f"{name}TickNone")
    none.clicked.connect(lambda _=False: model.set_all_checked(False))
    return every, none
