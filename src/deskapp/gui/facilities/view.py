"""公共设施: the view holding one tab per job: the bookings register, the facilities with their
closures, the day's opening and closing checks."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from deskapp.gui.facilities.bookings_tab import BookingsTab
from deskapp.gui.facilities.checks_tab import ChecksTab
from deskapp.gui.facilities.facilities_tab import FacilitiesTab
from deskapp.gui.session import DeskSession


class FacilitiesView(QTabWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.setObjectName("facilitiesView")
        self.bookings = BookingsTab(session, self)
        self.facilities = FacilitiesTab(session, self)
        self.checks = ChecksTab(session, self)
        self.addTab(self.bookings, self.tr("Bookings"))
        self.addTab(self.facilities, self.tr("Facilities and closures"))
        self.addTab(self.checks, self.tr("Opening and closing checks"))
