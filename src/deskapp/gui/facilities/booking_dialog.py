"""预约公共设施: the unit (its people load when the code is typed), who of them books, the facility,
from–to, heads and purpose. A refusal names its field and keeps the form open. Enter in the unit
field loads its people and moves on to 预约人: everything after it is filled in already (the first
person, the first facility, its first free hour), so Enter there saved a booking nobody had chosen."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from deskapp.domain.facilities import BookingInput, first_free_hour
from deskapp.domain.errors import ValidationError
from deskapp.gui import errors
from deskapp.gui.forms import FormDialog, datetime_edit
from deskapp.gui.session import DeskSession
from deskapp.services.facilities import bookings


class BookingDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession, facilities: list, unit_code: str = ""):
        super().__init__(parent, self.tr("Book a facility"))
        self.session = session
        self.unit_id: int | None = None
        today = session.ctx.clock.today
        self.hours = {f.id: (f.opens, f.closes) for f in facilities}
        start = self._proposed_start(facilities[0].id if facilities else None)
        self.unit = self.row(self.tr("Unit"), QLineEdit(unit_code, objectName="bookingUnit",
                                                        placeholderText=self.tr("Unit code, e.g. 3-1-1502")), "房屋")
        self.person = self.row(self.tr("Booked by"), QComboBox(objectName="bookingPerson"), "预约人")
        self.facility = self.row(self.tr("Facility"), QComboBox(objectName="bookingFacility"), "设施")
        for f in facilities:
            self.facility.addItem(f"{f.name}（{f.opens:%H:%M}–{f.closes:%H:%M}）", f.id)
        self.starts = self.row(self.tr("From"), datetime_edit(start, "bookingStart", label="开始时间", today=today),
                               "开始时间")
        self.ends = self.row(self.tr("To"), datetime_edit(start + timedelta(hours=1), "bookingEnd", label="结束时间",
                                                          today=today), "结束时间")
        self.heads = self.row(self.tr("Heads"), QSpinBox(objectName="bookingHeads", minimum=1, maximum=500), "人数")
        self.purpose = self.row(self.tr("Purpose"), QLineEdit(objectName="bookingPurpose"), "用途")
        self.proposed = start
        self.facility.currentIndexChanged.connect(lambda _: self.propose_times())
        self.unit.editingFinished.connect(self.load_people)
        self.unit.installEventFilter(self)
        if unit_code:
            self.load_people()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter in the unit field: its people loaded (editingFinished) and the focus on 预约人, not saved."""
        if (watched is self.unit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.person.setFocus(Qt.FocusReason.TabFocusReason)  # leaving the field loads its people
            return True
        return super().eventFilter(watched, event)

    def _proposed_start(self, facility_id) -> datetime:
        """The next whole hour, within the facility's opening hours (the first one's before any is chosen)."""
        now = self.session.ctx.clock.now()
        if facility_id not in self.hours:
            return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        return first_free_hour(now, *self.hours[facility_id])

    def propose_times(self) -> None:
        """Another facility chosen: its first bookable hour, unless the desk has typed times already."""
        if self.starts.last_good() != self.proposed:
            return
        self.proposed = self._proposed_start(self.facility.currentData())
        self.starts.set_value(self.proposed)
        self.ends.set_value(self.proposed + timedelta(hours=1))

    def load_people(self) -> None:
        """The unit's current people, once its code is typed."""
        self.person.clear()
        self.unit_id = None
        if not self.unit.text().strip():
            return
        out = errors.call(self, bookings.unit_people, self.session.ctx, self.session.actor, self.unit.text(),
                          fields=self.widgets)
        if out.ok:
            self.unit_id = out.value.unit_id
            for p in out.value.people:
                self.person.addItem(f"{p.name}（{p.relation.value}）", p.person_id)

    def submit(self):
        if self.unit_id is None:
            raise ValidationError("房屋", "请填写房号")
        if self.person.currentData() is None:
            raise ValidationError("预约人", "该房屋没有在册的人员，请先在业户档案中登记")
        data = BookingInput(self.facility.currentData(), self.unit_id, self.person.currentData(), self.starts.value(),
                            self.ends.value(), self.heads.value(), self.purpose.text())
        return bookings.book(self.session.ctx, self.session.actor, data)
