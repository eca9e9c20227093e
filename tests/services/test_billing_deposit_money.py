"""Deposits taken and given back at the point of service reach the cashier's 费用移交表 (issue 16):
by method, in the cash expected, handed over once, booked on the voucher to 其他应付款-押金, and
checked by `deskapp check`. Each source: a card, a card refunded at 补办, a lent key, a parking
lease; a TF refund and a moved card deposit are not counted twice."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select
from support import PlainSQL

from deskapp.contracts.billing import DepositFilter
from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import DepositMoney, RefundSource
from deskapp.domain.billing_vouchers import Account
from deskapp.domain.errors import ValidationError
from deskapp.domain.keys import CardKind, CountItem, DepositOutcome, SpaceArea
from deskapp.services.accounts import check
from deskapp.services.billing import deposits, handover, refunds, vouchers
from deskapp.services.keys import cards as keys_cards, inventory as keys_inventory, parking as keys_parking
from deskapp.services.keys.parking import LeaseInput
from deskapp.services.registry import units as registry_units
from deskapp.store.models.billing_deposits import DepositEntry, DepositHandover
from deskapp.store.models.keys import Card

WECHAT = DepositMoney(PayMethod.WECHAT, "4200000777")


@pytest.fixture
def unit(community, admin):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                        "building_area": "88", "state": "自住"})
    keys_inventory.receive_stock(community, admin, CountItem.BLANK_ACCESS, 5)
    return uid


def _lease(ctx, admin, clerk, unit, money):
    space = keys_parking.add_space(ctx, admin, "B-001", SpaceArea.UNDERGROUND)
    return keys_parking.lease_space(ctx, clerk, LeaseInput(
        space_id=space, unit_id=unit, lessee_name="张三", plates="浙A12345", start=date(2026, 11, 1),
        end=date(2027, 10, 31), monthly_rent="300", deposit="500"), money)


def _problems(ctx, admin):
    return [p for p in check.run_check(ctx, admin).problems if "押金" in p or "移交" in p]


def _count(ctx, model):
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar_one()


def test_card_and_lease_deposits_are_money_in_on_the_handover_by_method(community, unit, clerk, admin):
    ctx = community
    keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="500")
    lease = _lease(ctx, admin, clerk, unit, WECHAT)
    d = handover.draft(ctx, clerk)
    assert [(x.paper, x.taken, x.method, x.amount, x.pay_ref) for x in d.deposits] == [
        ("门禁卡押金 卡 MJ0001", True, "现金", D("500.00"), ""),
        (f"车位押金 {lease.number}", True, "微信", D("500.00"), "4200000777")]
    assert d.deposits[0].unit_code == "3-1-801" and d.deposits[0].payer == "张三"
    # the clerk's drawer holds the 500 元 card deposit: the handover expects it
    assert d.cash_expected == D("500.00") and d.deposit_money(True, "微信") == D("500.00")
    with pytest.raises(ValidationError, match="不符"):
        handover.hand_over(ctx, clerk, "0", "财务王")
    made = handover.hand_over(ctx, clerk, "500", "财务王")
    again = handover.handover(ctx, clerk, made.id)
    assert len(again.deposits) == 2 and again.cash_expected == D("500.00")
    # handed over once: the next day's draft no longer has them
    assert handover.draft(ctx, clerk, date(2026, 12, 1)).deposits == ()
    assert _count(ctx, DepositHandover) == 2
    assert _problems(ctx, admin) == []


def test_deposits_given_back_at_the_point_of_service_are_money_out(community, unit, clerk, admin):
    ctx = community
    card = keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="20")
    keys_cards.replace_card(ctx, clerk, card.id, "MJ0002", deposit=DepositOutcome.REFUND, fee="0")
    d = handover.draft(ctx, clerk)
    assert [(x.taken, x.method, x.amount) for x in d.deposits] == [(True, "现金", D("20.00")),
                                                                   (False, "现金", D("20.00"))]
    assert d.cash_expected == D("0.00")
    handover.hand_over(ctx, clerk, "0", "财务王")
    assert _problems(ctx, admin) == []


def test_a_moved_card_deposit_moves_no_money(community, unit, clerk):
    ctx = community
    card = keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="20")
    keys_cards.replace_card(ctx, clerk, card.id, "MJ0002", deposit=DepositOutcome.MOVE, fee="0")
    assert [(x.paper, x.amount) for x in handover.draft(ctx, clerk).deposits] == [("门禁卡押金 卡 MJ0001", D("20.00"))]


def test_a_deposit_refunded_by_a_refund_is_counted_once(community, unit, clerk, supervisor, admin):
    ctx = community
    lease = _lease(ctx, admin, clerk, unit, DepositMoney())
    keys_parking.end_lease(ctx, clerk, lease.id, ctx.clock.today(), "车位交回")  # a running lease's is not refunded
    dep = deposits.deposit_page(ctx, clerk, DepositFilter()).rows[0]
    r = refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "500", "租约结束", "张三", deposit_id=dep.id)
    refunds.approve(ctx, supervisor, r.id)
    refunds.pay(ctx, clerk, r.id, PayMethod.CASH)
    d = handover.draft(ctx, clerk)
    assert [x.taken for x in d.deposits] == [True] and [x.number for x in d.refunds] == [r.number]
    assert d.cash_expected == D("0.00")
    handover.hand_over(ctx, clerk, "0", "财务王")
    assert _problems(ctx, admin) == []


def test_a_referenced_method_needs_its_reference_and_nothing_is_written(community, unit, clerk):
    ctx = community
    with pytest.raises(ValidationError) as e:
        keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="20",
                              deposit_money=DepositMoney(PayMethod.ALIPAY, ""))
    assert e.value.field == "交易流水号"
    with pytest.raises(ValidationError) as e:
        keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="20",
                              deposit_money=DepositMoney(PayMethod.PREPAID))
    assert e.value.field == "付款方式"
    assert _count(ctx, Card) == 0 and _count(ctx, DepositEntry) == 0


def test_the_voucher_books_deposits_to_other_payables(community, unit, clerk, admin):
    ctx = community
    card = keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="500")
    _lease(ctx, admin, clerk, unit, WECHAT)
    keys_cards.replace_card(ctx, clerk, card.id, "MJ0002", deposit=DepositOutcome.REFUND, fee="0",
                            refund_money=DepositMoney(PayMethod.TRANSFER, "TR-20261127"))
    made = handover.hand_over(ctx, clerk, "500", "财务王")
    [v] = vouchers.vouchers(ctx, clerk, made.day, date(2026, 12, 31))
    assert v.debit == v.credit
    assert v.money == made.total + made.deposit_money(True) - made.deposit_money(False) == D("500.00")
    sides = {(e.account, e.method, e.debit, e.credit) for e in v.entries}
    assert (Account.DEPOSITS, "", D("0.00"), D("1000.00")) in sides  # taken: 500 cash + 500 WeChat
    assert (Account.DEPOSITS, "", D("500.00"), D("0.00")) in sides  # given back by transfer
    assert (Account.BANK, "转账", D("0.00"), D("500.00")) in sides
    assert {e.summary for e in v.entries if e.account is Account.DEPOSITS} == {
        f"{made.day:%m-%d} {clerk.display_name} 押金收取", f"{made.day:%m-%d} {clerk.display_name} 押金退还"}


def test_check_finds_a_deposit_entry_on_the_wrong_handover(community, unit, clerk, admin):
    ctx = community
    card = keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="20")
    keys_cards.replace_card(ctx, clerk, card.id, "MJ0002", deposit=DepositOutcome.MOVE, fee="0")
    made = handover.hand_over(ctx, clerk, "20", "财务王")
    with ctx.reader() as uow:
        moved = uow.session.execute(select(DepositEntry.id).where(DepositEntry.cashier.is_(None))
                                    .order_by(DepositEntry.id)).scalars().all()
    sql = PlainSQL(ctx)
    sql.execute(f"INSERT INTO deposit_handovers (entry_id, handover_id) VALUES ({moved[0]}, {made.id})")
    sql.close()
    # the new card's 收取 came from the old card, not from the drawer
    assert [p for p in _problems(ctx, admin) if "不应列在" in p] == [
        f"押金收退各移交一次：押金 卡 MJ0002 的收取记录不应列在 {clerk.display_name} {made.day} 的移交表"]


def test_the_printed_handover_sheet_shows_the_deposits(community, unit, clerk, admin):
    from io import BytesIO

    from pypdf import PdfReader

    from deskapp.services.billing import prints

    ctx = community
    card = keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="500")
    lease = _lease(ctx, admin, clerk, unit, WECHAT)
    keys_cards.replace_card(ctx, clerk, card.id, "MJ0002", deposit=DepositOutcome.REFUND, fee="0")
    made = handover.hand_over(ctx, clerk, "0", "财务王")
    pdf = prints.handover_pdf(ctx, clerk, handover.handover(ctx, clerk, made.id))
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).replace("\n", " ")
    assert "费用入账和费用移交表" in text and f"日期：{made.day:%Y-%m-%d}" in text
    assert "押金收取 门禁卡押金 卡 MJ0001 3-1-801 现金 500.00" in text
    assert f"押金收取 车位押金 {lease.number} 3-1-801 微信 4200000777 500.00" in text
    assert "押金退还 门禁卡押金 卡 MJ0001 3-1-801 现金 -500.00" in text
    assert "押金收取合计 1,000.00 押金退还合计 -500.00" in text
    assert "应有现金：0.00" in text


def test_a_handed_over_deposit_cannot_be_unlinked_from_outside_the_program(community, unit, clerk):
    from support import REFUSED

    ctx = community
    keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="20")
    handover.hand_over(ctx, clerk, "20", "财务王")
    sql = PlainSQL(ctx)
    try:
        for statement in ("UPDATE deposit_handovers SET handover_id = handover_id + 1",
                          "DELETE FROM deposit_handovers"):
            with pytest.raises(REFUSED):
                sql.execute(statement)
    finally:
        sql.close()
    assert _count(ctx, DepositHandover) == 1
