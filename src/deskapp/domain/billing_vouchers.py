"""记账凭证 from the day's handovers: which account each part of a receipt goes to, and the
voucher that books one handover (借 = 贷).

One voucher per handover (费用入账和费用移交表), not per day: the handover is the paper finance
signs for and files behind the voucher, its cash is counted against one cashier, and its total is
what the voucher's money side must equal. A day with two cashiers gives two vouchers.

Debits: the money by payment method, and 预收账款 for what a receipt took from the prepayment
balance. Credits, line by line: 应收账款 for bills posted in a quarter before the receipt's
(arrears collected: finance books what is unpaid at a quarter's end as receivable, and the
finance report counts the same payments as 欠费追回), 主营业务收入 for bills of the receipt's own
quarter, 代收水电 and deposits to 其他应付款, 预存款 to 预收账款, 滞纳金 and one-off fees to 其他业务收入.
A receipt voided after its day was handed over is reversed (红字: the same entries, negative) in
the handover that takes it off; one voided before its handover books nothing.

Deposits the cashier took or gave back at the point of service (a card, a key, a decoration, a
parking lease) are on the handover too: taken, the money by method against a credit to
其他应付款-押金; given back, a debit to 其他应付款-押金 against the money credited. So the money side
of a voucher (debits less credits by method) equals its handover's receipts plus deposits taken
less deposits given back less refunds.

A refund (退款单 TF…) paid out and handed over reverses what the money had been booked to: a
prepayment refund debits 预收账款 (an overpayment is kept only as 预存款 — 余额转预存 at the counter —
so it is refunded from that balance and reverses the same account), a deposit refund debits
其他应付款-押金; the money by method is credited. Each refund has entries of its own whose summary
names the 退款单, since that paper is what finance files behind them (and counts as an attachment).

Handed over late across a month end (a sheet made on 1-2 carrying money taken on 12-31 after that
day's sheet, or a sheet made before sheets went one a day): the month's vouchers hold that month's
money. A handover's takings are split by the month of each one's own day (the receipt's, a late
void's, a refund's, a deposit's); the part of an earlier month is a voucher of its own dated the
last day of its money, its 摘要 naming the day it was handed over (month_parts)."""
from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from deskapp.domain.billing import FeeItem, PayMethod, quarter_of
from deskapp.domain.billing_deposits import RefundSource
from deskapp.domain.money import ZERO


class Account(str, enum.Enum):
    """The accounts a handover is booked to; the value is the account's standard name."""

    CASH = "库存现金"
    BANK = "银行存款"
    WECHAT = "其他货币资金-微信"
    ALIPAY = "其他货币资金-支付宝"
    RECEIVABLE = "应收账款"
    REVENUE = "主营业务收入-物业费"
    ADVANCE = "预收账款"
    PAYABLE = "其他应付款"
    DEPOSITS = "其他应付款-押金"
    OTHER_INCOME = "其他业务收入"


# 企业会计准则 (财会〔2006〕3号 appendix) codes; 101201/101202 are the usual sub-accounts of 1012.
DEFAULT_CODES = {
    Account.CASH: "1001", Account.BANK: "1002", Account.WECHAT: "101201", Account.ALIPAY: "101202",
    Account.RECEIVABLE: "1122", Account.REVENUE: "600101", Account.ADVANCE: "2203", Account.PAYABLE: "2241",
    Account.DEPOSITS: "224101", Account.OTHER_INCOME: "6051",
}

DEBIT_OF_METHOD = {
    PayMethod.CASH.value: Account.CASH, PayMethod.WECHAT.value: Account.WECHAT,
    PayMethod.ALIPAY.value: Account.ALIPAY, PayMethod.CARD.value: Account.BANK,
    PayMethod.TRANSFER.value: Account.BANK,
}
COLLECTED_FOR_OTHERS = {FeeItem.WATER.value, FeeItem.SHARED_WATER.value, FeeItem.SHARED_POWER.value}
PREPAYMENT_ITEM = "预存款"


@dataclass(frozen=True)
class PaidLine:
    item: str
    amount: Decimal
    billed_on: date | None  # the day its bill was posted (centre's date); None with no bill behind it


@dataclass(frozen=True)
class PaidReceipt:
    number: str
    day: date  # the receipt's own day: it decides arrears or current, also when reversed later
    method: str
    amount: Decimal  # received by `method`
    prepaid_used: Decimal
    lines: tuple[PaidLine, ...]
    reversed: bool  # voided after its day was handed over: reversed in this handover
    booked_on: date | None = None  # the day it is money of: its own day, or the void's when reversed


