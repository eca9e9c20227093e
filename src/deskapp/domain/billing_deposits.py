"""押金台账 and 退款: the kinds of deposit the centre holds, how a deposit's entries add up to what
is still held, the states of a forfeit or refund application and what each may become, and the
checks on an amount going out. Plain Python on exact values."""
from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from deskapp.domain.billing import PayMethod, check_pay_ref
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.money import ZERO, parse_amount


class DepositKind(str, enum.Enum):
    DECORATION = "装修"
    CARD = "门禁卡"
    KEY = "钥匙"
    PARKING = "车位"
    FACILITY = "设施预约"
    OTHER = "其他"


class EntryKind(str, enum.Enum):
    TAKEN = "收取"
    REFUNDED = "退还"
    FORFEITED = "没收"
    MOVED = "转出"  # a card deposit moved to the replacement card: held there from then on


class DepositState(str, enum.Enum):
    """What the 押金台账 says of a deposit: held, held with an application waiting on part of it
    (the amount beside it), or settled. The register's state filter takes each: 在押 finds every
    deposit still holding money, waiting or not; a waiting state finds those it names."""

    HELD = "在押"
    REFUND_PENDING = "退款待批"  # a refund application waits for the supervisor
    REFUND_APPROVED = "退款待付"  # approved, not paid out yet
    FORFEIT_PENDING = "没收待批"  # a forfeit application waits for the supervisor
    CLOSED = "已结清"


WAITING_STATES = (DepositState.REFUND_APPROVED, DepositState.REFUND_PENDING, DepositState.FORFEIT_PENDING)


@dataclass(frozen=True)
class Waiting:
    """Applications of one waiting state on a deposit: how many and what they ask together."""

    state: DepositState
    amount: Decimal
    count: int = 1

    @property
    def text(self) -> str:
        """"退款待批 300.00（2 笔）": the register's words for them."""
        return f"{self.state.value} {self.amount:,.2f}" + (f"（{self.count} 笔）" if self.count > 1 else "")


def deposit_state(held: Decimal, waiting: dict[DepositState, tuple[Decimal, int]]
                  ) -> tuple[DepositState, tuple[Waiting, ...]]:
    """The state the register shows and every application waiting on the deposit, each state with
    its amount and count: money about to leave first (an approved refund), then a refund, then a
    forfeit waiting for approval; 在押 with none. The state is the first of them."""
    if held <= 0:
        return DepositState.CLOSED, ()
    waits = tuple(Waiting(state, *waiting[state]) for state in WAITING_STATES
                  if waiting.get(state) and waiting[state][0])
    return (waits[0].state if waits else DepositState.HELD), waits


class ApplicationState(str, enum.Enum):
    """A refund's or a forfeit's way: applied by the desk, decided by a supervisor, a refund then paid."""

    PENDING = "待审批"
    APPROVED = "已批准"
    PAID = "已付款"
    REFUSED = "已驳回"


class RefundSource(str, enum.Enum):
    PREPAYMENT = "预存款"
    DEPOSIT = "押金"


# What a refund may be paid out by: the counter's methods less 预存款 (that would move money in a circle).
REFUND_METHODS = tuple(m for m in PayMethod if m is not PayMethod.PREPAID)


def signed(kind: EntryKind, amount: Decimal) -> Decimal:
    """An entry's effect on what is held: taken adds, everything else takes away."""
    return amount if kind is EntryKind.TAKEN else -amount


def held(entries: Iterable[tuple[EntryKind, Decimal]]) -> Decimal:
    """taken − refunded − forfeited − moved."""
    return sum((signed(k, a) for k, a in entries), ZERO)


def age_days(taken_on: date, today: date) -> int:
    return max((today - taken_on).days, 0)


def check_amount_out(text: str | Decimal, field: str, available: Decimal, what: str) -> Decimal:
    """An amount leaving a balance: above zero and no more than is there."""
    amount = parse_amount(text, field, allow_zero=False)
    if amount <= 0:
        raise ValidationError(field, "必须大于零")
    if amount > available:
        raise ValidationError(field, f"超过{what} {available:,.2f} 元")
    return amount


def check_method(method: object) -> PayMethod:
    if not isinstance(method, PayMethod) or method not in REFUND_METHODS:
        raise ValidationError("付款方式", "请选择现金、微信、支付宝、银行卡或转账")
    return method


@dataclass(frozen=True)
class DepositMoney:
    """How a deposit's money crossed the counter, taken or given back: the cashier's handover
    counts it by method, and the reference ticks it off against the merchant statement."""

    method: PayMethod = PayMethod.CASH
    pay_ref: str | None = None


CASH = DepositMoney()
# The entries whose money passes the drawer: a forfeit keeps the money, a move passes it to a new card.
MONEY_KINDS = (EntryKind.TAKEN, EntryKind.REFUNDED)


def deposit_money(method: object, pay_ref: str | None) -> DepositMoney:
    """A method of the counter's (not 预存款) with its reference where the method has one."""
    m = check_method(method)
    return DepositMoney(m, check_pay_ref(m, pay_ref))


def require_state(state: ApplicationState, wanted: ApplicationState, number: str, doing: str) -> None:
    """A decision or payout only from the state before it (待审批 → 已批准 → 已付款)."""
    if state is not wanted:
        raise Conflict(f"{number} 为“{state.value}”，{wanted.value}的申请才能{doing}")


def require_other_approver(applied_by: str, approver: str, application: str) -> None:
    """Four eyes on money the centre gives up: the 退款单 is signed by its 申请人 and its 审批人, two
    people, and a 减免 waives what an owner owes. A supervisor's own application (`application`:
    "退款申请 TF2026-00012", "减免申请 7") is approved by another supervisor or the 管理员 (the project
    manager's account); at a centre with one supervisor the desk applies and he approves, or the
    管理员 approves his."""
    if applied_by == approver:
        raise Conflict(f"{application} 是 {approver} 本人申请的：申请人与审批人不能是同一人，"
                       f"请另一位客服主管或管理员审批")


def refund_number(year: int, seq: int) -> str:
    """退款单 numbers: TF, not TK, which the decoration's 押金退还单 already uses."""
    return f"TF{year}-{seq:05d}"


# Refunds applied or approved but not yet paid: they set aside part of what is held (a paid one has
# already left the balance, a refused one frees it again).
RESERVING = (ApplicationState.PENDING, ApplicationState.APPROVED)
