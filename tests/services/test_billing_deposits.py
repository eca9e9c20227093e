"""押金台账 and 退款: deposits taken by cards, lent keys and parking leases land in the ledger; a
card's deposit moved at 补办; forfeits applied and approved; refunds applied, approved, paid and
on the handover; every refusal writes nothing; `deskapp check` finds a doctored ledger."""
from __future__ import annotations

import io
from decimal import Decimal as D

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from deskapp.contracts.billing import DepositFilter
from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import ApplicationState, DepositKind, DepositState, RefundSource
from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.keys import DepositOutcome
from deskapp.services import exports
from deskapp.services.accounts import check
from deskapp.services.billing import deposits, handover, refunds
from deskapp.services.keys import cards as keys_cards, parking as keys_parking
from deskapp.store.models.billing_deposits import DepositEntry, Refund
from support import unit_with_card_and_lease


@pytest.fixture
def world(community, admin, clerk):
    """Unit 3-1-801 with an access card (deposit 20) and a parking lease (deposit 500) handed back today."""
    unit, card = unit_with_card_and_lease(community, admin, clerk, handed_back=True)
    return community, unit, card


def _rows(ctx, actor, **kw):
    return deposits.deposit_page(ctx, actor, DepositFilter(**kw)).rows


def _problems(ctx, admin):
    return [p for p in check.run_check(ctx, admin).problems if "押金" in p or "退款" in p]


def _count(ctx, model):
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar_one()


def test_deposits_taken_by_other_areas_are_in_the_register_and_export(world, clerk, admin, tmp_path):
    ctx, unit, card = world
    rows = _rows(ctx, clerk)
    assert sorted((r.kind, r.held, r.state) for r in rows) == [("车位", D("500.00"), "在押"), ("门禁卡", D("20.00"), "在押")]
    assert {r.secures for r in rows} == {"退卡时退还", "租约结束、车位交回后退还"}
    assert [t.held for t in deposits.deposit_totals(ctx, clerk, DepositFilter(kind=DepositKind.CARD))] == [D("20.00")]
    out = tmp_path / "deposits.xlsx"
    assert exports.all_exports()["deposits"].run(ctx, clerk, out, exports.ExportOptions()) == 2
    wb = openpyxl.load_workbook(out)
    sheet = wb["押金台账"]
    assert "押金台账" in sheet.cell(1, 1).value
    kinds = {sheet.cell(r, 1).value: sheet.cell(r, 10).value for r in range(3, sheet.max_row + 1)}
    assert kinds == {"门禁卡": 20, "车位": 500}
    summary = wb["按类别汇总"]
    assert [summary.cell(summary.max_row, c).value for c in (1, 2, 3)] == ["合计", 2, 520]
    assert _problems(ctx, admin) == []


def test_a_moved_card_deposit_is_held_once(world, clerk):
    ctx, unit, card = world
    keys_cards.replace_card(ctx, clerk, card.id, "MJ0002", deposit=DepositOutcome.MOVE, fee="0")
    cards = sorted((r.source_ref, r.held, r.state) for r in _rows(ctx, clerk, kind=DepositKind.CARD, state=None))
    assert cards == [("卡 MJ0001", D("0.00"), "已结清"), ("卡 MJ0002", D("20.00"), "在押")]
    assert sum(t.held for t in deposits.deposit_totals(ctx, clerk, DepositFilter())) == D("520.00")


