"""物品放行条: issue a slip after the owner's confirmation and print its two parts; the gate's
part comes back (returned); a mistaken slip is voided with its reason. Unreturned slips older
than a day are tinted."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QInputDialog, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from deskapp.contracts.rounds import SlipFilter
from deskapp.domain.errors import ValidationError
from deskapp.domain.rounds import (
    ConfirmerRelation, ConfirmMethod, OwnerConfirmation, ReleaseInput, ReleaseItem, ReleaseKind,
)
from deskapp.domain.local_time import local
from deskapp.gui import errors
from deskapp.gui.date_field import DateTimeField
from deskapp.gui.forms import dialog_buttons, form_over_buttons
from deskapp.gui.kept_selection import kept_selection
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.rounds.common import ALERT, FLAG, chosen, confirm, fmt
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, edge_row, preview, table_view, plain_label
from deskapp.services.registry import units as registry_units
from deskapp.services.rounds import release


class SlipDialog(QDialog):
    """物品放行条: who takes what out, when, and who of the owners confirmed it and how."""

    def __init__(self, session: DeskSession, unit_id: int | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.view = None
        self.setObjectName("releaseSlipDialog")
        self.setWindowTitle(self.tr("Item release slip"))
        now = session.ctx.clock.now()
        self.unit = QLineEdit(objectName="slipUnit", placeholderText=self.tr("Unit code, e.g. 3-1-1502"))
        self.unit.editingFinished.connect(self._load_unit)
        self.kind = QComboBox(objectName="slipKind")
        for k in ReleaseKind:
            self.kind.addItem(k.value, k)
        self.applicant = QLineEdit(objectName="slipApplicant")
        self.company = QLineEdit(objectName="slipCompany")
        self.id_number = QLineEdit(objectName="slipIdNumber")
        self.phone = QLineEdit(objectName="slipPhone")
        self.plate = QLineEdit(objectName="slipPlate")
        self.items = QTableWidget(4, 3, objectName="slipItems")
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Quantity"), self.tr("Unit of count")])
        # the item name gets the room, not the unit of count
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.setColumnWidth(1, 70)
        self.items.setColumnWidth(2, 70)
        today = session.ctx.clock.today
        self.valid_from = DateTimeField(now, label="通行时间", today=today, objectName="slipFrom")
        self.valid_until = DateTimeField(now + timedelta(hours=4), label="通行时间", today=today,
                                         objectName="slipUntil")
        self.confirmer = QComboBox(objectName="slipConfirmer", editable=False)
        self.method = QComboBox(objectName="slipMethod")
        for m in ConfirmMethod:
            self.method.addItem(m.value, m)
        self.confirmed_at = DateTimeField(now, label="确认时间", today=today, objectName="slipConfirmedAt")
        self.confirmed = QCheckBox(self.tr("I have confirmed this with the owner or the authorised person"),
                                   objectName="slipConfirmed")
        self.warnings = plain_label(objectName="slipWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background: #ffd6d6; padding: 4px; font-weight: bold;")
        self.warnings.hide()
        form = QFormLayout()
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.warnings)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Applicant"), self.applicant)
        form.addRow(self.tr("Company / removal firm"), self.company)
        form.addRow(self.tr("ID number"), self.id_number)
        form.addRow(self.tr("Mobile"), self.phone)
        form.addRow(self.tr("Plate"), self.plate)
        form.addRow(self.tr("Items to take out"), self.items)
        window = QHBoxLayout()
        window.addWidget(self.valid_from)
        window.addWidget(plain_label("—"))
        window.addWidget(self.valid_until)
        form.addRow(self.tr("Pass window"), window)
        form.addRow(self.tr("Confirmed by"), self.confirmer)
        form.addRow(self.tr("How"), self.method)
        form.addRow(self.tr("When"), self.confirmed_at)
        form.addRow(self.confirmed)
        buttons = dialog_buttons(self, self.save)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Issue and print"))
        form_over_buttons(self, form, buttons)
        self.resize(640, 700)
        if unit_id is not None:
            page = registry_units.unit_page(session.ctx, session.actor, unit_id)
            self.unit.setText(page.code)
            self.unit.setReadOnly(True)
            self._fill_unit(unit_id)
            self.kind.setFocus()

    def _load_unit(self) -> None:
        code = self.unit.text().strip()
        uid = registry_units.find_unit_id(self.session.ctx, self.session.actor, code) if code else None
        self.unit_id = uid
        self._fill_unit(uid)

    def _fill_unit(self, unit_id: int | None) -> None:
        self.confirmer.clear()
        if unit_id is None:
            self.warnings.hide()
            return
        for c in release.confirmers(self.session.ctx, self.session.actor, unit_id):
            self.confirmer.addItem(f"{c.relation.value} {c.name} {c.phone}", (c.name, c.relation))
        found = release.warnings(self.session.ctx, self.session.actor, unit_id)
        self.warnings.setText("⚠ " + "；".join(found))
        self.warnings.setVisible(bool(found))

    def add_item(self, row: int, name: str, qty: int, unit: str = "件") -> None:
        for c, v in enumerate((name, str(qty), unit)):
            self.items.setItem(row, c, QTableWidgetItem(v))

    def _cell(self, r: int, c: int) -> str:
        item = self.items.item(r, c)
        return item.text().strip() if item else ""

    def data(self) -> ReleaseInput:
        if self.unit_id is None:
            raise ValidationError("房号", "请输入有效的房号")
        items = []
        for r in range(self.items.rowCount()):
            name, qty, unit = (self._cell(r, c) for c in range(3))
            if not (name or qty):
                continue
            try:
                n = int(qty)
            except ValueError:
                raise ValidationError("数量", f"{name or '物品'} 的数量“{qty}”应为正整数") from None
            items.append(ReleaseItem(name, n, unit))
        conf = None
        if self.confirmed.isChecked() and self.confirmer.currentData() is not None:
            name, relation = self.confirmer.currentData()
            conf = OwnerConfirmation(name, ConfirmerRelation(relation), ConfirmMethod(self.method.currentData()),
                                     self.confirmed_at.value())
        return ReleaseInput(
            unit_id=self.unit_id, kind=ReleaseKind(self.kind.currentData()), applicant=self.applicant.text(),
            company=self.company.text(), id_number=self.id_number.text(), phone=self.phone.text(),
            plate=self.plate.text(), items=tuple(items), valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value(), confirmation=conf)

    def save(self) -> None:
        fields = {"房号": self.unit, "申请人": self.applicant, "身份证号": self.id_number, "手机号": self.phone,
                  "车牌号": self.plate, "物品": self.items, "物品名称": self.items, "数量": self.items,
                  "通行时间": self.valid_until, "业主确认": self.confirmed, "确认人": self.confirmer,
                  "确认时间": self.confirmed_at}
        out = errors.call(self, lambda: release.issue(self.session.ctx, self.session.actor, self.data()),
                          fields=fields)
        if out.ok:
            self.view = out.value
            self.accept()


class ReleaseTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("roundsReleaseTab")
        self.last_preview = None
        self.text = QLineEdit(placeholderText=self.tr("Number, unit, applicant or plate…"), objectName="slipFilter")
        self.only_open = QCheckBox(self.tr("Not returned"), objectName="slipOnlyOpen")
        self.only_overdue = QCheckBox(self.tr("Out for more than a day"), objectName="slipOnlyOverdue")
        cols = [
            Column("number", lambda: self.tr("Number"), lambda r: r.number),
            Column("issued_at", lambda: self.tr("Issued"), lambda r: fmt(local(r.issued_at))),
            Column("unit", lambda: self.tr("Unit"), lambda r: r.unit_code),
            Column("kind", lambda: self.tr("Kind"), lambda r: r.kind.value),
            Column("applicant", lambda: self.tr("Applicant"), lambda r: f"{r.applicant} {r.company}".strip()),
            Column("number", lambda: self.tr("Plate"), lambda r: r.plate),
            Column("number", lambda: self.tr("Items to take out"), lambda r: r.items),
            Column("number", lambda: self.tr("Confirmed by"), lambda r: r.confirmed_by),
            Column("returned_at", lambda: self.tr("Status"), lambda r: r.status),
        ]
        self.model = _TintedModel(cols, self._fetch, self)
        self.table = table_view("slipTable", self.model, sortable=True)
        for col, width in enumerate((120, 130, 90, 80, 200, 90, 260, 80)):
            self.table.setColumnWidth(col, width)
        self.count = plain_label(objectName="slipCount")
        filters = edge_row((self.text, self.only_open, self.only_overdue), (self.count,))
        acts = QHBoxLayout()
        acts.addWidget(button(self.tr("New slip…"), "newSlip", self.new_slip, "Ctrl+N"))
        acts.addWidget(button(self.tr("Print…"), "printSlip", self.print_selected, "Ctrl+P"))
        acts.addWidget(button(self.tr("Gate copy returned…"), "returnSlip", self.mark_returned))
        acts.addWidget(button(self.tr("Void…"), "voidSlip", self.void))
        acts.addWidget(button(self.tr("Find by number…"), "findSlip", self.find))
        acts.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(acts)
        self.text.textChanged.connect(self.reload)
        self.only_open.toggled.connect(self.reload)
        self.only_overdue.toggled.connect(self.reload)
        session.bus.changed.connect(lambda flags: self.reload() if FLAG in flags else None)
        self._count()  # the table loaded its first page when sorting was switched on

    def _fetch(self, **kw):
        f = SlipFilter(text=self.text.text().strip(), only_open=self.only_open.isChecked(),
                       only_overdue=self.only_overdue.isChecked())
        return release.slip_register(self.session.ctx, self.session.actor, f, **kw)

    def reload(self) -> None:
        with kept_selection(self.table):
            self.model.reload()
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("{n} slips").format(n=self.model.total))

    def new_slip(self, unit_id: int | None = None) -> SlipDialog:
        dlg = SlipDialog(self.session, unit_id if isinstance(unit_id, int) else None, self)
        dlg.accepted.connect(lambda: self._print(dlg.view.id, dlg.view.number))
        dlg.open()
        return dlg

    def _print(self, slip_id: int, number: str) -> None:
        out = errors.call(self, release.slip_pdf, self.session.ctx, self.session.actor, slip_id)
        if out.ok:
            self.last_preview = preview(self, out.value, self.tr("Item release slip {n}").format(n=number),
                                        f"物品放行条-{number}.pdf")

    def _slip(self, title: str):
        return chosen(self.table, self, title, self.tr("Choose a slip in the list first."))

    def print_selected(self) -> None:
        row = self._slip(self.tr("Print"))
        if row is not None:
            self._print(row.id, row.number)

    def mark_returned(self) -> None:
        row = self._slip(self.tr("Gate copy returned"))
        if row is None or not errors.call(self, release.check_returnable, self.session.ctx, self.session.actor,
                                          row.id).ok:
            return
        guard, ok = QInputDialog.getText(self, self.tr("Gate copy returned"),
                                         self.tr("Guard who handed back {n}:").format(n=row.number))
        if ok:
            errors.call(self, release.mark_returned, self.session.ctx, self.session.actor, row.id, guard)

    def void(self) -> None:
        row = self._slip(self.tr("Void slip"))
        if row is None or not errors.call(self, release.check_voidable, self.session.ctx, self.session.actor,
                                          row.id).ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void slip"), self.tr("Why is {n} void?").format(n=row.number))
        if ok and confirm(self, self.tr("Void {n}? A voided slip stays in the register.").format(n=row.number)):
            errors.call(self, release.void, self.session.ctx, self.session.actor, row.id, reason)

    def find(self) -> None:
        number, ok = QInputDialog.getText(self, self.tr("Find slip"), self.tr("Number (from the slip or its QR code):"))
        if not ok:
            return
        out = errors.call(self, release.find, self.session.ctx, self.session.actor, number)
        if out.ok:
            self.text.setText(out.value.number)


class _TintedModel(PagedTableModel):
    """Slips out for more than a day stand out."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return QBrush(ALERT) if self.row_at(index.row()).overdue else None
        return super().data(index, role)
