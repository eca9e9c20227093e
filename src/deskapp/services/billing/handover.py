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
and handing over links those deposit entries to the handover, once, as it does the receipts.

Handed over late (a day missed, the desk closed early, the turn of a month): the sheet is one day's,
the oldest day with money not yet handed over, dated that day — so a cashier who hands over on 1-2
makes the 12-30 sheet, then the 12-31 one, then 1-2's, and each day's vouchers fall in its own
month. What was taken after a day's sheet was made goes on the next sheet (one sheet a day); the
sheet names the days it carries when they are more than one."""
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
    day: date | None = None  # the receipt's day, or the void's for a late void: the day it is money of


@dataclass(frozen=True)
class HandoverRefund:
    """A refund paid out by the cashier: money out on the handover."""

    number: str
    unit_code: str
    method: str
    amount: Decimal
    payee: str
    day: date | None = None  # paid out


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
    day: date | None = None  # taken or given back


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
    # a draft's money not yet handed over up to today, day by day (handed late: more than one day)
    pending: tuple[PendingDay, ...] = ()

    @property
    def days(self) -> list[tuple[date, Decimal]]:
        """The days whose money this sheet carries, with each day's receipts' money (by method,
        late voids deducted): one day normally; more when money taken after a day's sheet was
        made is carried on this one."""
        return _day_totals(self.day, self.receipts, self.refunds, self.deposits)

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


@dataclass(frozen=True)
class PendingDay:
    """One day's money not yet handed over: what the 交款 tab lists when a cashier hands over late."""

    day: date
    count: int  # receipts of the day (not voided)
    total: Decimal  # their money by method, prepaid left out, late voids of the day deducted
    handed: bool  # the day's sheet was made already: this was taken after it and goes on the next sheet


def _day_totals(day: date, receipts: tuple[HandoverReceipt, ...] | list[HandoverReceipt],
                refunds: tuple[HandoverRefund, ...] = (),
                deposits: tuple[HandoverDeposit, ...] = ()) -> list[tuple[date, Decimal]]:
    totals: dict[date, list[HandoverReceipt]] = defaultdict(list)
    for r in receipts:
        totals[r.day or day].append(r)
    for x in (*refunds, *deposits):
        totals.setdefault(x.day or day, [])
    return [(d, sum(_by_method(rows).values(), ZERO)) for d, rows in sorted(totals.items())]


def carried_words(days: list[tuple[date, Decimal]]) -> str:
    """"12-30、12-31": the days a sheet carries, as the audit line and the paper name them."""
    return "、".join(f"{d:%m-%d}" for d, _t in days)


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


@dataclass(frozen=True)
class _Pending:
    """A cashier's money not yet handed over: receipts, late voids, refunds paid out, deposit money."""

    own: list[Receipt]
    late: list[Receipt]
    refunds: list[Refund]
    deposits: list[tuple[DepositEntry, Deposit]]

    def days(self) -> set[date]:
        return ({r.day for r in self.own} | {r.void_day for r in self.late if r.void_day}
                | {x.paid_day for x in self.refunds if x.paid_day} | {e.day for e, _d in self.deposits})

    def up_to(self, day: date) -> _Pending:
        return _Pending([r for r in self.own if r.day <= day], [r for r in self.late if r.void_day <= day],
                        [x for x in self.refunds if (x.paid_day or day) <= day], [x for x in self.deposits if x[0].day <= day])

    def __bool__(self) -> bool:
        return bool(self.own or self.late or self.refunds or self.deposits)


def _pending(repo: BillingRepository, cashier: str, day: date) -> _Pending:
    return _Pending(repo.receipts_to_hand_over(cashier, day), repo.late_voids_to_hand_over(cashier, day),
                    repo.refunds_to_hand_over(cashier, day), repo.deposit_money_to_hand_over(cashier, day))


def _oldest_open_day(repo: BillingRepository, cashier: str, p: _Pending) -> date | None:
    """The oldest day with money pending whose sheet is not made yet: the next sheet's day."""
    return next((d for d in sorted(p.days()) if repo.handover_of(cashier, d) is None), None)


def _pending_days(repo: BillingRepository, cashier: str, p: _Pending) -> tuple[PendingDay, ...]:
    rows = _rows(repo, p.own, p.late)
    out = []
    for d in sorted(p.days()):
        of_day = [r for r in rows if r.day == d]
        out.append(PendingDay(day=d, count=sum(1 for r in of_day if not r.late_void and not r.voided),
                              total=sum(_by_method(of_day).values(), ZERO),
                              handed=repo.handover_of(cashier, d) is not None))
    return tuple(out)


