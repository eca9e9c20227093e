"""退款: money given back of a unit's 预存款 balance or of a deposit held. The desk applies (who,
what, how much, why, to whom), a supervisor approves or refuses with a reason, the cashier pays it
out by a method on a day — then it is on the cashier's handover as money out, the deposit's
ledger has its 退还 entry (or the prepayment balance is less by it) and the 退款单 can be printed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from deskapp.contracts.billing import RefundRow
from deskapp.contracts.paging import Page
from deskapp.documents.billing import refund as refund_doc
from deskapp.domain.billing import PayMethod, check_pay_ref
from deskapp.domain.billing_deposits import (
    ApplicationState, DepositMoney, EntryKind, RefundSource, check_amount_out, check_method, refund_number,
    require_other_approver, require_state,
)
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.domain.text import require_text
from deskapp.services import audit
from deskapp.services.billing import deposits
from deskapp.services.billing.common import VIEW
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.store.models.billing_deposits import Deposit, Refund
from deskapp.store.queries import billing_deposits as queries
from deskapp.store.uow import Session, UnitOfWork

APPLY = define("billing.refund.apply", "申请退款", DESK)
DECIDE = define("billing.refund.decide", "审批退款", SUPERVISORS)
PAY = define("billing.refund.pay", "退款付款", DESK)


@dataclass(frozen=True)
class RefundView:
    id: int
    number: str
    source: RefundSource
    unit_id: int | None
    unit_code: str
    deposit: str
    amount: Decimal
    reason: str
    payee: str
    state: ApplicationState
    applied_at: datetime
    applied_by: str
    decided_by: str
    decision_note: str
    method: PayMethod | None
    pay_ref: str
    paid_at: datetime | None
    paid_day: date | None
    cashier_name: str


def _view(uow: UnitOfWork, r: Refund) -> RefundView:
    d = uow.billing.get(Deposit, r.deposit_id) if r.deposit_id else None
    return RefundView(id=r.id, number=r.number, source=r.source, unit_id=r.unit_id,
                      unit_code=uow.billing.unit_code(r.unit_id) if r.unit_id else "",
                      deposit=f"{d.kind.value}押金 {d.source_ref}".strip() if d else "", amount=r.amount,
                      reason=r.reason, payee=r.payee, state=r.state, applied_at=r.applied_at,
                      applied_by=r.applied_by, decided_by=r.decided_by or "", decision_note=r.decision_note or "",
                      method=r.method, pay_ref=r.pay_ref or "", paid_at=r.paid_at, paid_day=r.paid_day,
                      cashier_name=r.cashier_name or "")


def _available(uow: UnitOfWork, source: RefundSource, unit_id: int | None, deposit_id: int | None) -> Decimal:
    """What may still be refunded: the balance or the deposit held, less applications not yet paid."""
    repo = uow.billing
    if source is RefundSource.DEPOSIT:
        return deposits.free_of(repo, deposit_id).free  # a forfeit waiting sets its amount aside too
    return repo.prepayment_balance(unit_id) - repo.refunds_of(source, unit_id=unit_id)


def _target(uow: UnitOfWork, source: object, unit_id: int | None, deposit_id: int | None, unit_code: str
            ) -> tuple[RefundSource, int | None, Deposit | None]:
    if not isinstance(source, RefundSource):
        raise ValidationError("退款来源", "请选择预存款或押金")
    if source is RefundSource.DEPOSIT:
        if deposit_id is None:
            raise ValidationError("押金", "请选择要退的押金")
        d = found(uow.billing.get(Deposit, deposit_id), "押金不存在")
        if uow.billing.deposit_held(d.id) <= 0:
            done = "已退还" if uow.billing.deposit_refunded(d.id) else "已结清"
            raise ValidationError("押金", f"{d.kind.value}押金 {d.source_ref} {done}，不能再退")
        return source, d.unit_id, d
    if unit_id is None and unit_code.strip():
        u = uow.registry.unit_by_code(unit_code.strip())
        if u is None:
            raise ValidationError("房号", f"房屋 {unit_code.strip()} 不存在")
        unit_id = u.id
    if unit_id is None:
        raise ValidationError("房号", "请选择退预存款的房屋")
    found(uow.billing.unit(unit_id), f"房屋（编号 {unit_id}）不存在")
    return source, unit_id, None


@changes(Change.PAYMENTS)
def apply(ctx: Context, actor: Actor, source: RefundSource, amount: str | Decimal, reason: str, payee: str, *,
          unit_id: int | None = None, deposit_id: int | None = None, unit_code: str = "") -> RefundView:
    """An application: refused if it asks more than is held (less what other applications set aside)."""
    actor.require(APPLY)
    reason = require_text(reason, "退款原因")
    payee = require_text(payee, "领款人")
    with ctx.uow() as uow:
        source, unit_id, d = _target(uow, source, unit_id, deposit_id, unit_code)
        if d is not None:
            deposits.given_back_elsewhere(uow.session, ctx, d)
            deposits.refund_waits(uow.session, ctx, d)
        what = "押金尚可退金额" if d else "预存款可退余额"
        value = check_amount_out(amount, "退款金额", _available(uow, source, unit_id, deposit_id), what)
        now = ctx.clock.now()
        number = refund_number(now.year, uow.numbering.next("TF", now.year))
        r = uow.billing.add(Refund(number=number, source=source, unit_id=unit_id, deposit_id=d.id if d else None,
                                   amount=value, reason=reason, payee=payee, state=ApplicationState.PENDING,
                                   applied_at=now, applied_by=actor.display_name))
        uow.billing.flush()
        audit.record(uow.session, ctx, actor, "billing.refund.apply", "refund", r.id, unit_id=unit_id,
                     summary=f"退款申请 {number}：{source.value} {value:,.2f} 元，领款人 {payee}，{reason}",
                     after={"number": number, "source": source, "deposit": r.deposit_id, "amount": value,
                            "payee": payee, "reason": reason})
        uow.commit()
        return _view(uow, r)


@changes(Change.PAYMENTS)
def approve(ctx: Context, actor: Actor, refund_id: int, note: str = "") -> RefundView:
    return _decide(ctx, actor, refund_id, ApplicationState.APPROVED, note.strip())


@changes(Change.PAYMENTS)
def refuse(ctx: Context, actor: Actor, refund_id: int, note: str) -> RefundView:
    return _decide(ctx, actor, refund_id, ApplicationState.REFUSED, require_text(note, "驳回理由"))


def _decide(ctx: Context, actor: Actor, refund_id: int, state: ApplicationState, note: str) -> RefundView:
    actor.require(DECIDE)
    with ctx.uow() as uow:
        r = found(uow.billing.get(Refund, refund_id), "退款申请不存在")
        require_state(r.state, ApplicationState.PENDING, f"退款申请 {r.number}", "审批")
        if state is ApplicationState.APPROVED:  # a refusal of one's own is its withdrawal: allowed
            require_other_approver(r.applied_by, actor.display_name, f"退款申请 {r.number}")
            _deposit_settled_here(uow, ctx, r)
        r.state, r.decided_at, r.decided_by, r.decision_note = state, ctx.clock.now(), actor.display_name, note
        verb = "批准" if state is ApplicationState.APPROVED else "驳回"
        audit.record(uow.session, ctx, actor, f"billing.refund.{'approve' if verb == '批准' else 'refuse'}", "refund",
                     r.id, unit_id=r.unit_id, summary=f"{verb}退款 {r.number} {r.amount:,.2f} 元" + (f"：{note}" if note else ""),
                     before={"state": ApplicationState.PENDING}, after={"state": state, "note": note})
        uow.commit()
        return _view(uow, r)


@changes(Change.PAYMENTS, Change.CHRONICLE)
def pay(ctx: Context, actor: Actor, refund_id: int, method: PayMethod, pay_ref: str = "") -> RefundView:
    """付款: only an approved refund, by cash or with the transfer's reference; the deposit gets its
    退还 entry here, and the refund is on this cashier's next handover."""
    actor.require(PAY)
    method = check_method(method)
    ref = check_pay_ref(method, pay_ref)
    with ctx.uow() as uow:
        r = found(uow.billing.get(Refund, refund_id), "退款申请不存在")
        require_state(r.state, ApplicationState.APPROVED, f"退款申请 {r.number}", "付款")
        _deposit_settled_here(uow, ctx, r)
        if r.source is RefundSource.DEPOSIT:
            d = uow.billing.get(Deposit, r.deposit_id)
            # the entry records the payout; the handover counts it once, through the refund (refund_id)
            deposits.add_entry(uow.session, ctx, actor, d, EntryKind.REFUNDED, r.amount, f"退款单 {r.number}",
                               DepositMoney(method, ref), refund_id=r.id)
        elif r.amount > uow.billing.prepayment_balance(r.unit_id):
            raise ValidationError("退款金额", f"超过预存款余额 {uow.billing.prepayment_balance(r.unit_id):,.2f} 元")
        r.state, r.method, r.pay_ref = ApplicationState.PAID, method, ref
        r.paid_at, r.paid_day = ctx.clock.now(), ctx.clock.today()
        r.cashier, r.cashier_name = actor.username, actor.display_name
        audit.record(uow.session, ctx, actor, "billing.refund.pay", "refund", r.id, unit_id=r.unit_id,
                     summary=f"退款付款 {r.number} {r.amount:,.2f} 元（{method.value}），领款人 {r.payee}",
                     before={"state": ApplicationState.APPROVED},
                     after={"state": r.state, "method": method, "pay_ref": ref, "amount": r.amount})
        _chronicle(uow.session, ctx, actor, r)
        uow.commit()
        return _view(uow, r)


