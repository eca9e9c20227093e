"""The morning list: each role lands on its own list after sign-in; the list is grouped by
area with what is overdue counted; the date rolls over at midnight without a restart."""
from __future__ import annotations

from datetime import timedelta

from deskapp.domain.permissions import Role
from deskapp.domain.reception import RequestKind
from deskapp.gui.session import ChangeBus, DeskSession
from deskapp.services.reception import repairs, requests
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.reception.requests import RequestInput
from support import make_actor
from modal_answers import cell


def _window(ctx, actor, qtbot):
    from deskapp.gui.main_window import MainWindow

    window = MainWindow(DeskSession(ctx, actor, ChangeBus()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _current_key(window) -> str:
    return window.tabs.currentWidget().objectName().removeprefix("holder_")


def test_each_role_lands_on_its_own_list(community, qtbot, desk_app):
    assert _current_key(_window(community, make_actor(Role.CLERK), qtbot)) == "reception"
    assert _current_key(_window(community, make_actor(Role.SUPERVISOR), qtbot)) == "reception"
    assert _current_key(_window(community, make_actor(Role.STEWARD), qtbot)) == "rounds"


def test_the_list_is_grouped_counted_and_rolls_over_at_midnight(community, qtbot, desk_app):
    clerk = make_actor(Role.CLERK)
    other = make_actor(Role.CLERK, "lina")
    requests.record_request(community, other, RequestInput(text="楼上漏水", location="3 号楼",
                                                           kind=RequestKind.COMPLAINT))
    number = repairs.create_repair(community, clerk, RepairInput(fault="路灯不亮", reported_by="管家", location="北门"))
    community.clock.advance(days=3)
    window = _window(community, clerk, qtbot)
    today = window.show_view("reception").today
    day = community.clock.today()
    assert today.heading.text().startswith(f"{day:%Y-%m-%d}")
    # the front desk's group first; the duty calendar's (the clerk's daily duties) comes last
    counts = today.areas.text().split("  ·  ")
    assert counts[0] == "前台 2 项（逾期 2 项）" and counts[-1].startswith("工作日历 ")
    # the clerk's own repair order comes first in its area, marked as theirs
    assert [(cell(today.items, r, 0), cell(today.items, r, 2)) for r in range(2)] == [
        ("前台（我的）", number), ("前台", "KS2026-000001")]
    # left open overnight: past midnight the list re-reads the clock and shows the new day
    community.clock.advance(days=1)
    today.clock_timer.setInterval(20)
    qtbot.waitUntil(lambda: today.heading.text().startswith(f"{day + timedelta(days=1):%Y-%m-%d}"), timeout=5000)
