"""Adding a person to a unit (owner, family, tenant with lease, authorised person with what
they may do), editing one, and ending a tenancy or an authorisation. The person form is the Designer form
ui/registry_person.ui, loaded at run time."""
from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QMessageBox,
    QVBoxLayout, QWidget,
)

from deskapp.domain.idcard import IdType
from deskapp.domain.people import Authority, Relation
from deskapp.gui.date_field import DateField
from deskapp.gui.forms import dialog_buttons, FieldErrors, submit
from deskapp.gui.session import DeskSession
from deskapp.resources_path import ui_file
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonEdit, PersonInput
from deskapp.gui.widgets import plain_label


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """A Designer form from ui/, as shipped in the package."""
    f = QFile(str(ui_file(name)))
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot open {name}: {f.errorString()}")
    try:
        loader = QUiLoader()
        loader.registerCustomWidget(DateField)
        form = loader.load(f, parent)
    finally:
        f.close()
    if form is None:
        raise RuntimeError(f"cannot load {name}")
    return form


class PersonDialog(QDialog):
    def __init__(self, session: DeskSession, unit_id: int, relation: Relation | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.tie_id: int | None = None
        self.setObjectName("personDialog")
        page = registry_units.unit_page(session.ctx, session.actor, unit_id)
        self.setWindowTitle(self.tr("Add a person to {code}").format(code=page.code))
        self.form = load_form("registry_person.ui", self)
        f = self.form
        self.relation: QComboBox = f.findChild(QComboBox, "relationCombo")
        self.name: QLineEdit = f.findChild(QLineEdit, "nameEdit")
        self.phone: QLineEdit = f.findChild(QLineEdit, "phoneEdit")
        self.phone2: QLineEdit = f.findChild(QLineEdit, "phone2Edit")
        self.id_type: QComboBox = f.findChild(QComboBox, "idTypeCombo")
        self.id_number: QLineEdit = f.findChild(QLineEdit, "idNumberEdit")
        self.since: DateField = f.findChild(DateField, "sinceEdit")
        self.lease_box: QGroupBox = f.findChild(QGroupBox, "leaseBox")
        self.lease_start: DateField = f.findChild(DateField, "leaseStartEdit")
        self.lease_end: DateField = f.findChild(DateField, "leaseEndEdit")
        self.auth_box: QGroupBox = f.findChild(QGroupBox, "authBox")
        self.authority_checks: dict[Authority, QCheckBox] = {
            Authority.KEYS: f.findChild(QCheckBox, "keysCheck"),
            Authority.MAIL: f.findChild(QCheckBox, "mailCheck"),
            Authority.RELEASE: f.findChild(QCheckBox, "releaseCheck"),
        }
        self.authority_until: DateField = f.findChild(DateField, "authUntilEdit")
        # co-owners: which of them gives the authorisation (it ends when that one sells); a sole
        # owner gives it without being asked
        owners = [x for x in page.people if x.relation is Relation.OWNER]
        self.code, self.owners = page.code, [o.name for o in owners]
        self.grantor = QComboBox(self.auth_box, objectName="grantorCombo")
        for o in owners:
            self.grantor.addItem(o.name, o.person_id)
        if len(owners) > 1:
            given_by = plain_label(self.tr("&Given by"), objectName="grantorLabel")
            given_by.setBuddy(self.grantor)
            self.auth_box.layout().addWidget(given_by)
            self.auth_box.layout().addWidget(self.grantor)
        else:
            self.grantor.hide()
        self.notes: QLineEdit = f.findChild(QLineEdit, "notesEdit")
        self.notes.setMaxLength(registry_people.NOTE_MAX)
        f.findChild(QLabel, "unitLabel").setText(self.tr("Unit {code}, owners: {owners}").format(
            code=page.code, owners=page.owners or self.tr("none")))

        # combo data are enum names: PySide turns str-enums into plain str
        for r in Relation:
            self.relation.addItem(r.value, r.name)
        for t in IdType:
            self.id_type.addItem(t.value, t.name)
        today = session.ctx.clock.today()
        for field, label, value, optional in ((self.since, "登记日期", today, False),
                                              (self.lease_start, "租期开始", today, True),
                                              (self.lease_end, "租期结束", None, True),
                                              (self.authority_until, "授权截止", None, True)):
            field.label = label
            field.set_today(session.ctx.clock.today)
            empty = self.tr("until withdrawn") if field is self.authority_until else self.tr("not fixed")
            field.set_optional(optional, empty if optional else "")
            field.set_value(value)
        if relation is None and owners:
            # the unit has its owners: who comes to be registered is family, a tenant or an authorised
            # person — a further owner is the rare case (a change of owners is 产权变更), chosen on purpose
            relation = Relation.FAMILY
        if relation is not None:
            self.relation.setCurrentIndex(self.relation.findData(relation.name))
        self.relation.currentIndexChanged.connect(self._relation_changed)
        self._relation_changed()

        self.error = plain_label()
        self.problems = FieldErrors(self.error, {
            "姓名": self.name, "手机号": self.phone, "备用电话": self.phone2, "证件号码": self.id_number,
            "登记日期": self.since, "租期开始": self.lease_start, "租期结束": self.lease_end,
            "授权事项": self.auth_box, "授权截止": self.authority_until, "授权业主": self.grantor})
        buttons = dialog_buttons(self, self.accept, QDialogButtonBox.StandardButton.Ok)
        buttons.setObjectName("buttonBox")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _relation_changed(self) -> None:
        r = self.current_relation()
        self.lease_box.setVisible(r is Relation.TENANT)
        self.auth_box.setVisible(r is Relation.AUTHORISED)
        self.adjustSize()

    def current_relation(self) -> Relation:
        return Relation[self.relation.currentData()]

    def person_input(self) -> PersonInput:
        return PersonInput(name=self.name.text(), phone=self.phone.text(), phone2=self.phone2.text(),
                           id_type=IdType[self.id_type.currentData()], id_number=self.id_number.text())

    def authorities(self) -> tuple[Authority, ...]:
        return tuple(a for a, box in self.authority_checks.items() if box.isChecked())

    def further_owner_meant(self) -> bool:
        """Another 业主 beside the owners on file is a co-owner, not a sale: asked, No being the default,
        so a family member left at 业主 or a new owner registered without 产权变更 is caught."""
        answer = QMessageBox.question(
            self, self.tr("Register a further owner"),
            self.tr("{code} already has its owner {owners}. Register {name} as a further (co-)owner?\n\n"
                    "A sale or a change of owners is registered under More ▸ Transfer of ownership (supervisor): "
                    "it ends the seller's ties and arrangements.").format(
                code=self.code, owners="、".join(self.owners), name=self.name.text().strip()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        relation = self.current_relation()
        if relation is Relation.OWNER and self.owners and self.name.text().strip() and not self.further_owner_meant():
            return  # the form stays open, to choose the relation meant
        tenant = relation is Relation.TENANT
        authorised = relation is Relation.AUTHORISED

        def add():
            self.tie_id = registry_people.add_person(
                self.session.ctx, self.session.actor, self.unit_id, self.person_input(), relation,
                since=self.since.value(), lease_start=self.lease_start.value() if tenant else None,
                lease_end=self.lease_end.value() if tenant else None,
                authorities=self.authorities() if authorised else (),
                # the form's 备注 is about this person at this unit (子女, 经营：便利店, why the authority
                # was given): the tie's note, which the unit page, the 业户档案 and the export show
                note=self.notes.text().strip(),
                authority_until=self.authority_until.value() if authorised else None,
                granted_by=self.grantor.currentData() if authorised and self.grantor.count() > 1 else None)

        if submit(self.problems, add):
            super().accept()


class EndTieDialog(QDialog):
    """A tenant moves out or an authorisation is withdrawn; the person stays in the unit's history."""

    def __init__(self, session: DeskSession, person: registry_people.PersonView, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.person = person
        self.setObjectName("endTieDialog")
        self.setWindowTitle(self.tr("End {relation} {name}").format(relation=person.relation.value, name=person.name))
        self.on = DateField(session.ctx.clock.today(), label="结束日期", today=session.ctx.clock.today,
                            objectName="endDateEdit")
        self.reason = QLineEdit(objectName="reasonEdit", placeholderText=self.tr("e.g. 租期届满退租"))
        form = QFormLayout()
        form.addRow(self.tr("Person"), plain_label(f"{person.relation.value} {person.name}"))
        form.addRow(self.tr("&Ends on"), self.on)
        form.addRow(self.tr("&Reason"), self.reason)
        note = plain_label(self.tr("The person is kept in the unit's history; this cannot be undone."))
        note.setWordWrap(True)
        self.error = plain_label()
        self.problems = FieldErrors(self.error, {"结束日期": self.on})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("End it"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.setObjectName("buttonBox")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if submit(self.problems, lambda: registry_people.end_tie(self.session.ctx, self.session.actor, self.person.tie_id,
                                                          self.on.value(), self.reason.text().strip())):
            super().accept()


class EditPersonDialog(QDialog):
    """编辑人员: a changed phone, a corrected ID number, a tenant's lease end, an authorisation's
    last day, the 备注 shown with the person. The phone and ID number on file are shown masked and
    kept when left blank, so the dialog never puts a full number on the screen."""

    def __init__(self, session: DeskSession, person: registry_people.PersonView, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.person = person
        self.setObjectName("editPersonDialog")
        self.setWindowTitle(self.tr("Edit {relation} {name}").format(relation=person.relation.value,
                                                                     name=person.name))
        self.setMinimumWidth(420)
        keep = self.tr("blank: keep {value}")
        self.phone = QLineEdit(objectName="phoneEdit", maxLength=20)
        self.phone.setPlaceholderText(keep.format(value=person.phone) if person.phone else self.tr("none on file"))
        self.phone2 = QLineEdit(objectName="phone2Edit", maxLength=20)
        self.phone2.setPlaceholderText(keep.format(value=person.phone2) if person.phone2 else self.tr("none on file"))
        self.id_type = QComboBox(objectName="idTypeCombo")
        for t in IdType:
            self.id_type.addItem(t.value, t.name)
        if person.id_type:
            self.id_type.setCurrentIndex(max(0, self.id_type.findText(person.id_type)))
        self.id_number = QLineEdit(objectName="idNumberEdit", maxLength=30)
        self.id_number.setPlaceholderText(keep.format(value=person.id_number) if person.id_number
                                          else self.tr("none on file"))
        today = session.ctx.clock.today
        self.lease_end = DateField(person.lease_end, optional=True, label="租期结束", empty_text=self.tr("not fixed"),
                                   today=today, objectName="leaseEndEdit")
        self.authority_until = DateField(person.authority_until, optional=True, label="授权截止",
                                         empty_text=self.tr("until withdrawn"), today=today,
                                         objectName="authorityUntilEdit")
        self.name = QLineEdit(person.name, objectName="nameEdit", maxLength=40)
        self.note = QLineEdit(person.note, objectName="noteEdit", maxLength=registry_people.NOTE_MAX)
        self.note.setPlaceholderText(self.tr("e.g. child of the owner; a shop's trade; why the authority was given"))
        form = QFormLayout()
        form.addRow(self.tr("Person"), plain_label(f"{person.relation.value} {person.name}"))
        form.addRow(self.tr("&Name"), self.name)  # a name mistyped at registration is corrected here
        form.addRow(self.tr("&Mobile phone"), self.phone)
        form.addRow(self.tr("Second &phone"), self.phone2)
        form.addRow(self.tr("ID &type"), self.id_type)
        form.addRow(self.tr("&ID number"), self.id_number)
        if person.relation is Relation.TENANT:
            form.addRow(self.tr("&Lease ends"), self.lease_end)
        else:
            self.lease_end.hide()
        if person.relation is Relation.AUTHORISED:
            form.addRow(self.tr("Authorised &until"), self.authority_until)
        else:
            self.authority_until.hide()
        form.addRow(self.tr("N&ote"), self.note)
        self.error = plain_label()
        self.problems = FieldErrors(self.error, {"姓名": self.name, "手机号": self.phone, "备用电话": self.phone2,
                                                 "证件号码": self.id_number, "租期结束": self.lease_end,
                                                 "授权截止": self.authority_until, "备注": self.note})
        buttons = dialog_buttons(self, self.accept, QDialogButtonBox.StandardButton.Ok)
        buttons.setObjectName("buttonBox")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.phone.setFocus()

    def edit(self) -> PersonEdit:
        return PersonEdit(phone=self.phone.text(), id_type=IdType[self.id_type.currentData()],
                          id_number=self.id_number.text(), lease_end=self.lease_end.value(),
                          authority_until=self.authority_until.value(), version=self.person.version,
                          note=self.note.text(), name=self.name.text(), phone2=self.phone2.text())

    def accept(self) -> None:
        if submit(self.problems, lambda: registry_people.edit_person(self.session.ctx, self.session.actor,
                                                              self.person.tie_id, self.edit())):
            super().accept()
