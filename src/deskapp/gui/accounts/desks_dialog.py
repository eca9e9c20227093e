"""在线工作站: the supervisor's list of the desks signed in to the centre's database (issue 18 §5),
e.g. to ask them to sign out before the program is upgraded."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem, QVBoxLayout, QWidget

from deskapp.domain.local_time import local_text
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import fit_columns, plain_label, simple_table
from deskapp.services.accounts import desks


class DesksDialog(QDialog):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("desksDialog")
        self.setWindowTitle(self.tr("Connected desks"))
        self.resize(560, 300)
        rows = desks.connected(session.ctx, session.actor)
        self.table = simple_table("desksTable", [self.tr("Desk (PC)"), self.tr("User"), self.tr("Signed in"),
                                                 self.tr("Last seen")], row_numbers=False)
        self.table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            for c, value in enumerate((d.desk, d.user, local_text(d.since), local_text(d.last_seen))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        fit_columns(self.table)  # the name and the sign-in time read whole (they were cut to 王丽华… 2026-12-07 …)
        note = plain_label(self.tr("{n} desks signed in and heard from in the last three minutes.").format(n=len(rows)))
        note.setObjectName("desksNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
