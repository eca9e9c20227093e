"""The 空置房 / 出租 view: two tabs, the vacant units and the rented ones."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.gui.occupancy.rentals_tab import RentalsTab
from deskapp.gui.occupancy.vacant_tab import VacantTab
from deskapp.gui.session import DeskSession


class OccupancyView(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget(objectName="occupancyTabs")
        self.vacant = VacantTab(session)
        self.rentals = RentalsTab(session)
        self.tabs.addTab(self.vacant, self.tr("Vacant units"))
        self.tabs.addTab(self.rentals, self.tr("Tenants and leases"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