def _deposit_settled_here(uow: UnitOfWork, ctx: Context, r: Refund) -> None:
    """An application made before its deposit's own area answered (a card still out, a decoration
    not closed) is neither approved nor paid: that area's step gives the deposit back. Nor one
    whose source still runs (a parking lease renewed after it was applied for)."""
    if r.deposit_id is not None:
        d = uow.billing.get(Deposit, r.deposit_id)
        deposits.given_back_elsewhere(uow.session, ctx, d)
        deposits.refund_waits(uow.session, ctx, d)


def _chronicle(session: Session, ctx: Context, actor: Actor, r: Refund) -> None:
    if r.unit_id is not None:
        registry_chronicle.chronicle(session, ctx, actor, r.unit_id, ChronicleKind.BILLING,
                                     f"退款 {r.amount:,.2f} 元（{r.source.value}，{r.method.value}），退款单 {r.number}")


def refund_pdf(ctx: Context, actor: Actor, refund_id: int) -> bytes:
    """退款单 of a refund paid out, dated the day of the payout (before it there is nothing to sign for);
    printed on a later day it says 补打 with the print date."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        r = _view(uow, found(uow.billing.get(Refund, refund_id), "退款申请不存在"))
        centre = uow.registry.centre().name
    if r.state is not ApplicationState.PAID:
        raise Conflict(f"退款申请 {r.number} 为“{r.state.value}”，付款后才能打印退款单")
    return refund_doc.refund_pdf(refund_doc.RefundDoc(
        centre=centre, number=r.number, paid_on=r.paid_day, unit_code=r.unit_code,
        source=r.source.value, deposit=r.deposit, amount=r.amount, reason=r.reason, payee=r.payee,
        method=r.method.value, pay_ref=r.pay_ref, applicant=r.applied_by, approver=r.decided_by,
        decision=r.decision_note, cashier=r.cashier_name, printed_on=ctx.clock.today()))


def refund(ctx: Context, actor: Actor, refund_id: int) -> RefundView:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return _view(uow, found(uow.billing.get(Refund, refund_id), "退款申请不存在"))


def refunds_page(ctx: Context, actor: Actor, *, state: ApplicationState | None = None, text: str = "",
                 offset: int = 0, limit: int = 200, total: int | None = None, **_sort) -> Page[RefundRow]:
    """The register, newest application first (the paged model's sort arguments are ignored: one order)."""
    return ctx.read(actor, VIEW, queries.refund_page, state=state, text=text, offset=offset, limit=limit, total=total)


def prepayment_available(ctx: Context, actor: Actor, unit_code: str) -> Decimal | None:
    """The unit's prepayment balance less applications not yet paid (what the form offers); None
    for a code no unit has."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        u = uow.registry.unit_by_code(unit_code.strip())
        return _available(uow, RefundSource.PREPAYMENT, u.id, None) if u else None
