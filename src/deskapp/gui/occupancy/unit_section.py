"""The unit page's 空置房 / 出租 section: the unit's last vacant-unit checks with their findings, and its
tenants with their lease — one past the lease end and still on file in red, with a line saying so."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import fill_table, simple_table, plain_label
from deskapp.services.occupancy import rentals, vacant


class UnitOccupancySection(QWidget):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session, self.unit_id = session, unit_id
        self.setObjectName("unitOccupancySection")
        self.over = plain_label(objectName="unitLeaseOver")
        self.over.setStyleSheet("color: #c00000; font-weight: bold;")
        self.tenants = simple_table("unitTenants", [self.tr("Tenant"), self.tr("Phone"), self.tr("Lease start"),
                                                    self.tr("Lease end"), self.tr("Owner notified")])
        self.checks = simple_table("unitVacantChecks", [self.tr("Checked on"), self.tr("By"), self.tr("Findings")])
        for t in (self.tenants, self.checks):
            t.setMaximumHeight(130)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.over)
        lay.addWidget(plain_label(self.tr("Tenants")))
        lay.addWidget(self.tenants)
        lay.addWidget(plain_label(self.tr("Vacant-unit checks")))
        lay.addWidget(self.checks)
        session.bus.changed.connect(
            lambda flags: self.refresh() if flags & {Change.OCCUPANCY, Change.PEOPLE} else None)
        self.refresh()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        rows = rentals.tenants(ctx, actor, unit_id=self.unit_id)
        fill_table(self.tenants, [[r.name, r.phone, r.lease_start, r.lease_end, r.notified_on] for r in rows],
                   [r.tie_id for r in rows], red=[r.over for r in rows])
        late = [r for r in rows if r.over]
        self.over.setText("；".join(self.tr("Tenant {name} is past the lease end ({end})").format(
            name=r.name, end=f"{r.lease_end:%Y-%m-%d}") for r in late))
        self.over.setVisible(bool(late))  # empty, it left a blank strip above 租户
        checks = vacant.unit_checks(ctx, actor, self.unit_id)
        fill_table(self.checks, [[f"{c.checked_on:%Y-%m-%d}", c.checked_by, c.findings or self.tr("all OK")]
                                 for c in checks], [c.id for c in checks], red=[bool(c.findings) for c in checks])
