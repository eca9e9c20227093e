"""早会: record today's meeting, and the assignments still open — the supervisor's all of them, anyone
else's their own — each closed with a note (完成…); the month's 早会记录表 exported."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.gui import errors
from deskapp.gui.forms import ask_line
from deskapp.gui.meetings.meeting_dialog import AssignmentDialog, MeetingDialog
from deskapp.gui.monthly_export import MonthExport
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, edge_row, fit_columns, reselect, selected_id, simple_table, told_unless
from deskapp.services.meetings import meetings


class MeetingView(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.table = simple_table("meetingOpen", [self.tr("Meeting"), self.tr("Who"), self.tr("What"),
                                                  self.tr("By when"), self.tr("Overdue")])
        layout = QVBoxLayout(self)
        layout.addLayout(edge_row([button(self.tr("Record today's meeting…"), "meetingRecord",
                                          lambda: self.record()),
                                   button(self.tr("Add an assignment…"), "meetingAssign", lambda: self.assign()),
                                   button(self.tr("Done…"), "meetingClose", lambda: self.close_selected())],
                                  [MonthExport(self.session, "meetings", "meetingExport")]))
        layout.addWidget(self.table)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.MEETINGS in flags else None)
        self.refresh()

    def refresh(self) -> None:
        chosen = selected_id(self.table)
        rows = meetings.open_assignments(self.session.ctx, self.session.actor)
        self.table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            values = (f"{a.held_on:%Y-%m-%d}", a.person, a.task, f"{a.due_on:%Y-%m-%d}" if a.due_on else "",
                      self.tr("overdue") if a.overdue else "")
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.table.setItem(r, c, item)
        fit_columns(self.table)
        reselect(self.table, [a.id for a in rows], chosen)  # an assignment added moves the others down

    def record(self) -> MeetingDialog | None:
        return self._open(MeetingDialog)

    def assign(self) -> AssignmentDialog | None:
        return self._open(AssignmentDialog)

    def _open(self, cls):
        """A form over the desk's users (who attend and are assigned)."""
        out = errors.call(self, meetings.user_names, self.session.ctx, self.session.actor)
        if not out.ok:
            return None
        dlg = cls(self, self.session, out.value)
        dlg.open()
        return dlg

    def close_selected(self) -> None:
        assignment_id = told_unless(selected_id(self.table), self, self.tr("Close the assignment"),
                                    self.tr("Choose an assignment in the list first."))
        if assignment_id is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        ask_line(self, self.tr("Close the assignment"), self.tr("What was done:"), "完成情况",
                 lambda note: meetings.close_assignment(ctx, actor, assignment_id, note))