def _rows(repo: BillingRepository, own: list[Receipt], late: list[Receipt]) -> list[HandoverReceipt]:
    codes = repo.unit_codes({r.unit_id for r in own + late})

    def row(r: Receipt, late_void: bool) -> HandoverReceipt:
        return HandoverReceipt(number=r.number, unit_code=codes.get(r.unit_id, ""), method=r.method.value,
                               amount=r.amount, voided=late_void or r.voided_at is not None,
                               void_reason=r.void_reason or "", late_void=late_void,
                               day=r.void_day if late_void else r.day)

    return [row(r, False) for r in own] + [row(r, True) for r in late]


def _refund_rows(repo: BillingRepository, refunds: list[Refund]) -> tuple[HandoverRefund, ...]:
    codes = repo.unit_codes({r.unit_id for r in refunds if r.unit_id is not None})
    return tuple(HandoverRefund(number=r.number, unit_code=codes.get(r.unit_id, ""), method=r.method.value,
                                amount=r.amount, payee=r.payee, day=r.paid_day) for r in refunds)


def _deposit_rows(repo: BillingRepository, entries: list[tuple[DepositEntry, Deposit]]) -> tuple[HandoverDeposit, ...]:
    codes = repo.unit_codes({d.unit_id for _e, d in entries if d.unit_id is not None})
    return tuple(HandoverDeposit(paper=f"{d.kind.value}押金 {d.source_ref}".strip(), unit_code=codes.get(d.unit_id, ""),
                                 payer=d.payer, taken=e.kind is EntryKind.TAKEN, method=e.method.value,
                                 amount=e.amount, pay_ref=e.pay_ref or "", day=e.day) for e, d in entries)


def draft(ctx: Context, actor: Actor, day: date | None = None) -> HandoverDraft:
    """What the acting cashier would hand over for `day`: by default the oldest day with money not
    yet handed over (handed over late: one sheet a day, oldest first), else today."""
    actor.require(VIEW)
    today = ctx.clock.today()
    with ctx.reader() as uow:
        repo = uow.billing
        everything = _pending(repo, actor.username, max(day or today, today))
        day = day or _oldest_open_day(repo, actor.username, everything) or today
        p = everything.up_to(day)
        rows = _rows(repo, p.own, p.late)
        done = repo.handover_of(actor.username, day)
        return HandoverDraft(id=None, cashier=actor.username, cashier_name=actor.display_name, day=day,
                             receipts=tuple(rows), by_method=_by_method(rows),
                             first_no=p.own[0].number if p.own else "", last_no=p.own[-1].number if p.own else "",
                             refunds=_refund_rows(repo, p.refunds), deposits=_deposit_rows(repo, p.deposits),
                             day_handed_at=done.handed_at if done else None,
                             day_received_by=done.receiver if done else "",
                             pending=_pending_days(repo, actor.username, everything))


def _handed_already(day: date, at: datetime, receiver: str) -> Conflict:
    return Conflict(f"{day} 已于 {local_text(at, '%H:%M')} 移交给 {receiver}；之后的收据将计入下一天的移交表")


def check_hand_over(ctx: Context, actor: Actor, cash_counted: str | Decimal, receiver: str,
                    explanation: str = "", day: date | None = None) -> Decimal:
    """移交… refuses before it asks to confirm: the cash not counted, no receiver, or a difference
    from the cash expected without its explanation. The count is returned for the question."""
    actor.require(HANDOVER)
    d = draft(ctx, actor, day)
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
    today, asked = ctx.clock.today(), day
    day = day or today
    counted = parse_amount(cash_counted, "实点现金")
    require_text(receiver, "财务接收人")
    with ctx.uow() as uow:
        repo = uow.billing
        everything = _pending(repo, actor.username, max(day, today))
        oldest = _oldest_open_day(repo, actor.username, everything)
        if asked is None:
            day = oldest or today
        elif oldest is not None and oldest < day:
            raise Conflict(f"{oldest} 的收款还没有移交：请先移交 {oldest}（一天一张移交表，各记其日）")
        done = repo.handover_of(actor.username, day)
        if done:
            raise _handed_already(day, done.handed_at, done.receiver)
        p = everything.up_to(day)
        own, late, paid_out, deposit_money = p.own, p.late, p.refunds, p.deposits
        if not p:
            raise Conflict("没有需要移交的收据")
        rows = _rows(repo, own, late)
        carried = _day_totals(day, rows)
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
                     summary=f"{actor.display_name} {day} 费用移交 {h.count} 张 {h.total:,.2f} 元，交 {h.receiver}"
                     + (f"（含 {carried_words(carried)} 的收款）" if len(carried) > 1 else ""),
                     after={"day": day, "days": [d for d, _t in carried], "count": h.count, "total": h.total,
                            "by_method": by_method,
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
