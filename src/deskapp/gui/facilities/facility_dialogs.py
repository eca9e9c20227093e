"""The supervisor's small editor of a facility (hours, capacity, rules, fee, deposit) and the
停用维护 form (from–to, reason)."""
from __future__ import annotations

from datetime import time, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTimeEdit, QWidget

from deskapp.contracts.facilities import FacilityRow
from deskapp.domain.errors import ValidationError
from deskapp.domain.facilities import FacilityInput, FacilityKind
from deskapp.gui.forms import FormDialog, datetime_edit, enum_combo, text_box
from deskapp.gui.session import DeskSession
from deskapp.services.facilities import closures, facilities


def _time_edit(value: time, name: str) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute), objectName=name)
    edit.setDisplayFormat("HH:mm")
    return edit


def _money(edit: QLineEdit, field: str) -> Decimal:
    try:
        return Decimal(edit.text().strip() or "0")
    except InvalidOperation:
        raise ValidationError(field, "请填写金额，如 200 或 50.00") from None


class FacilityDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession, row: FacilityRow | None = None):
        super().__init__(parent, self.tr("Facility") if row else self.tr("New facility"))
        self.session = session
        self.facility_id = row.id if row else None
        self.name = self.row(self.tr("Name"), QLineEdit(row.name if row else "", objectName="facilityName"), "设施名称")
        self.kind = self.row(self.tr("Kind"), enum_combo(FacilityKind, name="facilityKind"), "设施类别")
        if row:
            self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.opens = self.row(self.tr("Opens"), _time_edit(row.opens if row else time(8), "facilityOpens"), "开馆时间")
        self.closes = self.row(self.tr("Closes"), _time_edit(row.closes if row else time(21), "facilityCloses"),
                               "闭馆时间")
        self.capacity = self.row(self.tr("Capacity"), QSpinBox(objectName="facilityCapacity", minimum=1, maximum=500,
                                                               value=row.capacity if row else 1), "容纳人数")
        self.fee = self.row(self.tr("Fee per booking"), QLineEdit(f"{row.fee:.2f}" if row else "0",
                                                                  objectName="facilityFee"), "收费标准")
        self.deposit = self.row(self.tr("Deposit"), QLineEdit(f"{row.deposit:.2f}" if row else "0",
                                                              objectName="facilityDeposit"), "押金")
        self.rules = self.row(self.tr("Rules"), text_box(90, "facilityRules"), "使用须知")
        if row:
            self.rules.setPlainText(row.rules)

    def submit(self):
        o, c = self.opens.time(), self.closes.time()
        data = FacilityInput(self.name.text(), self.kind.currentData(), time(o.hour(), o.minute()),
                             time(c.hour(), c.minute()), self.capacity.value(), self.rules.toPlainText(),
                             _money(self.fee, "收费标准"), _money(self.deposit, "押金"))
        return facilities.save_facility(self.session.ctx, self.session.actor, self.facility_id, data)


class ClosureDialog(FormDialog):
    """停用维护: the bookings in that time are cancelled and their holders listed to call."""

    def __init__(self, parent: QWidget | None, session: DeskSession, rows: list[FacilityRow], chosen: int | None):
        super().__init__(parent, self.tr("Close for maintenance"))
        self.session = session
        today = session.ctx.clock.today
        start = session.ctx.clock.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        self.facility = self.row(self.tr("Facility"), QComboBox(objectName="closureFacility"), "设施")
        for f in rows:
            self.facility.addItem(f.name, f.id)
        if chosen is not None:
            self.facility.setCurrentIndex(self.facility.findData(chosen))
        self.starts = self.row(self.tr("From"), datetime_edit(start, "closureStart", label="停用开始", today=today),
                               "停用开始")
        self.ends = self.row(self.tr("To"), datetime_edit(start + timedelta(days=1), "closureEnd", label="停用结束",
                                                          today=today), "停用结束")
        self.reason = self.row(self.tr("Reason"), QLineEdit(objectName="closureReason"), "停用原因")

    def submit(self):
        return closures.close_for_maintenance(self.session.ctx, self.session.actor, self.facility.currentData(),
                                              self.starts.value(), self.ends.value(), self.reason.text())
