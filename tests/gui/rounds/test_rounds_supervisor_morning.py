"""The supervisor's morning list (前台接待 ▸ 今日) carries the decorations waiting on the supervisor:
an application to approve (装修待审批) — 转到 opens it chosen in 楼宇管家 ▸ 装修申请, where 审批通过 takes
it off the list — and, after 复验, a deposit to give back (装修押金待退). A clerk's list has neither."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from modal_answers import ModalAnswers, button_named, cell, click, click_row, click_tab, desk_window, open_view
from PySide6.QtWidgets import QDialogButtonBox

from deskapp.domain.decoration import ApplicationInput, CheckInput, CheckOutcome, ItemResult, WorkerInput
from deskapp.gui.rounds.decoration_tab import ApproveDialog
from deskapp.services.rounds import decoration

WORKER_ID = "11010519491231002X"


def _apply(ctx, actor, unit_id, company="好家装饰有限公司"):
    today = ctx.clock.today()
    return decoration.apply(ctx, actor, ApplicationInput(
        unit_id=unit_id, owner_name="张伟", owner_phone="13800138000", company=company, leader="李工",
        leader_phone="13512345678", licence="", works=("水电改造", "地面"), starts_on=today,
        ends_on=today + timedelta(days=60), deposit=Decimal("3000"), fees=Decimal("0"),
        workers=(WorkerInput("孙大力", WORKER_ID),)))


def _morning(qtbot, window):
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.today)
    return view.today


def _rows(today, kind):
    return [n for n, item in enumerate(today.shown_items) if item.kind == kind]


def test_an_application_waits_on_the_supervisors_morning_list_until_approved(desk_session, units, admin, qtbot):
    ctx = desk_session.ctx
    did = _apply(ctx, admin, units["1502"])
    number = decoration.detail(ctx, admin, did).number
    window = desk_window(qtbot, ctx, "SUPERVISOR")
    today = _morning(qtbot, window)
    rows = _rows(today, "装修待审批")
    assert len(rows) == 1
    row = rows[0]
    assert [cell(today.items, row, c) for c in (1, 2, 3)] == ["装修待审批", number, "3-1-1502"]
    assert cell(today.items, row, 4).startswith("好家装饰有限公司：水电改造、地面，押金 3,000.00 元（")

    click_row(qtbot, today.items, row, 4)
    click(qtbot, button_named(today, "todayGo"))
    rounds = window.show_view("rounds")
    tab = rounds.decorations
    qtbot.waitUntil(tab.isVisible)
    qtbot.waitUntil(lambda: tab.table.currentIndex().isValid())
    assert tab.model.row_at(tab.table.currentIndex().row()).number == number
    shown = tab.detail.toPlainText()  # the permit chosen by 转到 is shown, as a click shows it
    assert shown.startswith(number) and "好家装饰有限公司（李工 135****5678）" in shown

    answers = ModalAnswers(qtbot)
    answers.dialog(ApproveDialog, lambda d: click(qtbot, d.buttons.button(QDialogButtonBox.StandardButton.Ok)))
    click(qtbot, button_named(tab, "decoApprove"))
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.model.row_at(tab.table.currentIndex().row()).state.value == "装修中")

    today = _morning(qtbot, window)
    click(qtbot, button_named(today, "todayRefresh"))
    assert _rows(today, "装修待审批") == []


def test_a_deposit_to_give_back_after_the_second_acceptance_is_the_supervisors(desk_session, units, admin, qtbot,
                                                                              clock):
    ctx = desk_session.ctx
    did = _apply(ctx, admin, units["1601"], company="居美装饰工程有限公司")
    decoration.approve(ctx, admin, did)
    ok = CheckInput(CheckOutcome.CHECKED, {i: ItemResult.OK for i in decoration.check_items(ctx)})
    decoration.record_check(ctx, admin, units["1601"], ok)
    decoration.first_inspection(ctx, admin, did, passed=True)
    clock.advance(days=30)
    decoration.second_inspection(ctx, admin, did, passed=True)
    number = decoration.detail(ctx, admin, did).number

    today = _morning(qtbot, desk_window(qtbot, ctx, "SUPERVISOR"))
    rows = _rows(today, "装修押金待退")
    assert [cell(today.items, r, 2) for r in rows] == [number]
    assert cell(today.items, rows[0], 4) == "居美装饰工程有限公司：复验已通过，押金 3,000.00 元待退"

    clerk = _morning(qtbot, desk_window(qtbot, ctx, "CLERK"))  # not the clerk's to decide
    assert _rows(clerk, "装修押金待退") == [] and _rows(clerk, "装修待审批") == []
