"""The 楼宇管家 view: sub-tabs for today's site checks, decoration permits, release slips,
stairwell rounds and the satisfaction survey, plus the monthly registers."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from deskapp.gui.rounds.checks_tab import ChecksTab
from deskapp.gui.rounds.decoration_tab import DecorationsTab
from deskapp.gui.rounds.release_tab import ReleaseTab
from deskapp.gui.rounds.stairwell_tab import StairwellTab
from deskapp.gui.rounds.survey_tab import SurveyTab
from deskapp.gui.session import DeskSession
from deskapp.gui.monthly_export import export_month
from deskapp.gui.widgets import button, month_combo, plain_label
from deskapp.services.rounds import registers


class RoundsView(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("roundsView")
        self.tabs = QTabWidget(objectName="roundsTabs")
        # each tab is built when first shown: opening the view costs only today's site list
        self._makers = [ChecksTab, DecorationsTab, ReleaseTab, StairwellTab, SurveyTab]
        self._built: dict[int, QWidget] = {}
        for title in (self.tr("Today's site checks"), self.tr("Decoration permits"), self.tr("Release slips"),
                      self.tr("Stairwell rounds"), self.tr("Satisfaction survey")):
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, title)
        self.tabs.currentChanged.connect(self._ensure)
        self._ensure(0)
        bottom = QHBoxLayout()
        if session.may(registers.EXPORT):
            self.register = QComboBox(objectName="roundsRegister")
            for name, label in (("move-ins", self.tr("Move-ins")), ("decorations", self.tr("Decoration permits")),
                                ("inspections", self.tr("Daily site checks")),
                                ("release-slips", self.tr("Release slips")), ("rounds", self.tr("Stairwell rounds")),
                                ("survey", self.tr("Survey visits"))):
                self.register.addItem(label, name)
            self.month = month_combo(session.ctx.clock.today(), "roundsMonth")
            bottom.addWidget(plain_label(self.tr("Monthly register:")))
            bottom.addWidget(self.register)
            bottom.addWidget(self.month)
            bottom.addWidget(button(self.tr("Export to Excel…"), "roundsExport", self.export))
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)

    def _ensure(self, index: int) -> QWidget | None:
        if index < 0 or index >= len(self._makers):
            return None
        if index not in self._built:
            widget = self._makers[index](self.session)
            self.tabs.widget(index).layout().addWidget(widget)
            self._built[index] = widget
        return self._built[index]

    @property
    def checks(self) -> ChecksTab:
        return self._ensure(0)

    @property
    def decorations(self) -> DecorationsTab:
        return self._ensure(1)

    @property
    def release(self) -> ReleaseTab:
        return self._ensure(2)

    @property
    def stairwell(self) -> StairwellTab:
        return self._ensure(3)

    @property
    def survey(self) -> SurveyTab:
        return self._ensure(4)

    def export(self) -> None:
        export_month(self, self.session, self.register.currentData(), self.month.currentData(), tell_rows=True)
