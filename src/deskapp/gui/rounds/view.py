"""The 楼宇管家 view: sub-tabs for today's site checks, decoration permits, release slips,
stairwell rounds and the satisfaction survey, plus the monthly registers."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from deskapp.gui.rounds.checks_tab import ChecksTab
from deskapp.gui.rounds.common import button, export_month, month_combo
from deskapp.gui.rounds.decoration_tab import DecorationsTab
from deskapp.gui.rounds.release_tab import ReleaseTab
from deskapp.gui.rounds.stairwell_tab import StairwellTab
from deskapp.gui.rounds.survey_tab import SurveyTab
from deskapp.gui.session import DeskSession
from deskapp.services.rounds import registers


class RoundsView(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("roundsView")
        self.tabs = QTabWidget(objectName="roundsTabs")
        self.checks = ChecksTab(session)
        self.decorations = DecorationsTab(session)
        self.release = ReleaseTab(session)
        self.stairwell = StairwellTab(session)
        self.survey = SurveyTab(session)
        self.tabs.addTab(self.checks, self.tr("Today's site checks"))
        self.tabs.addTab(self.decorations, self.tr("Decoration permits"))
        self.tabs.addTab(self.release, self.tr("Release slips"))
        self.tabs.addTab(self.stairwell, self.tr("Stairwell rounds"))
        self.tabs.addTab(self.survey, self.tr("Satisfaction survey"))
        bottom = QHBoxLayout()
        if session.may(registers.EXPORT):
            self.register = QComboBox(objectName="roundsRegister")
            for name, label in (("move-ins", self.tr("Move-ins")), ("decorations", self.tr("Decoration permits")),
                                ("inspections", self.tr("Daily site checks")),
                                ("release-slips", self.tr("Release slips")), ("rounds", self.tr("Stairwell rounds")),
                                ("survey", self.tr("Survey visits"))):
                self.register.addItem(label, name)
            self.month = month_combo(session.ctx.clock.today(), "roundsMonth")
            bottom.addWidget(QLabel(self.tr("Monthly register:")))
            bottom.addWidget(self.register)
            bottom.addWidget(self.month)
            bottom.addWidget(button(self.tr("Export to Excel…"), "roundsExport", self.export))
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)

    def export(self) -> None:
        export_month(self, self.session, self.register.currentData(), self.month.currentData())