def test_forfeit_needs_a_supervisor(world, steward, supervisor, clerk, admin):
    ctx, unit, _ = world
    lease = next(r for r in _rows(ctx, clerk) if r.kind == "车位")
    applied = deposits.apply_forfeit(ctx, steward, lease.id, "100", "损坏道闸")
    assert applied.state is ApplicationState.PENDING
    assert next(r for r in _rows(ctx, clerk) if r.id == lease.id).held == D("500.00")
    with pytest.raises(PermissionDenied):
        deposits.approve_forfeit(ctx, steward, applied.id)
    deposits.approve_forfeit(ctx, supervisor, applied.id)
    with pytest.raises(Conflict):
        deposits.approve_forfeit(ctx, supervisor, applied.id)
    direct = deposits.apply_forfeit(ctx, supervisor, lease.id, "50", "逾期未交回车位")
    assert direct.state is ApplicationState.APPROVED
    row = next(r for r in _rows(ctx, clerk) if r.id == lease.id)
    assert (row.forfeited, row.held) == (D("150.00"), D("350.00"))
    with pytest.raises(ValidationError, match="超过尚存押金") as e:
        deposits.apply_forfeit(ctx, supervisor, lease.id, "400", "再扣")
    assert e.value.field == "没收金额"
    refused = deposits.apply_forfeit(ctx, steward, lease.id, "10", "划痕")
    assert deposits.refuse_forfeit(ctx, supervisor, refused.id, "非承租人造成").state is ApplicationState.REFUSED
    assert deposits.held_on(ctx, clerk, lease.id) == D("350.00")
    assert _problems(ctx, admin) == []


def test_a_deposit_refund_is_applied_approved_paid_and_handed_over(world, clerk, supervisor, admin):
    ctx, unit, _ = world
    dep = next(r for r in _rows(ctx, clerk) if r.kind == "车位")
    r = refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "500", "租约结束，车位已交回", "张三", deposit_id=dep.id)
    assert r.number == "TF2026-00001" and r.state is ApplicationState.PENDING
    with pytest.raises(Conflict, match="已批准的申请才能付款"):
        refunds.pay(ctx, clerk, r.id, PayMethod.CASH)
    with pytest.raises(PermissionDenied):
        refunds.approve(ctx, clerk, r.id)
    refunds.approve(ctx, supervisor, r.id)
    paid = refunds.pay(ctx, clerk, r.id, PayMethod.CASH)
    assert paid.state is ApplicationState.PAID and paid.paid_day == ctx.clock.today()
    assert [(x.number, x.state, x.method) for x in refunds.refunds_page(ctx, clerk).rows] == [(r.number, "已付款", "现金")]
    assert deposits.deposit_for(ctx, clerk, "parking_lease:999") is None
    assert next(x for x in _rows(ctx, clerk, state=None) if x.id == dep.id).state == DepositState.CLOSED.value
    with pytest.raises(ValidationError, match="已退还，不能再退") as e:
        refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "1", "再退", "张三", deposit_id=dep.id)
    assert e.value.field == "押金"
    d = handover.draft(ctx, clerk)
    # the card's 20 and the lease's 500 were taken in cash by the clerk; the 500 refund went out in cash
    assert [x.number for x in d.refunds] == [r.number] and d.cash_expected == D("20.00")
    made = handover.hand_over(ctx, clerk, "0", "财务王", "退款 500 元由备用金支付")
    assert made.refunded == D("500.00") and handover.handover(ctx, clerk, made.id).refunds[0].payee == "张三"
    assert _problems(ctx, admin) == []


def test_the_refund_form_is_dated_its_payout_and_a_later_print_says_reprinted(world, clerk, supervisor):
    ctx, _, _ = world
    dep = next(r for r in _rows(ctx, clerk) if r.kind == "车位")
    r = refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "500", "租约结束", "张三", deposit_id=dep.id)
    refunds.approve(ctx, supervisor, r.id)
    refunds.pay(ctx, clerk, r.id, PayMethod.CASH)  # 2026-11-27
    first = _pdf_text(refunds.refund_pdf(ctx, clerk, r.id))
    assert "付款日期：2026-11-27" in first and "补打" not in first
    ctx.clock.advance(days=5)
    again = _pdf_text(refunds.refund_pdf(ctx, clerk, r.id))
    assert "付款日期：2026-11-27" in again and "补打（打印日期 2026-12-02）" in again


