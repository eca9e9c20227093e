"""收费… for an approved booking: what it costs (使用费 on a receipt, 押金 into the 押金台账, and
their total), how it is paid (with the 交易流水号 for 微信/支付宝/银行卡/转账) and who pays. Saving
takes both in one transaction; the tab then previews the fee's receipt."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from deskapp.contracts.facilities import BookingRow
from deskapp.domain.billing import PayMethod
from deskapp.domain.local_time import local
from deskapp.gui.billing.common import method_combo, money, pay_ref_edit, ref_follows_method
from deskapp.gui.forms import FormDialog
from deskapp.gui.session import DeskSession
from deskapp.services.facilities import bookings


class CollectDialog(FormDialog):
    def __init__(self, session: DeskSession, row: BookingRow, parent=None):
        super().__init__(parent, self.tr("Collect for booking {n}").format(n=row.number))
        self.setObjectName("collectBookingDialog")
        self.session, self.booking = session, row
        self.row(self.tr("Facility"), QLabel(row.facility), "设施")
        self.row(self.tr("Time"), QLabel(f"{local(row.starts_at):%Y-%m-%d %H:%M}–{local(row.ends_at):%H:%M}"), "时间")
        self.row(self.tr("Unit"), QLabel(f"{row.unit_code}　{row.person}"), "房号")
        self.row(self.tr("Fee"), QLabel(money(row.fee), objectName="collectFee"), "使用费")
        self.row(self.tr("Deposit"), QLabel(money(row.deposit), objectName="collectDeposit"), "押金")
        self.row(self.tr("Total"), QLabel(money(row.fee + row.deposit), objectName="collectTotal"), "合计")
        self.method = self.row(self.tr("Payment method"), method_combo("collectMethod"), "支付方式")
        self.pay_ref = self.row(self.tr("Transaction no."), pay_ref_edit("collectRef"), "交易流水号")
        self.payer = self.row(self.tr("Payer"), QLineEdit(row.person, objectName="collectPayer"), "交款人")
        ref_follows_method(self.method, self.pay_ref)
        self.method.setFocus()

    def submit(self):
        return bookings.collect(self.session.ctx, self.session.actor, self.booking.id,
                                PayMethod[self.method.currentData()], self.pay_ref.text(), self.payer.text())
