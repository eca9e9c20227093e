"""The unit register (业户档案): filter, sort, page through every unit; Enter opens one."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from deskapp.domain.units import UnitKind, UnitState
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.session import DeskSession
from deskapp.services import registry
from deskapp.services.registry_filters import UnitFilter


class UnitRegisterView(QWidget):
    unit_opened = Signal(int)

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("unitRegister")
        self.text = QLineEdit(placeholderText=self.tr("Unit code contains…"))
        self.text.setObjectName("registerFilterText")
        self.building = QComboBox(objectName="registerFilterBuilding")
        self.building.addItem(self.tr("All buildings"), None)
        for b in registry.buildings(session.ctx, session.actor):
            self.building.addItem(b.name, b.id)
        self.state = QComboBox(objectName="registerFilterState")
        self.state.addItem(self.tr("All states"), None)
        for s in UnitState:
            self.state.addItem(s.value, s)
        self.kind = QComboBox(objectName="registerFilterKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for k in UnitKind:
            self.kind.addItem(k.value, k)
        self.count = QLabel(objectName="registerCount")

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Filter:")))
        for w in (self.text, self.building, self.state, self.kind):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.count)

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
        self.model = PagedTableModel(columns, self._fetch, self)
        self.table = QTableView(objectName="registerTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.activated.connect(self._open)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self.text.textChanged.connect(self.reload)
        for combo in (self.building, self.state, self.kind):
            combo.currentIndexChanged.connect(self.reload)
        session.bus.changed.connect(self._on_changed)
        self.reload()

    def current_filter(self) -> UnitFilter:
        return UnitFilter(text=self.text.text().strip(), building_id=self.building.currentData(),
                          state=self.state.currentData(), kind=self.kind.currentData())

    def _fetch(self, **kw):
        return registry.unit_register(self.session.ctx, self.session.actor, self.current_filter(), **kw)

    def reload(self) -> None:
        self.model.reload()
        self.count.setText(self.tr("{n} units").format(n=self.model.total))

    def _on_changed(self, flags) -> None:
        if "units" in flags or "people" in flags:
            self.reload()

    def _open(self, index) -> None:
        row = self.model.row_at(index.row())
        window = self.window()
        if hasattr(window, "open_unit"):
            window.open_unit(row.id)
        self.unit_opened.emit(row.id)
