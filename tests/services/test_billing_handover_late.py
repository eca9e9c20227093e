"""Handed over late (the turn of the year): a cashier who did not hand over on 12-30 and 12-31
hands over on 1-2. The sheets go one a day, oldest first, each dated its own day, so December's
vouchers hold December's money and January's only January's; a sheet that carries money taken
after an earlier day's sheet names its days, and across a month end each month's money still goes
to its month's vouchers."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D

import pytest
from billing_helpers import setup_units
from support import CST

from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import Conflict
from deskapp.domain.billing_finance import report_period
from deskapp.services.billing import finance_report, handover, payments, prints, vouchers


def _pay(ctx, clerk, clock, unit, at, amount, method=PayMethod.CASH):
    clock.set(at)
    return payments.take_payment(ctx, clerk, unit, [], amount, method, to_prepayment=True,
                                 pay_ref="" if method is PayMethod.CASH else "4200000000000001")


def _month(ctx, clerk, start, end):
    vs = vouchers.vouchers(ctx, clerk, start, end)
    return [(v.day, v.money) for v in vs], sum((v.money for v in vs), D("0.00"))


DEC = (date(2026, 12, 1), date(2027, 1, 1))
JAN = (date(2027, 1, 1), date(2027, 2, 1))
FEB = (date(2027, 2, 1), date(2027, 3, 1))


@pytest.fixture
def year_end(community, admin, clerk, clock):
    """12-30 cash 100.00; 12-31 cash 200.00 and WeChat 50.00; 1-2 cash 30.00 — nothing handed over."""
    ctx = community
    units = setup_units(ctx, admin)
    _pay(ctx, clerk, clock, units[0], datetime(2026, 12, 30, 10, 0, tzinfo=CST), "100.00")
    _pay(ctx, clerk, clock, units[1], datetime(2026, 12, 31, 10, 0, tzinfo=CST), "200.00")
    _pay(ctx, clerk, clock, units[1], datetime(2026, 12, 31, 11, 0, tzinfo=CST), "50.00", PayMethod.WECHAT)
    _pay(ctx, clerk, clock, units[0], datetime(2027, 1, 2, 9, 0, tzinfo=CST), "30.00")
    clock.set(datetime(2027, 1, 2, 9, 30, tzinfo=CST))
    return ctx, units


def test_late_handover_goes_day_by_day_and_each_month_keeps_its_money(year_end, clerk, supervisor):
    ctx, _units = year_end
    d = handover.draft(ctx, clerk)
    assert d.day == date(2026, 12, 30)  # the oldest day first, dated its own day
    assert [(p.day, p.count, p.total, p.handed) for p in d.pending] == [
        (date(2026, 12, 30), 1, D("100.00"), False), (date(2026, 12, 31), 2, D("250.00"), False),
        (date(2027, 1, 2), 1, D("30.00"), False)]
    assert d.count == 1 and d.total == D("100.00") and d.days == [(date(2026, 12, 30), D("100.00"))]
    assert _month(ctx, clerk, *DEC) == ([], D("0.00"))  # nothing handed over yet

    first = handover.hand_over(ctx, clerk, "100.00", "财务 王会计")
    assert first.day == date(2026, 12, 30) and first.total == D("100.00")
    with pytest.raises(Conflict, match="2026-12-31 的收款还没有移交：请先移交 2026-12-31"):
        handover.hand_over(ctx, clerk, "230.00", "财务 王会计", day=date(2027, 1, 2))
    second = handover.hand_over(ctx, clerk, "200.00", "财务 王会计")
    assert (second.day, second.count, second.total) == (date(2026, 12, 31), 2, D("250.00"))
    third = handover.hand_over(ctx, clerk, "30.00", "财务 王会计")
    assert (third.day, third.total) == (date(2027, 1, 2), D("30.00"))
    assert not handover.draft(ctx, clerk).receipts

    # the vouchers: December holds 12-30 and 12-31 (350.00), January only 1-2 (30.00). Before, one
    # sheet dated 1-2 took all 380.00 and December's vouchers came to 0.00.
    assert _month(ctx, clerk, *DEC) == ([(date(2026, 12, 30), D("100.00")), (date(2026, 12, 31), D("250.00"))],
                                        D("350.00"))
    assert _month(ctx, clerk, *JAN) == ([(date(2027, 1, 2), D("30.00"))], D("30.00"))
    # the finance report's month figures (here the 预存款 taken) go by the receipts' own days: the same split
    assert [finance_report.report(ctx, supervisor, report_period(month=m)).prepayments.deposited
            for m in ("2026-12", "2027-01")] == [D("350.00"), D("30.00")]


def test_money_taken_after_the_month_end_sheet_stays_in_its_month(community, admin, clerk, clock):
    """1-31's sheet made at 17:00, a receipt taken at 17:40, the next sheet on 2-2: that sheet
    carries 1-31's late money and says so (screen, paper); January's vouchers still hold it."""
    ctx = community
    units = setup_units(ctx, admin)
    _pay(ctx, clerk, clock, units[0], datetime(2027, 1, 31, 10, 0, tzinfo=CST), "10.00")
    clock.set(datetime(2027, 1, 31, 17, 0, tzinfo=CST))
    handover.hand_over(ctx, clerk, "10.00", "财务 王会计")
    _pay(ctx, clerk, clock, units[1], datetime(2027, 1, 31, 17, 40, tzinfo=CST), "20.00")
    _pay(ctx, clerk, clock, units[1], datetime(2027, 2, 2, 9, 0, tzinfo=CST), "5.00")
    d = handover.draft(ctx, clerk)
    assert d.day == date(2027, 2, 2)
    assert [(p.day, p.handed) for p in d.pending] == [(date(2027, 1, 31), True), (date(2027, 2, 2), False)]
    made = handover.hand_over(ctx, clerk, "25.00", "财务 王会计")
    assert made.days == [(date(2027, 1, 31), D("20.00")), (date(2027, 2, 2), D("5.00"))]
    again = handover.handover(ctx, clerk, made.id)  # read back from what was stored
    assert again.days == made.days
    paper = prints.handover_pdf(ctx, clerk, again)
    assert paper.startswith(b"%PDF")

    jan, jan_total = _month(ctx, clerk, *JAN)
    assert jan == [(date(2027, 1, 31), D("10.00")), (date(2027, 1, 31), D("20.00"))] and jan_total == D("30.00")
    assert _month(ctx, clerk, *FEB) == ([(date(2027, 2, 2), D("5.00"))], D("5.00"))
    late = vouchers.vouchers(ctx, clerk, *JAN)[1]
    assert all("01-31" in e.summary and "（02-02移交）" in e.summary for e in late.entries)
    assert late.debit == late.credit
    # a day's vouchers: 1-31 holds both of its parts, 2-2 only its own money
    assert [v.money for v in vouchers.vouchers(ctx, clerk, date(2027, 2, 2), date(2027, 2, 3))] == [D("5.00")]
