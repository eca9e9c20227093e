from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D

import pytest
from billing_helpers import billed_community
from support import CST, make_actor

from deskapp.domain.billing import ContactMethod, PayMethod
from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.permissions import Role
from deskapp.services import hooks
from deskapp.services.billing import arrears, handover, payments, run


@pytest.fixture
def billed(community, admin):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    return community, ids


def _checks(ctx):
    with ctx.reader() as uow:
        from deskapp.services.billing.checks import billing_checks
        return {c.name: c.problems for c in billing_checks(uow.session, ctx)}


def test_payment_receipt_change_and_prepayment(billed, clerk):
    ctx, ids = billed
    acc = payments.account(ctx, clerk, ids[0])
    assert acc.total_owed == D("768.01")  # 375.00 + 123.00 + 270.01
    line_ids = [o.line_id for o in acc.lines]
    with pytest.raises(ValidationError) as e:
        payments.take_payment(ctx, clerk, ids[0], line_ids, "800", PayMethod.CASH, tendered="800")
    assert e.value.field == "实收金额"
    with pytest.raises(ValidationError):
        payments.take_payment(ctx, clerk, ids[0], line_ids, "800", PayMethod.CASH, tendered="700",
                              to_prepayment=True)
    r = payments.take_payment(ctx, clerk, ids[0], line_ids, "800", PayMethod.CASH, tendered="1000",
                              to_prepayment=True)
    assert r.number == "SJ2026-000001" and r.change == D("200.00") and r.total == D("800.00")
    assert [x.item for x in r.lines][-1] == "预存款"
    acc = payments.account(ctx, clerk, ids[0])
    assert acc.total_owed == 0 and acc.prepayment == D("31.99")
    # partial payment of another unit, then the rest partly from a prepayment
    acc2 = payments.account(ctx, clerk, ids[1])
    r2 = payments.take_payment(ctx, clerk, ids[1], [o.line_id for o in acc2.lines], "100.00", PayMethod.WECHAT,
        pay_ref="4200002026100112")
    assert r2.number == "SJ2026-000002"
    assert payments.account(ctx, clerk, ids[1]).total_owed == acc2.total_owed - D("100.00")
    assert all(not p for p in _checks(ctx).values())


def test_void_returns_amount_to_owed_and_needs_reason(billed, clerk):
    ctx, ids = billed
    acc = payments.account(ctx, clerk, ids[0])
    r = payments.take_payment(ctx, clerk, ids[0], [acc.lines[0].line_id], "375.00", PayMethod.ALIPAY,
        pay_ref="2026100122001")
    with pytest.raises(ValidationError):
        payments.void_receipt(ctx, clerk, r.id, "  ")
    v = payments.void_receipt(ctx, clerk, r.id, "收错房号")
    assert v.voided and v.voided_by == "clerk"
    assert payments.account(ctx, clerk, ids[0]).total_owed == acc.total_owed
    with pytest.raises(Conflict):
        payments.void_receipt(ctx, clerk, r.id, "again")
    # the voided receipt is still there and its number is not reused
    r2 = payments.take_payment(ctx, clerk, ids[0], [acc.lines[0].line_id], "375.00", PayMethod.ALIPAY,
        pay_ref="2026100122001")
    assert r2.number == "SJ2026-000002"


def test_handover_freezes_the_day_and_late_void_lands_next_day(billed, clerk, supervisor, clock):
    ctx, ids = billed
    acc = payments.account(ctx, clerk, ids[0])
    a = payments.take_payment(ctx, clerk, ids[0], [acc.lines[0].line_id], "375.00", PayMethod.CASH, tendered="400")
    b = payments.take_payment(ctx, clerk, ids[0], [acc.lines[1].line_id], "123.00", PayMethod.WECHAT,
        pay_ref="4200002026100112")
    c = payments.take_payment(ctx, clerk, ids[1], [payments.account(ctx, clerk, ids[1]).lines[0].line_id],
                              "225.00", PayMethod.CASH)
    payments.void_receipt(ctx, clerk, c.id, "重复收费")
    d = handover.draft(ctx, clerk)
    assert d.by_method["现金"] == D("375.00") and d.by_method["微信"] == D("123.00") and d.total == D("498.00")
    assert [r.number for r in d.voided] == [c.number]
    with pytest.raises(ValidationError) as e:
        handover.hand_over(ctx, clerk, "370", "财务 王会计")
    assert e.value.field == "差异说明"
    h = handover.hand_over(ctx, clerk, "375.00", "财务 王会计")
    assert h.count == 3 and h.first_no == a.number and h.last_no == c.number
    with pytest.raises(Conflict):
        handover.hand_over(ctx, clerk, "0", "财务")
    # after handover the day is frozen: a clerk may not void, a supervisor may
    with pytest.raises(PermissionDenied):
        payments.void_receipt(ctx, clerk, b.id, "客户退款")
    payments.void_receipt(ctx, supervisor, b.id, "客户退款")
    clock.set(datetime(2026, 11, 28, 10, 0, tzinfo=CST))
    e2 = payments.take_payment(ctx, clerk, ids[1], [payments.account(ctx, clerk, ids[1]).lines[0].line_id],
                               "225.00", PayMethod.CASH)
    d2 = handover.draft(ctx, clerk)
    assert d2.by_method["微信"] == D("-123.00") and d2.by_method["现金"] == D("225.00")
    handover.hand_over(ctx, clerk, "225.00", "财务 王会计")
    assert e2.number == "SJ2026-000004"
    assert all(not p for p in _checks(ctx).values()), _checks(ctx)


