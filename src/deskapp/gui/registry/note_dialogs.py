"""A manual 单元大事记 entry, and the unit's 前台须知 (add with start/end dates, withdraw)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QMessageBox, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from deskapp.domain.dates import format_date
from deskapp.gui.date_field import DateField
from deskapp.gui.forms import dialog_buttons, FieldErrors, submit
from deskapp.gui.session import DeskSession
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.registry import instructions as registry_instructions
from deskapp.services.registry import units as registry_units
from deskapp.gui.widgets import as_typed, plain_label


class ChronicleDialog(QDialog):
    def __init__(self, session: DeskSession, unit_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.setObjectName("chronicleDialog")
        code = registry_units.unit_page(session.ctx, session.actor, unit_id).code
        self.setWindowTitle(self.tr("Unit chronicle entry — {code}").format(code=code))
        self.text = QPlainTextEdit(objectName="chronicleText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What happened, e.g. 业主来电告知长期出国，委托其弟代管"))
        self.error = plain_label()
        self.problems = FieldErrors(self.error, {"内容": self.text})
        buttons = dialog_buttons(self, self.accept, QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("&Entry:"), buddy=self.text))
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 240)

    def accept(self) -> None:
        if submit(self.problems, registry_chronicle.add_chronicle_entry, self.session.ctx, self.session.actor, self.unit_id,
                  self.text.toPlainText()):
            super().accept()


class InstructionsDialog(QDialog):
    """Lists the unit's 前台须知 still in force or to come; adds one; withdraws the selected one."""

    def __init__(self, session: DeskSession, unit_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.setObjectName("instructionsDialog")
        code = registry_units.unit_page(session.ctx, session.actor, unit_id).code
        self.setWindowTitle(self.tr("Front-desk instructions — {code}").format(code=code))
        self.resize(680, 460)

        self.table = QTableWidget(0, 4, objectName="instructionsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Instruction"), self.tr("From"), self.tr("Until"),
                                              self.tr("By")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.withdraw_button = QPushButton(self.tr("&Withdraw selected…"), objectName="withdrawButton")
        self.withdraw_button.clicked.connect(self.withdraw_selected)

        self.text = QPlainTextEdit(objectName="instructionText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(60)
        self.text.setPlaceholderText(self.tr("e.g. 仅限业主本人借用钥匙 / 授权王五代取信件"))
        today = session.ctx.clock.today()
        self.starts = DateField(today, label="开始日期", today=session.ctx.clock.today, objectName="startsEdit")
        self.ends = DateField(None, optional=True, label="结束日期", empty_text=self.tr("open-ended"),
                              today=session.ctx.clock.today, objectName="endsEdit")
        self.add_button = QPushButton(self.tr("&Add instruction"), objectName="addInstructionButton")
        self.add_button.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("&Instruction"), self.text)
        form.addRow(self.tr("&From"), self.starts)
        form.addRow(self.tr("&Until (blank: open-ended)"), self.ends)
        add_box = QGroupBox(self.tr("New instruction"))
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        add_layout.addLayout(row)
        self.error = plain_label()
        self.problems = FieldErrors(self.error, {"须知内容": self.text, "开始日期": self.starts,
                                                   "结束日期": self.ends})

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(top)
        layout.addWidget(add_box)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.reload()
        self.text.setFocus()

    def reload(self) -> None:
        self.items = registry_instructions.current_and_coming_instructions(self.session.ctx, self.session.actor, self.unit_id)
        self.table.setRowCount(len(self.items))
        for r, i in enumerate(self.items):
            for c, v in enumerate((i.text, format_date(i.starts_on), format_date(i.ends_on) or self.tr("open-ended"),
                                   i.created_by)):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, i.id)
                self.table.setItem(r, c, item)
        self.withdraw_button.setEnabled(bool(self.items))

    def add(self) -> bool:
        ok = submit(self.problems, lambda: registry_instructions.add_instruction(
            self.session.ctx, self.session.actor, self.unit_id, self.text.toPlainText(), self.starts.value(),
            self.ends.value()))
        if ok:
            self.text.clear()
            self.ends.set_value(None)
            self.reload()
        return ok

    def withdraw_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return False
        ins = self.items[row]
        answer = QMessageBox.question(
            self, self.tr("Withdraw instruction"),
            as_typed(self.tr("Withdraw this front-desk instruction?\n\n{text}").format(text=ins.text)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        ok = submit(self.problems, registry_instructions.withdraw_instruction, self.session.ctx, self.session.actor, ins.id)
        if ok:
            self.reload()
        return ok
