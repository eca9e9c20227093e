"""The statement's arithmetic by hand: one-off charges billed and paid at once, a receipt's 预存款
part kept off the fees, a 预存款 refund on the ledger, deposits held apart and left out once closed."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D

from support import CST

from deskapp.domain.billing_deposits import EntryKind
from deskapp.domain.billing_statement import (
    Charge, DepositEntries, Payment, PrepaymentMove, account, bounds, method_text,
)


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 10, 0, tzinfo=CST)


START, END = bounds(date(2026, 7, 1), date(2026, 9, 30), CST)
CHARGES = [Charge(at(6, 2), 1, "物业费", "2026Q2", "2026.04.01–2026.06.30", D("300.00")),
           Charge(at(7, 2), 2, "物业费", "2026Q3", "2026.07.01–2026.09.30", D("300.00")),
           Charge(at(10, 2), 3, "物业费", "2026Q4", "2026.10.01–2026.12.31", D("300.00"))]


def test_one_off_and_prepayment_parts_and_a_void_after_the_period():
    pays = [Payment(at(7, 5), 10, "SJ2026-000010", "现金", D("0"), D("300.00"), D("0"), D("0"), ("物业费 2026Q2",)),
            Payment(at(8, 1), 11, "SJ2026-000011", "微信", D("20.00"), D("100.00"), D("35.00"), D("15.00"),
                    ("物业费 2026Q3", "装修垃圾清运费"), voided_at=at(10, 9), void_reason="重复收款"),
            Payment(at(9, 1), 12, "SJ2026-000012", "现金", D("0"), D("0"), D("0"), D("80.00"), ())]
    a = account(START, END, CST, CHARGES, pays, [], [], [])
    assert a.opening == D("300.00")
    assert [(r.billed, r.paid, r.balance) for r in a.rows] == [
        (D("300.00"), None, D("600.00")),  # 2026Q3 billed
        (None, D("300.00"), D("300.00")),  # 2026Q2 paid
        (D("35.00"), D("135.00"), D("200.00")),  # 100.00 of fees and a one-off of 35.00; 15.00 to 预存款
    ]  # the receipt of only 预存款 is on the ledger, not here; 2026Q4 is after the period
    assert "2026-10-09 已作废" in a.rows[2].what and "另存预存款 15.00" in a.rows[2].what
    assert "微信＋预存款抵扣 20.00" in a.rows[2].what
    assert (a.billed, a.paid, a.waived, a.closing) == (D("335.00"), D("435.00"), D("0"), D("200.00"))


def test_ledger_and_deposits():
    moves = [PrepaymentMove(at(6, 1), 1, "期初预存", D("100.00")),
             PrepaymentMove(at(7, 9), 2, "抵扣（收据 SJ2026-000020）", D("-30.00")),
             PrepaymentMove(at(9, 9), 1, "退款 TF2026-000001（转账）", D("-50.00")),
             PrepaymentMove(at(10, 9), 3, "预存（收据 SJ2026-000030）", D("99.00"))]
    deposits = [DepositEntries("装修押金 ZX2026-0001", date(2026, 5, 1), D("2000.00"),
                               ((at(5, 1), EntryKind.TAKEN, D("2000.00")), (at(8, 1), EntryKind.REFUNDED, D("1500.00")),
                                (at(8, 1), EntryKind.FORFEITED, D("500.00")))),
                DepositEntries("钥匙押金 借用钥匙", date(2026, 3, 1), D("100.00"),
                               ((at(3, 1), EntryKind.TAKEN, D("100.00")), (at(3, 2), EntryKind.REFUNDED, D("100.00")))),
                DepositEntries("门禁卡押金 00012345", date(2026, 9, 3), D("50.00"),
                               ((at(9, 3), EntryKind.TAKEN, D("50.00")),))]
    a = account(START, END, CST, [], [], [], moves, deposits)
    assert (a.prepay_opening, a.prepay_closing) == (D("100.00"), D("20.00"))
    assert [(r.on, r.amount, r.balance) for r in a.prepay_rows] == [
        (date(2026, 7, 9), D("-30.00"), D("70.00")), (date(2026, 9, 9), D("-50.00"), D("20.00"))]
    assert [(d.name, d.held_at_start, d.out_in_period, d.held_at_end) for d in a.deposits] == [
        ("装修押金 ZX2026-0001", D("2000.00"), D("2000.00"), D("0.00")),
        ("门禁卡押金 00012345", D("0.00"), D("0.00"), D("50.00"))]  # the key deposit closed before the period
    assert a.deposits_held == D("50.00")


def test_a_receipt_of_the_balance_alone_says_so():
    p = Payment(at(7, 5), 1, "SJ2026-000001", "预存款", D("30.00"), D("30.00"), D("0"), D("0"), ())
    assert method_text(p) == "预存款抵扣"
