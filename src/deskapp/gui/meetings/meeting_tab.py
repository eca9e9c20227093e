"""早会: whether today's meeting is recorded, record it, and the assignments still open — the
supervisor's all of them, anyone else's their own, overdue ones in red with their days — each closed
with a note (完成…); below, the month's meetings and the chosen one's minutes (who attended, what was
required, what was assigned and what became of it); the month's 早会记录表 exported."""
from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QMessageBox, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.contracts.meetings import MeetingRow
from deskapp.gui import errors
from deskapp.gui.forms import ask_line
from deskapp.gui.meetings.meeting_dialog import AssignmentDialog, MeetingDialog
from deskapp.gui.monthly_export import MonthExport
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import (
    as_typed, button, edge_row, fill_table, month_combo, plain_label, reselect, selected_id, simple_table,
    told_unless,
)
from deskapp.services.meetings import meetings


def _month_bounds(month: str) -> tuple[date, date]:
    """"2026-12" → the first day of that month and of the next."""
    y, m = (int(x) for x in month.split("-"))
    return date(y, m, 1), date(y + m // 12, m % 12 + 1, 1)


class MeetingView(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.today_line = plain_label(objectName="meetingToday")
        self.table = simple_table("meetingOpen", [self.tr("Meeting"), self.tr("Who"), self.tr("What"),
                                                  self.tr("By when"), self.tr("Overdue")])
        self.month = month_combo(session.ctx.clock.today(), "meetingMonth")
        self.held = simple_table("meetingDays", [self.tr("Date"), self.tr("Attended"), self.tr("Assignments")])
        self.minutes = QTextBrowser(objectName="meetingMinutes")
        self.rows: list[MeetingRow] = []
        self.record_button = button(self.tr("Record today's meeting…"), "meetingRecord", lambda: self.record())

        top = QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addLayout(edge_row([self.record_button,
                                  button(self.tr("Add an assignment…"), "meetingAssign", lambda: self.assign()),
                                  button(self.tr("Done…"), "meetingClose", lambda: self.close_selected())],
                                 [MonthExport(self.session, "meetings", "meetingExport")]))
        upper.addWidget(self.today_line)
        upper.addWidget(plain_label(self.tr("Assignments still open:")))
        upper.addWidget(self.table)
        bottom = QWidget()
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addLayout(edge_row([plain_label(self.tr("Meetings of the month:")), self.month], []))
        side = QHBoxLayout()
        side.addWidget(self.held, 2)
        side.addWidget(self.minutes, 3)
        lower.addLayout(side)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.month.currentIndexChanged.connect(lambda _i: self.refresh_minutes())
        self.held.itemSelectionChanged.connect(lambda: self._show_minutes())
        session.bus.changed.connect(lambda flags: self.refresh() if Change.MEETINGS in flags else None)
        self.refresh()

    def refresh(self) -> None:
        chosen = selected_id(self.table)
        rows = meetings.open_assignments(self.session.ctx, self.session.actor)
        fill_table(self.table, [(f"{a.held_on:%Y-%m-%d}", a.person, a.task,
                                 f"{a.due_on:%Y-%m-%d}" if a.due_on else "",
                                 self.tr("{n} days overdue").format(n=a.days_overdue) if a.overdue else "")
                                for a in rows], [a.id for a in rows], red=[a.overdue for a in rows])
        reselect(self.table, [a.id for a in rows], chosen)  # an assignment added moves the others down
        self.refresh_minutes()

    def refresh_minutes(self) -> None:
        """The month's meetings, the one chosen kept chosen (the newest at first), and today's line."""
        chosen = selected_id(self.held)
        start, end = _month_bounds(self.month.currentData())
        out = errors.call(self, meetings.minutes, self.session.ctx, self.session.actor, start, end)
        self.rows = out.value if out.ok else []
        fill_table(self.held, [(f"{m.held_on:%Y-%m-%d}", "、".join(m.attendees),
                                self.tr("{n}, {open} open").format(n=len(m.assignments), open=m.still_open)
                                if m.still_open else str(len(m.assignments))) for m in self.rows],
                   [m.id for m in self.rows])
        reselect(self.held, [m.id for m in self.rows], chosen, default=0)
        self._show_minutes()
        self._today()

    def _today(self) -> None:
        """Whether today's meeting is on file: the first thing the supervisor looks for."""
        held = self._held_today()
        if held is None:
            self.today_line.setText(self.tr("Today's meeting: not recorded yet"))
        else:
            self.today_line.setText(self.tr("Today's meeting: recorded by {who}, {n} attended, {a} assignments").format(
                who=held.recorded_by, n=len(held.attendees), a=len(held.assignments)))

    def _held_today(self) -> MeetingRow | None:
        today = self.session.ctx.clock.today()
        if today < _month_bounds(self.month.currentData())[0] or today >= _month_bounds(self.month.currentData())[1]:
            out = errors.call(self, meetings.minutes, self.session.ctx, self.session.actor,
                              today, today + timedelta(days=1))
            return out.value[0] if out.ok and out.value else None
        return next((m for m in self.rows if m.held_on == today), None)

    def _show_minutes(self) -> None:
        m = next((x for x in self.rows if x.id == selected_id(self.held)), None)
        if m is None:
            self.minutes.setHtml("")
            return
        title = self.tr("Morning meeting of {day}").format(day=f"{m.held_on:%Y-%m-%d}")
        attended, required, assigned = self.tr("Attended"), self.tr("Requirements"), self.tr("Assignments")
        recorded = self.tr("Recorded by {who}").format(who=m.recorded_by)
        parts = [f"<h3>{escape(title)}</h3>", f"<p><b>{escape(attended)}</b>：{escape('、'.join(m.attendees))}</p>"]
        if m.requirements:
            parts.append(f"<p><b>{escape(required)}</b></p><ol>"
                         + "".join(f"<li>{escape(r)}</li>" for r in m.requirements) + "</ol>")
        if m.assignments:
            lines = []
            for a in m.assignments:
                due = self.tr("by {day}").format(day=f"{a.due_on:%Y-%m-%d}") if a.due_on else ""
                state = self.tr("done: {note}").format(note=a.done) if a.done else self.tr("open")
                lines.append(f"<li>{escape(a.person)}：{escape(a.task)}"
                             + (f"（{escape(due)}）" if due else "") + f" — {escape(state)}</li>")
            parts.append(f"<p><b>{escape(assigned)}</b></p><ol>{''.join(lines)}</ol>")
        parts.append(f"<p>{escape(recorded)}</p>")
        self.minutes.setHtml("".join(parts))

    def record(self) -> MeetingDialog | None:
        """Today's meeting; when it is on file already, a missed day may be made up (补记) instead."""
        held = self._held_today()
        if held is not None:
            asked = QMessageBox.question(self, self.tr("Record the morning meeting"), as_typed(self.tr(
                "Today's meeting was recorded by {who}: add assignments with 追加安排….\n"
                "Make up the meeting of an earlier day instead?").format(who=held.recorded_by)))
            if asked != QMessageBox.StandardButton.Yes:
                return None
            dlg = self._open(MeetingDialog)
            if dlg is not None:
                dlg.day.set_value(held.held_on - timedelta(days=1))
            return dlg
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

