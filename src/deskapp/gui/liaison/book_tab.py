"""通讯录: the bodies (居委会, 街道, 派出所 …) with their phone and address, and the people of the selected
one (their phones masked); 新增单位…, 新增联系人…, 显示完整电话 (the chosen person's number, audited,
to ring them) and 删除联系人… (one no longer the body's, once confirmed)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.gui.liaison.dialogs import BodyDialog, ContactDialog
from deskapp.gui.session import DeskSession
from deskapp.gui import errors
from deskapp.gui.widgets import (
    as_typed, button, edge_row, fill_table, plain_label, reselect, selected_id, simple_table, told_unless,
)
from deskapp.services.liaison import book



class BookTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows = []
        self.revealed: dict[int, str] = {}  # contact id → full phone, asked for on this screen
        self.bodies = simple_table("liaisonBodies", [self.tr("Body"), self.tr("Kind"), self.tr("Phone"),
                                                     self.tr("Address")])
        self.contacts = simple_table("liaisonContacts", [self.tr("Name"), self.tr("Position"), self.tr("Phone")])
        self.bodies.itemSelectionChanged.connect(self.show_contacts)
        layout = QVBoxLayout(self)
        layout.addLayout(edge_row([button(self.tr("Add a body…"), "liaisonAddBody", lambda: self.add_body()),
                                   button(self.tr("Add a contact…"), "liaisonAddContact", lambda: self.add_contact()),
                                   button(self.tr("Show full phone"), "liaisonRevealPhone",
                                          lambda: self.reveal_phone()),
                                   button(self.tr("Remove contact…"), "liaisonRemoveContact",
                                          lambda: self.remove_contact())]))
        layout.addWidget(self.bodies)
        layout.addWidget(plain_label(self.tr("People of the selected body")))
        layout.addWidget(self.contacts)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.LIAISON in flags else None)
        self.refresh()

    def refresh(self, chosen: int | None = None) -> None:
        """The book read again, the body chosen before (or `chosen`, a body just added) still chosen: the
        list is by kind and name, so a body added moved the choice by row onto another body — whose people
        were then shown, and to which 新增联系人… added."""
        row = self.bodies.currentRow()
        if chosen is None and 0 <= row < len(self.rows):
            chosen = self.rows[row].id
        self.rows = book.bodies(self.session.ctx, self.session.actor)
        fill_table(self.bodies, [[b.name, b.kind.value, b.phone, b.address] for b in self.rows])
        reselect(self.bodies, [b.id for b in self.rows], chosen)
        self.show_contacts()

    def show_contacts(self) -> None:
        row = self.bodies.currentRow()
        people = self.rows[row].contacts if 0 <= row < len(self.rows) else ()
        fill_table(self.contacts, [[c.name, c.role, self.revealed.get(c.id, c.phone)] for c in people],
                   [c.id for c in people])

    def reveal_phone(self) -> str | None:
        """The chosen contact's full phone in its row (masked in the book), so the desk can ring them."""
        contact_id = told_unless(selected_id(self.contacts), self, self.tr("Show full phone"),
                                 self.tr("Choose the person in the lower list first."))
        if contact_id is None:
            return None
        outcome = errors.call(self, book.contact_phone, self.session.ctx, self.session.actor, contact_id)
        if not outcome.ok:
            return None
        self.revealed[contact_id] = outcome.value
        row = self.contacts.currentRow()
        self.show_contacts()
        self.contacts.selectRow(row)
        return outcome.value

    def add_body(self) -> BodyDialog:
        dlg = BodyDialog(self, self.session)
        dlg.saved.connect(lambda body_id: self.refresh(body_id))  # the body added is the one chosen
        dlg.open()
        return dlg

    def add_contact(self) -> ContactDialog | None:
        row = self.bodies.currentRow()
        body = told_unless(self.rows[row] if 0 <= row < len(self.rows) else None, self, self.tr("Add a contact"),
                           self.tr("Choose the body in the list first: the contact is one of its people."))
        if body is None:
            return None
        dlg = ContactDialog(self, self.session, body)
        dlg.open()
        return dlg

    def remove_contact(self) -> None:
        """The chosen person taken out of the book once confirmed (no longer the body's: the desk would
        ring the wrong one); a changed number is removed and added again."""
        title = self.tr("Remove contact")
        contact_id = told_unless(selected_id(self.contacts), self, title,
                                 self.tr("Choose the person in the lower list first."))
        if contact_id is None:
            return
        row = self.contacts.currentRow()
        body = self.rows[self.bodies.currentRow()].name
        who = f"{body} {self.contacts.item(row, 0).text()} {self.contacts.item(row, 1).text()}".rstrip()
        if QMessageBox.question(self, title, as_typed(self.tr(
                "Take {who} out of the contacts book? What was on file stays in the audit trail.").format(who=who))) \
                != QMessageBox.StandardButton.Yes:
            return
        errors.call(self, book.remove_contact, self.session.ctx, self.session.actor, contact_id)
