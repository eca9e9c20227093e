"""联络记录: the log newest first (or only the follow-ups still open, overdue in red); 登记联络… adds one,
完成跟进… closes the selected follow-up with a note; the month's 对外联络登记表 exported."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QTableWidgetItem, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.gui import errors
from deskapp.gui.forms import ask_line
from deskapp.gui.liaison.dialogs import RecordDialog
from deskapp.gui.monthly_export import MonthExport
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, edge_row, fit_columns, reselect, selected_id, simple_table, told_unless
from deskapp.services.liaison import book, log

RED = QColor("#c00000")


class LogTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.open_only = QCheckBox(self.tr("Open follow-ups only"), objectName="liaisonOpenOnly")
        self.open_only.toggled.connect(lambda _=False: self.refresh())
        self.table = simple_table("liaisonLog", [self.tr("Date"), self.tr("Body"), self.tr("Way"), self.tr("Contact"),
                                                 self.tr("Matter"), self.tr("What was asked"),
                                                 self.tr("Follow-up owed"), self.tr("By"), self.tr("Due"),
                                                 self.tr("Done")])
        layout = QVBoxLayout(self)
        layout.addLayout(edge_row([button(self.tr("Log a contact…"), "liaisonRecord", lambda: self.add()),
                                   button(self.tr("Follow-up done…"), "liaisonDone", lambda: self.done()),
                                   self.open_only],
                                  [MonthExport(self.session, "liaison", "liaisonExport")]))
        layout.addWidget(self.table)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.LIAISON in flags else None)
        self.refresh()

    def refresh(self) -> None:
        chosen = selected_id(self.table)
        rows = log.log(self.session.ctx, self.session.actor, open_only=self.open_only.isChecked())
        self.table.setRowCount(len(rows))
        for r, x in enumerate(rows):
            values = (f"{x.happened_on:%Y-%m-%d}", x.body, x.way.value, x.contact, x.matter, x.asked, x.follow_up,
                      x.person, f"{x.due_on:%Y-%m-%d}" if x.due_on else "", self._done(x))
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, x.id)
                if x.overdue:
                    item.setForeground(QBrush(RED))
                self.table.setItem(r, c, item)
        fit_columns(self.table)
        reselect(self.table, [x.id for x in rows], chosen)

    def _done(self, x) -> str:
        """What became of the follow-up: the day and what was done (跟进结果), or that it is still open."""
        if not x.follow_up:
            return ""
        if not x.done:
            return self.tr("open")
        return self.tr("done {day}: {note}").format(day=f"{x.done_on:%Y-%m-%d}" if x.done_on else "", note=x.done_note)

    def add(self) -> RecordDialog | None:
        ctx, actor = self.session.ctx, self.session.actor
        names = errors.call(self, log.user_names, ctx, actor)
        bodies = errors.call(self, book.bodies, ctx, actor) if names.ok else names
        if not bodies.ok:
            return None
        dlg = RecordDialog(self, self.session, bodies.value, names.value)
        dlg.open()
        return dlg

    def done(self) -> None:
        record_id = told_unless(selected_id(self.table), self, self.tr("Follow-up done"),
                                self.tr("Choose a contact in the log first."))
        if record_id is None:
            return
        if not errors.call(self, log.check_closable, self.session.ctx, self.session.actor, record_id).ok:
            return
        ctx, actor = self.session.ctx, self.session.actor
        ask_line(self, self.tr("Follow-up done"), self.tr("What was done:"), "跟进结果",
                 lambda note: log.close_follow_up(ctx, actor, record_id, note))
