"""On the unit page: the unit's open requests and repairs, and "record a request for this unit"."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.reception import OPEN_REPAIR_STATES, OPEN_REQUEST_STATES, RequestAction, RequestState
from deskapp.gui.places import open_place
from deskapp.gui.reception.common import ALERT, NOTICE
from deskapp.gui.reception.repairs_tab import repair_dialog
from deskapp.gui.reception.request_dialogs import (
    ACTION_LABELS, RequestDetailDialog, action_dialog, actions_for, request_dialog,
)
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, refill, selected_id, simple_table
from deskapp.services.hooks import Place
from deskapp.services.reception import repairs, requests
from deskapp.services.reception.requests import when
from deskapp.contracts.reception import RepairFilter, RequestFilter


class UnitReceptionSection(QWidget):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.requests = simple_table("unitRequests", [self.tr("Number"), self.tr("Registered"), self.tr("Kind"), self.tr("Content"),
                                                      self.tr("Department"), self.tr("State"), self.tr("Due")])
        self.requests.setMaximumHeight(180)
        self.requests.itemDoubleClicked.connect(lambda _i: self.show_detail())
        self.repairs = simple_table("unitRepairs", [self.tr("Number"), self.tr("Reported at"), self.tr("Fault"),
                                                    self.tr("Technician"), self.tr("State")])
        self.repairs.setMaximumHeight(140)
        # an order is taken on step by step in 工程维修单: a double-click opens it there, chosen
        self.repairs.itemDoubleClicked.connect(lambda _i: self.open_repair())
        bar = QHBoxLayout()
        bar.addWidget(button(self.tr("Record a request for this unit…"), "unitNewRequest", self.new_request))
        bar.addWidget(button(self.tr("Repair order for this unit…"), "unitNewRepair", self.new_repair))
        self.action_buttons = {}
        for action in (RequestAction.DISPATCH, RequestAction.COMPLETE, RequestAction.CALLBACK):
            b = button(ACTION_LABELS[action](), f"unit_{action.name.lower()}", lambda _=False, a=action: self.act(a))
            b.setEnabled(False)
            self.action_buttons[action] = b
            bar.addWidget(b)
        self.requests.currentCellChanged.connect(lambda *_: self._update_buttons())
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.requests)
        layout.addWidget(self.repairs)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.RECEPTION in flags else None)
        self.refresh()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        now, callback = ctx.clock.now(), requests.callback_time(ctx)
        states = tuple(OPEN_REQUEST_STATES | {RequestState.DONE})
        rows = requests.request_register(ctx, actor, RequestFilter(states=states, unit_id=self.unit_id),
                                         limit=100).rows
        # refilled after a step: the request acted on stays chosen, one that left (回访 closes it)
        # leaves none — kept by row number, the choice fell on the next request, and the next 回访 with it
        refill(self.requests, [(r.number, when(ctx, r.registered_at), r.kind.value, r.text[:60],
                                r.department.value if r.department else "", r.state.value, when(ctx, r.due_at))
                               for r in rows], [r.id for r in rows],
               background=[ALERT if requests.overdue(r, now, callback) else NOTICE if r.state is RequestState.DONE
                           else None for r in rows])
        reps = repairs.repair_register(ctx, actor, RepairFilter(states=tuple(OPEN_REPAIR_STATES),
                                                                unit_id=self.unit_id), limit=100).rows
        refill(self.repairs, [(r.number, when(ctx, r.reported_at), r.fault[:60], r.technician, r.state.value)
                              for r in reps], [r.number for r in reps])
        self._update_buttons()

    def open_repair(self) -> bool:
        number = selected_id(self.repairs)
        return number is not None and open_place(self.window(), Place.REPAIRS, number)

    def new_request(self):
        dlg = request_dialog(self, self.session, self.unit_id)
        dlg.open()
        return dlg

    def new_repair(self):
        dlg = repair_dialog(self, self.session, self.unit_id)
        dlg.open()
        return dlg

    def _update_buttons(self) -> None:
        rid = selected_id(self.requests)
        allowed = actions_for(self.session, rid) if rid is not None else []
        for action, b in self.action_buttons.items():
            b.setEnabled(action in allowed)

    def act(self, action: RequestAction):
        """Dispatch, complete or call back the selected request."""
        rid = selected_id(self.requests)
        if rid is None or action not in actions_for(self.session, rid):
            return None
        dlg = action_dialog(self, self.session, rid, action)
        dlg.open()
        return dlg

    def show_detail(self):
        rid = selected_id(self.requests)
        if rid is None:
            return None
        dlg = RequestDetailDialog(self, self.session, rid)
        dlg.open()
        return dlg
