"""The 社区文化 forms: a bulletin board and its taking down; an activity's plan; a unit's sign-up; a
spending line."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from deskapp.contracts.community import ActivityRow, BoardRow
from deskapp.domain.community import PEOPLE_MAX, ActivityInput, BoardInput
from deskapp.gui.forms import FormDialog, date_edit, datetime_edit, text_box
from deskapp.gui.session import DeskSession
from deskapp.services.community import activities, boards, signups


def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox(objectName=name)
    box.setRange(low, high)
    box.setValue(value)
    return box


class BoardDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession):
        super().__init__(parent, self.tr("Register a bulletin board"))
        self.session = session
        today = session.ctx.clock.today
        self.theme = self.row(self.tr("Theme"), QLineEdit(objectName="boardTheme"), "主题")
        self.location = self.row(self.tr("Location"), QLineEdit(objectName="boardLocation"), "张贴位置")
        self.put_up = self.row(self.tr("Put up on"), date_edit(today(), "boardPutUp", label="张贴日期", today=today),
                               "张贴日期")
        self.taken_down = self.row(self.tr("Taken down on"),
                                   date_edit(None, "boardTakenDown", label="撤下日期", optional=True, today=today),
                                   "撤下日期")
        self.person = self.row(self.tr("Responsible"), QLineEdit(session.actor.display_name, objectName="boardPerson"),
                               "负责人")

    def submit(self):
        return boards.add_board(self.session.ctx, self.session.actor,
                                BoardInput(self.theme.text(), self.location.text(), self.put_up.value(),
                                           self.taken_down.value(), self.person.text()))


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
    def __init__(self, parent: QWidget | None, session: DeskSession):
        super().__init__(parent, self.tr("Plan an activity"))
        self.session = session
        today = session.ctx.clock.today
        self.title_box = self.row(self.tr("Title"), QLineEdit(objectName="activityTitle"), "活动名称")
        self.starts = self.row(self.tr("Date and time"), datetime_edit(None, "activityStarts", label="活动时间",
                                                                      today=today), "活动时间")
        self.place = self.row(self.tr("Place"), QLineEdit(objectName="activityPlace"), "活动地点")
        self.organiser = self.row(self.tr("Organiser"),
                                  QLineEdit(session.actor.display_name, objectName="activityOrganiser"), "组织人")
        self.budget = self.row(self.tr("Budget (yuan)"), QLineEdit("0", objectName="activityBudget"), "预算")
        self.limit = self.row(self.tr("People limit (0: none)"), _spin("activityLimit", 0, 10000, 0), "人数上限")
        self.waiting = self.row("", QCheckBox(self.tr("Keep a waiting list past the limit"),
                                              objectName="activityWaiting"))
        self.waiting.setChecked(True)
        self.content = self.row(self.tr("Content"), text_box(60, "activityContent"), "活动内容")

    def submit(self):
        return activities.plan(self.session.ctx, self.session.actor, ActivityInput(
            self.title_box.text(), self.starts.value(), self.place.text(), self.budget.text(),
            self.organiser.text(), self.limit.value(), self.waiting.isChecked(), self.content.toPlainText()))


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
    def __init__(self, parent: QWidget | None, session: DeskSession, activity: ActivityRow):
        super().__init__(parent, self.tr("Spending on {title}").format(title=activity.title))
        self.session, self.activity_id = session, activity.id
        today = session.ctx.clock.today
        self.item = self.row(self.tr("Item"), QLineEdit(objectName="spendItem"), "支出项目")
        self.amount = self.row(self.tr("Amount (yuan)"), QLineEdit(objectName="spendAmount"), "金额")
        self.day = self.row(self.tr("Date"), date_edit(today(), "spendDay", label="支出日期", today=today), "支出日期")

    def submit(self):
        return activities.spend(self.session.ctx, self.session.actor, self.activity_id, self.item.text(),
                                self.amount.text(), self.day.value())