def test_arrears_ageing_warning_and_dunning(billed, clerk):
    ctx, ids = billed
    rows = arrears.arrears(ctx, clerk, date(2026, 11, 27))
    assert [a.code for a in rows] == ["3-1-101", "3-1-102", "3-1-201"]
    assert rows[0].total == D("768.01") and rows[0].by_age == {"1–2个季度": D("768.01")}
    later = arrears.arrears(ctx, clerk, date(2027, 2, 1))
    assert later[0].by_age == {"1–2个季度": D("768.01")}
    assert arrears.arrears(ctx, clerk, date(2027, 5, 1))[0].by_age == {"2个季度以上": D("768.01")}
    assert arrears.arrears(ctx, clerk, date(2028, 1, 5))[0].by_age == {"一年以上": D("768.01")}
    with ctx.reader() as uow:
        warnings = hooks.collect("unit_warnings", uow.session, ctx, ids[0])
    assert "该户欠费 768.01 元（2026Q3）" in warnings
    letters = arrears.issue_dunning(ctx, clerk, ids[:2])
    assert [x.number for x in letters] == ["CJ2026-000001", "CJ2026-000002"]
    arrears.log_contact(ctx, clerk, ids[0], ContactMethod.PHONE, "业主答应下周来交", date(2026, 12, 3))
    with pytest.raises(ValidationError):
        arrears.log_contact(ctx, clerk, ids[0], ContactMethod.PHONE, "")
    cs = arrears.contacts(ctx, clerk, ids[0])
    assert [c.method for c in cs] == [ContactMethod.PHONE, ContactMethod.LETTER]
    assert cs[1].notice == "CJ2026-000001"
    steward = make_actor(Role.STEWARD)
    assert arrears.unit_arrears(ctx, steward, ids[0]).total == D("768.01")



def test_account_lists_the_receipts_of_the_months_asked(billed, clerk, clock):
    """The counter asks for the last 12 months (issue 21 §4): a receipt of 13 months ago stays out
    of that list, not out of the unit's full one (the register kept to the unit)."""
    ctx, ids = billed
    now = clock.now()
    line = payments.account(ctx, clerk, ids[0]).lines[0].line_id
    clock.set(datetime(2025, 10, 20, 10, 0, tzinfo=CST))
    old = payments.take_payment(ctx, clerk, ids[0], [line], "100", PayMethod.CASH)
    clock.set(now)
    recent = payments.take_payment(ctx, clerk, ids[0], [line], "50", PayMethod.WECHAT, pay_ref="4200002026112701")
    payments.take_payment(ctx, clerk, ids[1], [payments.account(ctx, clerk, ids[1]).lines[0].line_id], "20",
                          PayMethod.CASH)  # another unit's receipt is not this one's
    assert [r.number for r in payments.account(ctx, clerk, ids[0]).receipts] == [recent.number, old.number]
    (listed,) = payments.account(ctx, clerk, ids[0], months=12).receipts
    assert (listed.number, listed.total, listed.method, listed.pay_ref, listed.voided, listed.group) == (
        recent.number, D("50.00"), PayMethod.WECHAT, "4200002026112701", False, ())
    every = payments.receipts_page(ctx, clerk, unit_id=ids[0])
    assert [r.number for r in every.rows] == [recent.number, old.number] and every.total == 2


def test_listed_receipts_name_their_combined_payment(billed, clerk, admin):
    """A 合并缴费's receipts, listed, carry the group's numbers and total (作废 asks with them)."""
    from deskapp.domain.people import Relation
    from deskapp.services.billing import combined
    from deskapp.services.registry import people as registry_people

    ctx, ids = billed
    for uid in ids[:2]:
        registry_people.add_person(ctx, admin, uid, registry_people.PersonInput("张三", id_number="11010519491231002X"),
                                   Relation.OWNER)
    picks = {u.unit_id: [ln.line_id for ln in u.lines] for u in combined.owner_units(ctx, clerk, ids[0])}
    rs = combined.take_combined(ctx, clerk, ids[0], picks, PayMethod.CASH, payer="张三")
    payments.void_receipt(ctx, clerk, rs[0].id, "收错")
    for uid in ids[:2]:
        (listed,) = payments.account(ctx, clerk, uid, months=12).receipts
        assert listed.group_no == rs[0].group_no and listed.group == rs[0].group
        assert listed.group_total == rs[0].group_total and listed.voided and listed.void_reason == "收错"
