"""The occupancy forms: a vacant unit's check (each item OK or a finding with its note and what it
becomes; the unit's keys in custody and waiting mail shown, not typed), and a tenant's registration."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from deskapp.domain.occupancy import CheckItem, CheckLine, FindingAction, TenantInput
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
