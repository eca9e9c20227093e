"""公共设施 and 停用维护: the facilities with their hours, capacity, fee and deposit (the supervisor
adds and edits them), the closures not yet over, and 停用维护… which lists the holders to call."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local
from deskapp.gui import errors
from deskapp.gui.facilities.facility_dialogs import ClosureDialog, FacilityDialog
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, edge_row, fill_table, simple_table, as_typed, plain_label
from deskapp.services.facilities import closures, facilities
from deskapp.services.facilities._common import MANAGE



class FacilitiesTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows = []
        self.table = simple_table("facilityTable", [
            self.tr("Facility"), self.tr("Kind"), self.tr("Open"), self.tr("Capacity"), self.tr("Fee"),
            self.tr("Deposit"), self.tr("Rules")])
        self.closures = simple_table("closureTable", [self.tr("Facility"), self.tr("From"), self.tr("To"),
                                                      self.tr("Reason"), self.tr("Closed by")])
        self.closures.setMaximumHeight(160)
        buttons = [button(self.tr("New facility…"), "newFacility", lambda: self.edit(False)),
                   button(self.tr("Edit…"), "editFacility", lambda: self.edit(True)),
                   button(self.tr("Close for maintenance…"), "closeFacility", lambda: self.close_facility())]
        for b in buttons:
            hide_unless(b, session.may(MANAGE))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(edge_row(buttons))
        layout.addWidget(plain_label(self.tr("Closures for maintenance")))
        layout.addWidget(self.closures)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.FACILITIES in flags else None)
        self.refresh()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.rows = facilities.facilities(ctx, actor)
        fill_table(self.table, [[f.name, f.kind.value, f"{f.opens:%H:%M}–{f.closes:%H:%M}", f.capacity, f"{f.fee:.2f}",
                                 f"{f.deposit:.2f}", f.rules.replace("\n", " ")[:40]] for f in self.rows],
                   [f.id for f in self.rows])
        shut = closures.closures(ctx, actor)
        fill_table(self.closures, [[c.facility, f"{local(c.starts_at):%Y-%m-%d %H:%M}", f"{local(c.ends_at):%Y-%m-%d %H:%M}",
                                    c.reason, c.created_by] for c in shut], [c.id for c in shut])

    def _chosen(self):
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def edit(self, existing: bool) -> FacilityDialog | None:
        row = self._chosen() if existing else None
        if existing and row is None:
            return None
        dlg = FacilityDialog(self, self.session, row)
        dlg.open()
        return dlg

    def close_facility(self) -> ClosureDialog:
        chosen = self._chosen()
        dlg = ClosureDialog(self, self.session, self.rows, chosen.id if chosen else None)
        dlg.saved.connect(lambda holders: self._tell_holders(holders))
        dlg.open()
        return dlg

    def _tell_holders(self, holders) -> None:
        """The bookings the closure cancelled: whom the desk now calls."""
        if not holders:
            text = self.tr("No booking was made for that time.")
        else:
            lines = [f"{h.number}  {h.unit_code}  {h.person}  {h.phone}  {local(h.starts_at):%m-%d %H:%M}"
                     for h in holders]
            text = self.tr("{n} bookings were cancelled (因停用取消). Call their holders:").format(n=len(holders))
            text += "\n\n" + "\n".join(lines)
        QMessageBox.information(self, self.tr("Closed for maintenance"), as_typed(text))
