"""The steward's morning list (前台接待 ▸ 今日): a stairwell finding not handed on (转办) is on it from
the day after it was found (巡查问题未转办) until it is handed on, and 转到 chooses it on 楼宇管家 ▸ 楼道巡查
(D2); 整改逾期 and 装修超期 carry their 期限 like the other rows (D3)."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QMessageBox
from modal_answers import ModalAnswers, button_named, cell, click, click_row, click_tab, desk_window, open_view

from deskapp.domain.decoration import CheckInput, CheckOutcome, ItemResult
from deskapp.services.registry import community as registry_community
from deskapp.services.rounds import decoration, stairwell

DUE = 5  # the 期限 column


def _morning(qtbot, window):
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.today)
    click(qtbot, button_named(view.today, "todayRefresh"))
    return view.today


def _rows(today, kind):
    return [n for n, item in enumerate(today.shown_items) if item.kind == kind]


def test_a_finding_not_handed_on_waits_on_the_morning_list_from_the_next_day(desk_session, units, admin, qtbot,
                                                                              clock):
    ctx = desk_session.ctx
    clock.set(datetime(2026, 11, 23, 9, 0))
    b = [x for x in registry_community.buildings(ctx, admin) if x.code == "3"][0]
    route = stairwell.set_route(ctx, admin, b.id, "3号楼楼道", ["一楼大堂", "2层楼道"])
    clock.set(datetime(2026, 11, 24, 9, 30))  # Tuesday's round: a light out on the 2nd floor
    run = stairwell.start_round(ctx, admin, route)
    first, second = stairwell.run_view(ctx, admin, run).points
    stairwell.record_point(ctx, admin, run, first.point_id)
    stairwell.record_point(ctx, admin, run, second.point_id, [("照明", "2层声控灯不亮")])
    stairwell.finish_round(ctx, admin, run)

    window = desk_window(qtbot, ctx, "STEWARD")
    today = _morning(qtbot, window)
    assert _rows(today, "巡查问题未转办") == []  # found today: today's to hand on, not yet chased

    clock.set(datetime(2026, 11, 25, 8, 30))  # the next morning
    today = _morning(qtbot, window)
    (row,) = _rows(today, "巡查问题未转办")
    # one line a building's round of a day (a big centre's list had a line a finding)
    assert cell(today.items, row, 4) == "3号楼 11-24 楼道巡查发现 1 项问题未转工程/保洁：2层楼道 照明 2层声控灯不亮"
    assert cell(today.items, row, DUE) == "2026-11-24 23:59"

    click_row(qtbot, today.items, row, 4)
    click(qtbot, button_named(today, "todayGo"))
    tab = window.show_view("rounds").stairwell
    qtbot.waitUntil(tab.isVisible)
    chosen = tab.chosen_findings()
    assert [(f[3].item, f[3].text) for f in chosen] == [("照明", "2层声控灯不亮")]

    answers = ModalAnswers(qtbot)
    answers.message_box(contains="2层声控灯不亮")
    answers.message_box(QMessageBox.StandardButton.No, contains="打印")  # printed later
    click(qtbot, button_named(tab, "toRepair"))
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.notice.text().startswith("已转工程维修") or "WX" in tab.notice.text())

    today = _morning(qtbot, window)
    assert _rows(today, "巡查问题未转办") == []  # handed on: off the list


def test_an_overdue_rectification_and_works_carry_their_due_moment(desk_session, units, site, admin, qtbot, clock):
    ctx = desk_session.ctx
    items = decoration.check_items(ctx)
    bad = CheckInput(CheckOutcome.CHECKED, {i: ItemResult.VIOLATION if n == 0 else ItemResult.OK
                                            for n, i in enumerate(items)}, violation_text="楼道堆放建筑垃圾")
    rect = decoration.record_check(ctx, admin, units["1601"], bad)
    deadline = [r for r in decoration.rectifications(ctx, admin) if r.number == rect.rectification_number][0].deadline
    clock.advance(days=70)  # past the 整改期限 and past the 装修期至 (60 days)
    ends_on = decoration.detail(ctx, admin, site).ends_on

    today = _morning(qtbot, desk_window(qtbot, ctx, "STEWARD"))
    (late,) = _rows(today, "整改逾期")
    assert cell(today.items, late, DUE) == f"{deadline:%Y-%m-%d} 23:59"  # it was empty
    supervisor = _morning(qtbot, desk_window(qtbot, ctx, "SUPERVISOR"))
    (over,) = _rows(supervisor, "装修超期")
    assert cell(supervisor.items, over, DUE) == f"{ends_on:%Y-%m-%d} 23:59"
    # they sort among the others of their area by that moment (overdue first, then the earliest due):
    # with no 期限 they went last
    for area in ("rounds", "decoration"):
        shown = [i for i in supervisor.shown_items if i.area == area and i.overdue]
        assert all(i.due is not None for i in shown)
        assert [i.due for i in shown] == sorted(i.due for i in shown)
    assert deadline < ends_on - timedelta(days=1)
