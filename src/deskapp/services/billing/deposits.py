"""押金台账: every deposit the centre takes (装修, 门禁卡, 钥匙, 车位, 其他) with what it secures, and
what became of it — refunded, forfeited or moved — as entries added, never edits.

The areas that take deposits (rounds for decorations, keys for cards, lent keys and parking leases)
call `take` and `settle` inside their own transaction, so their record and the ledger commit
together. Money taken or given back at the counter carries its method and reference
(`DepositMoney`) and the clerk's drawer: the clerk's 费用移交表 counts it (services/billing/handover.py). A forfeit (没收) is applied for with a reason and approved by a supervisor, who may also
forfeit directly."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from deskapp.contracts.billing import DepositFilter, DepositRow, DepositTotal
from deskapp.contracts.paging import Page
from deskapp.documents.billing import xlsx as x
from deskapp.documents.xlsx import as_of
from deskapp.domain.billing_deposits import (
    CASH, MONEY_KINDS, ApplicationState, DepositKind, DepositMoney, EntryKind, check_amount_out, deposit_money,
    require_state,
)
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, found
from deskapp.domain.money import ZERO
from deskapp.domain.permissions import DESK, SUPERVISORS, allowed, define
from deskapp.domain.text import require_text
from deskapp.services import audit, exports, hooks
from deskapp.services.billing.common import VIEW
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.store.models.billing_deposits import Deposit, DepositEntry, Forfeit
from deskapp.store.queries import billing_deposits as queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.uow import Session

TAKE = define("billing.deposit.take", "收取押金（记入押金台账）", DESK)
FORFEIT_APPLY = define("billing.deposit.forfeit", "申请没收押金", DESK)
FORFEIT_DECIDE = define("billing.deposit.forfeit.decide", "审批没收押金", SUPERVISORS)

# What each kind secures unless the taking area says otherwise (the 退还条件 on the register).
SECURES = {DepositKind.DECORATION: "装修复验合格后退还（扣除违规扣款）", DepositKind.CARD: "退卡时退还",
           DepositKind.KEY: "钥匙归还时退还", DepositKind.PARKING: "租约结束、车位交回后退还",
           DepositKind.FACILITY: "使用完毕、检查设施无损坏后退还", DepositKind.OTHER: "按约定退还"}


@dataclass(frozen=True)
class ForfeitView:
    id: int
    deposit_id: int
    amount: Decimal
    reason: str
    state: ApplicationState
    deposit: str = ""  # "车位押金 CW2026-0001（3-1-801）" in the supervisor's list
    applied_by: str = ""


@dataclass(frozen=True)
class Reservation:
    """An application not yet through that sets part of a deposit aside: a refund (TF number,
    待审批 or 已批准 not paid) or a forfeit waiting for approval (no number)."""

    kind: EntryKind  # 退还 for a refund, 没收 for a forfeit
    number: str
    state: ApplicationState
    amount: Decimal
    applied_by: str
    reason: str


@dataclass(frozen=True)
class DepositFree:
    """What a deposit holds, what waiting applications set aside, and what is free for another."""

    held: Decimal
    reserved: tuple[Reservation, ...] = ()

    @property
    def free(self) -> Decimal:
        return max(self.held - sum((r.amount for r in self.reserved), ZERO), ZERO)


def free_of(repo: BillingRepository, deposit_id: int) -> DepositFree:
    """A deposit's held amount less the applications waiting on it: a refund or forfeit applied sets
    its amount aside, so a second one cannot ask the same money."""
    refunds, forfeits = repo.applications_waiting_on(deposit_id)
    return DepositFree(repo.deposit_held(deposit_id), tuple(
        [Reservation(EntryKind.REFUNDED, r.number, r.state, r.amount, r.applied_by, r.reason) for r in refunds]
        + [Reservation(EntryKind.FORFEITED, "", f.state, f.amount, f.applied_by, f.reason) for f in forfeits]))


def take(session: Session, ctx: Context, actor: Actor, kind: DepositKind, source: str, *, unit_id: int | None,
         payer: str, amount: Decimal, source_ref: str = "", secures: str = "", note: str = "",
         taken_on: date | None = None, money: DepositMoney | None = CASH) -> int | None:
    """Record a deposit taken, inside the caller's transaction; nothing for a zero amount.
    `source` names the record it came from ("card:40"), once; `taken_on` is today unless the
    deposit was taken before go-live (an imported one). `money` is how it was paid into the
    clerk's drawer; None when no money crossed the counter now (imported, moved from an old card)."""
    actor.require(TAKE)
    if not amount:
        return None
    money = money and deposit_money(money.method, money.pay_ref)
    repo = BillingRepository(session)
    if repo.deposit_by_source(source) is not None:
        raise Conflict(f"押金台账已有该押金（{source_ref or source}）")
    now = ctx.clock.now()
    d = repo.add(Deposit(kind=kind, unit_id=unit_id, payer=payer.strip() or "—", amount=amount,
                         taken_on=taken_on or ctx.clock.today(), secures=secures or SECURES[kind], source=source,
                         source_ref=source_ref, created_at=now, created_by=actor.display_name))
    repo.flush()
    repo.add(DepositEntry(deposit_id=d.id, kind=EntryKind.TAKEN, amount=amount, at=now, by=actor.display_name,
                          reason=note, **_drawer(ctx, actor, money)))
    audit.record(session, ctx, actor, "billing.deposit.take", "deposit", d.id, unit_id=unit_id,
                 summary=f"收取{kind.value}押金 {amount:,.2f} 元（{source_ref or source}，{d.payer}"
                         + (f"，{money.method.value}" if money else "") + "）",
                 after={"kind": kind, "amount": amount, "source": source, "payer": d.payer, "secures": d.secures,
                        "method": money and money.method, "pay_ref": money and money.pay_ref})
    return d.id


