"""车位: parking spaces and their leases (车位租赁协议)."""
from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.domain.keys import SpaceState
from deskapp.gui.forms import ask_line
from deskapp.gui.keys import dialogs
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import ActionRow, refill, simple_table, plain_label
from deskapp.services.keys import parking as keys_parking


class ParkingTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        acts = ActionRow(self)
        acts.add("actAddSpace", self.tr("Register &space…"), self.add_space, allowed=session.may(keys_parking.SPACES))
        acts.add("actSellSpace", self.tr("Mark s&old…"), self.sell_space, allowed=session.may(keys_parking.SPACES))
        may = session.may(keys_parking.LEASE)
        acts.add("actLease", self.tr("&Lease…"), self.lease, shortcut="Ctrl+N", allowed=may)
        acts.add("actEndLease", self.tr("&End early…"), self.end_lease, allowed=may)
        acts.add("actRenewLease", self.tr("Re&new lease…"), self.renew_lease, allowed=may)
        acts.add("actPrintLease", self.tr("&Print agreement…"), self.print_agreement, shortcut="Ctrl+P")
        self.current_only = QCheckBox(self.tr("Current and future leases only"), objectName="leasesCurrentOnly",
                                      checked=True)
        acts.addStretch(1)
        # how many spaces are free is what a caller asking for one wants to know first
        self.count = plain_label(objectName="spacesCount")
        acts.addWidget(self.count)
        acts.addWidget(self.current_only)
        self.spaces = simple_table("spacesTable", [self.tr("Space"), self.tr("Area"), self.tr("State"),
                                                 self.tr("Owned by"), self.tr("Lessee"), self.tr("Lease ends")], several=True)
        self.leases = simple_table("leasesTable", [
            self.tr("Agreement"), self.tr("Space"), self.tr("Unit"), self.tr("Lessee"), self.tr("Phone"),
            self.tr("Plates"), self.tr("From"), self.tr("To"), self.tr("Monthly rent"), self.tr("Deposit"),
            self.tr("Ended early"), self.tr("Renews")], several=True)
        self.spaces.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.leases.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        lay = QVBoxLayout(self)
        lay.addLayout(acts)
        row = QHBoxLayout()
        row.addWidget(self.spaces, 2)
        row.addWidget(self.leases, 5)
        lay.addLayout(row)
        self.current_only.toggled.connect(self.reload)
        session.bus.changed.connect(lambda flags: self.reload() if Change.KEYS in flags else None)
        self.reload()

    def reload(self) -> None:
        self.space_rows = keys_parking.spaces(self.session.ctx, self.session.actor)
        refill(self.spaces, [[s.number, s.area.value, s.state.value, s.owner_unit, s.lessee, s.lease_end]
                             for s in self.space_rows], [s.id for s in self.space_rows])
        states = Counter(s.state for s in self.space_rows)
        self.count.setText(self.tr("{n} spaces: {free} free, {leased} leased, {sold} sold, {public} public").format(
            n=len(self.space_rows), free=states[SpaceState.FREE], leased=states[SpaceState.LEASED],
            sold=states[SpaceState.SOLD], public=states[SpaceState.PUBLIC]))
        self.lease_rows = keys_parking.leases(self.session.ctx, self.session.actor,
                                              current_only=self.current_only.isChecked())
        refill(self.leases, [[ls.number, ls.space, ls.unit_code, ls.lessee_name, ls.lessee_phone, ls.plates, ls.start,
                              ls.end, ls.monthly_rent, ls.deposit, ls.end_reason if ls.ended_early else "", ls.renews]
                             for ls in self.lease_rows], [ls.id for ls in self.lease_rows])

    def current_lease(self, title: str):
        """The lease under the cursor; none chosen, the clerk is told so rather than nothing happening."""
        rows = self.leases.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, title, self.tr("Choose a lease in the list on the right first."))
            return None
        return self.lease_rows[rows[0].row()]

    def add_space(self) -> None:
        dialogs.SpaceDialog(self.session, parent=self).exec()

    def sell_space(self) -> None:
        """The developer sold a registered space: record the owning unit, so that it is shown 已售
        and no longer offered for a lease (a lease checks the space is not sold)."""
        rows = self.spaces.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Mark sold"), self.tr("Choose a space in the list first."))
            return
        space = self.space_rows[rows[0].row()]
        s = self.session
        # a unit code that does not exist is refused at the line, the form still open to retype it
        ask_line(self, self.tr("Mark sold"), self.tr("Space {n} was sold to unit (e.g. 3-2-1502):").format(n=space.number),
                 "产权房号", lambda code: keys_parking.sell_space(s.ctx, s.actor, space.id,
                                                               dialogs.unit_id_of(s, code, "产权房号")))

    def lease(self) -> None:
        rows = self.spaces.selectionModel().selectedRows()
        space_id = self.space_rows[rows[0].row()].id if rows else None
        dlg = dialogs.LeaseDialog(self.session, space_id, parent=self)
        if dlg.exec() == dlg.DialogCode.Accepted and dlg.result_value is not None:
            dialogs.print_agreement(self, self.session, dlg.result_value.id, dlg.result_value.number)

    def end_lease(self) -> None:
        ls = self.current_lease(self.tr("End early"))
        if ls is not None:
            dialogs.EndLeaseDialog(self.session, ls, parent=self).exec()

    def renew_lease(self) -> None:
        ls = self.current_lease(self.tr("Renew lease"))
        if ls is None:
            return
        dlg = dialogs.RenewLeaseDialog(self.session, ls, parent=self)
        if dlg.exec() == dlg.DialogCode.Accepted and dlg.result_value is not None:
            dialogs.print_agreement(self, self.session, dlg.result_value.id, dlg.result_value.number)

    def print_agreement(self) -> None:
        ls = self.current_lease(self.tr("Print agreement"))
        if ls is not None:
            dialogs.print_agreement(self, self.session, ls.id, ls.number)
