"""The supervisor's decoration items on 今日 — 装修待审批, 装修押金待退, and a permit's own steps (装修超期,
送水电未完成) — stand under 装修管理, not 管家巡查 (the steward's rounds: slips, site checks, stairwells)."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from modal_answers import cell, click_tab, desk_window, open_view

from deskapp.domain.decoration import ApplicationInput, WorkerInput
from deskapp.services import hooks
from deskapp.services.rounds import decoration


def _apply(ctx, actor, unit_id, company):
    today = ctx.clock.today()
    return decoration.apply(ctx, actor, ApplicationInput(
        unit_id=unit_id, owner_name="张伟", owner_phone="13800138000", company=company, leader="李工",
        leader_phone="13512345678", licence="", works=("水电改造",), starts_on=today,
        ends_on=today + timedelta(days=60), deposit=Decimal("3000"), fees=Decimal("0"),
        workers=(WorkerInput("孙大力", "11010519491231002X"),)))


def test_decoration_items_are_named_as_what_they_are(desk_session, units, admin, qtbot):
    ctx = desk_session.ctx
    _apply(ctx, admin, units["1502"], "好家装饰有限公司")
    site = _apply(ctx, admin, units["1601"], "居美装饰工程有限公司")
    decoration.approve(ctx, admin, site)
    decoration.request_power(ctx, admin, site)
    ctx.clock.advance(days=1)
    with ctx.reader() as uow:
        items = hooks.collect(hooks.Hook.START_OF_DAY, uow.session, ctx, admin, ctx.clock.today())
    areas = {i.kind: i.area for i in items if "装修" in i.kind or "水电" in i.kind}
    assert areas == {"装修待审批": "decoration", "送水电未完成": "decoration", "装修未日检": "rounds"}

    window = desk_window(qtbot, ctx, "SUPERVISOR")
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.today)
    today = view.today
    shown = {cell(today.items, r, 1): cell(today.items, r, 0) for r in range(today.model.rowCount())}
    assert shown["装修待审批"] == "装修管理" and shown["送水电未完成"] == "装修管理"
    assert shown["装修未日检"] == "管家巡查"
    assert "装修管理 2 项" in today.areas.text()
