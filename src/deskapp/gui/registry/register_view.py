"""The unit register (业户档案): filter, sort, scroll through every unit (ids first, rows loaded
as they are shown: `LazyTableModel`); Enter opens one; new unit (supervisor), edit and change
state of the selected one."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QLineEdit, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.domain.units import UnitKind, UnitState
from deskapp.gui.lazy_model import LazyTableModel
from deskapp.gui.paged_model import Column
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import ActionRow, edge_row, table_view, plain_label
from deskapp.services.registry import common as registry_common
from deskapp.services.registry import community as registry_community
from deskapp.services.registry import units as registry_units
from deskapp.contracts.registry import UnitFilter


class UnitRegisterView(QWidget):
    unit_opened = Signal(int)

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("unitRegister")
        self.text = QLineEdit(placeholderText=self.tr("Unit code contains…"))
        self.text.setObjectName("registerFilterText")
        self.building = QComboBox(objectName="registerFilterBuilding")
        self._fill_buildings()
        self.state = QComboBox(objectName="registerFilterState")
        self.state.addItem(self.tr("All states"), None)
        for s in UnitState:
            self.state.addItem(s.value, s.name)
        self.kind = QComboBox(objectName="registerFilterKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for k in UnitKind:
            self.kind.addItem(k.value, k.name)
        self.count = plain_label(objectName="registerCount")

        filters = edge_row((plain_label(self.tr("Filter:")), self.text, self.building, self.state, self.kind), (self.count,))

        columns = [
            Column("code", lambda: self.tr("Unit"), lambda r: r.code),
            Column("building", lambda: self.tr("Building"), lambda r: r.building),
            Column("building", lambda: self.tr("Stairwell"), lambda r: r.stairwell),
            Column("floor", lambda: self.tr("Floor"), lambda r: r.floor, align_right=True),
            Column("kind", lambda: self.tr("Kind"), lambda r: r.kind.value),
            Column("state", lambda: self.tr("State"), lambda r: r.state.value),
            Column("building_area", lambda: self.tr("Building area ㎡"), lambda r: r.building_area, True),
            Column("inner_area", lambda: self.tr("Inner area ㎡"), lambda r: r.inner_area, True),
            Column("code", lambda: self.tr("Owners"), lambda r: r.owners),
        ]
        self.model = LazyTableModel(columns, self._fetch_ids, self._fetch_rows, self)
        self.model.modelReset.connect(self._show_count)
        # sorted by the code, ascending: the indicator is set before sorting is enabled, so the
        # ids are queried once
        self.table = table_view("registerTable", self.model, sortable=True, descending=False)
        self.table.activated.connect(self._open)

        # Ctrl+N works from the search box too: the actions' shortcuts live while the register is shown
        actions = ActionRow(self)
        self.act_new = actions.add("actNewUnit", self.tr("&New unit…"), self.new_unit, shortcut="Ctrl+N",
                                   allowed=session.may(registry_common.EDIT_UNIT))
        self.act_open = actions.add("actOpenUnit", self.tr("&Open unit"), self.open_selected)
        self.act_edit = actions.add("actEditUnit", self.tr("&Edit unit…"), self.edit_selected, shortcut="F2",
                                    allowed=session.may(registry_common.EDIT_UNIT))
        self.act_state = actions.add("actUnitState", self.tr("Change &state…"), self.change_state_selected,
                                     shortcut="Ctrl+Shift+S", allowed=session.may(registry_common.EDIT_PEOPLE))
        actions.addStretch(1)
        # a centre entering its units by hand makes their buildings first (a roster import makes its own)
        self.act_building = actions.add("actNewBuilding", self.tr("New &building…"), self.new_building,
                                        allowed=session.may(registry_common.SETUP))

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table)
        self.setTabOrder(self.text, self.building)
        self.setTabOrder(self.building, self.state)
        self.setTabOrder(self.state, self.kind)
        self.setTabOrder(self.kind, self.table)

        self.text.textChanged.connect(self.reload)
        for combo in (self.building, self.state, self.kind):
            combo.currentIndexChanged.connect(self.reload)
        session.bus.changed.connect(self._on_changed)
        if not self.model.loaded:  # setSortingEnabled above has loaded the ids already
            self.model.reload()

    def current_filter(self) -> UnitFilter:
        # combo data are enum names: PySide turns str-enums into plain str
        state, kind = self.state.currentData(), self.kind.currentData()
        return UnitFilter(text=self.text.text().strip(), building_id=self.building.currentData(),
                          state=UnitState[state] if state else None, kind=UnitKind[kind] if kind else None)

    def _fetch_ids(self, **kw) -> list[int]:
        return registry_units.unit_register_ids(self.session.ctx, self.session.actor, self.current_filter(), **kw)

    def _fetch_rows(self, unit_ids: list[int]):
        return registry_units.unit_register_rows(self.session.ctx, self.session.actor, unit_ids)

    def reload(self) -> None:
        """Query again (filter changed, or units changed): the selected unit stays selected
        if it is still in the register."""
        current = self.selected_unit_id()
        self.model.reload()
        row = self.model.row_for_id(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _show_count(self) -> None:
        self.count.setText(self.tr("{n} units").format(n=self.model.total))

    def _fill_buildings(self) -> None:
        """The building filter: all, then each building; filled again when buildings come (a new one,
        a roster import), keeping the one chosen."""
        chosen = self.building.currentData()
        self.building.blockSignals(True)
        self.building.clear()
        self.building.addItem(self.tr("All buildings"), None)
        for b in registry_community.buildings(self.session.ctx, self.session.actor):
            self.building.addItem(b.name, b.id)
        self.building.setCurrentIndex(max(self.building.findData(chosen), 0))
        self.building.blockSignals(False)

    def _on_changed(self, flags) -> None:
        if Change.UNITS in flags:
            self._fill_buildings()
        if Change.UNITS in flags or Change.PEOPLE in flags:
            self.reload()

    def selected_unit_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.id_at(index.row())

    def _open(self, index) -> None:
        self.open_unit(self.model.id_at(index.row()))

    def open_unit(self, unit_id: int) -> None:
        window = self.window()
        if window is not self and hasattr(window, "open_unit"):  # not when the register is a window itself
            window.open_unit(unit_id)
        self.unit_opened.emit(unit_id)

    def open_selected(self) -> None:
        unit_id = self.selected_unit_id()
        if unit_id is not None:
            self.open_unit(unit_id)

    @staticmethod
    def _run(dialog) -> bool:
        try:
            return dialog.exec() == dialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def new_unit(self) -> int | None:
        from deskapp.gui.registry.unit_dialogs import UnitDialog

        dialog = UnitDialog(self.session, parent=self)
        created = dialog.created_id if self._run(dialog) else None
        if created is not None:
            self.open_unit(created)
        return created

    def new_building(self) -> int | None:
        """新建楼栋…: the community first, where none is set yet (a new centre's first step)."""
        from deskapp.gui.importing.centre_dialog import centre_is_set
        from deskapp.gui.registry.unit_dialogs import BuildingDialog

        if not centre_is_set(self.window(), self.tr("A building belongs to the community: first give its name "
                                                    "and its service centre's.")):
            return None
        dialog = BuildingDialog(self.session, parent=self)
        return dialog.result_value if self._run(dialog) else None

    def edit_selected(self) -> bool:
        from deskapp.gui.registry.unit_dialogs import UnitDialog

        unit_id = self.selected_unit_id()
        return unit_id is not None and self._run(UnitDialog(self.session, unit_id, parent=self))

    def change_state_selected(self) -> bool:
        from deskapp.gui.registry.unit_dialogs import StateDialog

        unit_id = self.selected_unit_id()
        return unit_id is not None and self._run(StateDialog(self.session, unit_id, parent=self))
