"""The occupancy forms: a vacant unit's check (each item OK or a finding with its note and what it
becomes; the unit's keys in custody and waiting mail shown, not typed), a tenant's registration,
and what comes at a lease's end: 续租 (the new end) or 退租 (the day and what the unit becomes)."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from deskapp.contracts.occupancy import TenantRow

from deskapp.domain.occupancy import CheckItem, CheckLine, FindingAction, TenantInput
from deskapp.domain.units import UnitState
from deskapp.gui.forms import FormDialog, date_edit, enum_combo, finding_unticks
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.services.occupancy import rentals, vacant
from deskapp.services.occupancy.vacant import CheckFacts
from deskapp.gui.widgets import plain_label


class VacantCheckDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession, facts: CheckFacts):
        super().__init__(parent, self.tr("Vacant-unit check: {unit}").format(unit=facts.code))
        self.session, self.unit_id = session, facts.unit_id
        today = session.ctx.clock.today
        self.row(self.tr("Unit"), plain_label(facts.code, objectName="checkUnit"), "房屋")
        self.day = self.row(self.tr("Checked on"), date_edit(today(), "checkDay", label="检查日期", today=today),
                            "检查日期")
        self.row(self.tr("Keys in custody"),
                 plain_label(facts.keys_held or self.tr("none held by the centre"), objectName="checkKeys"))
        self.row(self.tr("Mail waiting at reception"), plain_label(str(facts.mail_waiting), objectName="checkMail"))
        box = QWidget(objectName="checkItems")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for c, head in enumerate((self.tr("Item"), self.tr("OK"), self.tr("What was found"), self.tr("Becomes"))):
            grid.addWidget(plain_label(head), 0, c)
        self.items: dict[CheckItem, tuple[QCheckBox, QLineEdit, QWidget]] = {}
        for r, item in enumerate(CheckItem, 1):
            ok = QCheckBox(objectName=f"checkOk{item.name}", checked=True)
            note = QLineEdit(objectName=f"checkNote{item.name}")
            action = enum_combo(FindingAction, name=f"checkAction{item.name}")
            for c, w in enumerate((plain_label(said(item.value)), ok, note, action)):
                grid.addWidget(w, r, c)
            finding_unticks(ok, note, action)
            self.items[item] = (ok, note, action)
            self.widgets[item.value] = note  # a finding without its note is refused here
        self.row(self.tr("Checklist"), box)

    def submit(self):
        lines = [CheckLine(item, ok.isChecked(), note.text(), action.currentData())
                 for item, (ok, note, action) in self.items.items()]
        return vacant.record_check(self.session.ctx, self.session.actor, self.unit_id, self.day.value(), lines)


class TenantDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession):
        super().__init__(parent, self.tr("Register a tenant"))
        self.session = session
        today = session.ctx.clock.today
        self.unit = self.row(self.tr("Unit"), QLineEdit(objectName="tenantUnit"), "房号")
        self.name = self.row(self.tr("Name"), QLineEdit(objectName="tenantName"), "姓名")
        self.phone = self.row(self.tr("Phone"), QLineEdit(objectName="tenantPhone"), "手机号")
        self.start = self.row(self.tr("Lease start"), date_edit(None, "tenantStart", label="租期开始", optional=True,
                                                                today=today), "租期开始")
        self.end = self.row(self.tr("Lease end"), date_edit(None, "tenantEnd", label="租期结束", optional=True,
                                                            today=today), "租期结束")

    def submit(self):
        ctx, actor = self.session.ctx, self.session.actor
        unit_id = rentals.unit_of(ctx, actor, self.unit.text())
        return rentals.register_tenant(ctx, actor, unit_id, TenantInput(self.name.text(), self.phone.text(),
                                                                        self.start.value(), self.end.value()))


class RenewDialog(FormDialog):
    """续租: the tenant's new lease end, a year on from the old one unless typed."""

    def __init__(self, parent: QWidget | None, session: DeskSession, tenant: TenantRow):
        super().__init__(parent, self.tr("Renew the lease of {tenant}").format(tenant=tenant.name))
        self.session, self.tenant = session, tenant
        today = session.ctx.clock.today
        old = tenant.lease_end
        self.row(self.tr("Unit"), plain_label(tenant.unit_code))
        self.row(self.tr("Lease end"), plain_label(f"{old:%Y-%m-%d}" if old else self.tr("not set")))
        proposed = _a_year_after(old or today())
        self.end = self.row(self.tr("New lease end"), date_edit(proposed, "renewEnd", label="新租期结束", today=today),
                            "新租期结束")

    def submit(self):
        return rentals.renew_lease(self.session.ctx, self.session.actor, self.tenant.tie_id, self.end.value())


class MoveOutDialog(FormDialog):
    """退租: the day the tenant moved out (today unless typed) and, when no tenant is left, what the
    unit becomes (空置 unless the owner moves back in)."""

    def __init__(self, parent: QWidget | None, session: DeskSession, tenant: TenantRow):
        super().__init__(parent, self.tr("Tenant {tenant} moves out").format(tenant=tenant.name))
        self.session, self.tenant = session, tenant
        today = session.ctx.clock.today
        self.row(self.tr("Unit"), plain_label(tenant.unit_code))
        # a lease already over: the tenant most likely left on its last day
        over = tenant.lease_end is not None and tenant.lease_end < today()
        self.on = self.row(self.tr("Moved out on"), date_edit(tenant.lease_end if over else today(), "moveOutDay",
                                                              label="退租日期", today=today), "退租日期")
        self.becomes = self.row(self.tr("The unit becomes"), QComboBox(objectName="moveOutBecomes"), "房屋改为")
        for state in rentals.AFTER_MOVE_OUT:
            self.becomes.addItem(state.value, state.name)
        others = [t.name for t in rentals.tenants(session.ctx, session.actor, unit_id=tenant.unit_id)
                  if t.tie_id != tenant.tie_id]
        if others:  # the unit stays 出租 while another tenant lives there
            self.becomes.setEnabled(False)
            self.becomes.setToolTip(self.tr("{names} still rent the unit: it stays rented").format(
                names="、".join(others)))
            self.row("", plain_label(self.becomes.toolTip(), objectName="moveOutOthers"))
        self.note = self.row(self.tr("Note"), QLineEdit(objectName="moveOutNote",
                                                        placeholderText=self.tr("e.g. keys and cards handed back")),
                             "备注")

    def submit(self):
        return rentals.end_lease(self.session.ctx, self.session.actor, self.tenant.tie_id, self.on.value(),
                                 UnitState[self.becomes.currentData()], self.note.text())


def _a_year_after(day: date) -> date:
    """The same day a year on (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)
