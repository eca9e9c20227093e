"""费用入账和费用移交表: a cashier's takings handed to finance, frozen once made.

A handover takes every receipt of the cashier not yet handed over, up to its day. Receipts
voided before it are listed and count nothing; a receipt voided after its day was handed over
is taken off the cashier's next handover. So for every handover:
    total = Σ receipts handed over in it − Σ receipts whose void lands in it.
Refunds (退款) the cashier paid out are money out: listed on the handover as 支出/退款. Deposits
the cashier took at the point of service (a card, a lent key, a decoration permit, a parking
lease) are money in as 押金收取, and deposits given back there (退卡, 钥匙归还, the decoration's
押金退还单) money out as 押金退还, each by method. So the cash expected in the drawer is
    cash receipts + cash deposits taken − cash refunds − cash deposits returned,
and handing over links those deposit entries to the handover, once, as it does the receipts."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import EntryKind
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.local_time import local_text
from deskapp.domain.money import ZERO, parse_amount
from deskapp.domain.text import require_text
from deskapp.services import audit
from deskapp.services.billing.common import HANDOVER, VIEW
from deskapp.services.registry import pinyin
from deskapp.services.context import Actor, Context
from deskapp.services.changes import Change, changes
from deskapp.contracts.billing import HandoverFilter, HandoverRow
from deskapp.contracts.paging import Page
from deskapp.store.models.billing import Handover, Receipt
from deskapp.store.models.billing_deposits import Deposit, DepositEntry, DepositHandover, Refund
from deskapp.store.queries import billing as queries
from deskapp.store.repositories.billing import BillingRepository


@dataclass(frozen=True)
class HandoverReceipt:
    number: str
    unit_code: str
    method: str
    amount: Decimal
    voided: bool
    void_reason: str
    late_void: bool  # voided after its own day was handed over: taken off here


@dataclass(frozen=True)
class HandoverRefund:
    """A refund paid out by the cashier: money out on the handover."""

    number: str
    unit_code: str
    method: str
    amount: Decimal
    payee: str


@dataclass(frozen=True)
class HandoverDeposit:
    """A deposit taken (押金收取, money in) or given back (押金退还, money out) at the point of service."""

    paper: str  # what the deposit is for: "门禁卡押金 卡 MJ0001"
    unit_code: str
    payer: str
    taken: bool  # 收取 (in) or 退还 (out)
    method: str
    amount: Decimal
    pay_ref: str = ""


@dataclass(frozen=True)
class HandoverDraft:
    id: int | None  # set once handed over
    cashier: str
    cashier_name: str
    day: date
    receipts: tuple[HandoverReceipt, ...]
    by_method: dict[str, Decimal]
    first_no: str
    last_no: str
    cash_counted: Decimal | None = None
    explanation: str = ""
    receiver: str = ""
    handed_at: datetime | None = None
    refunds: tuple[HandoverRefund, ...] = ()
    deposits: tuple[HandoverDeposit, ...] = ()
    # the draft of a day handed over already: when and to whom — what is taken after it goes on
    # the next day's sheet (hand_over refuses a second one for the day)
    day_handed_at: datetime | None = None
    day_received_by: str = ""

    @property
    def count(self) -> int:
        return sum(1 for r in self.receipts if not r.late_void)

    @property
    def total(self) -> Decimal:
        return sum(self.by_method.values(), ZERO)

    @property
    def refunded(self) -> Decimal:
        return sum((r.amount for r in self.refunds), ZERO)

    def deposit_money(self, taken: bool, method: str | None = None) -> Decimal:
        """Deposits taken (or returned), by one method or all."""
        return sum((d.amount for d in self.deposits if d.taken is taken and method in (None, d.method)), ZERO)

    @property
    def cash_expected(self) -> Decimal:
        """What should be in the drawer (module docstring)."""
        return expected_cash(self.by_method, self.refunds, self.deposits)

    @property
    def voided(self) -> list[HandoverReceipt]:
        return [r for r in self.receipts if r.voided]


def expected_cash(by_method: dict[str, Decimal], refunds: tuple[HandoverRefund, ...],
                  deposits: tuple[HandoverDeposit, ...]) -> Decimal:
    """Cash receipts + cash deposits taken − cash refunds − cash deposits returned."""
    cash = PayMethod.CASH.value
    return (by_method.get(cash, ZERO) - sum((r.amount for r in refunds if r.method == cash), ZERO)
            + sum((d.amount if d.taken else -d.amount for d in deposits if d.method == cash), ZERO))


def _by_method(rows: list[HandoverReceipt]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for m in PayMethod:
        if m is not PayMethod.PREPAID:
            out[m.value] = ZERO
    for r in rows:
        if r.late_void:
            out[r.method] -= r.amount
        elif not r.voided:
            out[r.method] += r.amount
    out.pop(PayMethod.PREPAID.value, None)  # settled from balance: no money changes hands
    return dict(out)


def _pending(repo: BillingRepository, cashier: str, day: date) -> tuple[list[Receipt], list[Receipt]]:
    return repo.receipts_to_hand_over(cashier, day), repo.late_voids_to_hand_over(cashier, day)


def _rows(repo: BillingRepository, own: list[Receipt], late: list[Receipt]) -> list[HandoverReceipt]:
    codes = repo.unit_codes({r.unit_id for r in own + late})

    def row(r: Receipt, late_void: bool) -> HandoverReceipt:
        return HandoverReceipt(number=r.number, unit_code=codes.get(r.unit_id, ""), method=r.method.value,
                               amount=r.amount, voided=late_void or r.voided_at is not None,
                               void_reason=r.void_reason or "", late_void=late_void)

    return [row(r, False) for r in own] + [row(r, True) for r in late]


def _refund_rows(repo: BillingRepository, refunds: list[Refund]) -> tuple[HandoverRefund, ...]:
    codes = repo.unit_codes({r.unit_id for r in refunds if r.unit_id is not None})
    return tuple(HandoverRefund(number=r.number, unit_code=codes.get(r.unit_id, ""), method=r.method.value,
                                amount=r.amount, payee=r.payee) for r in refunds)


def _deposit_rows(repo: BillingRepository, entries: list[tuple[DepositEntry, Deposit]]) -> tuple[HandoverDeposit, ...]:
    codes = repo.unit_codes({d.unit_id for _e, d in entries if d.unit_id is not None})
    return tuple(HandoverDeposit(paper=f"{d.kind.value}押金 {d.source_ref}".strip(), unit_code=codes.get(d.unit_id, ""),
                                 payer=d.payer, taken=e.kind is EntryKind.TAKEN, method=e.method.value,
                                 amount=e.amount, pay_ref=e.pay_ref or "") for e, d in entries)


def draft(ctx: Context, actor: Actor, day: date | None = None) -> HandoverDraft:
    """What the acting cashier would hand over for `day` (default today)."""
    actor.require(VIEW)
    day = day or ctx.clock.today()
    with ctx.reader() as uow:
        own, late = _pending(uow.billing, actor.username, day)
        rows = _rows(uow.billing, own, late)
        refunds = _refund_rows(uow.billing, uow.billing.refunds_to_hand_over(actor.username, day))
        deposits = _deposit_rows(uow.billing, uow.billing.deposit_money_to_hand_over(actor.username, day))
        done = uow.billing.handover_of(actor.username, day)
        return HandoverDraft(id=None, cashier=actor.username, cashier_name=actor.display_name, day=day,
                             receipts=tuple(rows), by_method=_by_method(rows),
                             first_no=own[0].number if own else "", last_no=own[-1].number if own else "",
                             refunds=refunds, deposits=deposits, day_handed_at=done.handed_at if done else None,
                             day_received_by=done.receiver if done else "")


def _handed_already(day: date, at: datetime, receiver: str) -> Conflict:
    return Conflict(f"{day} 已于 {local_text(at, '%H:%M')} 移交给 {receiver}；之后的收据将计入下一天的移交表")


def check_hand_over(ctx: Context, actor: Actor, cash_counted: str | Decimal, receiver: str,
                    explanation: str = "") -> Decimal:
    """移交… refuses before it asks to confirm: the cash not counted, no receiver, or a difference
    from the cash expected without its explanation. The count is returned for the question."""
    actor.require(HANDOVER)
    d = draft(ctx, actor)
    if d.day_handed_at is not None:  # said before the count is judged or the question asked
        raise _handed_already(d.day, d.day_handed_at, d.day_received_by)
    counted = parse_amount(cash_counted, "实点现金")
    require_text(receiver, "财务接收人")
    _check_difference(counted, d.cash_expected, explanation)
    return counted


def _check_difference(counted: Decimal, expected: Decimal, explanation: str) -> None:
    if counted != expected and not explanation.strip():
        raise ValidationError("差异说明", f"实点 {counted:,.2f} 元与应有现金 {expected:,.2f} 元不符，请说明")


@changes(Change.PAYMENTS)
def hand_over(ctx: Context, actor: Actor, cash_counted: str | Decimal, receiver: str, explanation: str = "",
              day: date | None = None) -> HandoverDraft:
    """Hand the day to finance: cash counted against expected, a difference must be explained."""
    actor.require(HANDOVER)
    day = day or ctx.clock.today()
    counted = parse_amount(cash_counted, "实点现金")
    require_text(receiver, "财务接收人")
    with ctx.uow() as uow:
        repo = uow.billing
        done = repo.handover_of(actor.username, day)
        if done:
            raise _handed_already(day, done.handed_at, done.receiver)
        own, late = _pending(repo, actor.username, day)
        paid_out = repo.refunds_to_hand_over(actor.username, day)
        deposit_money = repo.deposit_money_to_hand_over(actor.username, day)
        if not own and not late and not paid_out and not deposit_money:
            raise Conflict("没有需要移交的收据")
        rows = _rows(repo, own, late)
        by_method = _by_method(rows)
        refunds = _refund_rows(repo, paid_out)
        deposits = _deposit_rows(repo, deposit_money)
        expected = expected_cash(by_method, refunds, deposits)
        _check_difference(counted, expected, explanation)
        h = Handover(cashier=actor.username, cashier_name=actor.display_name, day=day,
                     first_no=own[0].number if own else "", last_no=own[-1].number if own else "",
                     count=len(own), total=sum(by_method.values(), ZERO),
                     by_method=json.dumps({k: str(v) for k, v in by_method.items()}, ensure_ascii=False),
                     cash_expected=expected, cash_counted=counted, explanation=explanation.strip(),
                     receiver=receiver.strip(), handed_at=ctx.clock.now())
        repo.add(h)
        repo.flush()
        for r in own:
            r.handover_id = h.id
            if r.voided_at is not None:
                r.void_handover_id = h.id
        for r in late:
            r.void_handover_id = h.id
        for x in paid_out:
            x.handover_id = h.id
        for e, _d in deposit_money:
            repo.add(DepositHandover(entry_id=e.id, handover_id=h.id))
        audit.record(uow.session, ctx, actor, "billing.handover", "handover", h.id,
                     summary=f"{actor.display_name} {day} 费用移交 {h.count} 张 {h.total:,.2f} 元，交 {h.receiver}",
                     after={"day": day, "count": h.count, "total": h.total, "by_method": by_method,
                            "cash_counted": counted, "difference": counted - expected,
                            "refunds": [[r.number, r.method, r.amount] for r in refunds],
                            "deposits": [[d.paper, "收取" if d.taken else "退还", d.method, d.amount] for d in deposits]})
        uow.commit()
        return _made(h, rows, by_method, refunds, deposits)


def handover(ctx: Context, actor: Actor, handover_id: int) -> HandoverDraft:
    actor.require(VIEW)
    with ctx.reader() as uow:
        repo = uow.billing
        h = found(repo.get(Handover, handover_id), "移交记录不存在")
        rows = _rows(repo, repo.receipts_handed_over_in(h.id), repo.late_voids_in(h.id))
        return _made(h, rows, {k: Decimal(v) for k, v in json.loads(h.by_method).items()},
                     _refund_rows(repo, repo.refunds_handed_over_in(h.id)),
                     _deposit_rows(repo, repo.deposit_money_handed_over_in(h.id)))


def _made(h: Handover, rows: list[HandoverReceipt], by_method: dict[str, Decimal],
          refunds: tuple[HandoverRefund, ...], deposits: tuple[HandoverDeposit, ...]) -> HandoverDraft:
    return HandoverDraft(id=h.id, cashier=h.cashier, cashier_name=h.cashier_name, day=h.day, receipts=tuple(rows),
                         by_method=by_method, first_no=h.first_no, last_no=h.last_no, cash_counted=h.cash_counted,
                         explanation=h.explanation, receiver=h.receiver, handed_at=h.handed_at, refunds=refunds,
                         deposits=deposits)


def handovers(ctx: Context, actor: Actor, limit: int = 100) -> list[HandoverRow]:
    return ctx.read(actor, VIEW, queries.handover_rows, limit)


def handovers_page(ctx: Context, actor: Actor, f: HandoverFilter = HandoverFilter(), *, sort: str = "day",
                   descending: bool = True, offset: int = 0, limit: int = 200,
                   total: int | None = None) -> Page[HandoverRow]:
    """往日移交表: the handovers made, every cashier's (as `handovers`), kept to `f`, paged and
    sorted in SQL, newest day first; a period ending before it starts is refused."""
    actor.require(VIEW)
    if f.day_from and f.day_to and f.day_to < f.day_from:
        raise ValidationError("截止日期", f"截止日期 {f.day_to:%Y-%m-%d} 早于起始日期 {f.day_from:%Y-%m-%d}")
    return ctx.read(actor, VIEW, queries.handover_page, f, sort=sort, descending=descending, offset=offset,
                    limit=limit, total=total)


def handover_cashiers(ctx: Context, actor: Actor) -> list[tuple[str, str]]:
    """(user name, name) of everyone who has handed over: the list's cashier filter, by the pinyin of
    the name as the desk orders people (陈 before 林 before 王), not by character code; a name with
    no Chinese in it by itself, lower-cased, among them."""
    cashiers = ctx.read(actor, VIEW, queries.handover_cashiers)
    return sorted(cashiers, key=lambda c: (pinyin.full(c[1]) or c[1].lower(), c[1], c[0]))
