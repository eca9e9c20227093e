"""工程维修单: register, new order, dispatch → arrive → finish → check (public) / callback (in-unit), print."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.domain.reception import (
    OPEN_REPAIR_STATES, CallbackMethod, CallbackResult, RepairAction, RepairScope, RepairState, Urgency, allowed_repair_actions,
)
from deskapp.domain.local_time import local_text
from deskapp.domain.monthpack import mean_hours
from deskapp.domain.reception_dispatch import Dispatch, DispatchEnd
from deskapp.gui import errors
from deskapp.gui.paged_model import Column
from deskapp.gui.reception.common import ALERT, NOTICE, HistoryDialog, MarkedModel, StepsTab, month_span
from deskapp.gui.forms import FormDialog, datetime_edit, enum_combo, names_combo, text_box
from deskapp.gui.reception.request_dialogs import resolve_unit
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.monthly_export import FilterMonthExport
from deskapp.gui.widgets import button, edge_row, fill_table, month_combo, preview, simple_table, table_view, plain_label
from deskapp.services.reception import repairs
from deskapp.services.reception._common import EXPORT
from deskapp.services.reception.repairs import RepairDetail, RepairInput
from deskapp.services.reception.requests import when
from deskapp.contracts.reception import RepairFilter

OPEN = "open"


def repair_dialog(parent: QWidget, session: DeskSession, unit_id: int | None = None) -> FormDialog:
    from deskapp.services.registry import units as registry_units

    unit = QLineEdit(objectName="wxUnit")
    if unit_id is not None:
        unit.setText(registry_units.unit_page(session.ctx, session.actor, unit_id).code)
        unit.setReadOnly(True)
    location = QLineEdit(objectName="wxLocation")
    scope = enum_combo(RepairScope, blank=QCoreApplication.translate("reception", "(by unit)"), name="wxScope")
    fault = text_box(name="wxFault")
    reporter = QLineEdit(objectName="wxReporter")
    phone = QLineEdit(objectName="wxPhone")
    urgency = enum_combo(Urgency, name="wxUrgency")
    paid = QCheckBox(QCoreApplication.translate("reception", "Paid repair (materials and labour charged)"), objectName="wxPaid")

    def submit(_v):
        uid = unit_id if unit_id is not None else resolve_unit(session, unit.text())
        return repairs.create_repair(session.ctx, session.actor, RepairInput(
            fault=fault.toPlainText(), reported_by=reporter.text(), unit_id=uid, location=location.text(),
            scope=scope.currentData(), reporter_phone=phone.text(), urgency=urgency.currentData(),
            paid=paid.isChecked()))

    fields = [("房号", QCoreApplication.translate("reception", "Unit"), unit), ("房号/公共区域", QCoreApplication.translate("reception", "Public area / place"), location),
              ("类别", QCoreApplication.translate("reception", "Public or in-unit"), scope), ("故障描述", QCoreApplication.translate("reception", "Fault"), fault),
              ("报修人", QCoreApplication.translate("reception", "Reported by"), reporter), ("报修人电话", QCoreApplication.translate("reception", "Phone"), phone),
              ("紧急程度", QCoreApplication.translate("reception", "Urgency"), urgency), ("有偿", "", paid)]
    dlg = FormDialog(parent, QCoreApplication.translate("reception", "New repair order"), fields, submit)
    return dlg


class RepairHistoryDialog(HistoryDialog):
    """An order's history with its dispatches above it, in order: to whom, when and by whom, how long
    it took and how it ended (finished, sent back and why, reassigned, cancelled)."""

    def __init__(self, parent: QWidget | None, title: str, info: str, detail: RepairDetail, tz):
        super().__init__(parent, title, info, detail.history, tz)
        self.dispatches = simple_table("wxDispatches", [
            self.tr("Technician"), self.tr("Dispatched at"), self.tr("Dispatched by"), self.tr("Arrived at"),
            self.tr("Time taken"), self.tr("How it ended")])

        def at(t) -> str:
            return local_text(t, tz=tz)

        fill_table(self.dispatches, [
            (d.technician, at(d.dispatched_at), d.dispatched_by, at(d.arrived_at),
             "" if d.finished_at is None else self.tr("{h} h").format(h=mean_hours([(d.dispatched_at, d.finished_at)])),
             self._ended(d, at)) for d in detail.dispatches], [d.seq for d in detail.dispatches])
        # the last column (a reason sent back can be long) wraps within the dialog's width
        self.dispatches.setWordWrap(True)
        self.dispatches.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout = self.layout()
        layout.insertWidget(1, plain_label(self.tr("Dispatches ({n})").format(n=len(detail.dispatches)),
                                      objectName="wxDispatchesLabel"))
        layout.insertWidget(2, self.dispatches)
        self.resize(860, 560)

    def showEvent(self, event) -> None:  # rows as tall as their wrapped text, the table no taller than they
        super().showEvent(event)
        t = self.dispatches
        t.resizeRowsToContents()
        rows = sum(t.rowHeight(r) for r in range(t.rowCount()))
        t.setFixedHeight(min(rows + t.horizontalHeader().height() + 2 * t.frameWidth() + 4, 220))

    def _ended(self, d: Dispatch, at) -> str:
        if d.ended is DispatchEnd.REWORK:
            text = self.tr("Finished {f}, sent back {t}").format(f=at(d.finished_at), t=at(d.ended_at))
            return text + (f"：{d.reason}" if d.reason else "")
        if d.ended is DispatchEnd.REASSIGNED:
            return self.tr("Reassigned {t}").format(t=at(d.ended_at))
        if d.ended is DispatchEnd.CANCELLED:
            return self.tr("Cancelled {t}").format(t=at(d.ended_at))
        if d.finished_at is not None:
            return self.tr("Finished {t}").format(t=at(d.finished_at))
        return self.tr("Not finished")


class RepairsTab(StepsTab):
    record_key = "number"
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        ctx = session.ctx
        self.text = QLineEdit(objectName="wxFilterText", placeholderText=self.tr("Number, unit, fault…"))
        self.state = enum_combo(RepairState, name="wxFilterState",
                                first=[(self.tr("Open"), OPEN), (self.tr("All states"), None)])
        self.month = month_combo(ctx.clock.today(), "wxFilterMonth", blank=self.tr("All months"))
        self.count = plain_label(objectName="wxCount")
        filters = edge_row((plain_label(self.tr("Filter:")), self.text, self.state, self.month), (self.count,))

        def tz(dt):
            return when(ctx, dt)

        columns = [
            Column("number", lambda: self.tr("Number"), lambda r: r.number),
            Column("reported_at", lambda: self.tr("Reported at"), lambda r: tz(r.reported_at)),
            Column("scope", lambda: self.tr("Type"), lambda r: r.scope.value),
            Column("unit", lambda: self.tr("Unit / place"), lambda r: " ".join(x for x in (r.unit_code, r.location)
                                                                             if x)),
            Column("reported_at", lambda: self.tr("Fault"), lambda r: r.fault[:50]),
            Column("reported_at", lambda: self.tr("Urgency"), lambda r: r.urgency.value),
            Column("technician", lambda: self.tr("Technician"), lambda r: r.technician),
            Column("state", lambda: self.tr("State"), lambda r: r.state.value + self._need(r)),
            Column("finished_at", lambda: self.tr("Finished"), lambda r: tz(r.finished_at)),
            Column("reported_at", lambda: self.tr("Charge"), lambda r: r.charge, True),
            # a 有偿维修 paid at the counter (billing's 临时收费): the receipt, gone again if voided
            Column("reported_at", lambda: self.tr("Paid by receipt"), lambda r: r.fee_receipt),
        ]
        self.model = MarkedModel(columns, self._fetch, self._mark, self)
        self.model.held = True  # its first page is read when the tab is first shown (read_when_shown)
        self.table = table_view("wxTable", self.model, sortable=True, sort_column=1, descending=True,
                                widths=(120, 130, 70, 150, 260, 60, 80, 120, 130))

        self.follow_choice()

        self.two_per_page = QCheckBox(self.tr("Two per A4 page"), objectName="wxTwoPerPage")
        bar = QHBoxLayout()
        # each step is enabled only when the order chosen takes it (a public repair is checked,
        # an in-unit one called back); history and print need an order chosen
        self.action_buttons = {
            RepairAction.DISPATCH: button(self.tr("Dispatch…"), "wxDispatch", self.dispatch),
            RepairAction.ARRIVE: button(self.tr("Arrived"), "wxArrive", self.arrive),
            RepairAction.FINISH: button(self.tr("Finished…"), "wxFinish", self.finish),
            RepairAction.CHECK: button(self.tr("Check…"), "wxCheck", self.check),
            RepairAction.CALLBACK: button(self.tr("Call back…"), "wxCallback", self.callback),
            RepairAction.CANCEL: button(self.tr("Cancel order…"), "wxCancel", self.cancel),
        }
        self.row_buttons = (button(self.tr("History"), "wxHistory", self.show_history),
                            button(self.tr("Print…"), "wxPrint", self.print_selected, "Ctrl+P"))
        for b in (button(self.tr("New repair order…"), "wxNew", self.new_repair, "Ctrl+R"),
                  *self.action_buttons.values(), *self.row_buttons):
            bar.addWidget(b)
        bar.addWidget(self.two_per_page)
        bar.addStretch(1)
        self.month_export = FilterMonthExport(self, session, "repairs", self.month, "wxExport")
        hide_unless(self.month_export.button, session.may(EXPORT))
        bar.addWidget(self.month_export.button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        self.text.textChanged.connect(self.reload)
        self.state.currentIndexChanged.connect(self.reload)
        self.month.currentIndexChanged.connect(self.reload)
        session.bus.changed.connect(lambda flags: self.reload() if Change.RECEPTION in flags else None)
        self._loaded()
        self.read_when_shown()

    def _need(self, r) -> str:
        if r.state is RepairState.FINISHED:
            return self.tr(" (to check)") if r.scope is RepairScope.PUBLIC else self.tr(" (to call back)")
        return ""

    def _mark(self, r):
        if r.state is RepairState.FINISHED:
            return NOTICE
        if r.state in OPEN_REPAIR_STATES and r.urgency is not Urgency.NORMAL:
            return ALERT
        return None

    def current_filter(self) -> RepairFilter:
        choice = self.state.currentData()
        start, end = month_span(self.session.ctx, self.month.currentData())
        states = tuple(OPEN_REPAIR_STATES) if choice == OPEN else (choice,) if choice else ()
        return RepairFilter(states=states, start=start, end=end, text=self.text.text().strip())

    def _fetch(self, **kw):
        return repairs.repair_register(self.session.ctx, self.session.actor, self.current_filter(), **kw)

    def count_text(self, total: int) -> str:
        return self.tr("{n} repair orders").format(n=total)

    def _update_buttons(self) -> None:
        row = self.selected()
        allowed = allowed_repair_actions(row.state, row.scope) if row else []
        for action, b in self.action_buttons.items():
            b.setEnabled(action in allowed)
        for b in self.row_buttons:
            b.setEnabled(row is not None)

    def relaxed_filters(self, number: str):
        # a new order is first in the default list (open, newest first); one from another month is found
        # under all months, its words cleared; one closed long ago (a number typed into the search box)
        # by its number among every state
        yield lambda: (self.text.clear(), self.state.setCurrentIndex(0), self.month.setCurrentIndex(0))
        yield lambda: (self.text.setText(number), self.state.setCurrentIndex(1))  # 全部状态

    def _form(self, title: str, fields, submit):
        row = self.selected()
        if row is None:
            return None
        dlg = FormDialog(self, f"{title} {row.number}", fields, lambda v: submit(row.number, v))
        dlg.open()
        return dlg

    def new_repair(self):
        dlg = repair_dialog(self, self.session)
        dlg.saved.connect(self.choose_record)  # the order just made is chosen, ready for 派单
        dlg.open()
        return dlg

    def dispatch(self):
        """派单: the technician picked from those sent before (the most often sent first), or a new
        name typed; sent again, the order's technician stands in the field."""
        ctx, actor = self.session.ctx, self.session.actor
        row = self.selected()
        if row is None:
            return None
        known = errors.call(self, repairs.technicians, ctx, actor)
        tech = names_combo(known.value if known.ok else (), name="wxTech", text=row.technician,
                           placeholder=self.tr("Pick a technician or type a new name"))
        return self._form(self.tr("Dispatch"), [("维修人", self.tr("Technician"), tech)],
                          lambda n, v: repairs.dispatch(ctx, actor, n, v["维修人"]))

    def arrive(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        return errors.call(self, repairs.arrive, self.session.ctx, self.session.actor, row.number).ok

    def finish(self):
        """完工: 收费金额 is asked of a 有偿维修 only; a free repair's field is closed and says so,
        not offered to be typed into and then refused."""
        ctx, actor = self.session.ctx, self.session.actor
        charge = QLineEdit(objectName="wxCharge")
        row = self.selected()
        if row is not None and not row.paid:
            charge.setEnabled(False)
            charge.setPlaceholderText(self.tr("Free repair: nothing is charged"))
        elif row is not None:
            charge.setPlaceholderText(self.tr("Paid repair: materials and labour, in yuan"))
        return self._form(self.tr("Finished"), [
            ("维修情况", self.tr("Work done"), text_box(name="wxWork")),
            ("使用材料", self.tr("Materials"), QLineEdit(objectName="wxMaterials")),
            ("收费金额", self.tr("Charge (yuan)"), charge),
            ("完工时间", self.tr("Finished at"),
             datetime_edit(ctx.clock.now(), name="wxFinishedAt", label="完工时间", today=ctx.clock.today))],
            lambda n, v: repairs.finish(ctx, actor, n, v["维修情况"], v["使用材料"], v["收费金额"] or None,
                                        v["完工时间"]))

    def check(self):
        ctx, actor = self.session.ctx, self.session.actor
        ok = QComboBox(objectName="wxCheckOk")
        ok.addItem(self.tr("Passed (检查合格)"), True)
        ok.addItem(self.tr("Failed, rework (不合格)"), False)
        return self._form(self.tr("Check"), [("检查", self.tr("Result"), ok),
                                             ("说明", self.tr("Note"), QLineEdit(objectName="wxCheckNote"))],
                          lambda n, v: repairs.check(ctx, actor, n, v["检查"], v["说明"]))

    def callback(self):
        ctx, actor = self.session.ctx, self.session.actor
        return self._form(self.tr("Call back"), [
            ("回访", self.tr("Result"), enum_combo(CallbackResult, name="wxCallbackResult")),
            ("业主意见", self.tr("What the owner said"), text_box(name="wxCallbackSaid")),
            ("回访人", self.tr("Called back by"), QLineEdit(actor.display_name, objectName="wxCallbackBy")),
            ("回访方式", self.tr("How"), enum_combo(CallbackMethod, name="wxCallbackMethod")),
            ("回访时间", self.tr("Called back at"),
             datetime_edit(ctx.clock.now(), name="wxCallbackAt", label="回访时间", today=ctx.clock.today))],
            lambda n, v: repairs.callback(ctx, actor, n, v["回访"], v["业主意见"], v["回访人"], v["回访方式"],
                                          v["回访时间"]))

    def cancel(self):
        ctx, actor = self.session.ctx, self.session.actor
        return self._form(self.tr("Cancel order"), [("取消原因", self.tr("Reason"), QLineEdit(objectName="wxReason"))],
                          lambda n, v: repairs.cancel(ctx, actor, n, v["取消原因"]))

    def show_history(self):
        row = self.selected()
        if row is None:
            return None
        out = errors.call(self, repairs.repair_detail, self.session.ctx, self.session.actor, row.number)
        if not out.ok:
            return None
        d = out.value
        tz = self.session.ctx.clock.now().tzinfo
        info = f"{row.number}　{row.scope.value}　{row.unit_code or row.location}　{row.fault}\n{row.state.value}" + (
            f"（{d.need}）" if d.need else "")
        if row.finished_at:
            info += "　" + self.tr("Finished {at}").format(at=local_text(row.finished_at, tz=tz))
        if row.callback_result:  # 回访: how, by whom, when, as the form gave them
            info += "\n" + self.tr("Callback: {r} ({how}) by {who}, {at} {said}").format(
                r=row.callback_result.value, how=d.callback_method or "-", who=d.checked_by,
                at=local_text(d.checked_at, tz=tz), said=d.callback_note)
        dlg = RepairHistoryDialog(self, self.tr("Repair order {n}").format(n=row.number), info, d,
                                  self.session.ctx.clock.now().tzinfo)
        dlg.open()
        return dlg

    def print_selected(self):
        """Print preview of the selected order (and the next one, when two go on a page)."""
        row = self.selected()
        if row is None:
            return None
        numbers = [row.number]
        if self.two_per_page.isChecked():
            nxt = self.table.currentIndex().row() + 1
            if nxt < self.model.rowCount():
                numbers.append(self.model.row_at(nxt).number)
        out = errors.call(self, repairs.repair_pdf, self.session.ctx, self.session.actor, numbers,
                          two_per_page=self.two_per_page.isChecked())
        if not out.ok:
            return None
        return preview(self, out.value, self.tr("Repair order {n}").format(n=row.number), f"{row.number}.pdf")

    def export(self, path=None):
        return self.month_export.export(path)
