"""出租单元: the tenants on file by lease end — the leases ending within 30 days (and those past their end,
in red) unless all are asked for; 登记租户…, and on the selected row 通知业主, 续租… and 退租…; the month's
出租房屋登记表."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.gui import errors
from deskapp.gui.monthly_export import MonthExport
from deskapp.gui.occupancy.dialogs import MoveOutDialog, RenewDialog, TenantDialog
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, edge_row, fill_table, selected_id, simple_table, told_unless, as_typed
from deskapp.services.occupancy import rentals


class RentalsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows = []
        self.ending = QCheckBox(self.tr("Ending within 30 days"), objectName="rentalsEnding", checked=True)
        self.ending.toggled.connect(lambda _=False: self.refresh())
        self.table = simple_table("rentalsTable", [self.tr("Unit"), self.tr("Tenant"), self.tr("Phone"),
                                                   self.tr("Lease start"), self.tr("Lease end"),
                                                   self.tr("Owner notified")])
        layout = QVBoxLayout(self)
        layout.addLayout(edge_row([button(self.tr("Register a tenant…"), "rentalsRegister", lambda: self.register()),
                                   button(self.tr("Notify the owner"), "rentalsNotify", lambda: self.notify()),
                                   button(self.tr("Renew…"), "rentalsRenew", lambda: self.renew()),
                                   button(self.tr("Move out…"), "rentalsMoveOut", lambda: self.move_out()),
                                   self.ending],
                                  [MonthExport(self.session, "rentals", "rentalsExport")]))
        layout.addWidget(self.table)
        session.bus.changed.connect(
            lambda flags: self.refresh() if flags & {Change.OCCUPANCY, Change.PEOPLE} else None)
        self.refresh()

    def refresh(self) -> None:
        self.rows = rows = rentals.tenants(self.session.ctx, self.session.actor, ending_only=self.ending.isChecked())
        fill_table(self.table, [[r.unit_code, r.name, r.phone, r.lease_start, r.lease_end, r.notified_on] for r in rows],
                   [r.tie_id for r in rows], red=[r.over for r in rows])

    def register(self) -> TenantDialog:
        dlg = TenantDialog(self, self.session)
        dlg.open()
        return dlg

    def _chosen(self, title: str):
        tie_id = told_unless(selected_id(self.table), self, title, self.tr("Choose a tenant in the list first."))
        return next((r for r in self.rows if r.tie_id == tie_id), None)

    def renew(self) -> RenewDialog | None:
        """续租: the tenant stays on with a later lease end."""
        t = self._chosen(self.tr("Renew the lease"))
        if t is None:
            return None
        dlg = RenewDialog(self, self.session, t)
        dlg.open()
        return dlg

    def move_out(self) -> MoveOutDialog | None:
        """退租: the tenant has moved out; the unit, with no tenant left, becomes vacant or owner-occupied."""
        t = self._chosen(self.tr("Move out"))
        if t is None:
            return None
        dlg = MoveOutDialog(self, self.session, t)
        dlg.open()
        return dlg

    def notify(self) -> None:
        """Drafts a notice to the owner once asked (a notice goes out to a household: it is not drafted
        by a stray click), saying so when this lease end has been notified already."""
        title = self.tr("Notify the owner")
        t = self._chosen(title)
        if t is None:
            return
        tie_id = t.tie_id
        ask = self.tr("Draft a notice to the owner of {unit} that the lease of {tenant} ends on {end}?").format(
            unit=t.unit_code, tenant=t.name, end=t.lease_end or "")
        if t.notified_on:
            ask = self.tr("The owner of {unit} was already notified of this lease end on {day}.").format(
                unit=t.unit_code, day=t.notified_on) + "\n\n" + ask
        if QMessageBox.question(self, title, as_typed(ask)) != QMessageBox.StandardButton.Yes:
            return
        if errors.call(self, rentals.notify_owner, self.session.ctx, self.session.actor, tie_id).ok:
            QMessageBox.information(self, self.tr("Notify the owner"),
                                    self.tr("The notice to the owner is drafted: send it from Front desk ▸ Notices."))
