"""The 收费 view: one tab per job of the cashier, the steward and the supervisor."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.gui.session import DeskSession
from deskapp.services.billing.common import COLLECT, HANDOVER


class BillingView(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        from deskapp.gui.billing.arrears_tab import ArrearsTab
        from deskapp.gui.billing.counter import CounterTab
        from deskapp.gui.billing.deposits_tab import DepositsTab
        from deskapp.gui.billing.discounts_tab import DiscountsTab
        from deskapp.gui.billing.handover_tab import FinanceHandoverTab
        from deskapp.gui.billing.invoices_tab import InvoicesTab
        from deskapp.gui.billing.readings import ReadingsTab
        from deskapp.gui.billing.receipts_tab import ReceiptsTab
        from deskapp.gui.billing.refunds_tab import RefundsTab
        from deskapp.gui.billing.run_tab import RunTab
        from deskapp.gui.billing.standards_tab import StandardsTab

        self.session = session
        self.tabs = QTabWidget(objectName="billingTabs")
        self.counter = CounterTab(session)
        self.tabs.addTab(self.counter, self.tr("Counter"))
        self.readings = ReadingsTab(session)
        self.tabs.addTab(self.readings, self.tr("Meter readings"))
        self.run = RunTab(session)
        self.tabs.addTab(self.run, self.tr("Bill run && notices"))
        self.receipts = ReceiptsTab(session)
        self.tabs.addTab(self.receipts, self.tr("Receipts"))
        self.invoices = InvoicesTab(session)
        self.tabs.addTab(self.invoices, self.tr("Invoices"))
        self.refunds = RefundsTab(session)
        self.tabs.addTab(self.refunds, self.tr("Refunds"))
        self.deposits = DepositsTab(session)
        self.tabs.addTab(self.deposits, self.tr("Deposits ledger"))
        self.handover = FinanceHandoverTab(session)
        self.tabs.addTab(self.handover, self.tr("Daily handover"))
        self.arrears = ArrearsTab(session)
        self.tabs.addTab(self.arrears, self.tr("Arrears && dunning"))
        self.discounts = DiscountsTab(session)
        self.tabs.addTab(self.discounts, self.tr("Discounts"))
        self.standards = StandardsTab(session)
        self.tabs.addTab(self.standards, self.tr("Fee standards"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.counter), session.may(COLLECT))
        self.tabs.setTabVisible(self.tabs.indexOf(self.handover), session.may(HANDOVER))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)

    def pay_for(self, unit_id: int) -> None:
        """Open the counter on a unit (from its page's billing section)."""
        self.tabs.setCurrentWidget(self.counter)
        self.counter.open_unit(unit_id)