def _pdf_text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_refusals_write_nothing(world, clerk, supervisor):
    ctx, unit, issued = world
    keys_cards.cancel_card(ctx, clerk, issued.id, "退卡")  # handed back: from now on the ledger gives it back
    card = next(r for r in _rows(ctx, clerk) if r.kind == "门禁卡")
    before = _count(ctx, Refund)
    for amount, field in (("0", "退款金额"), ("-5", "退款金额"), ("20.01", "退款金额")):
        with pytest.raises(ValidationError) as e:
            refunds.apply(ctx, clerk, RefundSource.DEPOSIT, amount, "退卡", "张三", deposit_id=card.id)
        assert e.value.field == field
    assert refunds.prepayment_available(ctx, clerk, "3-1-801") == D("0.00")
    with pytest.raises(ValidationError, match="预存款可退余额") as e:
        refunds.apply(ctx, clerk, RefundSource.PREPAYMENT, "1", "多交", "张三", unit_id=unit)
    with pytest.raises(ValidationError) as e:
        refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "5", " ", "张三", deposit_id=card.id)
    assert e.value.field == "退款原因"
    assert _count(ctx, Refund) == before
    first = refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "20", "退卡", "张三", deposit_id=card.id)
    with pytest.raises(ValidationError, match="超过押金尚可退金额"):  # the first application sets it aside
        refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "20", "退卡", "张三", deposit_id=card.id)
    refunds.refuse(ctx, supervisor, first.id, "卡未交回")
    with pytest.raises(Conflict):
        refunds.approve(ctx, supervisor, first.id)
    assert refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "20", "退卡", "张三", deposit_id=card.id).amount == D("20.00")
    with pytest.raises(ValidationError) as e:
        refunds.pay(ctx, clerk, first.id, PayMethod.WECHAT)
    assert e.value.field == "交易流水号"


def test_check_finds_a_doctored_ledger(world, clerk, admin):
    ctx, unit, _ = world
    dep = next(r for r in _rows(ctx, clerk) if r.kind == "门禁卡")
    with ctx.db.engine.begin() as conn:  # written past the services: a second refund of the same deposit
        conn.execute(text("INSERT INTO deposit_entries (deposit_id, kind, amount, at, by, reason) "
                          "VALUES (:d, 'REFUNDED', 4000, '2026-11-27 01:00:00', 'x', '')"), {"d": dep.id})
        conn.execute(text("INSERT INTO refunds (number, source, deposit_id, unit_id, amount, reason, payee, state, "
                          "applied_at, applied_by) VALUES ('TF2026-09999', 'DEPOSIT', :d, :u, 90000, 'x', 'x', 'PAID', "
                          "'2026-11-27 01:00:00', 'x')"), {"d": dep.id, "u": unit})
    problems = _problems(ctx, admin)
    assert any("收取 20.00 − 退还/没收/转出 40.00 = -20.00 < 0" in p for p in problems)
    assert any("退款 TF2026-09999 900.00 元" in p for p in problems)
    assert any("退款 900.00 元多于收取 20.00" in p for p in problems)
    with pytest.raises(Exception, match="append-only"):
        with ctx.db.engine.begin() as conn:
            conn.execute(text("UPDATE deposit_entries SET amount = 0"))
    assert _count(ctx, DepositEntry) == 3


def test_a_prepayment_refund_comes_off_the_balance(community, admin, clerk, supervisor):
    from billing_helpers import billed_community

    from deskapp.services.billing import payments, run

    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, clerk, ids[0])
    payments.take_payment(community, clerk, ids[0], [o.line_id for o in acc.lines], str(acc.total_owed + 300),
                          PayMethod.CASH, to_prepayment=True)
    assert payments.account(community, clerk, ids[0]).prepayment == D("300.00")
    r = refunds.apply(community, clerk, RefundSource.PREPAYMENT, "120", "多交", "业主", unit_id=ids[0])
    with pytest.raises(ValidationError, match="超过预存款可退余额 180.00 元"):
        refunds.apply(community, clerk, RefundSource.PREPAYMENT, "180.01", "多交", "业主", unit_id=ids[0])
    refunds.approve(community, supervisor, r.id)
    refunds.pay(community, clerk, r.id, PayMethod.TRANSFER, "BANK-20261127-01")
    assert payments.account(community, clerk, ids[0]).prepayment == D("180.00")
    d = handover.draft(community, clerk)
    assert d.cash_expected == d.by_method["现金"] and d.refunded == D("120.00")  # a transfer: no cash out
    assert [p for p in check.run_check(community, admin).problems if "预存" in p or "退款" in p] == []


