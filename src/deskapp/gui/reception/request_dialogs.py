"""Recording a request/complaint and the actions on it (dispatch, complete, call back, ...)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from deskapp.domain.local_time import local_text
from deskapp.domain.errors import ValidationError
from deskapp.domain.reception import (
    CallbackMethod, CallbackResult, Channel, Department, RequestAction, RequestKind, Urgency, allowed_request_actions,
)
from deskapp.gui import errors
from deskapp.gui.forms import FormDialog, date_edit, datetime_edit, enum_combo, text_box
from deskapp.gui.session import DeskSession
from deskapp.services.registry import units as registry_units
from deskapp.services.reception import repairs, requests
from deskapp.services.reception.requests import RequestInput
from deskapp.gui.widgets import plain_label



def resolve_unit(session: DeskSession, code: str) -> int | None:
    code = code.strip()
    if not code:
        return None
    uid = registry_units.find_unit_id(session.ctx, session.actor, code)
    if uid is None:
        raise ValidationError("房号", f"没有房号 {code}")
    return uid


def request_dialog(parent: QWidget, session: DeskSession, unit_id: int | None = None) -> FormDialog:
    """业户服务需求/投诉登记: unit (or public area), caller picked from the unit's people or typed,
    channel, kind, category, text, urgency, 重大事件, and optionally a department at once."""
    unit = QLineEdit(objectName="rqUnit", placeholderText=QCoreApplication.translate("reception", "Unit code, e.g. 3-1-502"))
    location = QLineEdit(objectName="rqLocation", placeholderText=QCoreApplication.translate("reception", "Public area, or where in the unit"))
    caller = QComboBox(objectName="rqCaller")
    caller.setEditable(True)
    phone = QLineEdit(objectName="rqPhone")
    channel = enum_combo(Channel, name="rqChannel")
    kind = enum_combo(RequestKind, name="rqKind")
    category = QLineEdit(objectName="rqCategory", placeholderText=QCoreApplication.translate("reception", "e.g. noise, leak, lift"))
    text = text_box(name="rqText")
    urgency = enum_combo(Urgency, name="rqUrgency")
    major = QCheckBox(QCoreApplication.translate("reception", "Major event: report to the supervisor at once"), objectName="rqMajor")
    department = enum_combo(Department, blank=QCoreApplication.translate("reception", "(dispatch later)"), name="rqDepartment")

    phones: dict[int, str] = {}  # the unit's people's phones on file, masked

    def fill_people() -> None:
        caller.clear()
        phones.clear()
        try:
            uid = resolve_unit(session, unit.text())
        except ValidationError:
            return
        if uid is not None:
            for p in registry_units.unit_page(session.ctx, session.actor, uid).people:
                phones[p.person_id] = p.phone  # before the item: adding the first one picks it
                caller.addItem(f"{p.name}", p.person_id)
            caller.setCurrentIndex(0 if caller.count() else -1)

    def picked() -> int | None:
        """The person picked from the unit's people (not a name typed over it)."""
        i = caller.currentIndex()
        return caller.itemData(i) if i >= 0 and caller.currentText().strip() == caller.itemText(i) else None

    def show_phone_on_file() -> None:
        on_file = phones.get(picked())
        phone.setPlaceholderText(QCoreApplication.translate("reception", "On file: {phone} (leave blank to use it)")
                                 .format(phone=on_file) if on_file else "")

    caller.currentIndexChanged.connect(lambda _i: show_phone_on_file())
    caller.editTextChanged.connect(lambda _t: show_phone_on_file())

    if unit_id is not None:
        unit.setText(registry_units.unit_page(session.ctx, session.actor, unit_id).code)
        unit.setReadOnly(True)
        fill_people()
    unit.editingFinished.connect(fill_people)

    def submit(_v: dict) -> int:
        uid = unit_id if unit_id is not None else resolve_unit(session, unit.text())
        return requests.record_request(session.ctx, session.actor, RequestInput(
            text=text.toPlainText(), unit_id=uid, location=location.text(), caller=caller.currentText().strip(),
            caller_phone=phone.text(), channel=channel.currentData(), kind=kind.currentData(),
            category=category.text(), urgency=urgency.currentData(), major=major.isChecked(),
            department=department.currentData(), caller_person_id=picked()))

    fields = [("房号", QCoreApplication.translate("reception", "Unit"), unit), ("房号/公共区域", QCoreApplication.translate("reception", "Public area / place"), location),
              ("来电/来访人", QCoreApplication.translate("reception", "Caller"), caller), ("联系电话", QCoreApplication.translate("reception", "Phone"), phone), ("渠道", QCoreApplication.translate("reception", "Channel"), channel),
              ("类别", QCoreApplication.translate("reception", "Kind"), kind), ("分类", QCoreApplication.translate("reception", "Category"), category), ("内容", QCoreApplication.translate("reception", "Content"), text),
              ("紧急程度", QCoreApplication.translate("reception", "Urgency"), urgency), ("重大事件", "", major), ("处理部门", QCoreApplication.translate("reception", "Dispatch to"), department)]
    dlg = FormDialog(parent, QCoreApplication.translate("reception", "Record a request or complaint"), fields, submit)
    # Service errors name these fields; "no unit and no public area" points at the place field.
    dlg.unit_edit, dlg.location_edit, dlg.caller_box, dlg.text_edit = unit, location, caller, text
    dlg.channel_box, dlg.kind_box, dlg.major_box, dlg.department_box = channel, kind, major, department
    if unit_id is not None:
        location.setFocus()
    else:
        unit.setFocus()
    return dlg


