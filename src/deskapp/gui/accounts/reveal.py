"""A unit-page section: the unit's people with masked numbers, and buttons that reveal one
person's full number (each reveal is audited). A supervisor may reveal an ID number or a phone;
a clerk or steward may reveal a phone only for a stated purpose (回访, 催缴), chosen in a dialog."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.gui import errors
from deskapp.gui.forms import dialog_buttons
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import fit_columns
from deskapp.services.accounts import privacy
from deskapp.services.registry import units as registry_units


class PurposeDialog(QDialog):
    """Why the full number is needed: a purpose from the list and an optional note."""

    def __init__(self, name: str, parent: QWidget | None = None, purpose: str | None = None):
        super().__init__(parent)
        self.setObjectName("revealPurposeDialog")
        self.setWindowTitle(self.tr("Show full mobile of %1").replace("%1", name))
        self.purpose = QComboBox()
        self.purpose.setObjectName("revealPurpose")
        self.purpose.addItems(privacy.PURPOSES)
        if purpose in privacy.PURPOSES:  # the screen it is asked from says what for (欠费催缴: 催缴)
            self.purpose.setCurrentText(purpose)
        self.note = QLineEdit()
        self.note.setObjectName("revealNote")
        self.note.setMaxLength(100)
        form = QFormLayout(self)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(dialog_buttons(self, self.accept, QDialogButtonBox.StandardButton.Ok))


def reveal_phone(parent: QWidget, session: DeskSession, person_id: int, name: str, unit_id: int | None,
                 purpose: str | None = None) -> str | None:
    """One person's full mobile, audited: a supervisor's reveal, or a desk role's for a purpose
    chosen in PurposeDialog (`purpose` preselected). None when refused or not asked after all."""
    if session.may(privacy.REVEAL):
        outcome = errors.call(parent, privacy.reveal, session.ctx, session.actor, person_id, "phone", unit_id=unit_id)
    else:
        dialog = PurposeDialog(name, parent, purpose)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        outcome = errors.call(parent, privacy.reveal_phone_for, session.ctx, session.actor, person_id,
                              dialog.purpose.currentText(), dialog.note.text(), unit_id=unit_id)
    return outcome.value if outcome.ok else None


class RevealSection(QWidget):
    def __init__(self, session: DeskSession, unit_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.setObjectName("revealSection")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("revealPeople")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("ID number"), self.tr("Mobile")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reveal_id = QPushButton(self.tr("Show full &ID number"))
        self.reveal_id.setObjectName("revealId")
        self.reveal_phone = QPushButton(self.tr("Show full &mobile"))
        self.reveal_phone.setObjectName("revealPhone")
        self.reveal_id.clicked.connect(lambda: self.reveal("id_number"))
        self.reveal_phone.clicked.connect(lambda: self.reveal("phone"))
        hide_unless(self.reveal_id, session.may(privacy.REVEAL))
        bar = QHBoxLayout()
        bar.addWidget(self.reveal_id)
        bar.addWidget(self.reveal_phone)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        self.people: list = []
        session.bus.changed.connect(lambda flags: self.refresh() if Change.PEOPLE in flags or Change.UNITS in flags else None)
        self.refresh()

    def refresh(self) -> None:
        outcome = errors.call(self, registry_units.unit_people, self.session.ctx, self.session.actor, self.unit_id)
        if not outcome.ok:
            return
        self.people = list(outcome.value)
        self.table.setRowCount(len(self.people))
        for row, p in enumerate(self.people):
            for col, text in enumerate((p.name, p.id_number, p.phone)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        fit_columns(self.table)  # the numbers whole: an 18-digit ID does not fit Qt's default width

    def reveal(self, field: str) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Personal data"), self.tr("Select a person first."))
            return None
        person = self.people[rows[0].row()]
        if field == "phone":
            shown = reveal_phone(self, self.session, person.person_id, person.name, self.unit_id)
        else:
            outcome = errors.call(self, privacy.reveal, self.session.ctx, self.session.actor, person.person_id, field,
                                  unit_id=self.unit_id)
            shown = outcome.value if outcome.ok else None
        if shown is None:
            return None
        value = shown or self.tr("(none recorded)")
        # shown in the table for this one person only; the next refresh masks it again
        self.table.item(rows[0].row(), 1 if field == "id_number" else 2).setText(value)
        fit_columns(self.table)  # the number just revealed (and audited) is read whole, not cut to 3301101973…
        return value