def test_the_demo_ledger_holds_the_deposits_it_wrote_in_bulk(ctx, admin, supervisor):
    from deskapp.services import demo

    demo.generate(ctx, admin, demo.DemoPlan(seed=3, units=120))
    with ctx.reader() as uow:
        expected = uow.session.execute(text(
            "SELECT (SELECT coalesce(sum(deposit), 0) FROM parking_leases)"
            " + (SELECT coalesce(sum(deposit), 0) FROM key_loans WHERE returned_at IS NULL)")).scalar()
    rows = deposits.deposit_page(ctx, admin, DepositFilter(), limit=100000).rows
    assert sum(r.held for r in rows if r.kind in ("车位", "钥匙")) * 100 == expected > 0
    assert _problems(ctx, admin) == []
    # a demo lease's deposit is refundable like any other once its lease has ended: each demo deposit's
    # lease ended and was renewed (no deposit of its own), so the renewal running is ended today first
    lease = next(r for r in rows if r.kind == "车位")
    renewal = next(x for x in keys_parking.leases(ctx, admin) if x.renews == lease.source_ref)
    with pytest.raises(Conflict, match=f"租约 {lease.source_ref}（续租至 {renewal.number}）租期至 "):
        refunds.apply(ctx, admin, RefundSource.DEPOSIT, str(lease.held), "租约结束", lease.payer or "业主",
                      deposit_id=lease.id)
    keys_parking.end_lease(ctx, admin, renewal.id, ctx.clock.today(), "车位交回")
    r = refunds.apply(ctx, admin, RefundSource.DEPOSIT, str(lease.held), "租约结束", lease.payer or "业主",
                      deposit_id=lease.id)
    refunds.approve(ctx, supervisor, r.id)  # not the 管理员 who applied
    refunds.pay(ctx, admin, r.id, PayMethod.CASH)
    assert deposits.held_on(ctx, admin, lease.id) == D("0.00")
    assert _problems(ctx, admin) == []


def test_a_paid_refund_cannot_be_edited_or_deleted_from_outside_the_program(world, clerk, supervisor):
    """The database itself holds a decided application to its decision, on both backends."""
    from support import REFUSED, PlainSQL

    ctx, unit, _ = world
    dep = next(r for r in _rows(ctx, clerk) if r.kind == "车位")
    r = refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "500", "租约结束", "张三", deposit_id=dep.id)
    refunds.approve(ctx, supervisor, r.id)
    refunds.pay(ctx, clerk, r.id, PayMethod.CASH)
    sql = PlainSQL(ctx)
    try:
        for tamper in ("UPDATE refunds SET amount = 1", "UPDATE refunds SET state = 'PENDING'",
                       "UPDATE refunds SET cashier_name = '别人'", "DELETE FROM refunds"):
            with pytest.raises(REFUSED, match="decided once|never deleted|append-only"):
                sql.execute(tamper)
        assert sql.execute("SELECT amount, state FROM refunds").fetchall() == [(50000, "PAID")]
    finally:
        sql.close()