def settle(session: Session, ctx: Context, actor: Actor, source: str, kind: EntryKind, amount: Decimal,
           reason: str, money: DepositMoney = CASH) -> None:
    """What became of (part of) the deposit taken for `source`: refunded, forfeited or moved, inside
    the caller's transaction. Never more than is still held: a deposit is not refunded twice.
    A refund is paid out of the clerk's drawer by `money`; a forfeit or a move moves no money."""
    actor.require(TAKE)
    if not amount:
        return
    repo = BillingRepository(session)
    d = found(repo.deposit_by_source(source), f"押金台账中没有该押金（{source}）")
    _not_settled_in_ledger(repo, d, kind, amount)
    paid = deposit_money(money.method, money.pay_ref) if kind in MONEY_KINDS else None
    add_entry(session, ctx, actor, d, kind, amount, reason, paid)


def held_for(session: Session, sources: list[str]) -> dict[str, Decimal]:
    """What the ledger still holds for each source record ("card:40") that took a deposit, inside the
    caller's read: the area's own list shows the ledger's figure, which a refund or forfeit from the
    押金台账 lowers, not its record's."""
    return queries.held_by_source(session, sources)


def _not_settled_in_ledger(repo: BillingRepository, d: Deposit, kind: EntryKind, amount: Decimal) -> None:
    """The area's own step (归还钥匙, 补办, 退押金) finds the deposit refunded or forfeited from the
    ledger already (data from before the ledger refused that): said with what the ledger did."""
    held = repo.deposit_held(d.id)
    if amount <= held:
        return
    done = "、".join(f"{e.kind.value} {e.amount:,.2f} 元" + (f"（{e.reason}）" if e.reason else "")
                    for e in repo.deposit_entries(d.id) if e.kind is not EntryKind.TAKEN)
    left = f"只剩 {held:,.2f} 元，" if held else ""
    raise Conflict(f"{d.kind.value}押金 {d.source_ref} 已在押金台账{done}，{left}不能再{kind.value} {amount:,.2f} 元："
                   f"请主管在 收费 ▸ 押金台账 核对")


def _drawer(ctx: Context, actor: Actor, money: DepositMoney | None) -> dict:
    """The columns that put an entry in the acting clerk's drawer for today (none without money)."""
    if money is None:
        return {}
    return {"method": money.method, "pay_ref": money.pay_ref, "cashier": actor.username, "day": ctx.clock.today()}


def add_entry(session: Session, ctx: Context, actor: Actor, d: Deposit, kind: EntryKind, amount: Decimal,
              reason: str, money: DepositMoney | None = None, **link: int) -> DepositEntry:
    repo = BillingRepository(session)
    held = repo.deposit_held(d.id)
    if amount > held:
        already = "已退还" if repo.deposit_refunded(d.id) else "已结清"
        raise Conflict(f"{d.kind.value}押金 {d.source_ref} 只剩 {held:,.2f} 元（{already}），不能再{kind.value} "
                       f"{amount:,.2f} 元" if held else f"{d.kind.value}押金 {d.source_ref} {already}，不能再{kind.value}")
    e = repo.add(DepositEntry(deposit_id=d.id, kind=kind, amount=amount, at=ctx.clock.now(), by=actor.display_name,
                              reason=reason, **_drawer(ctx, actor, money), **link))
    repo.flush()
    audit.record(session, ctx, actor, f"billing.deposit.{kind.name.lower()}", "deposit", d.id, unit_id=d.unit_id,
                 summary=f"{d.kind.value}押金 {d.source_ref} {kind.value} {amount:,.2f} 元" + (f"：{reason}" if reason else ""),
                 before={"held": held}, after={"held": held - amount, "entry": kind, "amount": amount,
                                               "method": money and money.method})
    return e


