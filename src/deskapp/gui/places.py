"""转到: where on the desk an open item is taken on — its view, the tab in it, the item chosen there.
The morning list (今日) opens an item's place by a double-click, Enter or 转到 (`go_to`); the search box
a paper found by its number (`open_place`); the duty calendar's 去办理 where a duty is done (`go_to_duty`)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView, QTableWidget, QTabWidget, QWidget

from deskapp.services.hooks import OpenItem, Place


@dataclass(frozen=True)
class Target:
    view: str  # the view's key (gui/view_catalogue)
    tab: str | None  # the tab's attribute on the view; None: the view is the list
    tables: Sequence[str] = ()  # the tab's lists the item may be in, by attribute
    key: str = "id"  # the row's field that `OpenItem.record` names (a QTableWidget keeps the id)
    search: str = ""  # the tab's search field: the number typed in narrows the list to the paper (search box)


TARGETS: dict[Place, Target] = {
    Place.REQUESTS: Target("reception", "requests"),  # the tab's show_record clears a filter that hides it
    Place.REPAIRS: Target("reception", "repairs"),
    Place.DEFECTS: Target("reception", "defects", ("table",)),
    Place.VIOLATIONS: Target("reception", "violations", ("table",)),
    Place.MAIL: Target("reception", "mail", ("table",)),
    Place.KEY_LOANS: Target("keys", "loans", ("table",)),
    Place.REFUNDS: Target("billing", "refunds", ("view",), "number", "text"),
    Place.RECEIPTS: Target("billing", "receipts", ("view",), "number", "text"),
    Place.KEYS: Target("keys", "custody", ("table",), search="text"),
    Place.DISCOUNTS: Target("billing", "discounts", ("view",)),
    Place.DEPOSITS: Target("billing", "deposits", ("forfeit_view",)),
    Place.BOOKINGS: Target("facilities", "bookings", ("table",), "number"),
    Place.SITE_CHECKS: Target("rounds", "checks", ("sites_view", "rects_view"), "number"),
    Place.DECORATIONS: Target("rounds", "decorations", ("table",), "number"),
    Place.RELEASE_SLIPS: Target("rounds", "release", ("table",), "number", "text"),
    Place.STAIRWELL: Target("rounds", "stairwell"),
    Place.VACANT: Target("occupancy", "vacant", ("table",)),
    Place.RENTALS: Target("occupancy", "rentals", ("table",)),
    Place.MEETINGS: Target("meetings", None, ("table",)),
    Place.LIAISON: Target("liaison", "log", ("table",)),
    Place.BOARDS: Target("community", "boards"),
}
# Where a duty of the calendar is done, for its 去办理 (and 转到 on the morning list's duty):
# tests/gui/test_calendar_gui.py checks each lands on the tab of its name.
DUTIES: dict[str, Target] = {
    "reception.morning_list": Target("reception", "handover"),  # 工作交接
    "billing.readings": Target("billing", "readings"), "billing.run": Target("billing", "run"),
    "billing.handover": Target("billing", "handover"), "billing.dunning": Target("billing", "arrears"),
    "keys.returns": Target("keys", "loans"), "keys.count": Target("keys", "inventory"),
    "rounds.site_checks": Target("rounds", "checks"), "rounds.stairwell": Target("rounds", "stairwell"),
    "rounds.survey": Target("rounds", "survey"), "community.board": Target("community", "boards"),
    "registry.completeness": Target("completeness", None),
    "calendar.holidays": Target("calendar", None),  # its 节假日… button
}
# a place reached through a menu entry rather than a view: the entry's action (main_window names it by menu and order)
MONTH_PACK_ACTION = "action_file_30"  # 文件 ▸ 每月汇总归档…
MENU_ACTIONS = {Place.MONTH_PACK: MONTH_PACK_ACTION}
DUTY_MENU_ACTIONS = {"monthpack.filed": MONTH_PACK_ACTION}


def open_tab(window: QWidget, view_key: str, tab: str | None) -> QWidget | None:
    """Show the view and its tab (an attribute of the view): the tab's widget, the view itself for
    None, or None where this role has no such view."""
    try:
        view = window.show_view(view_key)
    except (KeyError, AttributeError):  # a view this role does not have
        return None
    if tab is None:
        return view
    tabs = view if isinstance(view, QTabWidget) else getattr(view, "tabs")
    page = getattr(view, tab)  # a view that builds its tabs when first shown builds this one
    for i in range(tabs.count()):
        holder = tabs.widget(i)
        if holder is page or holder.isAncestorOf(page):
            tabs.setCurrentIndex(i)
            break
    return page


def choose_in(table: QWidget, key: str, record) -> bool:
    """Select the row of `record` in a register (a model with `row_at`, matched on the row's
    `key`) or a simple table (its id kept on the first cell)."""
    if isinstance(table, QTableWidget):
        rows = [r for r in range(table.rowCount())
                if table.item(r, 0) is not None and table.item(r, 0).data(Qt.ItemDataRole.UserRole) == record]
        if rows:
            table.setCurrentCell(rows[0], 0)
            table.selectRow(rows[0])
            table.scrollToItem(table.item(rows[0], 0))
    elif isinstance(table, QTableView):
        model = table.model()
        rows = [r for r in range(model.rowCount()) if getattr(model.row_at(r), key, None) == record]
        if rows:
            table.setCurrentIndex(model.index(rows[0], 0))
            table.selectRow(rows[0])
            table.scrollTo(model.index(rows[0], 0))
    else:
        return False
    if rows:
        table.setFocus()
    return bool(rows)


def _trigger(window: QWidget, name: str) -> bool:
    action = window.findChild(QAction, name)
    if action is None or not action.isVisible():  # an entry this role does not have
        return False
    action.trigger()
    return True


def go_to_duty(window: QWidget, key: str) -> bool:
    """Open where the duty `key` is done: its view and tab, or the menu entry that does it."""
    if key in DUTY_MENU_ACTIONS:
        return _trigger(window, DUTY_MENU_ACTIONS[key])
    target = DUTIES.get(key)
    return target is not None and open_tab(window, target.view, target.tab) is not None


def go_to(window: QWidget, item: OpenItem) -> bool:
    """Open a morning-list item's place, the item chosen where its list shows it. False: no place
    this desk has (a role without the view) — the caller says so."""
    return open_place(window, item.place, item.record)


def open_place(window: QWidget, place: Place | None, record=None, number: str = "") -> bool:
    """Open `place` with `record` chosen where its list shows it; `number`: the paper's number, typed
    into the tab's search field first where it has one (a paper found in the search box)."""
    if place in MENU_ACTIONS:
        return _trigger(window, MENU_ACTIONS[place])
    if place is Place.CALENDAR:  # a duty: where it is done, as the calendar's 去办理
        return go_to_duty(window, str(record))
    target = TARGETS.get(place)
    if target is None:
        return False
    page = open_tab(window, target.view, target.tab)
    if page is None:
        return False
    if number and target.search:  # typed in and Enter pressed, as the clerk would: each tab reads its list once
        box = getattr(page, target.search)
        box.setText(number)
        box.returnPressed.emit()
    if record is not None:
        show = getattr(page, "show_record", None)
        if show is not None:
            show(record)
        else:
            any(choose_in(getattr(page, name), target.key, record) for name in target.tables)
    return True
