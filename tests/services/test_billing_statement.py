"""《业户费用对账单》: a unit's bills, payments, 减免 and voids over a period with the running
balance; 期末尚欠 to the end of today is what the counter shows as owed, to the fen."""
from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from billing_helpers import billed_community
from pypdf import PdfReader
from support import CST, make_actor

from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import ValidationError
from deskapp.domain.permissions import Role
from deskapp.services.billing import discounts, payments, run, statement

supervisor = make_actor(Role.SUPERVISOR)


def _at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=CST)


@pytest.fixture
def history(community, admin, clock, clerk):
    """Unit 3-1-101: 2026Q3 billed on 10-05 (768.01); 200.00 cash on 10-10; 100.00 by 微信 on 10-12
    voided on 10-13; 50.00 of 物业费 waived on 11-02; 10-10's receipt voided on 11-20; on 11-25
    600.00 with 31.99 … put on 预存款; the clock back at 11-27 09:30."""
    ids, _ = billed_community(community, admin)
    unit = ids[0]
    clock.set(_at(10, 5))
    run.post(community, admin, "2026Q3")
    lines = payments.account(community, clerk, unit).lines
    clock.set(_at(10, 10))
    first = payments.take_payment(community, clerk, unit, [lines[0].line_id], "200.00", PayMethod.CASH)
    clock.set(_at(10, 12))
    second = payments.take_payment(community, clerk, unit, [lines[0].line_id], "100.00", PayMethod.WECHAT,
                                   pay_ref="4200002026101200")
    clock.set(_at(10, 13))
    payments.void_receipt(community, clerk, second.id, "金额输错")
    clock.set(_at(11, 2))
    d = discounts.apply_discount(community, clerk, lines[0].line_id, "50.00", "业主家中漏水维修期间")
    discounts.approve_discount(community, supervisor, d.id)
    clock.set(_at(11, 20))
    payments.void_receipt(community, supervisor, first.id, "收错房号")
    clock.set(_at(11, 25))
    owed = payments.account(community, clerk, unit)
    third = payments.take_payment(community, clerk, unit, [o.line_id for o in owed.lines[:1]], "400.00",
                                  PayMethod.CASH, to_prepayment=True)
    clock.set(_at(11, 27, 9))
    return community, unit, first, second, third


def test_this_year_ends_on_what_the_counter_owes(history, clerk):
    ctx, unit, first, second, third = history
    st = statement.statement(ctx, clerk, unit, date(2026, 1, 1), date(2026, 11, 27))
    a = st.account
    counter = payments.account(ctx, clerk, unit)
    assert a.opening == 0
    assert a.closing == counter.total_owed == D("768.01") - D("50.00") - D("325.00")
    assert a.billed == D("768.01") and a.waived == D("50.00") and a.paid == D("325.00")
    assert a.prepay_closing == counter.prepayment == D("75.00")
    # every row's balance follows from the one before
    balance = a.opening
    for r in a.rows:
        balance += (r.billed or 0) - (r.paid or 0) - (r.waived or 0)
        assert r.void or r.balance == balance
    voids = [r for r in a.rows if r.void]
    assert [r.on for r in voids] == [date(2026, 10, 10), date(2026, 10, 12)]
    assert all(r.paid is None for r in voids) and second.number in voids[1].what and "不计入" in voids[1].what
    assert [r.on for r in a.rows if r.billed] == [date(2026, 10, 5)] * 3
    assert st.unit_code == "3-1-101" and st.area == D("50.00")


def test_a_later_period_starts_from_what_was_owed_and_takes_back_an_earlier_receipt_voided_in_it(history, clerk):
    ctx, unit, first, _second, third = history
    a = statement.statement(ctx, clerk, unit, date(2026, 11, 1), date(2026, 11, 27)).account
    assert a.opening == D("768.01") - D("200.00")  # 10-10's receipt was valid on 11-01
    back = [r for r in a.rows if "作废冲回" in r.what]
    assert len(back) == 1 and back[0].paid == D("-200.00") and first.number in back[0].what
    assert back[0].on == date(2026, 11, 20)
    assert a.closing == payments.account(ctx, clerk, unit).total_owed
    assert a.paid == D("-200.00") + D("325.00")


def test_a_past_end_date_gives_the_balance_of_that_day(history, clerk):
    ctx, unit, first, *_ = history
    a = statement.statement(ctx, clerk, unit, date(2026, 10, 1), date(2026, 10, 31)).account
    # 10-10's receipt was still valid at the end of October: counted, and said to be voided since
    assert a.closing == D("768.01") - D("200.00")
    row = next(r for r in a.rows if first.number in r.what)
    assert row.paid == D("200.00") and "2026-11-20 已作废" in row.what and not row.void
    assert a.prepay_closing == 0


@pytest.mark.parametrize(("start", "end", "field"), [
    (date(2026, 11, 2), date(2026, 11, 1), "起始日期"),
    (date(2026, 1, 1), date(2026, 11, 28), "截止日期"),
    (date(2026, 11, 28), date(2026, 11, 28), "起始日期"),
    (None, date(2026, 11, 27), "起始日期"),
    (date(2026, 1, 1), None, "截止日期"),
])
def test_a_wrong_period_is_refused_naming_the_field(history, clerk, start, end, field):
    ctx, unit, *_ = history
    with pytest.raises(ValidationError) as e:
        statement.statement_pdf(ctx, clerk, unit, start, end)
    assert e.value.field == field


def test_the_paper_carries_the_owed_figure_the_period_and_the_print(history, clerk):
    ctx, unit, _first, second, third = history
    pdf = statement.statement_pdf(ctx, clerk, unit, *statement.default_period(ctx))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    owed = payments.account(ctx, clerk, unit).total_owed
    for words in ("业户费用对账单", "翠湖花园物业服务中心", "3-1-101", "对账期间：2026-01-01 至 2026-11-27",
                  "打印日期：2026-11-27 09:00", f"打印人：{clerk.display_name}", f"{owed:,.2f}", "期初尚欠",
                  "期末尚欠", second.number, "作废", third.number, "预存款", "75.00", "减免"):
        assert words in text, words


def test_days_are_the_centres_a_payment_just_after_midnight_is_of_its_own_day(history, clerk, clock):
    ctx, unit, *_ = history
    owed = payments.account(ctx, clerk, unit).lines[0]
    clock.set(datetime(2026, 11, 26, 0, 30, tzinfo=CST))  # 2026-11-25 16:30 UTC
    late = payments.take_payment(ctx, clerk, unit, [owed.line_id], "10.00", PayMethod.CASH)
    clock.set(_at(11, 27, 9))
    before = statement.statement(ctx, clerk, unit, date(2026, 11, 1), date(2026, 11, 25)).account
    after = statement.statement(ctx, clerk, unit, date(2026, 11, 26), date(2026, 11, 27)).account
    assert not any(late.number in r.what for r in before.rows)
    assert [r.on for r in after.rows if late.number in r.what] == [date(2026, 11, 26)]
    assert after.opening == before.closing and after.closing == payments.account(ctx, clerk, unit).total_owed