@dataclass(frozen=True)
class DepositMoved:
    """A deposit taken (in) or given back (out) in the handover, by a method."""

    method: str
    amount: Decimal
    taken: bool
    day: date | None = None  # taken or given back


@dataclass(frozen=True)
class RefundPaid:
    """A 退款单 paid out by a method and handed over: money out of 预存款 or of a deposit held."""

    number: str
    source: RefundSource
    method: str
    amount: Decimal
    day: date | None = None  # paid out


@dataclass(frozen=True)
class HandoverTakings:
    id: int
    day: date
    cashier_name: str
    total: Decimal  # the handover's own total (money by method, reversals deducted)
    receipts: tuple[PaidReceipt, ...]  # the ones that book something: voided-before ones left out
    deposits: tuple[DepositMoved, ...] = ()
    refunds: tuple[RefundPaid, ...] = ()
    handed_on: date | None = None  # a part of an earlier month (month_parts): the day the handover was made

    @property
    def money(self) -> Decimal:
        """What the handover's money entries must come to: receipts + deposits in − deposits out − refunds."""
        return (self.total + sum((d.amount if d.taken else -d.amount for d in self.deposits), ZERO)
                - sum((r.amount for r in self.refunds), ZERO))


@dataclass(frozen=True)
class Entry:
    summary: str
    account: Account
    code: str
    name: str
    debit: Decimal
    credit: Decimal
    method: str = ""  # 结算方式 of a money entry


@dataclass(frozen=True)
class Voucher:
    number: int
    day: date
    cashier: str
    handover_id: int
    attachments: int  # receipts behind the voucher
    entries: tuple[Entry, ...]

    @property
    def debit(self) -> Decimal:
        return sum((e.debit for e in self.entries), ZERO)

    @property
    def credit(self) -> Decimal:
        return sum((e.credit for e in self.entries), ZERO)

    @property
    def money(self) -> Decimal:
        """The money side, in less out: what the handover says the cashier took."""
        return sum((e.debit - e.credit for e in self.entries if e.method), ZERO)


def parse_account(text: str) -> tuple[str, str]:
    """A setting's "1001 库存现金" as (code, name)."""
    code, _, name = text.strip().partition(" ")
    return code, name.strip()


def credit_account(line: PaidLine, day: date) -> Account:
    if line.billed_on is None:
        if line.item == PREPAYMENT_ITEM:
            return Account.ADVANCE
        return Account.PAYABLE if "押金" in line.item else Account.OTHER_INCOME
    if line.item in COLLECTED_FOR_OTHERS:
        return Account.PAYABLE
    if line.item == FeeItem.LATE.value:
        return Account.OTHER_INCOME
    return Account.RECEIVABLE if quarter_of(line.billed_on) < quarter_of(day) else Account.REVENUE


def receipt_parts(r: PaidReceipt) -> list[tuple[Account, str, Decimal, Decimal]]:
    """(account, method, debit, credit) of one receipt, negated when reversed."""
    sign = -1 if r.reversed else 1
    parts: list[tuple[Account, str, Decimal, Decimal]] = []
    if r.amount and r.method in DEBIT_OF_METHOD:
        parts.append((DEBIT_OF_METHOD[r.method], r.method, sign * r.amount, ZERO))
    if r.prepaid_used:
        parts.append((Account.ADVANCE, "", sign * r.prepaid_used, ZERO))
    for line in r.lines:
        parts.append((credit_account(line, r.day), "", ZERO, sign * line.amount))
    return parts


def deposit_parts(d: DepositMoved) -> list[tuple[Account, str, Decimal, Decimal]]:
    """(account, method, debit, credit) of a deposit taken or given back."""
    money = DEBIT_OF_METHOD[d.method]
    if d.taken:
        return [(money, d.method, d.amount, ZERO), (Account.DEPOSITS, "", ZERO, d.amount)]
    return [(Account.DEPOSITS, "", d.amount, ZERO), (money, d.method, ZERO, d.amount)]


# what a refund gives back was credited to this account when the money came in
REFUNDED_FROM = {RefundSource.PREPAYMENT: Account.ADVANCE, RefundSource.DEPOSIT: Account.DEPOSITS}


