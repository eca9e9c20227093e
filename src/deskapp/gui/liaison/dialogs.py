"""The 对外联络 forms: a body of the contacts book, one of its people, and a log record (body, way, date,
who we dealt with, the matter, what was asked, and the follow-up owed: what, by whom, by when)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from deskapp.contracts.liaison import BodyRow
from deskapp.domain.liaison import BodyKind, ContactInput, RecordInput, Way
from deskapp.gui.forms import FormDialog, date_edit, enum_combo, text_box
from deskapp.gui.session import DeskSession
from deskapp.services.liaison import book, log


class BodyDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession):
        super().__init__(parent, self.tr("Add a body"))
        self.session = session
        self.name = self.row(self.tr("Name"), QLineEdit(objectName="bodyName"), "单位名称")
        self.kind = self.row(self.tr("Kind"), enum_combo(BodyKind, name="bodyKind"))
        self.phone = self.row(self.tr("Phone"), QLineEdit(objectName="bodyPhone"), "联系电话")
        self.address = self.row(self.tr("Address"), QLineEdit(objectName="bodyAddress"))

    def submit(self):
        return book.add_body(self.session.ctx, self.session.actor, self.name.text(), self.kind.currentData(),
                             self.phone.text(), self.address.text())


class ContactDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession, body: BodyRow):
        super().__init__(parent, self.tr("Add a contact to {body}").format(body=body.name))
        self.session, self.body_id = session, body.id
        self.name = self.row(self.tr("Name"), QLineEdit(objectName="contactName"), "姓名")
        self.role = self.row(self.tr("Position"), QLineEdit(objectName="contactRole"), "职务")
        self.phone = self.row(self.tr("Phone"), QLineEdit(objectName="contactPhone"), "联系电话")

    def submit(self):
        return book.add_contact(self.session.ctx, self.session.actor, self.body_id,
                                ContactInput(self.name.text(), self.role.text(), self.phone.text()))


class RecordDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession, bodies: list[BodyRow], names: list[str]):
        super().__init__(parent, self.tr("Log a visit, call or letter"))
        self.session = session
        today = session.ctx.clock.today
        self.body = self.row(self.tr("Body"), QComboBox(objectName="recordBody"), "联络单位")
        self.body.addItem("", 0)
        for b in bodies:
            self.body.addItem(b.name, b.id)
        self.way = self.row(self.tr("Way"), enum_combo(Way, name="recordWay"))
        self.day = self.row(self.tr("Date"), date_edit(today(), "recordDay", label="日期", today=today), "日期")
        self.contact = self.row(self.tr("Dealt with"), QLineEdit(objectName="recordContact"), "联系人")
        self.matter = self.row(self.tr("Matter"), QLineEdit(objectName="recordMatter"), "事由")
        self.asked = self.row(self.tr("What was asked"), text_box(60, "recordAsked"), "对方要求")
        self.follow = self.row(self.tr("Follow-up owed"), QLineEdit(objectName="recordFollow"), "跟进事项")
        self.person = self.row(self.tr("Follow-up by"), QComboBox(objectName="recordPerson"), "跟进人")
        self.person.addItem("", "")
        for name in names:
            self.person.addItem(name, name)
        self.due = self.row(self.tr("Due"), date_edit(None, "recordDue", label="跟进期限", optional=True, today=today),
                            "跟进期限")

    def submit(self):
        entry = RecordInput(self.body.currentData() or 0, self.way.currentData(), self.day.value(),
                            self.matter.text(), self.asked.toPlainText(), self.contact.text(), self.follow.text(),
                            self.person.currentData() or "", self.due.value())
        return log.record(self.session.ctx, self.session.actor, entry)
