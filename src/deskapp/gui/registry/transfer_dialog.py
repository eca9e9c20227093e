"""产权变更: the new owners (one or more), the date, the 不动产权证号 and a note, and for each
arrangement of the seller (授权人, 家属, 租户, 前台须知, 托管钥匙) an explicit 结束 / 保留; then a
confirmation page that names every one of them before anything is written."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton,
    QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from deskapp.domain.idcard import IdType
from deskapp.domain.transfer import Arrangement, Choice, describe
from deskapp.gui.date_field import DateField
from deskapp.gui.forms import FieldErrors, submit
from deskapp.gui.session import DeskSession
from deskapp.services.registry import units as registry_units
from deskapp.services.registry import transfer as registry_transfer
from deskapp.services.registry.people import PersonInput
from deskapp.gui.widgets import plain_label

MAX_OWNERS = 6


class OwnerRow:
    def __init__(self, grid: QGridLayout, row: int):
        self.name = QLineEdit(objectName=f"ownerName{row}")
        self.phone = QLineEdit(objectName=f"ownerPhone{row}")
        self.id_type = QComboBox(objectName=f"ownerIdType{row}")
        for t in IdType:
            self.id_type.addItem(t.value, t.name)  # names: PySide turns str-enums into str
        self.id_number = QLineEdit(objectName=f"ownerIdNumber{row}")
        self.label = plain_label(str(row))
        for col, w in enumerate((self.label, self.name, self.phone, self.id_type, self.id_number)):
            grid.addWidget(w, row, col)
            w.show()  # at once, not queued, when the row is added to an open dialog

    def filled(self) -> bool:
        return any(w.text().strip() for w in (self.name, self.phone, self.id_number))

    def person(self) -> PersonInput:
        return PersonInput(name=self.name.text(), phone=self.phone.text(), id_type=IdType[self.id_type.currentData()],
                           id_number=self.id_number.text())


class TransferDialog(QDialog):
    def __init__(self, session: DeskSession, unit_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.setObjectName("transferDialog")
        self.page_data = registry_units.unit_page(session.ctx, session.actor, unit_id)
        self.setWindowTitle(self.tr("Transfer of ownership — {code}").format(code=self.page_data.code))
        self.resize(760, 560)

        # -- page 1: the form
        form_page = QWidget()
        self.owners_grid = QGridLayout()
        for col, title in enumerate(("#", self.tr("Name"), self.tr("Mobile phone"), self.tr("ID document"),
                                     self.tr("ID number"))):
            heading = plain_label(title)
            heading.setStyleSheet("font-weight: bold;")
            self.owners_grid.addWidget(heading, 0, col)
        self.rows: list[OwnerRow] = []
        self.add_owner_button = QPushButton(self.tr("Add another owner"), objectName="addOwnerButton")
        self.add_owner_button.clicked.connect(self.add_owner_row)
        self.add_owner_row()
        self.on = DateField(session.ctx.clock.today(), label="变更日期")  # a refusal names the field as the form does
        self.on.setObjectName("transferDateEdit")
        self.reference = QLineEdit(objectName="referenceEdit",
                                   placeholderText=self.tr("e.g. 浙(2026)杭州市不动产权第0012345号"))
        self.note = QLineEdit(objectName="noteEdit")
        facts = QFormLayout()
        facts.addRow(self.tr("Current owners"), plain_label(self.page_data.owners or self.tr("none")))
        facts.addRow(self.tr("Transfer &date"), self.on)
        facts.addRow(self.tr("Property certificate no."), self.reference)
        facts.addRow(self.tr("N&ote"), self.note)
        arrangements_box = self._arrangements_box(
            registry_transfer.arrangements(session.ctx, session.actor, unit_id))
        self.error = plain_label()
        self.next_button = QPushButton(self.tr("&Next: check"), objectName="nextButton")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.review)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(cancel)
        bottom.addWidget(self.next_button)
        v = QVBoxLayout(form_page)
        v.addWidget(plain_label(self.tr("New owners")))
        v.addLayout(self.owners_grid)
        v.addWidget(self.add_owner_button)
        v.addLayout(facts)
        v.addWidget(arrangements_box)
        v.addWidget(self.error)
        v.addStretch(1)
        v.addLayout(bottom)

        # -- page 2: confirmation
        confirm_page = QWidget()
        self.summary = plain_label(objectName="transferSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt;")
        self.back_button = QPushButton(self.tr("&Back"), objectName="backButton")
        self.back_button.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.confirm_button = QPushButton(self.tr("&Confirm transfer"), objectName="confirmButton")
        self.confirm_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.confirm_button)
        c = QVBoxLayout(confirm_page)
        c.addWidget(self.summary)
        c.addStretch(1)
        c.addLayout(row)

        self.stack = QStackedWidget()
        self.stack.addWidget(form_page)
        self.stack.addWidget(confirm_page)
        QVBoxLayout(self).addWidget(self.stack)
        self.problems = FieldErrors(self.error, {})
        self._map_fields()
        self.rows[0].name.setFocus()

    def _arrangements_box(self, arrangements: list[Arrangement]) -> QGroupBox:
        """One line per arrangement of the seller, each with its own 结束 / 保留 (the default is
        what the domain proposes; nothing is decided silently)."""
        self.arrangements = arrangements
        self.choice_boxes: dict[str, QComboBox] = {}
        box = QGroupBox(self.tr("Arrangements of the current owners: end or keep each"))
        inner = QWidget()
        grid = QGridLayout(inner)
        for n, a in enumerate(arrangements):
            text = plain_label(a.text, objectName=f"arrangementText{n}")
            text.setWordWrap(True)
            combo = QComboBox(objectName=f"arrangementChoice{n}")
            for c in Choice:
                combo.addItem(c.value, c.name)
            combo.setCurrentIndex(combo.findData(a.default.name))
            grid.addWidget(plain_label(a.kind.value), n, 0)
            grid.addWidget(text, n, 1)
            grid.addWidget(combo, n, 2)
            self.choice_boxes[a.ref] = combo
        grid.setColumnStretch(1, 1)
        if not arrangements:
            grid.addWidget(plain_label(self.tr("None on file: no authorised people, family, tenants, "
                                          "front-desk notes or keys in custody.")), 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMaximumHeight(200)
        QVBoxLayout(box).addWidget(scroll)
        return box

    def choices(self) -> dict[str, Choice]:
        return {ref: Choice[combo.currentData()] for ref, combo in self.choice_boxes.items()}

    def _map_fields(self) -> None:
        fields: dict = {"新业主": self.rows[0].name, "变更日期": self.on}
        if self.choice_boxes:
            fields["原业主的安排"] = next(iter(self.choice_boxes.values()))
        for n, r in enumerate(self.rows, start=1):
            where = f"第 {n} 位新业主"
            fields.update({(where, "姓名"): r.name, (where, "手机号"): r.phone, (where, "证件号码"): r.id_number})
        self.problems.fields = fields

    def add_owner_row(self) -> OwnerRow | None:
        if len(self.rows) >= MAX_OWNERS:
            return None
        row = OwnerRow(self.owners_grid, len(self.rows) + 1)
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].id_number, row.name)
        self.rows.append(row)
        self.add_owner_button.setEnabled(len(self.rows) < MAX_OWNERS)
        if hasattr(self, "problems"):
            self._map_fields()
        row.name.setFocus()
        return row

    def new_owners(self) -> list[PersonInput]:
        return [r.person() for r in self.rows if r.filled()]

    def review(self) -> None:
        """Page 2: say plainly what the transfer does; nothing is written yet."""
        owners = self.new_owners()
        # the transfer's own checks first: a summary of a mistyped phone or ID number was shown as if
        # it would go through, and only 确认变更 said otherwise
        if not submit(self.problems, lambda: registry_transfer.check_transfer(
                self.session.ctx, self.session.actor, self.unit_id, owners, self.on.value())):
            return
        old = self.page_data.owners or self.tr("none")
        new = "、".join(p.name.strip() for p in owners)
        text = self.tr(
            "Unit {code}: ownership passes from {old} to {new} on {date}.\n"
            "The current owners are kept in the unit's history with this end date; the transfer is "
            "recorded in the unit chronicle and cannot be undone.").format(
            code=self.page_data.code, old=old, new=new, date=self.on.value().strftime("%Y-%m-%d"))
        if self.reference.text().strip():
            text += "\n" + self.tr("Property certificate no.") + "：" + self.reference.text().strip()
        chosen = self.choices()
        if self.arrangements:
            text += "\n\n" + self.tr("The current owners' arrangements:") + "\n" + "\n".join(
                "· " + describe(a, chosen[a.ref]) for a in self.arrangements)
        self.summary.setText(text)
        self.stack.setCurrentIndex(1)
        self.confirm_button.setFocus()

    def accept(self) -> None:
        ok = submit(self.problems, registry_transfer.transfer_ownership, self.session.ctx, self.session.actor,
                    self.unit_id, self.new_owners(), self.on.value(), reference=self.reference.text().strip(),
                    note=self.note.text().strip(), choices=self.choices())
        if ok:
            super().accept()
        else:
            self.stack.setCurrentIndex(0)  # back to the form, where the message points at the field
            self.problems.show(self.problems.last)