# ----------------------------------------------------------------- 没收 (forfeit)

def given_back_elsewhere(session: Session, ctx: Context, d: Deposit) -> None:
    """Refused from the ledger: a deposit its own area still gives back or keeps when its source
    ends (a key still lent: 归还钥匙). A refund or forfeit here would leave that step nothing to
    settle, and it refused the key's return for good ("已退还，不能再退还")."""
    said = hooks.collect(hooks.Hook.DEPOSIT_GIVEN_BACK_BY, session, ctx, d.source)
    if said:
        raise Conflict(said[0])


def refund_waits(session: Session, ctx: Context, d: Deposit) -> None:
    """Refused as a refund (applied, approved or paid): a deposit whose source still runs and gives
    it back only when it has ended (a parking lease until its last day). A forfeit is not refused."""
    said = hooks.collect(hooks.Hook.DEPOSIT_REFUND_WAITS_FOR, session, ctx, d.source)
    if said:
        raise Conflict(said[0])


def check_settle_here(ctx: Context, actor: Actor, deposit_id: int, *, refund: bool = False) -> None:
    """申请退款… and 没收… refuse at once, before their form, a deposit settled elsewhere; a refund
    also one whose source still runs (`refund_waits`)."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        d = found(uow.billing.get(Deposit, deposit_id), "押金不存在")
        given_back_elsewhere(uow.session, ctx, d)
        if refund:
            refund_waits(uow.session, ctx, d)


@changes(Change.PAYMENTS, Change.CHRONICLE)
def apply_forfeit(ctx: Context, actor: Actor, deposit_id: int, amount: str | Decimal, reason: str) -> ForfeitView:
    """A steward applies; a supervisor's own application is approved at once (forfeited directly)."""
    actor.require(FORFEIT_APPLY)
    reason = require_text(reason, "没收原因")
    direct = allowed(actor.role, FORFEIT_DECIDE)
    with ctx.uow() as uow:
        repo = uow.billing
        d = found(repo.get(Deposit, deposit_id), "押金不存在")
        given_back_elsewhere(uow.session, ctx, d)
        free = free_of(repo, d.id)  # a refund or forfeit waiting sets its amount aside
        value = check_amount_out(amount, "没收金额", free.free, "押金尚可没收金额" if free.reserved else "尚存押金")
        now = ctx.clock.now()
        f = repo.add(Forfeit(deposit_id=d.id, amount=value, reason=reason, state=ApplicationState.PENDING,
                             applied_at=now, applied_by=actor.display_name))
        repo.flush()
        audit.record(uow.session, ctx, actor, "billing.deposit.forfeit.apply", "deposit_forfeit", f.id,
                     unit_id=d.unit_id, summary=f"申请没收{d.kind.value}押金 {d.source_ref} {value:,.2f} 元：{reason}",
                     after={"deposit": d.id, "amount": value, "reason": reason})
        if direct:
            _approve(uow.session, ctx, actor, d, f, "主管直接没收")
        uow.commit()
        return ForfeitView(f.id, d.id, value, reason, f.state)


@changes(Change.PAYMENTS, Change.CHRONICLE)
def approve_forfeit(ctx: Context, actor: Actor, forfeit_id: int) -> ForfeitView:
    actor.require(FORFEIT_DECIDE)
    with ctx.uow() as uow:
        f = found(uow.billing.get(Forfeit, forfeit_id), "没收申请不存在")
        d = uow.billing.get(Deposit, f.deposit_id)
        given_back_elsewhere(uow.session, ctx, d)  # applied before its source's own step was the place
        _approve(uow.session, ctx, actor, d, f, "")
        uow.commit()
        return ForfeitView(f.id, d.id, f.amount, f.reason, f.state)


