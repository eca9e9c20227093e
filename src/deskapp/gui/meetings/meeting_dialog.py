"""The day's 早会 form: the date, who attended (ticked from the desk's users), the requirements
announced (one a line) and the assignments (person, task, due)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.gui.forms import FormDialog, date_edit, text_box
from deskapp.gui.session import DeskSession
from deskapp.services.meetings import meetings
from deskapp.services.meetings.meetings import AssignmentLine, line_place
from deskapp.gui.widgets import plain_label

LINES = 4  # spare assignment lines; an untouched one is no assignment


class MeetingDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession, names: list[str]):
        super().__init__(parent, self.tr("Record the morning meeting"))
        self.session = session
        today = session.ctx.clock.today
        self.day = self.row(self.tr("Date"), date_edit(today(), "meetingDay", label="早会日期", today=today), "早会日期")
        box = QWidget(objectName="meetingAttendees")
        ticks = QVBoxLayout(box)
        ticks.setContentsMargins(0, 0, 0, 0)
        self.ticks = []
        for i, name in enumerate(names):
            tick = QCheckBox(name, objectName=f"attendee{i}")
            ticks.addWidget(tick)
            self.ticks.append(tick)
        self.row(self.tr("Attended"), box, "参会人员")
        self.requirements = self.row(self.tr("Requirements (one a line)"), text_box(90, "meetingRequirements"),
                                     "会议要求")
        grid_box = QWidget(objectName="meetingAssignments")
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for c, head in enumerate((self.tr("Who"), self.tr("What"), self.tr("By when"))):
            grid.addWidget(plain_label(head), 0, c)
        self.lines = []
        for r in range(1, LINES + 1):
            who = QComboBox(objectName=f"assignPerson{r}")
            who.addItem("", "")
            for name in names:
                who.addItem(name, name)
            what = QLineEdit(objectName=f"assignTask{r}")
            due = date_edit(None, f"assignDue{r}", label="完成期限", optional=True, today=today)
            for c, w in enumerate((who, what, due)):
                grid.addWidget(w, r, c)
            self.lines.append((who, what, due))
        self.row(self.tr("Assignments"), grid_box)
        # a refusal names its field; the form points at the first line's (the message says which line)
        self.widgets.update({"责任人": self.lines[0][0], "安排事项": self.lines[0][1], "完成期限": self.lines[0][2]})

    def _assignments(self) -> list[AssignmentLine]:
        """The lines filled in, blank ones skipped. A refusal of the n-th of them (the service's, or a due
        date that is no date) names 第 n 项安排 and is pointed at that line's field — it was the first
        line's whichever line was wrong."""
        out = []
        filled = [(who, what, due) for who, what, due in self.lines
                  if who.currentData() or what.text().strip() or due.text().strip()]
        for n, (who, what, due) in enumerate(filled, 1):
            for field, widget in (("责任人", who), ("安排事项", what), ("完成期限", due)):
                self.widgets[(line_place(n), field)] = widget
            try:
                out.append(AssignmentLine(who.currentData() or "", what.text(), due.value()))
            except ValidationError as e:
                raise ValidationError(e.field, e.message, location=line_place(n)) from None
        return out

    def submit(self):
        ctx, actor = self.session.ctx, self.session.actor
        return meetings.record_meeting(
            ctx, actor, held_on=self.day.value(), attendees=[t.text() for t in self.ticks if t.isChecked()],
            requirements=self.requirements.toPlainText().splitlines(), assignments=self._assignments())


class AssignmentDialog(FormDialog):
    """An assignment given after the minutes were taken, added to the meeting of its day."""

    def __init__(self, parent: QWidget | None, session: DeskSession, names: list[str]):
        super().__init__(parent, self.tr("Add an assignment"))
        self.session = session
        today = session.ctx.clock.today
        self.day = self.row(self.tr("Meeting of"), date_edit(today(), "addDay", label="早会日期", today=today),
                            "早会日期")
        self.who = self.row(self.tr("Who"), QComboBox(objectName="addPerson"), "责任人")
        self.who.addItem("", "")
        for name in names:
            self.who.addItem(name, name)
        self.what = self.row(self.tr("What"), QLineEdit(objectName="addTask"), "安排事项")
        self.due = self.row(self.tr("By when"), date_edit(None, "addDue", label="完成期限", optional=True, today=today),
                            "完成期限")

    def submit(self):
        line = AssignmentLine(self.who.currentData() or "", self.what.text(), self.due.value())
        return meetings.add_assignment(self.session.ctx, self.session.actor, self.day.value(), line)
