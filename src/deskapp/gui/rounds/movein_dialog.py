"""交房/收楼 in one visit: the centre's checklist, start readings, keys, cards, the defects found
at handover, the move-in fees (charged through billing, with a receipt), state after."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_one_off import ONE_OFF_ITEMS
from deskapp.domain.reception import DefectKind
from deskapp.domain.units import UnitState
from deskapp.gui import errors
from deskapp.gui.date_field import DateField
from deskapp.gui.forms import dialog_buttons, form_over_buttons
from deskapp.gui.rounds.common import UnitRecordDialog
from deskapp.gui.session import DeskSession
from deskapp.services.billing import one_off
from deskapp.services.rounds import movein


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item else ""


class MoveInDialog(UnitRecordDialog):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(session, unit_id, "moveInDialog", parent)
        page = self.page
        self.move_in_id = None
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
        self.no_gas = QCheckBox(self.tr("No gas supply"), objectName="moveInNoGas")
        self.no_gas.toggled.connect(lambda off: self.gas.setEnabled(not off))
        gas_row = QHBoxLayout()
        gas_row.addWidget(self.gas, 1)
        gas_row.addWidget(self.no_gas)
        self.cards = QLineEdit(objectName="moveInCards", placeholderText=self.tr("e.g. 门禁卡×2、住户卡×1"))
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
        form.addRow(self.tr("Gas meter start"), gas_row)
        form.addRow(self.tr("Cards issued"), self.cards)
        form.addRow(self.defects_box())
        if session.may(one_off.ONE_OFF):
            form.addRow(self.fees_box())
        form.addRow(self.tr("State after move-in"), self.state)
        form.addRow(self.tr("Note"), self.note)
        form_over_buttons(self, form, dialog_buttons(self, self.save))

    def defects_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Defects found at handover (each becomes an engineering defect)"))
        self.defects = QTableWidget(0, 3, objectName="moveInDefects")
        self.defects.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Where"), self.tr("Defect")])
        self.defects.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_defect_btn = QPushButton(self.tr("Add defect"), objectName="moveInAddDefect")
        self.add_defect_btn.clicked.connect(lambda _=False: self.add_defect_row())
        self.drop_defect_btn = QPushButton(self.tr("Remove defect"), objectName="moveInDropDefect")
        self.drop_defect_btn.clicked.connect(lambda _=False: self._drop_row(self.defects))
        return self._table_box(box, self.defects, self.add_defect_btn, self.drop_defect_btn)

    def fees_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Move-in fees (charged with a receipt)"))
        self.fees = QTableWidget(0, 2, objectName="moveInFees")
        self.fees.setHorizontalHeaderLabels([self.tr("Fee"), self.tr("Amount (yuan)")])
        self.fees.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_fee_btn = QPushButton(self.tr("Add fee"), objectName="moveInAddFee")
        self.add_fee_btn.clicked.connect(lambda _=False: self.add_fee_row())
        self.drop_fee_btn = QPushButton(self.tr("Remove fee"), objectName="moveInDropFee")
        self.drop_fee_btn.clicked.connect(lambda _=False: self._drop_row(self.fees))
        self.pay_method = QComboBox(objectName="moveInPayMethod")
        self.pay_method.addItem(self.tr("(choose)"), None)
        for m in PayMethod:
            if m is not PayMethod.PREPAID:
                self.pay_method.addItem(m.value, m)
        out = self._table_box(box, self.fees, self.add_fee_btn, self.drop_fee_btn)
        out.layout().itemAt(1).layout().insertWidget(2, self.pay_method)
        return out

    @staticmethod
    def _table_box(box: QGroupBox, table: QTableWidget, add: QPushButton, drop: QPushButton) -> QGroupBox:
        table.verticalHeader().setVisible(False)
        table.setMinimumHeight(90)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(drop)
        row.addStretch(1)
        lay = QVBoxLayout(box)
        lay.addWidget(table)
        lay.addLayout(row)
        return box

    def add_defect_row(self) -> None:
        r = self.defects.rowCount()
        self.defects.insertRow(r)
        kind = QComboBox(objectName=f"moveInDefectKind_{r}")
        for k in DefectKind:
            kind.addItem(k.value, k)
        self.defects.setCellWidget(r, 0, kind)
        self.defects.setItem(r, 1, QTableWidgetItem(""))
        self.defects.setItem(r, 2, QTableWidgetItem(""))
        self.defects.setCurrentCell(r, 2)

    def add_fee_row(self) -> None:
        r = self.fees.rowCount()
        self.fees.insertRow(r)
        item = QComboBox(objectName=f"moveInFeeItem_{r}")
        item.addItems(ONE_OFF_ITEMS)
        self.fees.setCellWidget(r, 0, item)
        self.fees.setItem(r, 1, QTableWidgetItem(""))
        self.fees.setCurrentCell(r, 1)

    @staticmethod
    def _drop_row(table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    def data(self) -> movein.MoveInInput:
        defects = tuple(movein.HandoverDefect(DefectKind(self.defects.cellWidget(r, 0).currentData()),
                                              _text(self.defects, r, 2), _text(self.defects, r, 1))
                        for r in range(self.defects.rowCount()))
        has_fees = hasattr(self, "fees")
        fees = tuple((self.fees.cellWidget(r, 0).currentText(), _text(self.fees, r, 1))
                     for r in range(self.fees.rowCount())) if has_fees else ()
        readings = {"水": self.water.text(), "电": self.power.text()}
        if not self.no_gas.isChecked():
            readings["燃气"] = self.gas.text()
        return movein.MoveInInput(
            unit_id=self.unit_id, handed_over_on=self.day.value(), owner_name=self.owner.currentText(),
            ticked=tuple(i for i, cb in self.checks.items() if cb.isChecked()), keys_count=self.keys.value(),
            readings=readings, cards=self.cards.text(),
            state_after=UnitState(self.state.currentData() or UnitState.OCCUPIED), note=self.note.text(),
            has_gas=not self.no_gas.isChecked(), defects=defects, fees=fees,
            pay_method=self._pay_method())

    def _pay_method(self) -> PayMethod | None:
        chosen = self.pay_method.currentData() if hasattr(self, "fees") else None
        return PayMethod(chosen) if chosen else None

    def save(self) -> None:
        fields = {"业主": self.owner, "钥匙数量": self.keys, "水表起始读数": self.water, "电表起始读数": self.power,
                  "燃气表起始读数": self.gas, "交房日期": self.day}
        if hasattr(self, "fees"):
            fields["支付方式"] = self.pay_method
        out = errors.call(self, lambda: movein.move_in(self.session.ctx, self.session.actor, self.data()),
                          fields=fields)
        if out.ok:
            self.move_in_id = out.value
            self.accept()
