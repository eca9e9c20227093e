"""The steward's morning list (前台接待 ▸ 今日): 整改逾期 and 装修超期 carry their 期限 like the other rows."""
from __future__ import annotations

from datetime import timedelta

from modal_answers import button_named, cell, click, click_tab, desk_window, open_view

from deskapp.domain.decoration import CheckInput, CheckOutcome, ItemResult
from deskapp.services.rounds import decoration

DUE = 5  # the 期限 column


def _morning(qtbot, window):
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.today)
    click(qtbot, button_named(view.today, "todayRefresh"))
    return view.today


def _rows(today, kind):
    return [n for n, item in enumerate(today.shown_items) if item.kind == kind]


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
