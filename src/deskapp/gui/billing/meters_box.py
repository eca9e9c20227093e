"""公共表: the shared meters whose usage is allocated (公摊), and adding one."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from deskapp.domain.billing import AllocationBasis, MeterKind
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.errors import call
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.services.registry import community as registry_community
from deskapp.services.billing import meters


class SharedMetersBox(QGroupBox):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Shared meters"))
        self.session = session
        self.model = ListModel([
            Col(lambda: self.tr("Meter no."), lambda m: m.number),
            Col(lambda: self.tr("Name"), lambda m: m.name),
            Col(lambda: self.tr("Kind"), lambda m: m.kind.value),
            Col(lambda: self.tr("Building"), lambda m: m.building or self.tr("Whole community")),
            Col(lambda: self.tr("Shared by"), lambda m: m.basis.value),
            Col(lambda: self.tr("Master"), lambda m: self.tr("Yes") if m.master else ""),
        ], self)
        self.number = QLineEdit(objectName="meterNumber")
        self.name = QLineEdit(objectName="meterName")
        self.kind = QComboBox(objectName="meterNewKind")
        for k in MeterKind:
            self.kind.addItem(k.value, k.name)
        self.building = QComboBox(objectName="meterBuilding")
        self.building.addItem(self.tr("Whole community"), "")
        for b in registry_community.buildings(session.ctx, session.actor):
            self.building.addItem(b.name, b.code)
        self.basis = QComboBox(objectName="meterBasis")
        for b in AllocationBasis:
            self.basis.addItem(b.value, b.name)
        self.master = QCheckBox(self.tr("Master meter: the units' own meters are taken off"), objectName="meterMaster")
        add = QPushButton(self.tr("Add shared meter"), objectName="meterAdd")
        add.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("Meter no."), self.number)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Building"), self.building)
        form.addRow(self.tr("Shared by"), self.basis)
        form.addRow("", self.master)
        form.addRow("", add)
        editor = QWidget()
        editor.setLayout(form)
        hide_unless(editor, session.may(meters.SETUP))
        lay = QVBoxLayout(self)
        lay.addWidget(table_view(self.model, name="sharedMeters"))
        lay.addWidget(editor)
        self.reload()

    def reload(self) -> None:
        outcome = call(self, meters.shared_meters, self.session.ctx, self.session.actor)
        if outcome.ok:
            self.model.set_rows(outcome.value)

    def add(self) -> bool:
        outcome = call(self, meters.add_shared_meter, self.session.ctx, self.session.actor, self.number.text(),
                       MeterKind[self.kind.currentData()], self.building.currentData() or None, self.name.text(),
                       master=self.master.isChecked(), basis=AllocationBasis[self.basis.currentData()],
                       fields={"表号": self.number, "名称": self.name})
        if outcome.ok:
            self.number.clear()
            self.name.clear()
            self.reload()
        return outcome.ok