def test_the_ledger_says_what_waits_for_approval_and_its_filter_finds_it(world, clerk, steward, supervisor,
                                                                         tmp_path):
    """On the walk the ledger said 在押 of a deposit whose whole refund waited for the supervisor."""
    ctx, unit, card = world
    keys_cards.cancel_card(ctx, clerk, card.id, "退卡")
    lease = next(r for r in _rows(ctx, clerk) if r.kind == "车位")
    access = next(r for r in _rows(ctx, clerk) if r.kind == "门禁卡")
    r = refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "500", "租约结束", "张三", deposit_id=lease.id)
    deposits.apply_forfeit(ctx, steward, access.id, "5", "卡面损坏")

    def shown(**kw):
        return sorted((x.kind, x.state_shown) for x in _rows(ctx, clerk, **kw))

    assert shown() == [("车位", "退款待批 500.00"), ("门禁卡", "没收待批 5.00")]  # 在押: still held, both
    assert shown(state=DepositState.REFUND_PENDING) == [("车位", "退款待批 500.00")]
    assert shown(state=DepositState.FORFEIT_PENDING) == [("门禁卡", "没收待批 5.00")]
    assert shown(state=DepositState.REFUND_APPROVED) == []
    refunds.approve(ctx, supervisor, r.id)
    assert shown(state=DepositState.REFUND_APPROVED) == [("车位", "退款待付 500.00")]
    out = tmp_path / "deposits.xlsx"
    exports.all_exports()["deposits"].run(ctx, clerk, out, exports.ExportOptions())
    sheet = openpyxl.load_workbook(out)["押金台账"]
    assert sorted((sheet.cell(i, 1).value, sheet.cell(i, 12).value) for i in range(3, sheet.max_row + 1)) == [
        ("车位", "退款待付 500.00"), ("门禁卡", "没收待批 5.00")]
    refunds.pay(ctx, clerk, r.id, PayMethod.CASH)
    assert shown(state=None) == [("车位", "已结清"), ("门禁卡", "没收待批 5.00")]


def test_waiting_applications_set_their_amounts_aside_for_each_other(world, clerk, steward, supervisor):
    """A refund and a forfeit waiting on one deposit could each ask the whole of it; the second to
    be approved then failed. Each now sets its amount aside, and free_on names them."""
    ctx, _unit, _card = world
    lease = next(r for r in _rows(ctx, clerk) if r.kind == "车位")
    r = refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "200", "租约提前结束", "张三", deposit_id=lease.id)
    with pytest.raises(ValidationError, match="超过押金尚可没收金额 300.00 元") as e:
        deposits.apply_forfeit(ctx, steward, lease.id, "500", "损坏道闸")
    assert e.value.field == "没收金额"
    deposits.apply_forfeit(ctx, steward, lease.id, "50", "损坏道闸")
    with pytest.raises(ValidationError, match="超过押金尚可退金额 250.00 元"):
        refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "300", "再退", "张三", deposit_id=lease.id)
    free = deposits.free_on(ctx, clerk, lease.id)
    assert (free.held, free.free) == (D("500.00"), D("250.00"))
    assert [(x.number, x.state, x.amount, x.reason) for x in free.reserved] == [
        (r.number, ApplicationState.PENDING, D("200.00"), "租约提前结束"),
        ("", ApplicationState.PENDING, D("50.00"), "损坏道闸")]
    refunds.refuse(ctx, supervisor, r.id, "未交回车位")  # refused: free again
    assert deposits.free_on(ctx, clerk, lease.id).free == D("450.00")


def test_the_applicant_does_not_approve_his_own_refund(world, supervisor, admin, clerk):
    """Four eyes (申请人 ≠ 审批人, the two who sign the 退款单): a supervisor's own application is
    approved by another supervisor or the 管理员, never by him; refusing it (his withdrawal) is his."""
    ctx, unit, _ = world
    dep = next(r for r in _rows(ctx, clerk) if r.kind == "车位")
    own = refunds.apply(ctx, supervisor, RefundSource.DEPOSIT, "500", "租约结束", "张三", deposit_id=dep.id)
    with pytest.raises(Conflict) as e:
        refunds.approve(ctx, supervisor, own.id, "同意")
    assert str(e.value) == ("退款申请 TF2026-00001 是 supervisor 本人申请的：申请人与审批人不能是同一人，"
                            "请另一位客服主管或管理员审批")
    assert refunds.refund(ctx, clerk, own.id).state is ApplicationState.PENDING  # nothing written
    assert refunds.refuse(ctx, supervisor, own.id, "申请有误，撤回").state is ApplicationState.REFUSED
    again = refunds.apply(ctx, supervisor, RefundSource.DEPOSIT, "500", "租约结束", "张三", deposit_id=dep.id)
    approved = refunds.approve(ctx, admin, again.id)
    assert (approved.applied_by, approved.decided_by, approved.state) == ("supervisor", "admin",
                                                                          ApplicationState.APPROVED)