def _dispatch_form(session: DeskSession, request_id: int) -> tuple:
    ctx = session.ctx
    now = ctx.clock.now()
    current = requests.request_detail(ctx, session.actor, request_id).due_at
    due = datetime_edit(current if current and current > now else now + timedelta(days=1),
                        name="dispatchDue", label="完成时限", today=ctx.clock.today)
    return QCoreApplication.translate("reception", "Dispatch"), requests.dispatch, [
        ("处理部门", QCoreApplication.translate("reception", "Department"), enum_combo(Department, name="dispatchDepartment")),
        ("处理人", QCoreApplication.translate("reception", "Handler"), QLineEdit(objectName="dispatchHandler")),
        ("完成时限", QCoreApplication.translate("reception", "Due"), due)]


def _defer_form(session: DeskSession, _request_id: int) -> tuple:
    today = session.ctx.clock.today
    until = date_edit(today() + timedelta(days=7), name="deferUntil", label="暂缓至", today=today)
    return QCoreApplication.translate("reception", "Defer"), requests.defer, [
        ("暂缓至", QCoreApplication.translate("reception", "Deferred until"), until),
        ("暂缓原因", QCoreApplication.translate("reception", "Reason"), QLineEdit(objectName="deferReason"))]


def _complete_form(session: DeskSession, request_id: int) -> tuple:
    """完成: 处理结果, 处理人 (the handler named at dispatch, else the one signed in) and 完成时间 (now),
    as the 处理单 records them."""
    ctx = session.ctx
    handler = requests.request_detail(ctx, session.actor, request_id).handler or session.actor.display_name
    return QCoreApplication.translate("reception", "Complete"), requests.complete, [
        ("处理结果", QCoreApplication.translate("reception", "Result"), text_box(name="completeResult")),
        ("处理人", QCoreApplication.translate("reception", "Handled by"), QLineEdit(handler, objectName="completeHandler")),
        ("完成时间", QCoreApplication.translate("reception", "Completed at"),
         datetime_edit(ctx.clock.now(), name="completeAt", label="完成时间", today=ctx.clock.today))]


def _callback_form(session: DeskSession, _request_id: int) -> tuple:
    """回访: 满意度, what the owner said, 回访人 (the one signed in), 回访方式 (电话 first) and 回访时间 (now)."""
    ctx = session.ctx
    return QCoreApplication.translate("reception", "Call back"), requests.callback, [
        ("回访结果", QCoreApplication.translate("reception", "Result"), enum_combo(CallbackResult, name="callbackResult")),
        ("业主意见", QCoreApplication.translate("reception", "What the owner said"), text_box(name="callbackSaid")),
        ("回访人", QCoreApplication.translate("reception", "Called back by"), QLineEdit(session.actor.display_name, objectName="callbackBy")),
        ("回访方式", QCoreApplication.translate("reception", "How"), enum_combo(CallbackMethod, name="callbackMethod")),
        ("回访时间", QCoreApplication.translate("reception", "Called back at"),
         datetime_edit(ctx.clock.now(), name="callbackAt", label="回访时间", today=ctx.clock.today))]