def _approve(session: Session, ctx: Context, actor: Actor, d: Deposit, f: Forfeit, note: str) -> None:
    require_state(f.state, ApplicationState.PENDING, f"没收申请（{d.source_ref}）", "审批")
    add_entry(session, ctx, actor, d, EntryKind.FORFEITED, f.amount, f.reason, forfeit_id=f.id)
    f.state, f.decided_at, f.decided_by, f.decision_note = (ApplicationState.APPROVED, ctx.clock.now(),
                                                             actor.display_name, note)
    if d.unit_id is not None:
        registry_chronicle.chronicle(session, ctx, actor, d.unit_id, ChronicleKind.BILLING,
                                     f"没收{d.kind.value}押金 {f.amount:,.2f} 元：{f.reason}")


@changes(Change.PAYMENTS)
def refuse_forfeit(ctx: Context, actor: Actor, forfeit_id: int, note: str) -> ForfeitView:
    actor.require(FORFEIT_DECIDE)
    note = require_text(note, "驳回理由")
    with ctx.uow() as uow:
        f = found(uow.billing.get(Forfeit, forfeit_id), "没收申请不存在")
        require_state(f.state, ApplicationState.PENDING, "没收申请", "驳回")
        f.state, f.decided_at, f.decided_by, f.decision_note = (ApplicationState.REFUSED, ctx.clock.now(),
                                                                 actor.display_name, note)
        audit.record(uow.session, ctx, actor, "billing.deposit.forfeit.refuse", "deposit_forfeit", f.id,
                     summary=f"驳回没收押金申请：{note}", after={"state": f.state, "note": note})
        uow.commit()
        return ForfeitView(f.id, f.deposit_id, f.amount, f.reason, f.state)


# ----------------------------------------------------------------- the register

def deposit_page(ctx: Context, actor: Actor, f: DepositFilter, *, sort: str = "taken_on", descending: bool = False,
                 offset: int = 0, limit: int = 200, total: int | None = None) -> Page[DepositRow]:
    return ctx.read(actor, VIEW, queries.deposit_page, f, ctx.clock.today(), sort=sort, descending=descending,
                    offset=offset, limit=limit, total=total)


def deposit_totals(ctx: Context, actor: Actor, f: DepositFilter) -> list[DepositTotal]:
    return ctx.read(actor, VIEW, queries.deposit_totals, f)


def pending_forfeits(ctx: Context, actor: Actor) -> list[ForfeitView]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [ForfeitView(f.id, d.id, f.amount, f.reason, f.state, f"{d.kind.value}押金 {d.source_ref}（{code}）",
                            f.applied_by) for f, d, code in queries.pending_forfeits(uow.session)]


def held_on(ctx: Context, actor: Actor, deposit_id: int) -> Decimal:
    """What the deposit still holds (the refund form offers it)."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        found(uow.billing.get(Deposit, deposit_id), "押金不存在")
        return uow.billing.deposit_held(deposit_id)


def free_on(ctx: Context, actor: Actor, deposit_id: int) -> DepositFree:
    """What the deposit holds and what applications waiting on it set aside (the refund and forfeit
    forms offer what is free and say what is reserved by what)."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        found(uow.billing.get(Deposit, deposit_id), "押金不存在")
        return free_of(uow.billing, deposit_id)


def deposit_for(ctx: Context, actor: Actor, source: str) -> int | None:
    """The ledger's deposit of a source record ("decoration:12"), if one was taken."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        d = uow.billing.deposit_by_source(source)
        return d.id if d else None


def export_deposits(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """《押金台账》: the deposits still held, oldest first, and a sheet of totals by kind."""
    actor.require(VIEW)
    f = DepositFilter()
    with ctx.reader() as uow:
        page = queries.deposit_page(uow.session, f, ctx.clock.today(), sort="taken_on", descending=False, offset=0,
                                    limit=1_000_000, total=None)
        totals = queries.deposit_totals(uow.session, f)
    today = ctx.clock.today()
    rows = [[r.kind, r.unit_code, r.payer, r.source_ref, r.taken_on, r.age_days, r.amount, r.refunded, r.forfeited,
             r.held, r.secures, r.state_shown] for r in page.rows]
    summary = [[t.kind, t.count, t.held] for t in totals]
    summary.append(["合计", sum(t.count for t in totals), sum((t.held for t in totals), Decimal("0.00"))])
    return x.workbook(path, [
        ("押金台账", exports.register_heading(ctx, actor, "押金台账", as_of(today, "在押"), of_centre=True),
         x.DEPOSIT_COLS, rows),
        ("按类别汇总", exports.register_heading(ctx, actor, "押金台账汇总", as_of(today), of_centre=True),
         x.DEPOSIT_SUMMARY_COLS, summary),
    ])


exports.register(ExportSpec("deposits", "《押金台账》", None, export_deposits))
