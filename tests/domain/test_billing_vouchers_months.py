"""A handover carrying money of two months (handed over late across a month end) is split by the
month of each one's own day: the earlier month's part is dated the last day of its money and names
the day it was handed over; each part balances and the parts' money adds up to the handover's."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from deskapp.domain.billing_deposits import RefundSource
from deskapp.domain.billing_vouchers import (
    DEFAULT_CODES, Account, DepositMoved, HandoverTakings, PaidLine, PaidReceipt, RefundPaid, build_vouchers,
    month_parts,
)

ACCOUNTS = {a: (DEFAULT_CODES[a], a.value) for a in Account}
DEC30, DEC31, JAN2 = date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 2)


def _paid(number, day, method, amount, *, reversed_=False, booked_on=None):
    return PaidReceipt(number, day, method, D(amount), D("0.00"), (PaidLine("预存款", D(amount), None),),
                       reversed_, booked_on=booked_on or day)


def test_a_handover_of_one_month_is_one_part():
    h = HandoverTakings(1, DEC31, "李娜", D("50.00"), (_paid("SJ1", DEC30, "现金", "50.00"),))
    assert month_parts(h) == [h]


def test_a_handover_across_the_month_end_is_split_by_the_days_of_its_money():
    h = HandoverTakings(7, JAN2, "李娜", D("140.00"), (
        _paid("SJ1", DEC30, "现金", "100.00"), _paid("SJ2", DEC31, "微信", "50.00"),
        _paid("SJ3", JAN2, "现金", "30.00"),
        _paid("SJ0", date(2026, 11, 5), "现金", "40.00", reversed_=True, booked_on=JAN2),  # voided on 1-2
        _paid("SJ4", DEC31, "预存", "0.00")),
        deposits=(DepositMoved("现金", D("80.00"), True, DEC31),),
        refunds=(RefundPaid("TF1", RefundSource.PREPAYMENT, "现金", D("10.00"), JAN2),))
    dec, jan = month_parts(h)
    assert (dec.day, dec.handed_on, dec.total, [r.number for r in dec.receipts]) == (
        DEC31, JAN2, D("150.00"), ["SJ1", "SJ2", "SJ4"])
    assert dec.deposits == h.deposits and not dec.refunds and dec.money == D("230.00")
    assert (jan.day, jan.handed_on, jan.total, [r.number for r in jan.receipts]) == (
        JAN2, None, D("-10.00"), ["SJ3", "SJ0"])
    assert jan.refunds == h.refunds and jan.money == D("-20.00")
    assert dec.money + jan.money == h.money == D("210.00")  # the parts are the whole
    vouchers = build_vouchers(month_parts(h), ACCOUNTS)
    assert [(v.day, v.money) for v in vouchers] == [(DEC31, D("230.00")), (JAN2, D("-20.00"))]
    assert all(v.debit == v.credit for v in vouchers)
    assert all(e.summary.startswith("12-31 李娜") and "（01-02移交）" in e.summary for e in vouchers[0].entries)
    assert not any("移交）" in e.summary for e in vouchers[1].entries)
