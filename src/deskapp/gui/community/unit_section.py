"""The unit page's activity sign-ups: each activity the unit signed up for, with its people, state
and whether they came."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import fill_table, simple_table
from deskapp.services.community import signups


class UnitSignupsSection(QWidget):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.setObjectName("unitSignupsSection")
        self.table = simple_table("unitSignupTable", [self.tr("Activity"), self.tr("Time"), self.tr("Name"),
                                                      self.tr("People"), self.tr("State"), self.tr("Came")])
        self.table.setMaximumHeight(150)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.COMMUNITY in flags else None)
        self.refresh()

    def refresh(self) -> None:
        rows = signups.for_unit(self.session.ctx, self.session.actor, self.unit_id)
        fill_table(self.table, [[s.activity, f"{local(s.starts_at):%Y-%m-%d %H:%M}", s.name, str(s.people),
                                 self.tr("activity called off") if s.activity_cancelled else s.state.value,
                                 self.tr("yes") if s.attended else ""] for s in rows], [s.id for s in rows])
