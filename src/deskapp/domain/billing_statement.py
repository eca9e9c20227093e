"""《业户费用对账单》: a unit's account over a period — what was owed before it (期初欠费), every
bill line posted, payment taken and 减免 granted in it in date order with the running balance,
and what was owed at its end (期末欠费); the 预存款 ledger beside it and the deposits held apart.

The balance at a moment is every bill line posted by then, less what receipts valid then paid on
the lines, less the 减免 granted by then: so at the end of today it is what the counter shows as
owed. A receipt voided is an event of its own day: one issued and voided within the period is
listed as 作废 and counts nowhere; one issued before the period and voided in it was counted in
期初欠费 and comes back as a negative 实收 on the day it was voided (作废冲回)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal

from deskapp.domain.billing_deposits import EntryKind, signed
from deskapp.domain.errors import ValidationError
from deskapp.domain.money import ZERO

PREPAID_METHOD = "预存款"  # PayMethod.PREPAID's value: a receipt paid wholly from the balance


@dataclass(frozen=True)
class Charge:
    """A bill line posted (its bill's time)."""

    at: datetime
    line_id: int
    item: str  # as the counter shows it: 物业费, 物业费（期初）
    quarter: str
    period: str  # 2026.07.01–2026.09.30
    amount: Decimal
    adjustment: bool = False  # a line of a re-run's adjustment bill: a difference


@dataclass(frozen=True)
class Payment:
    """A receipt of the unit: what it paid on bill lines, on one-off charges, and into 预存款."""

    at: datetime
    receipt_id: int
    number: str
    method: str
    prepaid_used: Decimal  # taken from the 预存款 balance
    fees: Decimal  # paid on bill lines
    one_off: Decimal  # one-off charges (lines with no bill line, other than 预存款): charged and paid at once
    deposit: Decimal  # put on the 预存款 balance
    items: tuple[str, ...]  # "物业费 2026Q3", "装修垃圾清运费"
    voided_at: datetime | None = None
    void_reason: str = ""

    @property
    def counted(self) -> Decimal:
        """What the receipt took against the account: its lines less what went to 预存款."""
        return self.fees + self.one_off


@dataclass(frozen=True)
class Waived:
    """减免 granted on a line."""

    at: datetime
    waiver_id: int
    item: str
    quarter: str
    period: str
    amount: Decimal
    reason: str


@dataclass(frozen=True)
class PrepaymentMove:
    """A move on the 预存款 balance: + in, − out (used by a receipt, refunded, a void's reversal)."""

    at: datetime
    order: int  # ties at one moment kept as written
    text: str
    amount: Decimal


@dataclass(frozen=True)
class DepositEntries:
    """A deposit of the unit and its ledger entries (at, kind, amount)."""

    name: str  # 装修押金 ZX2026-0001
    taken_on: date
    amount: Decimal
    entries: tuple[tuple[datetime, EntryKind, Decimal], ...]


@dataclass(frozen=True)
class Row:
    """One line of the account as printed; money columns None where the line has none."""

    on: date
    what: str  # 摘要
    period: str  # 所属期
    billed: Decimal | None
    paid: Decimal | None
    waived: Decimal | None
    balance: Decimal
    void: bool = False  # listed as 作废: counted nowhere


@dataclass(frozen=True)
class PrepaymentRow:
    on: date
    what: str
    amount: Decimal
    balance: Decimal


@dataclass(frozen=True)
class DepositRow:
    name: str
    taken_on: date
    amount: Decimal
    held_at_start: Decimal
    out_in_period: Decimal  # returned, forfeited or moved within the period
    held_at_end: Decimal


@dataclass(frozen=True)
class Account:
    opening: Decimal  # 期初欠费
    rows: tuple[Row, ...]
    billed: Decimal
    paid: Decimal
    waived: Decimal
    closing: Decimal  # 期末欠费
    prepay_opening: Decimal
    prepay_rows: tuple[PrepaymentRow, ...]
    prepay_closing: Decimal
    deposits: tuple[DepositRow, ...]

    @property
    def deposits_held(self) -> Decimal:
        return sum((d.held_at_end for d in self.deposits), ZERO)


def default_start(today: date) -> date:
    """The statement's first day unless the clerk chooses: 1 January of this year — in January,
    of last year, so an owner asking on 2 January gets the year just ended, not two days."""
    return (today - timedelta(days=31)).replace(month=1, day=1)


def check_period(start: date, end: date, today: date) -> None:
    """起始日期 ≤ 截止日期 ≤ today: a statement of the future is not one."""
    if start > today:
        raise ValidationError("起始日期", f"不能晚于今天（{today:%Y-%m-%d}）")
    if end > today:
        raise ValidationError("截止日期", f"不能晚于今天（{today:%Y-%m-%d}）：对账单只列已发生的费用")
    if start > end:
        raise ValidationError("起始日期", f"不能晚于截止日期（{end:%Y-%m-%d}）")


def bounds(start: date, end: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The period's moments in the centre's zone: from the start day's 00:00 to the day after the end's."""
    return (datetime.combine(start, time(), tzinfo=tz), datetime.combine(end + timedelta(days=1), time(), tzinfo=tz))


def method_text(p: Payment) -> str:
    """微信, 预存款抵扣, or 现金＋预存款抵扣 30.00."""
    if p.method == PREPAID_METHOD:
        return "预存款抵扣"
    return p.method + (f"＋预存款抵扣 {p.prepaid_used:,.2f}" if p.prepaid_used else "")


def _paid_text(p: Payment) -> str:
    text = f"收据 {p.number}（{method_text(p)}）"
    if p.items:
        text += "：" + "、".join(p.items)
    if p.deposit:
        text += f"；另存预存款 {p.deposit:,.2f}"
    return text


def account(start: datetime, end: datetime, tz: tzinfo, charges: Iterable[Charge], payments: Iterable[Payment],
            waivers: Iterable[Waived], prepayment: Iterable[PrepaymentMove],
            deposits: Iterable[DepositEntries]) -> Account:
    """The statement of [start, end) from every event of the unit before `end`."""
    opening = ZERO
    events: list[tuple[datetime, int, int, Row]] = []  # (at, kind order, id, row without its balance)

    def later(at: datetime, kind: int, key: int, row: Row) -> None:
        events.append((at, kind, key, row))

    for c in charges:
        if c.at < start:
            opening += c.amount
        elif c.at < end:
            what = f"{c.item}（{c.quarter}{'，调整' if c.adjustment else ''}）"
            later(c.at, 0, c.line_id, Row(c.at.astimezone(tz).date(), what, c.period, c.amount, None, None, ZERO))
    for w in waivers:
        if w.at < start:
            opening -= w.amount
        elif w.at < end:
            what = f"减免 {w.item}（{w.quarter}）" + (f"：{w.reason}" if w.reason else "")
            later(w.at, 1, w.waiver_id, Row(w.at.astimezone(tz).date(), what, w.period, None, None, w.amount, ZERO))
    for p in payments:
        if p.at >= end or (p.fees == 0 and p.one_off == 0):
            continue  # after the period, or only 预存款 (the ledger below lists it)
        voided_by_end = p.voided_at is not None and p.voided_at < end
        if p.at < start:
            if p.voided_at is None or p.voided_at >= start:
                opening -= p.fees
            if voided_by_end and p.voided_at >= start:  # counted in 期初, given back the day it was voided
                what = f"作废冲回 收据 {p.number}（{p.at.astimezone(tz):%Y-%m-%d} 收）" + (
                    f"：{p.void_reason}" if p.void_reason else "")
                later(p.voided_at, 3, p.receipt_id, Row(p.voided_at.astimezone(tz).date(), what, "",
                                                          -p.one_off if p.one_off else None, -p.counted, None, ZERO))
            continue
        on = p.at.astimezone(tz).date()
        if voided_by_end:
            what = f"{_paid_text(p)}，{p.counted:,.2f} 元已作废，不计入" + (f"：{p.void_reason}" if p.void_reason else "")
            later(p.at, 2, p.receipt_id, Row(on, what, "", None, None, None, ZERO, void=True))
            continue
        what = _paid_text(p)
        if p.voided_at is not None:  # valid at the period's end, voided since
            what += f"（{p.voided_at.astimezone(tz):%Y-%m-%d} 已作废）"
        later(p.at, 2, p.receipt_id, Row(on, what, "", p.one_off or None, p.counted, None, ZERO))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    balance = opening
    rows: list[Row] = []
    billed = paid = waived = ZERO
    for _at, _kind, _key, r in events:
        balance += (r.billed or ZERO) - (r.paid or ZERO) - (r.waived or ZERO)
        billed, paid, waived = billed + (r.billed or ZERO), paid + (r.paid or ZERO), waived + (r.waived or ZERO)
        rows.append(Row(r.on, r.what, r.period, r.billed, r.paid, r.waived, balance, r.void))
    pre_open, pre_rows, pre_close = _prepayment(start, end, tz, prepayment)
    return Account(opening=opening, rows=tuple(rows), billed=billed, paid=paid, waived=waived, closing=balance,
                   prepay_opening=pre_open, prepay_rows=pre_rows, prepay_closing=pre_close,
                   deposits=_deposits(start, end, deposits))


def _prepayment(start: datetime, end: datetime, tz: tzinfo,
                moves: Iterable[PrepaymentMove]) -> tuple[Decimal, tuple[PrepaymentRow, ...], Decimal]:
    ordered = sorted((m for m in moves if m.at < end), key=lambda m: (m.at, m.order))
    opening = sum((m.amount for m in ordered if m.at < start), ZERO)
    balance = opening
    rows: list[PrepaymentRow] = []
    for m in ordered:
        if m.at >= start:
            balance += m.amount
            rows.append(PrepaymentRow(m.at.astimezone(tz).date(), m.text, m.amount, balance))
    return opening, tuple(rows), balance


def _deposits(start: datetime, end: datetime, deposits: Iterable[DepositEntries]) -> tuple[DepositRow, ...]:
    """Each deposit held at some time in the period: held at its start, what left in it, held at its end."""
    out = []
    for d in deposits:
        before = [(k, a) for at, k, a in d.entries if at < start]
        within = [(k, a) for at, k, a in d.entries if start <= at < end]
        held_start = sum((signed(k, a) for k, a in before), ZERO)
        if held_start <= 0 and not within:
            continue
        gone = sum((a for k, a in within if k is not EntryKind.TAKEN), ZERO)
        held_end = held_start + sum((signed(k, a) for k, a in within), ZERO)
        out.append(DepositRow(d.name, d.taken_on, d.amount, held_start, gone, held_end))
    return tuple(out)

