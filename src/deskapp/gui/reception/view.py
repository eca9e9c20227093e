"""The 前台接待 view: the clerk's day in sub-tabs, from the morning list to the evening handover."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from deskapp.gui.reception.handover_tab import HandoverTab
from deskapp.gui.reception.notices_tab import NoticesTab
from deskapp.gui.reception.registers_tab import DefectsTab, LogTab, MailTab, ViolationsTab
from deskapp.gui.reception.repairs_tab import RepairsTab
from deskapp.gui.reception.requests_tab import RequestsTab
from deskapp.gui.reception.today_tab import TodayTab
from deskapp.gui.session import DeskSession


class ReceptionView(QTabWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.setObjectName("receptionView")
        self.today = TodayTab(session)
        self.requests = RequestsTab(session)
        self.repairs = RepairsTab(session)
        self.log = LogTab(session)
        self.handover = HandoverTab(session)
        self.mail = MailTab(session)
        self.defects = DefectsTab(session)
        self.violations = ViolationsTab(session)
        self.notices = NoticesTab(session)
        for widget, title in (
            (self.today, self.tr("Today")), (self.requests, self.tr("Requests && complaints")),
            (self.repairs, self.tr("Repair orders")), (self.log, self.tr("Reception log")),
            (self.handover, self.tr("Shift handover")), (self.mail, self.tr("Mail")),
            (self.defects, self.tr("Construction defects")), (self.violations, self.tr("Violations")),
            (self.notices, self.tr("Notices")),
        ):
            self.addTab(widget, title)
        self.requests.repair_made.connect(self._show_repair)

    def _show_repair(self, number: str) -> None:
        self.setCurrentWidget(self.repairs)
        self.repairs.show_record(number)
