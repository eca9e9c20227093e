"""The unit page's facility bookings: every booking of the unit, with its state."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local
from deskapp.gui.places import open_place
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import fill_table, simple_table
from deskapp.services.facilities import bookings
from deskapp.services.hooks import Place


class UnitBookingsSection(QWidget):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.setObjectName("unitBookingsSection")
        self.table = simple_table("unitBookingTable", [self.tr("Number"), self.tr("Facility"), self.tr("Time"),
                                                       self.tr("Booked by"), self.tr("State")])
        self.table.setMaximumHeight(150)
        # a booking is approved, moved or cancelled in 公共设施 ▸ 预约: a double-click opens it there, chosen
        self.table.itemDoubleClicked.connect(lambda _i: self.open_booking())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.FACILITIES in flags else None)
        self.refresh()

    def refresh(self) -> None:
        rows = bookings.for_unit(self.session.ctx, self.session.actor, self.unit_id)
        fill_table(self.table, [[b.number, b.facility, f"{local(b.starts_at):%Y-%m-%d %H:%M}–{local(b.ends_at):%H:%M}",
                                 b.person, b.state.value] for b in rows], [b.id for b in rows])

    def open_booking(self) -> bool:
        row = self.table.currentRow()
        if row < 0 or self.table.item(row, 0) is None:
            return False
        return open_place(self.window(), Place.BOOKINGS, self.table.item(row, 0).text())