def refund_parts(r: RefundPaid) -> list[tuple[Account, str, Decimal, Decimal]]:
    """(account, method, debit, credit) of a refund paid out: the reversal of its money coming in."""
    return [(REFUNDED_FROM[r.source], "", r.amount, ZERO), (DEBIT_OF_METHOD[r.method], r.method, ZERO, r.amount)]


def _summary(base: str, method: str, reversal: bool) -> str:
    """The entry's 摘要: U8's file has no 结算方式 column, so a money entry names its method."""
    return base + (f"·{method}" if method else "") + ("（冲销作废收据）" if reversal else "")


def month_parts(h: HandoverTakings) -> list[HandoverTakings]:
    """A handover's takings split by the month of each one's own day (module docstring): one part
    when all is of its own month (a day's sheet, or one carrying a day of the same month). The
    part of the handover's own month keeps its day and the rest of the handover; an earlier month's
    part is dated the last day of its money and carries its receipts' money as its total."""
    def month(d: date | None) -> tuple[int, int]:
        d = d or h.day
        return d.year, d.month

    own = month(h.day)
    months = ({month(r.booked_on) for r in h.receipts} | {month(d.day) for d in h.deposits}
              | {month(r.day) for r in h.refunds})
    if months <= {own}:
        return [h]
    parts = []
    for key in sorted(months | {own}):
        receipts = tuple(r for r in h.receipts if month(r.booked_on) == key)
        deposits = tuple(d for d in h.deposits if month(d.day) == key)
        refunds = tuple(r for r in h.refunds if month(r.day) == key)
        days = [x for x in (*(r.booked_on for r in receipts), *(d.day for d in deposits), *(r.day for r in refunds))
                if x is not None]
        total = sum(((-r.amount if r.reversed else r.amount) for r in receipts
                     if r.method != PayMethod.PREPAID.value), ZERO)
        parts.append(replace(h, day=h.day if key == own else max(days), total=total, receipts=receipts,
                             deposits=deposits, refunds=refunds, handed_on=None if key == own else h.day))
    return parts


def build_voucher(number: int, h: HandoverTakings, accounts: Mapping[Account, tuple[str, str]]) -> Voucher:
    """One handover's voucher: entries summed by account, side and method; reversals and each
    refund in entries of their own so finance sees them. Raises ValueError if it does not balance
    (a bug, not input)."""
    # keyed by (what: 0 receipts, 1 deposits taken, 2 given back, 3 refunds; the 摘要's words;
    # reversed; credit side; account; method)
    sums: dict[tuple[int, str, bool, bool, Account, str], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    parts = [(0, "收费移交", r.reversed, p) for r in h.receipts for p in receipt_parts(r)]
    parts += [(1, "押金收取", False, p) if d.taken else (2, "押金退还", False, p)
              for d in h.deposits for p in deposit_parts(d)]
    parts += [(3, f"退款单 {r.number} 退{r.source.value}", False, p) for r in h.refunds for p in refund_parts(r)]
    for what, words, rev, (account, method, debit, credit) in parts:
        key = (what, words, rev, not debit, account, method)
        sums[key][0] += debit
        sums[key][1] += credit
    order = list(Account)
    late = f"（{h.handed_on:%m-%d}移交）" if h.handed_on else ""
    entries = tuple(
        Entry(summary=_summary(f"{h.day:%m-%d} {h.cashier_name} {words}{late}", method, rev), account=account,
              code=accounts[account][0], name=accounts[account][1], debit=d, credit=c, method=method)
        for (_what, words, rev, _credit_side, account, method), (d, c) in sorted(
            sums.items(), key=lambda kv: (*kv[0][:4], order.index(kv[0][4]), kv[0][5]))
        if d or c)
    v = Voucher(number=number, day=h.day, cashier=h.cashier_name, handover_id=h.id,
                attachments=sum(1 for r in h.receipts if not r.reversed) + len(h.refunds), entries=entries)
    if v.debit != v.credit:
        raise ValueError(f"凭证 {number} 借 {v.debit} ≠ 贷 {v.credit}")
    return v


def build_vouchers(handovers: Iterable[HandoverTakings],
                   accounts: Mapping[Account, tuple[str, str]]) -> list[Voucher]:
    """Numbered 1… in day order; a handover that books nothing (all voided) gets no voucher."""
    out: list[Voucher] = []
    for h in handovers:
        if h.receipts or h.deposits or h.refunds:
            out.append(build_voucher(len(out) + 1, h, accounts))
    return out
