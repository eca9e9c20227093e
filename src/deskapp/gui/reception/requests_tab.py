"""业户服务需求/投诉登记: the register (paged in SQL), filters, and the actions on the selected item."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMessageBox, QVBoxLayout

from deskapp.contracts.changes import Change
from deskapp.domain.reception import OPEN_REQUEST_STATES, RequestAction, RequestKind, RequestState
from deskapp.gui import errors
from deskapp.gui.paged_model import Column
from deskapp.gui.reception.common import ALERT, NOTICE, MarkedModel, StepsTab, month_span
from deskapp.gui.forms import enum_combo
from deskapp.gui.reception.request_dialogs import (
    ACTION_LABELS, RequestDetailDialog, action_dialog, actions_for, make_repair_from_request, request_dialog,
)
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.monthly_export import FilterMonthExport
from deskapp.gui.widgets import button, edge_row, month_combo, preview, table_view, as_typed, plain_label
from deskapp.services.reception import requests
from deskapp.services.reception._common import EXPORT
from deskapp.services.reception.requests import when
from deskapp.contracts.reception import RequestFilter

OPEN = "open"
# The clerk's default view: everything not yet settled, including what awaits its callback.
OPEN_OR_AWAITING_CALLBACK = (*OPEN_REQUEST_STATES, RequestState.DONE)
OVERDUE = "overdue"
MAJOR = "major"


class RequestsTab(StepsTab):
    repair_made = Signal(str)  # the number of a repair order opened from a request

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        ctx = session.ctx
        self.text = QLineEdit(objectName="rqFilterText", placeholderText=self.tr("No., unit, caller or content…"))
        self.state = enum_combo(RequestState, name="rqFilterState", first=[
            (self.tr("Open"), OPEN), (self.tr("Overdue"), OVERDUE), (self.tr("Major events"), MAJOR),
            (self.tr("All states"), None)])
        self.kind = enum_combo(RequestKind, blank=self.tr("All kinds"), name="rqFilterKind")
        self.month = month_combo(ctx.clock.today(), "rqFilterMonth", blank=self.tr("All months"))
        self.count = plain_label(objectName="rqCount")
        self.recorded = plain_label(objectName="rqRecorded")  # the number of the item just recorded, to tell the caller
        filters = edge_row((plain_label(self.tr("Filter:")), self.text, self.state, self.kind, self.month),
                           (self.recorded, self.count))

        def tz(dt):
            return when(ctx, dt)

        columns = [
            Column("number", lambda: self.tr("No."), lambda r: r.number),
            Column("registered_at", lambda: self.tr("Registered"), lambda r: tz(r.registered_at)),
            Column("unit", lambda: self.tr("Unit / place"), lambda r: r.unit_code or r.location),
            Column("caller", lambda: self.tr("Caller"), lambda r: r.caller),
            Column("channel", lambda: self.tr("Channel"), lambda r: r.channel.value),
            Column("kind", lambda: self.tr("Kind"), lambda r: r.kind.value + ("【重大】" if r.major else "")),
            Column("registered_at", lambda: self.tr("Content"), lambda r: r.text[:60]),
            Column("department", lambda: self.tr("Department"), lambda r: r.department.value if r.department else ""),
            Column("state", lambda: self.tr("State"), lambda r: r.state.value +
                   (f"（重开{r.reopen_count}）" if r.reopen_count else "")),
            Column("due_at", lambda: self.tr("Due"), lambda r: tz(r.due_at)),
            Column("completed_at", lambda: self.tr("Completed"), lambda r: tz(r.completed_at)),
            Column("callback", lambda: self.tr("Callback"), lambda r: r.callback_result.value if r.callback_result
                   else ""),
        ]
        self.model = MarkedModel(columns, self._fetch, self._mark, self)
        self.model.held = True  # its first page is read when the tab is first shown (read_when_shown)
        self.table = table_view("rqTable", self.model, sortable=True, sort_column=1, descending=True,
                                widths=(110, 130, 150, 90, 50, 110, 300, 70, 90, 130, 130))
        self.table.activated.connect(lambda _i: self.show_detail())
        self.follow_choice()

        bar = QHBoxLayout()
        bar.addWidget(button(self.tr("New request…"), "rqNew", self.new_request, "Ctrl+N"))
        self.action_buttons = {}
        for action in RequestAction:
            b = button(ACTION_LABELS[action](), f"rq_{action.name.lower()}", lambda _=False, a=action: self.act(a))
            self.action_buttons[action] = b
            bar.addWidget(b)
        self.repair_button = button(self.tr("Repair order"), "rqRepair", self.make_repair)
        bar.addWidget(self.repair_button)
        self.history_button = button(self.tr("History"), "rqHistory", self.show_detail)
        bar.addWidget(self.history_button)
        self.print_button = button(self.tr("Print sheet…"), "rqPrint", self.print_selected, "Ctrl+P")
        bar.addWidget(self.print_button)
        bar.addStretch(1)
        self.month_export = FilterMonthExport(self, session, "requests", self.month, "rqExport")
        self.export_button = self.month_export.button
        hide_unless(self.export_button, session.may(EXPORT))
        bar.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        self.text.textChanged.connect(self.reload)
        for combo in (self.state, self.kind, self.month):
            combo.currentIndexChanged.connect(self.reload)
        session.bus.changed.connect(self._on_changed)
        self._loaded()
        self.read_when_shown()

    def current_filter(self) -> RequestFilter:
        choice = self.state.currentData()
        start, end = month_span(self.session.ctx, self.month.currentData())
        return RequestFilter(
            states=OPEN_OR_AWAITING_CALLBACK if choice == OPEN else (choice,) if isinstance(choice, RequestState)
            else (), overdue_at=self.session.ctx.clock.now() if choice == OVERDUE else None,
            major_only=choice == MAJOR, kind=self.kind.currentData(), text=self.text.text().strip(),
            start=start, end=end)

    def _fetch(self, **kw):
        self._now = self.session.ctx.clock.now()  # one "now" per page for the overdue tint
        self._callback = requests.callback_time(self.session.ctx)  # a late callback is red too
        return requests.request_register(self.session.ctx, self.session.actor, self.current_filter(), **kw)

    def _mark(self, row):
        if requests.overdue(row, self._now, self._callback):
            return ALERT
        if row.major or row.state is RequestState.DONE:
            return NOTICE
        return None

    def count_text(self, total: int) -> str:
        return self.tr("{n} items").format(n=total)

    def _on_changed(self, flags) -> None:
        if Change.RECEPTION in flags:
            self.reload()

    def _update_buttons(self) -> None:
        row = self.selected()
        allowed = actions_for(self.session, row.id) if row else []
        for action, b in self.action_buttons.items():
            b.setEnabled(action in allowed)
        self.repair_button.setEnabled(row is not None and not row.repair_number)
        self.history_button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None)

    def new_request(self):
        dlg = request_dialog(self, self.session)
        dlg.saved.connect(self._recorded)
        dlg.open()
        return dlg

    def _recorded(self, request_id: int) -> None:
        """The item just recorded: its number said above the list (the caller is told it) and the item
        chosen, ready for 派单."""
        out = errors.call(self, requests.request_detail, self.session.ctx, self.session.actor, request_id)
        if out.ok:
            self.recorded.setText(self.tr("Recorded as {number}").format(number=out.value.number))
        self.choose(request_id)

    def choose(self, request_id: int) -> None:
        """Select item `request_id` when the list shows it."""
        self.choose_record(request_id)

    def relaxed_filters(self, request_id: int):
        # the default list is this month's open items: an item from an earlier month is found under all
        # months, its words and kind cleared; one finished and awaiting its callback under all states
        yield lambda: (self.text.clear(), self.kind.setCurrentIndex(0), self.month.setCurrentIndex(0))
        yield lambda: self.state.setCurrentIndex(3)  # 全部状态, after 未完成, 已逾期, 重大事件

    def act(self, action: RequestAction):
        row = self.selected()
        if row is None:
            return None
        dlg = action_dialog(self, self.session, row.id, action)
        dlg.open()
        return dlg

    def make_repair(self) -> str | None:
        row = self.selected()
        if row is None or not self._repair_asked(row):
            return None
        number = make_repair_from_request(self, self.session, row.id)
        if number:
            self.repair_made.emit(number)  # the view shows the new order, selected
            QMessageBox.information(self, self.tr("Repair order"), as_typed(self.tr(
                "Repair order {number} made from this request; it is selected under Repair orders.").format(
                number=number)))
        return number

    def _repair_asked(self, row) -> bool:
        """A repair order is a record of its own, cancelled but never deleted: say what is opened, for
        which unit or place, before it is."""
        fault = row.text if len(row.text) <= 60 else row.text[:60] + "…"
        return QMessageBox.question(self, self.tr("Repair order"), as_typed(self.tr(
            "Open a repair order for {place}?\n\nFault: {fault}\n\nThe request is dispatched to engineering. "
            "The order cannot be deleted afterwards, only cancelled.").format(
            place=row.unit_code or row.location, fault=fault))) == QMessageBox.StandardButton.Yes

    def show_detail(self):
        row = self.selected()
        if row is None:
            return None
        dlg = RequestDetailDialog(self, self.session, row.id)
        dlg.open()
        return dlg

    def print_selected(self):
        """Print preview of the chosen item's 投诉处理单 (服务需求处理单 for another kind)."""
        row = self.selected()
        if row is None:
            return None
        out = errors.call(self, requests.request_pdf, self.session.ctx, self.session.actor, row.id)
        if not out.ok:
            return None
        return preview(self, out.value, self.tr("Handling sheet {number}").format(number=row.number),
                       f"需求投诉处理单-{row.number}.pdf")

    def export(self, path=None):
        return self.month_export.export(path)
