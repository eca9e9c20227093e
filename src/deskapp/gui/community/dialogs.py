"""The 社区文化 forms: a bulletin board (new, or put right) and its taking down; an activity's plan (new,
or put right); a unit's sign-up; a spending line."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QSpinBox, QWidget

from deskapp.contracts.community import ActivityRow, BoardRow
from deskapp.domain.community import PEOPLE_MAX, ActivityInput, BoardInput, check_spending
from deskapp.domain.errors import ValidationError
from deskapp.domain.local_time import local
from deskapp.gui.forms import FormDialog, date_edit, datetime_edit, text_box
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import as_typed
from deskapp.services.community import activities, boards, signups


def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox(objectName=name)
    box.setRange(low, high)
    box.setValue(value)
    return box


class BoardDialog(FormDialog):
    """登记板报, or with `board` 修改板报: the same form filled in with what was registered."""

    def __init__(self, parent: QWidget | None, session: DeskSession, board: BoardRow | None = None):
        super().__init__(parent, self.tr("Edit the board {theme}").format(theme=board.theme) if board
                         else self.tr("Register a bulletin board"))
        self.session, self.board = session, board
        today = session.ctx.clock.today
        self.theme = self.row(self.tr("Theme"), QLineEdit(board.theme if board else "", objectName="boardTheme"), "主题")
        self.location = self.row(self.tr("Location"), QLineEdit(board.location if board else "",
                                                                objectName="boardLocation"), "张贴位置")
        self.put_up = self.row(self.tr("Put up on"), date_edit(board.put_up_on if board else today(), "boardPutUp",
                                                               label="张贴日期", today=today), "张贴日期")
        self.taken_down = self.row(self.tr("Taken down on"),
                                   date_edit(board.taken_down_on if board else None, "boardTakenDown", label="撤下日期",
                                             optional=True, today=today), "撤下日期")
        self.person = self.row(self.tr("Responsible"), QLineEdit(board.person if board else session.actor.display_name,
                                                                 objectName="boardPerson"), "负责人")

    def submit(self):
        data = BoardInput(self.theme.text(), self.location.text(), self.put_up.value(), self.taken_down.value(),
                          self.person.text())
        if self.board is not None:
            return boards.edit_board(self.session.ctx, self.session.actor, self.board.id, data,
                                     version=self.board.version)
        return boards.add_board(self.session.ctx, self.session.actor, data)


class TakeDownDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession, board: BoardRow):
        super().__init__(parent, self.tr("Take down {theme}").format(theme=board.theme))
        self.session, self.board_id = session, board.id
        today = session.ctx.clock.today
        self.day = self.row(self.tr("Taken down on"), date_edit(today(), "takeDownDay", label="撤下日期", today=today),
                            "撤下日期")

    def submit(self):
        return boards.take_down(self.session.ctx, self.session.actor, self.board_id, self.day.value())


class ActivityDialog(FormDialog):
    """策划活动, or with `activity` 修改活动: the plan filled in as it stands. Saving a change returns
    `activities.Changed` (who came in from the waiting list, who must be told of a new time or place)."""

    def __init__(self, parent: QWidget | None, session: DeskSession, activity: ActivityRow | None = None):
        super().__init__(parent, self.tr("Edit {title}").format(title=activity.title) if activity
                         else self.tr("Plan an activity"))
        self.session, self.activity = session, activity
        a = activity
        today = session.ctx.clock.today
        self.title_box = self.row(self.tr("Title"), QLineEdit(a.title if a else "", objectName="activityTitle"),
                                  "活动名称")
        self.starts = self.row(self.tr("Date and time"), datetime_edit(local(a.starts_at) if a else None,
                                                                      "activityStarts", label="活动时间", today=today),
                               "活动时间")
        self.place = self.row(self.tr("Place"), QLineEdit(a.place if a else "", objectName="activityPlace"), "活动地点")
        self.organiser = self.row(self.tr("Organiser"), QLineEdit(a.organiser if a else session.actor.display_name,
                                                                  objectName="activityOrganiser"), "组织人")
        self.budget = self.row(self.tr("Budget (yuan)"), QLineEdit(f"{a.budget:.2f}" if a else "0",
                                                                   objectName="activityBudget"), "预算")
        self.limit = self.row(self.tr("People limit (0: none)"), _spin("activityLimit", 0, 10000, a.limit if a else 0),
                              "人数上限")
        self.waiting = self.row("", QCheckBox(self.tr("Keep a waiting list past the limit"),
                                              objectName="activityWaiting"), "候补")
        self.waiting.setChecked(a.waiting_list if a else True)
        self.content = self.row(self.tr("Content"), text_box(60, "activityContent"), "活动内容")
        if a is not None:
            self.content.setPlainText(a.content)

    def submit(self):
        data = ActivityInput(self.title_box.text(), self.starts.value(), self.place.text(), self.budget.text(),
                             self.organiser.text(), self.limit.value(), self.waiting.isChecked(),
                             self.content.toPlainText())
        if self.activity is not None:
            return activities.edit(self.session.ctx, self.session.actor, self.activity.id, data,
                                   version=self.activity.version)
        return activities.plan(self.session.ctx, self.session.actor, data)


class SignupDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession, activity: ActivityRow):
        super().__init__(parent, self.tr("Sign up for {title}").format(title=activity.title))
        self.session, self.activity_id = session, activity.id
        self.unit = self.row(self.tr("Unit"), QLineEdit(objectName="signupUnit"), "房号")
        self.name = self.row(self.tr("Name"), QLineEdit(objectName="signupName"), "姓名")
        self.people = self.row(self.tr("People"), _spin("signupPeople", 1, PEOPLE_MAX, 1), "人数")

    def submit(self):
        return signups.sign_up(self.session.ctx, self.session.actor, self.activity_id, self.unit.text(),
                               self.name.text(), self.people.value())


class SpendingDialog(FormDialog):
    """登记支出: a line that takes the activity past its budget is asked about first (a 3500 typed for
    350 went in, and the summary only turned red afterwards); 否 keeps the form open at 金额."""

    def __init__(self, parent: QWidget | None, session: DeskSession, activity: ActivityRow):
        super().__init__(parent, self.tr("Spending on {title}").format(title=activity.title))
        self.session, self.activity, self.activity_id = session, activity, activity.id
        today = session.ctx.clock.today
        self.item = self.row(self.tr("Item"), QLineEdit(objectName="spendItem"), "支出项目")
        self.amount = self.row(self.tr("Amount (yuan)"), QLineEdit(objectName="spendAmount"), "金额")
        self.day = self.row(self.tr("Date"), date_edit(today(), "spendDay", label="支出日期", today=today), "支出日期")

    def save(self) -> bool:
        if not self._within_budget_or_agreed():
            self.amount.setFocus()
            self.amount.selectAll()
            return False
        return super().save()

    def _within_budget_or_agreed(self) -> bool:
        try:
            _, value = check_spending(self.item.text(), self.amount.text())
        except ValidationError:
            return True  # the save names the field at fault
        budget = self.activity.summary.budget
        after = self.activity.summary.spent + value
        if after <= budget:
            return True
        ask = self.tr("With ¥{amount} the spending on “{title}” comes to ¥{after}, ¥{over} over its budget of "
                      "¥{budget}. Add it all the same?").format(
            amount=f"{value:,.2f}", title=self.activity.title, after=f"{after:,.2f}", over=f"{after - budget:,.2f}",
            budget=f"{budget:,.2f}")
        return QMessageBox.question(self, self.tr("Over budget"), as_typed(ask)) == QMessageBox.StandardButton.Yes

    def submit(self):
        return activities.spend(self.session.ctx, self.session.actor, self.activity_id, self.item.text(),
                                self.amount.text(), self.day.value())
