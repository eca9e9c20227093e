"""Which account each part of a receipt is booked to, and a voucher's balance."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from deskapp.domain.billing_vouchers import (
    DEFAULT_CODES, Account, HandoverTakings, PaidLine, PaidReceipt, RefundPaid, build_voucher, build_vouchers,
    credit_account,
)
from deskapp.domain.billing_deposits import RefundSource

NOV = date(2026, 11, 27)
ACCOUNTS = {a: (DEFAULT_CODES[a], a.value) for a in Account}


OCT2, SEP30, JAN = date(2026, 10, 2), date(2026, 9, 30), date(2026, 1, 3)


@pytest.mark.parametrize("item,billed_on,account", [
    ("物业费", OCT2, Account.REVENUE),  # posted this quarter (the Q3 bill, posted after Q3 ended)
    ("物业费", SEP30, Account.RECEIVABLE),  # posted last quarter: arrears collected
    ("车辆管理费", JAN, Account.RECEIVABLE), ("自用水费", OCT2, Account.PAYABLE),
    ("公摊电费", JAN, Account.PAYABLE), ("滞纳金", SEP30, Account.OTHER_INCOME),
    ("预存款", None, Account.ADVANCE), ("门禁卡押金", None, Account.PAYABLE), ("门禁卡工本费", None, Account.OTHER_INCOME),
])
def test_credit_account_by_what_was_paid(item, billed_on, account):
    assert credit_account(PaidLine(item, D("1.00"), billed_on), NOV) is account


def _receipt(method, amount, lines, prepaid=D("0.00"), reversed_=False):
    return PaidReceipt("SJ1", NOV, method, D(amount), prepaid, tuple(PaidLine(i, D(a), q) for i, a, q in lines),
                       reversed_)


def test_prepayment_used_is_a_debit_of_advance_and_the_money_side_stays_the_handovers():
    h = HandoverTakings(1, NOV, "李娜", D("50.00"), (
        _receipt("现金", "50.00", [("物业费", "80.00", OCT2)], prepaid=D("30.00")),
        _receipt("预存款", "0.00", [("滞纳金", "5.00", SEP30)], prepaid=D("5.00")),
    ))
    v = build_voucher(7, h, ACCOUNTS)
    assert v.debit == v.credit == D("85.00") and v.money == h.total
    assert [(e.code, e.debit, e.credit) for e in v.entries] == [
        ("1001", D("50.00"), D("0.00")), ("2203", D("35.00"), D("0.00")),
        ("600101", D("0.00"), D("80.00")), ("6051", D("0.00"), D("5.00"))]


def test_a_late_void_is_reversed_in_red_and_all_void_books_nothing():
    h = HandoverTakings(2, NOV, "李娜", D("-20.00"), (
        _receipt("银行卡", "20.00", [("物业费", "20.00", SEP30)], reversed_=True),))
    v = build_voucher(1, h, ACCOUNTS)
    assert [(e.code, e.debit, e.credit) for e in v.entries] == [("1002", D("-20.00"), D("0.00")),
                                                                 ("1122", D("0.00"), D("-20.00"))]
    assert v.money == h.total and all("冲销" in e.summary for e in v.entries)
    empty = HandoverTakings(3, NOV, "李娜", D("0.00"), ())
    assert [x.handover_id for x in build_vouchers([empty, h], ACCOUNTS)] == [2]


def test_an_unbalanced_receipt_is_a_bug_not_a_voucher():
    h = HandoverTakings(4, NOV, "李娜", D("10.00"), (_receipt("现金", "10.00", [("物业费", "9.00", OCT2)]),))
    with pytest.raises(ValueError):
        build_voucher(1, h, ACCOUNTS)


def test_a_handover_of_refunds_alone_gets_a_voucher_of_its_own_refunds():
    """Two 退款单 by cash on a day with no receipt: one voucher, each refund in entries of its own."""
    refunds = (RefundPaid("TF2026-0002", RefundSource.PREPAYMENT, "现金", D("10.00")),
               RefundPaid("TF2026-0001", RefundSource.PREPAYMENT, "现金", D("5.00")))
    [v] = build_vouchers([HandoverTakings(1, NOV, "李娜", D("0.00"), (), refunds=refunds)], ACCOUNTS)
    assert v.debit == v.credit == D("15.00") and v.money == D("-15.00") and v.attachments == 2
    assert [(e.summary, e.account, e.debit, e.credit) for e in v.entries] == [
        ("11-27 李娜 退款单 TF2026-0001 退预存款", Account.ADVANCE, D("5.00"), D("0.00")),
        ("11-27 李娜 退款单 TF2026-0001 退预存款·现金", Account.CASH, D("0.00"), D("5.00")),
        ("11-27 李娜 退款单 TF2026-0002 退预存款", Account.ADVANCE, D("10.00"), D("0.00")),
        ("11-27 李娜 退款单 TF2026-0002 退预存款·现金", Account.CASH, D("0.00"), D("10.00")),
    ]
