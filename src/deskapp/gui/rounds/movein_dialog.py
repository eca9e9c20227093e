"""交房/收楼 in one visit: the centre's checklist, start readings, keys, cards, state after."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox,
    QVBoxLayout,
)

from deskapp.domain.units import UnitState
from deskapp.gui import errors
from deskapp.gui.date_field import DateField
from deskapp.gui.rounds.common import FLAG
from deskapp.gui.session import DeskSession
from deskapp.services import registry
from deskapp.services.rounds import movein


class MoveInDialog(QDialog):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session, self.unit_id = session, unit_id
        self.move_in_id = None
        self.setObjectName("moveInDialog")
        page = registry.unit_page(session.ctx, session.actor, unit_id)
        self.setWindowTitle(self.tr("Move-in — {unit}").format(unit=page.code))
        self.owner = QComboBox(objectName="moveInOwner", editable=True)
        self.owner.addItems([p.name for p in page.people if p.relation.value == "业主"])
        self.day = DateField(session.ctx.clock.today(), label="交房日期", today=session.ctx.clock.today,
                             objectName="moveInDay")
        self.checks: dict[str, QCheckBox] = {}
        box = QGroupBox(self.tr("Checklist (everything in one visit)"))
        lay = QVBoxLayout(box)
        for i, item in enumerate(movein.checklist(session.ctx)):
            cb = QCheckBox(item, objectName=f"moveInItem_{i}")
            lay.addWidget(cb)
            self.checks[item] = cb
        self.keys = QSpinBox(objectName="moveInKeys", minimum=0, maximum=99)
        self.keys.setValue(3)
        self.water = QLineEdit(objectName="moveInWater")
        self.power = QLineEdit(objectName="moveInPower")
        self.gas = QLineEdit(objectName="moveInGas")
        self.cards = QLineEdit(objectName="moveInCards", placeholderText=self.tr("e.g. 门禁卡×2、住户卡×1"))
        self.fees = QLineEdit(objectName="moveInFees")
        self.state = QComboBox(objectName="moveInState")
        for s in movein.AFTER_STATES:
            self.state.addItem(s.value, s)
        self.note = QLineEdit(objectName="moveInNote")
        form = QFormLayout()
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Handed over on"), self.day)
        form.addRow(box)
        form.addRow(self.tr("Keys handed over"), self.keys)
        form.addRow(self.tr("Water meter start"), self.water)
        form.addRow(self.tr("Electricity meter start"), self.power)
        form.addRow(self.tr("Gas meter start"), self.gas)
        form.addRow(self.tr("Cards issued"), self.cards)
        form.addRow(self.tr("Fees"), self.fees)
        form.addRow(self.tr("State after move-in"), self.state)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def data(self) -> movein.MoveInInput:
        return movein.MoveInInput(
            unit_id=self.unit_id, handed_over_on=self.day.value(), owner_name=self.owner.currentText(),
            ticked=tuple(i for i, cb in self.checks.items() if cb.isChecked()), keys_count=self.keys.value(),
            readings={"水": self.water.text(), "电": self.power.text(), "燃气": self.gas.text()},
            cards=self.cards.text(), state_after=UnitState(self.state.currentData() or UnitState.OCCUPIED),
            fees_note=self.fees.text(), note=self.note.text())

    def save(self) -> None:
        fields = {"业主": self.owner, "钥匙数量": self.keys, "水表起始读数": self.water, "电表起始读数": self.power,
                  "燃气表起始读数": self.gas, "交房日期": self.day}
        out = errors.call(self, lambda: movein.move_in(self.session.ctx, self.session.actor, self.data()),
                          fields=fields)
        if out.ok:
            self.move_in_id = out.value
            self.session.bus.announce(FLAG, "units", "keys", "meters", "chronicle")
            self.accept()