# Each action's form: (title, the service it calls, its fields as FormDialog takes them), made when
# the form opens. The service takes the form's values in the order of its fields.
_FORMS = {
    RequestAction.DISPATCH: _dispatch_form,
    RequestAction.START: lambda _s, _r: (QCoreApplication.translate("reception", "Start work"), requests.start,
                                         [("说明", QCoreApplication.translate("reception", "Note"), QLineEdit(objectName="startNote"))]),
    RequestAction.DEFER: _defer_form,
    RequestAction.COMPLETE: _complete_form,
    RequestAction.CALLBACK: _callback_form,
    RequestAction.CLOSE: lambda _s, _r: (QCoreApplication.translate("reception", "Close"), requests.close,
                                         [("关闭原因", QCoreApplication.translate("reception", "Reason"), QLineEdit(objectName="reasonEdit"))]),
    RequestAction.REOPEN: lambda _s, _r: (QCoreApplication.translate("reception", "Reopen"), requests.reopen,
                                          [("重新打开原因", QCoreApplication.translate("reception", "Reason"), QLineEdit(objectName="reasonEdit"))]),
}


def action_dialog(parent: QWidget, session: DeskSession, request_id: int, action: RequestAction) -> QDialog | None:
    """The form for one action; None for an action that has no form."""
    form = _FORMS.get(action)
    if form is None:
        return None
    title, fn, fields = form(session, request_id)

    def submit(v):  # the service takes the form's values in the order of its fields
        return fn(session.ctx, session.actor, request_id, *(v[key] for key, _label, _widget in fields))
    number = requests.request_detail(session.ctx, session.actor, request_id).number
    return FormDialog(parent, f"{title} {number}", fields, submit)  # which item, as the lists number it


ACTION_LABELS = {
    RequestAction.DISPATCH: lambda: QCoreApplication.translate("reception", "Dispatch…"), RequestAction.START: lambda: QCoreApplication.translate("reception", "Start"),
    RequestAction.DEFER: lambda: QCoreApplication.translate("reception", "Defer…"), RequestAction.COMPLETE: lambda: QCoreApplication.translate("reception", "Complete…"),
    RequestAction.CALLBACK: lambda: QCoreApplication.translate("reception", "Call back…"), RequestAction.CLOSE: lambda: QCoreApplication.translate("reception", "Close…"),
    RequestAction.REOPEN: lambda: QCoreApplication.translate("reception", "Reopen…"),
}


def actions_for(session: DeskSession, request_id: int) -> list[RequestAction]:
    return allowed_request_actions(requests.request_detail(session.ctx, session.actor, request_id).state)


class RequestDetailDialog(QDialog):
    """The item with its full history."""

    def __init__(self, parent: QWidget | None, session: DeskSession, request_id: int):
        super().__init__(parent)
        d = requests.request_detail(session.ctx, session.actor, request_id)
        tz = session.ctx.clock.now().tzinfo
        self.setWindowTitle(self.tr("Request {number}").format(number=d.number))
        layout = QVBoxLayout(self)
        lines = [
            f"{d.number}　{d.kind.value}{'／' + d.category if d.category else ''}　{d.urgency.value}　{d.state.value}"
            + ("　【重大事件】" if d.major else ""),
            f"{d.unit_code or ''} {d.location}　{d.caller} {d.caller_phone}　{d.channel.value}",
            d.text,
            self.tr("Handled by: {dept} {who}").format(dept=d.department.value if d.department else "-",
                                                     who=d.handler),
            self.tr("Result: {r}").format(r=d.result or "-") + (
                "　" + self.tr("completed {at}").format(at=local_text(d.completed_at, tz=tz)) if d.completed_at else ""),
            self.tr("Callback: {r} {said}").format(r=d.callback_result.value if d.callback_result else "-",
                                                  said=d.callback_note) + (
                "　" + self.tr("{how} by {who}, {at}").format(
                    how=d.callback_method or "-", who=d.callback_by, at=local_text(d.callback_at, tz=tz))
                if d.callback_result else ""),
            self.tr("Reopened {n} times").format(n=d.reopen_count),
        ]
        info = plain_label("\n".join(lines), objectName="requestInfo")
        info.setWordWrap(True)
        layout.addWidget(info)
        self.history = QTableWidget(len(d.history), 5, objectName="requestHistory")
        self.history.setHorizontalHeaderLabels([self.tr("Time"), self.tr("By"), self.tr("Action"), self.tr("State"),
                                                self.tr("Note")])
        for r, h in enumerate(d.history):
            for c, v in enumerate((local_text(h.at, tz=tz), h.actor, h.action,
                                   f"{h.from_state}→{h.to_state}" if h.from_state else h.to_state, h.note)):
                self.history.setItem(r, c, QTableWidgetItem(v))
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.resizeColumnsToContents()
        layout.addWidget(self.history)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 480)


def make_repair_from_request(parent: QWidget, session: DeskSession, request_id: int) -> str | None:
    outcome = errors.call(parent, repairs.repair_from_request, session.ctx, session.actor, request_id)
    return outcome.value if outcome.ok else None
