"""钥匙与卡: the view holding one tab per job: keys in custody, the loan register, cards, parking,
the monthly count."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from deskapp.gui.keys.cards_tab import CardsTab
from deskapp.gui.keys.custody_tab import CustodyTab
from deskapp.gui.keys.inventory_tab import InventoryTab
from deskapp.gui.keys.loans_tab import LoansTab
from deskapp.gui.keys.parking_tab import ParkingTab
from deskapp.gui.session import DeskSession


class KeysView(QTabWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.setObjectName("keysView")
        self.session = session
        self.custody = CustodyTab(session, self)
        self.loans = LoansTab(session, self)
        self.cards = CardsTab(session, self)
        self.parking = ParkingTab(session, self)
        self.inventory = InventoryTab(session, self)
        self.addTab(self.custody, self.tr("Keys in custody"))
        self.addTab(self.loans, self.tr("Key loan register"))
        self.addTab(self.cards, self.tr("Cards"))
        self.addTab(self.parking, self.tr("Parking"))
        self.addTab(self.inventory, self.tr("Monthly count"))

    def show_overdue(self) -> None:
        self.setCurrentWidget(self.loans)
        self.loans.show_overdue()
