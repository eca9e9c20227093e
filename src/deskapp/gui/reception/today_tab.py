"""The morning list (核对往日未完成的工作事项) of every area, and the 重大事件 awaiting the supervisor."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.gui import errors
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.places import go_to
from deskapp.gui.reception.common import ALERT
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import as_typed, button, fill_table, plain_label, selected_id, simple_table
from deskapp.services.reception import desk, requests
from deskapp.services.reception._common import ACK_MAJOR
from deskapp.services.reception.requests import when

# the list's order of areas
AREAS = ("reception", "keys", "billing", "rounds", "decoration", "registry", "meetings", "occupancy", "liaison", "facilities", "community",
         "calendar")
ITEM_WIDTH = 640  # px: the item's words are the list's point; longer ones are elided, whole in the tooltip
CLOCK_CHECK_MS = 60_000  # the desk stays open overnight: the list re-reads the clock to roll over at midnight


class TodayTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.heading = plain_label(objectName="todayHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        # the areas' counts under it, smaller: in the heading's size a clerk's six areas broke mid-count
        # ("逾期 1 / 项"); they still wrap, as a supervisor's seven widened the window past the screen
        self.areas = plain_label(objectName="todayAreas")
        self.areas.setStyleSheet("font-size: 11pt;")
        self.areas.setWordWrap(True)
        self.major_box = QGroupBox(self.tr("Major events and escalations awaiting the supervisor"))
        self.major = simple_table("todayMajor", [self.tr("Registered"), self.tr("Unit / place"), self.tr("Kind"),
                                                 self.tr("Content"), self.tr("State")])
        self.major.setMaximumHeight(160)
        major_layout = QVBoxLayout(self.major_box)
        major_layout.addWidget(self.major)
        self.ack = button(self.tr("Acknowledge (supervisor)"), "todayAck", self.acknowledge)
        hide_unless(self.ack, session.may(ACK_MAJOR))
        major_layout.addWidget(self.ack)
        # a model, not a QTableWidget: at 20,000 units the list holds ~2,600 items, and an item per cell
        # cost ~150 ms of the clerk's wait after 登录 (only the painted rows are made now)
        self._mine: set[str] = set()
        self._names: dict[str, str] = {}
        self.model = ListModel([
            Col(lambda: self.tr("Area"), lambda i: self._names.get(i.area, i.area) + (self._own if i.ref in self._mine
                                                                                   else "")),
            Col(lambda: self.tr("Kind"), lambda i: i.kind),
            Col(lambda: self.tr("Number"), lambda i: i.ref),
            Col(lambda: self.tr("Unit / place"), lambda i: i.unit_code),
            Col(lambda: self.tr("Item"), lambda i: i.text),
            Col(lambda: self.tr("Due"), lambda i: when(self.session.ctx, i.due)),
        ], self, fill=lambda i: ALERT if i.overdue else None)
        self._own = self.tr(" (mine)")
        self.items = table_view(self.model, name="todayItems", cap=ITEM_WIDTH)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # the list is work to carry on: an item opens where it is taken on, chosen there
        self.shown_items = []
        self.items.activated.connect(lambda _index: self.go())  # a double-click, or Enter on the row
        bar = QHBoxLayout()
        bar.addWidget(button(self.tr("&Go to item"), "todayGo", self.go))
        bar.addWidget(button(self.tr("Refresh"), "todayRefresh", self.refresh))  # F5 is the window's 刷新
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.areas)
        layout.addWidget(self.major_box)
        layout.addWidget(plain_label(self.tr("Unfinished work from earlier days (check and carry on):")))
        layout.addWidget(self.items)
        layout.addLayout(bar)
        session.bus.changed.connect(self._changed)
        self.shown_day = None
        self.clock_timer = QTimer(self, objectName="todayClock", interval=CLOCK_CHECK_MS)
        self.clock_timer.timeout.connect(self._check_day)
        self.clock_timer.start()
        self.refresh()

    def area_name(self, area: str) -> str:
        return self.area_names().get(area, area)

    def area_names(self) -> dict[str, str]:
        return {"reception": self.tr("Front desk"), "keys": self.tr("Keys"), "billing": self.tr("Billing"),
                 "rounds": self.tr("Steward rounds"), "decoration": self.tr("Decoration"),
                 "registry": self.tr("Records"),
                 "meetings": self.tr("Morning meeting"), "occupancy": self.tr("Vacant and rented"),
                 "liaison": self.tr("Liaison"), "facilities": self.tr("Facilities"),
                 "community": self.tr("Community life"), "calendar": self.tr("Duty calendar"),
                 "monthpack": self.tr("Month pack")}

    def _check_day(self) -> None:
        if self.session.ctx.clock.today() != self.shown_day:
            self.refresh()

    def _changed(self, flags) -> None:
        # the areas with morning items
        if flags & {Change.RECEPTION, Change.KEYS, Change.ROUNDS, Change.MEETINGS, Change.OCCUPANCY,
                    Change.LIAISON, Change.FACILITIES, Change.COMMUNITY, Change.CALENDAR, Change.PAYMENTS, Change.BILLS}:
            self.refresh()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.shown_day = ctx.clock.today()
        # grouped by area (in the order of AREAS); within each, the person's own items
        # first, then overdue first as the service orders them
        order = list(AREAS)
        mine = self._mine = desk.my_refs(ctx, actor)
        items = sorted(desk.start_of_day(ctx, actor),
                       key=lambda i: (order.index(i.area) if i.area in order else len(order), i.ref not in mine))
        overdue = sum(1 for i in items if i.overdue)
        areas = []
        for area in dict.fromkeys(i.area for i in items):
            group = [i for i in items if i.area == area]
            areas.append(self.tr("{area} {n} ({late} overdue)").format(
                area=self.area_name(area), n=len(group), late=sum(1 for i in group if i.overdue)))
        self.heading.setText(self.tr("{day}: {n} open items from earlier days, {late} overdue").format(
            day=f"{self.shown_day:%Y-%m-%d}", n=len(items), late=overdue))
        self.areas.setText("  ·  ".join(areas))
        self.areas.setVisible(bool(areas))
        self.shown_items = items
        self._names = self.area_names()  # translated once, not once a row: the list can hold thousands
        self.model.set_rows(items)
        majors = requests.major_events(ctx, actor)
        fill_table(self.major, [(when(ctx, r.registered_at), r.unit_code or r.location, r.kind.value, r.text[:60],
                                 r.state.value) for r in majors], [r.id for r in majors])
        self.major_box.setVisible(bool(majors))

    def go(self) -> bool:
        """转到: open the chosen item where it is taken on — its tab, the item chosen there."""
        row = self.items.currentIndex().row()
        if not 0 <= row < len(self.shown_items):
            QMessageBox.information(self, self.tr("Today"), self.tr("Select an item first."))
            return False
        item = self.shown_items[row]
        if go_to(self.window(), item):
            return True
        QMessageBox.information(self, self.tr("Today"), as_typed(self.tr("{kind} {ref} has no screen at this desk.").format(
            kind=item.kind, ref=item.ref)))
        return False

    def acknowledge(self) -> bool:
        rid = selected_id(self.major)
        if rid is None:
            return False
        return errors.call(self, requests.acknowledge_major, self.session.ctx, self.session.actor, rid).ok
