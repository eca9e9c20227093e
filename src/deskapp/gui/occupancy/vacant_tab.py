"""空置房: the vacant units with their last check, those not checked this period marked; 记录巡查… on the
selected unit; the month's 空置房巡查记录表 exported."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.gui import errors
from deskapp.gui.monthly_export import MonthExport
from deskapp.gui.occupancy.dialogs import VacantCheckDialog
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, edge_row, fill_table, selected_id, simple_table, told_unless
from deskapp.services.occupancy import vacant


class VacantTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.table = simple_table("vacantUnits", [self.tr("Unit"), self.tr("Last checked"), self.tr("This period")])
        layout = QVBoxLayout(self)
        layout.addLayout(edge_row([button(self.tr("Record a check…"), "vacantCheck", lambda: self.check())],
                                  [MonthExport(self.session, "vacant-checks", "vacantExport")]))
        layout.addWidget(self.table)
        session.bus.changed.connect(lambda flags: self.refresh() if flags & {Change.OCCUPANCY, Change.UNITS} else None)
        self.refresh()

    def refresh(self) -> None:
        rows = vacant.vacant_units(self.session.ctx, self.session.actor)
        fill_table(self.table, [[r.code, f"{r.last_checked:%Y-%m-%d}" if r.last_checked else "",
                                 self.tr("not checked") if r.due else self.tr("checked")] for r in rows],
                   [r.unit_id for r in rows], red=[r.due for r in rows])

    def check(self) -> VacantCheckDialog | None:
        unit_id = told_unless(selected_id(self.table), self, self.tr("Record a check"),
                              self.tr("Choose the vacant unit in the list first."))
        if unit_id is None:
            return None
        out = errors.call(self, vacant.check_facts, self.session.ctx, self.session.actor, unit_id)
        if not out.ok:
            return None
        dlg = VacantCheckDialog(self, self.session, out.value)
        dlg.open()
        return dlg
