"""Registering a unit (supervisor), changing its facts, and changing its state; a new building."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from deskapp.domain.units import UnitKind, UnitState
from deskapp.gui.date_field import DateField
from deskapp.gui.forms import dialog_buttons, FieldErrors, FormDialog, submit
from deskapp.gui.session import DeskSession
from deskapp.services.registry import community as registry_community
from deskapp.services.registry import units as registry_units
from deskapp.gui.widgets import plain_label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = dialog_buttons(dialog, dialog.accept, QDialogButtonBox.StandardButton.Ok)
    box.setObjectName("buttonBox")
    return box


class UnitDialog(QDialog):
    """New unit (unit_id None) or edit one; the code (building-stairwell-room) is fixed once made."""

    def __init__(self, session: DeskSession, unit_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.setObjectName("unitDialog")
        self.setWindowTitle(self.tr("New unit") if unit_id is None else self.tr("Edit unit"))
        self.created_id: int | None = None
        self.version: int | None = None  # the unit's as loaded: another desk's save since refuses ours

        self.building = QComboBox(objectName="buildingCombo")
        for b in registry_community.buildings(session.ctx, session.actor):
            self.building.addItem(f"{b.code}  {b.name}", b.code)
        self.stairwell = QLineEdit(objectName="stairwellEdit", placeholderText=self.tr("e.g. 2 (empty for shops)"))
        self.room = QLineEdit(objectName="roomEdit", placeholderText=self.tr("e.g. 1502"))
        self.floor = QLineEdit(objectName="floorEdit", placeholderText=self.tr("empty: from the room number"))
        self.kind = QComboBox(objectName="kindCombo")
        for k in UnitKind:
            self.kind.addItem(k.value, k.value)
        self.state = QComboBox(objectName="stateCombo")
        for s in UnitState:
            self.state.addItem(s.value, s.value)
        self.building_area = QLineEdit(objectName="buildingAreaEdit", placeholderText="98.50")
        self.inner_area = QLineEdit(objectName="innerAreaEdit", placeholderText="80.00")
        self.delivered = DateField(optional=True, label="交付日期", today=session.ctx.clock.today,
                                   objectName="deliveredEdit")
        self.notes = QLineEdit(objectName="notesEdit")

        form = QFormLayout()
        form.addRow(self.tr("&Building"), self.building)
        form.addRow(self.tr("&Stairwell"), self.stairwell)
        form.addRow(self.tr("&Room"), self.room)
        form.addRow(self.tr("&Floor"), self.floor)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("S&tate"), self.state)
        form.addRow(self.tr("Building &area ㎡"), self.building_area)
        form.addRow(self.tr("&Inner area ㎡"), self.inner_area)
        form.addRow(self.tr("&Delivered on"), self.delivered)
        form.addRow(self.tr("&Notes"), self.notes)
        self.error = plain_label()
        self.problems = FieldErrors(self.error, {
            "楼栋": self.building, "单元": self.stairwell, "房号": self.room, "楼层": self.floor, "类型": self.kind,
            "状态": self.state, "建筑面积": self.building_area, "套内面积": self.inner_area,
            "交付日期": self.delivered})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        if unit_id is not None:
            self._load(unit_id)

    def _load(self, unit_id: int) -> None:
        p = registry_units.unit_page(self.session.ctx, self.session.actor, unit_id)
        self.version = p.version
        self.building.setCurrentIndex(max(self.building.findData(p.building_code), 0))
        self.stairwell.setText(p.stairwell)
        self.room.setText(p.room)
        for w in (self.building, self.stairwell, self.room):
            w.setEnabled(False)
        self.floor.setText("" if p.floor is None else str(p.floor))
        self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
        self.state.setCurrentIndex(self.state.findData(p.state.value))
        self.state.setEnabled(False)  # a state change has its own dialog (with a reason in the chronicle)
        self.building_area.setText("" if p.building_area is None else str(p.building_area))
        self.inner_area.setText("" if p.inner_area is None else str(p.inner_area))
        self.delivered.set_value(p.delivered_on)
        self.notes.setText(p.notes)
        self.floor.setFocus()

    def values(self) -> dict:
        return {"building": self.building.currentData() or "", "stairwell": self.stairwell.text(),
                "room": self.room.text(), "floor": self.floor.text(), "kind": self.kind.currentData(),
                "state": self.state.currentData(), "building_area": self.building_area.text(),
                "inner_area": self.inner_area.text(), "notes": self.notes.text()}

    def accept(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        if self.unit_id is None:
            def create():
                self.created_id = registry_units.create_unit(ctx, actor, self.values(), delivered_on=self.delivered.value())

            ok = submit(self.problems, create)
        else:
            def update():
                changes = {k: v for k, v in self.values().items()
                           if k not in ("building", "stairwell", "room", "state")}
                changes["delivered_on"] = self.delivered.value()
                registry_units.update_unit(ctx, actor, self.unit_id, changes, version=self.version)

            ok = submit(self.problems, update)
        if ok:
            super().accept()


class StateDialog(QDialog):
    """Change a unit's state (空置 → 自住 ...) with the reason recorded in its chronicle."""

    def __init__(self, session: DeskSession, unit_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.setObjectName("stateDialog")
        page = registry_units.unit_page(session.ctx, session.actor, unit_id)
        self.setWindowTitle(self.tr("Change the state of {code}").format(code=page.code))
        self.state = QComboBox(objectName="stateCombo")
        for s in UnitState:
            self.state.addItem(s.value, s.name)  # names: PySide turns str-enums into plain str
        self.state.setCurrentIndex(self.state.findData(page.state.name))
        self.reason = QPlainTextEdit(objectName="reasonEdit")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why, e.g. 业主入住 / 租客退租"))
        self.reason.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Current state"), plain_label(page.state.value))
        form.addRow(self.tr("&New state"), self.state)
        form.addRow(self.tr("&Reason"), self.reason)
        self.error = plain_label()
        self.problems = FieldErrors(self.error, {"状态": self.state})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def accept(self) -> None:
        if submit(self.problems, registry_units.set_unit_state, self.session.ctx, self.session.actor, self.unit_id,
                  UnitState[self.state.currentData()], self.reason.toPlainText().strip()):
            super().accept()


class BuildingDialog(FormDialog):
    """新建楼栋: a building the units are then entered in by hand (a roster import makes its own)."""

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent, self.tr("New building"))
        self.setObjectName("buildingDialog")
        self.session = session
        self.code = QLineEdit(objectName="buildingCode", placeholderText="3")
        self.name = QLineEdit(objectName="buildingName", placeholderText=self.tr("empty: 3号楼"))
        self.floors = QLineEdit(objectName="buildingFloors", placeholderText="18")
        self.row(self.tr("Building &no.:"), self.code, "楼栋编号")
        self.row(self.tr("&Name:"), self.name, "名称")
        self.row(self.tr("&Floors:"), self.floors, "层数")

    def submit(self):
        return registry_community.add_building(self.session.ctx, self.session.actor, self.code.text(),
                                               self.name.text(), self.floors.text())
