"""Bookings of a facility by one of a unit's people: refused at its field when in the past,
outside the opening hours, during a closure or over another booking; pending the supervisor's
approval where the setting asks for it; fee and deposit recorded on the booking at the facility's
amounts, and collected by 收费 once approved: the fee on a receipt (设施使用费), the deposit into the
押金台账, returned from there after use. A lift booking shows the unit's release slip of the day or
its decoration permit."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from deskapp.contracts.facilities import BookingFilter, BookingRow
from deskapp.contracts.paging import Page
from deskapp.documents.facilities.confirmation import Confirmation, confirmation_pdf as draw
from deskapp.domain import facilities as rules
from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import DepositKind, deposit_money
from deskapp.domain.billing_one_off import Charge
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.facilities import BookingInput, BookingState, FacilityKind, Taken
from deskapp.domain.local_time import local, local_text
from deskapp.domain.text import require_text
from deskapp.services import audit, hooks, settings
from deskapp.services.billing import deposits as billing_deposits
from deskapp.services.billing import one_off
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.facilities._common import APPROVAL, BOOK, MANAGE, VIEW, facility_of
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.registry.people import PersonView, person_view
from deskapp.store.models.facilities import Facility, FacilityBooking
from deskapp.store.queries import facilities as q
from deskapp.store.repositories.facilities import FacilitiesRepository
from deskapp.store.uow import Session, UnitOfWork


@dataclass(frozen=True)
class UnitPeople:
    unit_id: int
    code: str
    people: list[PersonView]


@dataclass(frozen=True)
class Booked:
    id: int
    number: str
    state: BookingState
    warning: str  # a lift booking without the unit's moving papers


def unit_people(ctx: Context, actor: Actor, code: str) -> UnitPeople:
    """Who of the unit may book: its current owners, family, tenants and authorised persons."""
    actor.require(BOOK)
    with ctx.reader() as uow:
        u = uow.registry.unit_by_code(code.strip())
        if u is None:
            raise ValidationError("房屋", f"房屋 {code.strip()} 不存在")
        return UnitPeople(u.id, u.code, [person_view(t) for t in uow.registry.ties(u.id)])


def _papers(uow: UnitOfWork, unit_id: int, starts_at: datetime, ends_at: datetime) -> list[str]:
    day = local(starts_at).date()
    return ([f"物品放行条 {n}" for n in q.release_slips_on(uow.session, unit_id, starts_at, ends_at)]
            + [f"装修许可证 {n}" for n in q.permits_on(uow.session, unit_id, day)])


def _checked(uow: UnitOfWork, f: Facility, data: BookingInput, now: datetime) -> tuple[str, str]:
    """The booking checked against the facility, its closures and bookings: (person's name, warning)."""
    starts_at, ends_at = data.starts_at.astimezone(CENTRE_TZ), data.ends_at.astimezone(CENTRE_TZ)
    rules.check_times(starts_at, ends_at, now, f.opens, f.closes)
    rules.check_heads(data.heads, f.capacity)
    closure = uow.facilities.closure_over(f.id, starts_at, ends_at)
    if closure is not None:
        raise ValidationError("开始时间", f"{f.name} 停用维护中（{local(closure.starts_at):%m-%d %H:%M}–"
                                         f"{local(closure.ends_at):%m-%d %H:%M}，{closure.reason}）")
    taken = [Taken(local(b.starts_at), local(b.ends_at), b.heads, b.number)
             for b in uow.facilities.holding(f.id, starts_at, ends_at)]
    rules.check_free(f.kind, f.capacity, data.heads, starts_at, ends_at, taken)
    tie = next((t for t in uow.registry.ties(data.unit_id) if t.person_id == data.person_id), None)
    if tie is None:
        raise ValidationError("预约人", "请选择该房屋的业主、家属、租户或授权人")
    warning = ""
    if f.kind is FacilityKind.LIFT:
        papers = _papers(uow, data.unit_id, starts_at, ends_at)
        warning = rules.lift_paper_warning([p for p in papers if p.startswith("物品")],
                                           [p for p in papers if p.startswith("装修")])
    return tie.person.name, warning


@changes(Change.FACILITIES, Change.CHRONICLE)
def book(ctx: Context, actor: Actor, data: BookingInput) -> Booked:
    actor.require(BOOK)
    now = ctx.clock.now()
    purpose = rules.check_purpose(data.purpose)
    needs_approval = settings.get(ctx, APPROVAL)
    with ctx.uow() as uow:
        f = facility_of(uow, data.facility_id)
        unit = found(uow.registry.unit(data.unit_id), "没有这个房屋")
        name, warning = _checked(uow, f, data, now)
        state = BookingState.PENDING if f.kind.value in needs_approval else BookingState.APPROVED
        number = f"YY{now.year}-{uow.numbering.next('YY', now.year):06d}"
        b = uow.facilities.add(FacilityBooking(
            number=number, facility_id=f.id, unit_id=unit.id, person_id=data.person_id, person_name=name,
            starts_at=data.starts_at, ends_at=data.ends_at, heads=data.heads, purpose=purpose, fee=f.fee,
            deposit=f.deposit, state=state, created_at=now, created_by=actor.display_name))
        uow.facilities.flush()
        when = f"{local(data.starts_at):%Y-%m-%d %H:%M}–{local(data.ends_at):%H:%M}"
        audit.record(uow.session, ctx, actor, "facilities.book", "facility_booking", b.id, unit_id=unit.id,
                     summary=f"预约 {f.name} {when}：{unit.code} {name}（{state.value}）",
                     after={"number": number, "facility": f.name, "starts_at": data.starts_at,
                            "ends_at": data.ends_at, "heads": data.heads, "fee": f.fee, "deposit": f.deposit,
                            "state": state.value, "warning": warning})
        registry_chronicle.chronicle(uow.session, ctx, actor, unit.id, ChronicleKind.SERVICE,
                                     f"预约{f.name} {when}（{number}）")
        uow.commit()
        return Booked(b.id, number, state, warning)


@dataclass(frozen=True)
class Collected:
    """What 收费 took for a booking: the fee's receipt (none when the fee is 0) and the deposit."""

    number: str
    fee: Decimal
    deposit: Decimal
    receipt_id: int | None
    receipt_number: str


FEE_ITEM = "设施使用费"  # the receipt line's item


def source_of(booking_id: int) -> str:
    """The deposit's source in the 押金台账."""
    return f"facility_booking:{booking_id}"


@changes(Change.FACILITIES, Change.PAYMENTS, Change.CHRONICLE)
def collect(ctx: Context, actor: Actor, booking_id: int, method: PayMethod, pay_ref: str = "",
            payer: str = "") -> Collected:
    """收费 for an approved booking, once, in one transaction: the fee on a receipt of the booking's
    unit and the deposit into the 押金台账, both paid by `method` (one payment at the desk). Refused
    before anything is written for a booking not approved, one already collected, or one with nothing
    to pay; a wrong method or reference is named at its field."""
    actor.require(BOOK)
    actor.require(one_off.ONE_OFF)
    actor.require(billing_deposits.TAKE)
    money = deposit_money(method, pay_ref)  # 支付方式 / 交易流水号 checked as the counter checks them
    with ctx.uow() as uow:
        b = _booking(uow, booking_id)
        if b.state is not BookingState.APPROVED:
            raise Conflict(f"预约 {b.number} 为“{b.state.value}”，批准后才能收费")
        if b.paid_at is not None:
            raise Conflict(f"预约 {b.number} 已于 {local_text(b.paid_at)} 收费"
                           + (f"（收据 {b.receipt_number}）" if b.receipt_number else ""))
        if not b.fee and not b.deposit:
            raise Conflict(f"预约 {b.number} 没有使用费和押金，无需收费")
        f = facility_of(uow, b.facility_id)
        who = payer.strip() or b.person_name
        receipt_id, receipt_number = None, ""
        if b.fee:
            [made] = one_off.add_charges(uow.session, ctx, actor, b.unit_id,
                                         [Charge(FEE_ITEM, b.fee, note=f"{f.name} {b.number}")], money.method,
                                         occasion="设施预约", payer=who, pay_ref=money.pay_ref)
            receipt_number = made.receipt_number
            receipt_id = found(uow.billing.receipt_by_number(receipt_number), "收据不存在").id
        if b.deposit:
            billing_deposits.take(uow.session, ctx, actor, DepositKind.FACILITY, source_of(b.id), unit_id=b.unit_id,
                                  payer=who, amount=b.deposit, source_ref=b.number,
                                  secures=f"{f.name} 使用完毕、检查无损坏后退还", money=money)
        b.paid_at, b.paid_by, b.receipt_number = ctx.clock.now(), actor.display_name, receipt_number or None
        paid = "，".join(x for x in (b.fee and f"使用费 {b.fee:,.2f} 元（收据 {receipt_number}）",
                                     b.deposit and f"押金 {b.deposit:,.2f} 元") if x)
        audit.record(uow.session, ctx, actor, "facilities.collect", "facility_booking", b.id, unit_id=b.unit_id,
                     summary=f"设施预约 {b.number} 收费：{paid}，{money.method.value}",
                     after={"fee": b.fee, "deposit": b.deposit, "receipt": receipt_number,
                            "method": money.method, "pay_ref": money.pay_ref, "payer": who})
        registry_chronicle.chronicle(uow.session, ctx, actor, b.unit_id, ChronicleKind.SERVICE,
                                     f"设施预约 {b.number}（{f.name}）收费：{paid}")
        uow.commit()
        return Collected(b.number, b.fee, b.deposit, receipt_id, receipt_number)


@hooks.register(hooks.Hook.DEPOSIT_REFUND_WAITS_FOR)
def _deposit_refund_waits_for(session: Session, ctx: Context, source: str) -> list[str]:
    """A booking's deposit secures the facility until it has been used: refunded once its time is
    over (and the facility looked at), or once it is cancelled, rejected or closed off."""
    booking_id = hooks.source_id(source, "facility_booking")
    b = FacilitiesRepository(session).booking(booking_id) if booking_id is not None else None
    if b is None or b.state not in rules.HOLDING or b.ends_at <= ctx.clock.now():
        return []
    return [f"预约 {b.number} 的使用时间 {local(b.starts_at):%Y-%m-%d %H:%M}–{local(b.ends_at):%H:%M} 尚未结束："
            f"押金在使用完毕、检查设施无损坏后退还；不再使用的，先取消预约（公共设施 ▸ 设施预约）"]


def _booking(uow: UnitOfWork, booking_id: int) -> FacilityBooking:
    return found(uow.facilities.booking(booking_id), "没有这条设施预约")


@changes(Change.FACILITIES)
def decide(ctx: Context, actor: Actor, booking_id: int, approve: bool, note: str = "") -> None:
    """待审批 → 已批准 or 已驳回 (a rejection says why)."""
    actor.require(MANAGE)
    note = require_text(note, "驳回原因")[:200] if not approve else note.strip()[:200]
    with ctx.uow() as uow:
        b = _booking(uow, booking_id)
        if b.state is not BookingState.PENDING:
            raise Conflict(f"预约 {b.number} 已是“{b.state.value}”，不能再审批")
        b.state = BookingState.APPROVED if approve else BookingState.REJECTED
        b.decided_at, b.decided_by, b.decision_note = ctx.clock.now(), actor.display_name, note
        audit.record(uow.session, ctx, actor, "facilities.decide", "facility_booking", b.id, unit_id=b.unit_id,
                     summary=f"{'批准' if approve else '驳回'}设施预约 {b.number}", before={"state": "待审批"},
                     after={"state": b.state.value, "note": note})
        uow.commit()


@changes(Change.FACILITIES)
def cancel(ctx: Context, actor: Actor, booking_id: int, reason: str) -> str:
    """The holder calls it off; the booking stays in the register as 已取消. Returns what is left to
    give back when it was already paid (the receipt is voided or refunded at 收费, the deposit
    refunded from the 押金台账), else ""."""
    actor.require(BOOK)
    reason = require_text(reason, "取消原因")[:200]
    with ctx.uow() as uow:
        b = _booking(uow, booking_id)
        if b.state not in rules.HOLDING:
            raise Conflict(f"预约 {b.number} 已是“{b.state.value}”")
        before = b.state.value
        b.state, b.decided_at, b.decided_by, b.decision_note = (BookingState.CANCELLED, ctx.clock.now(),
                                                                actor.display_name, reason)
        audit.record(uow.session, ctx, actor, "facilities.cancel", "facility_booking", b.id, unit_id=b.unit_id,
                     summary=f"取消设施预约 {b.number}：{reason}", before={"state": before},
                     after={"state": b.state.value})
        uow.commit()
        if b.paid_at is None:
            return ""
        back = [f"使用费 {b.fee:,.2f} 元已收（收据 {b.receipt_number}）："
                "退还时请在收费页的收据中作废该收据（已移交财务的由主管作废）"] if b.fee else []
        if b.deposit:
            back.append(f"押金 {b.deposit:,.2f} 元在押金台账：请在押金页申请退还")
        return "；".join(back)


def booking_register(ctx: Context, actor: Actor, f: BookingFilter, *, sort: str = "starts_at",
                     descending: bool = True, offset: int = 0, limit: int = 200,
                     total: int | None = None) -> Page[BookingRow]:
    return ctx.read(actor, VIEW, q.page, f, sort=sort, descending=descending, offset=offset, limit=limit, total=total)


def for_unit(ctx: Context, actor: Actor, unit_id: int) -> list[BookingRow]:
    """The unit's bookings (the unit page's section), newest last."""
    return ctx.read(actor, VIEW, q.bookings, BookingFilter(unit_id=unit_id))


def lift_papers(ctx: Context, actor: Actor, booking_id: int) -> list[str]:
    """The unit's release slips of the booking's time and its decoration permits in force that day."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        b = _booking(uow, booking_id)
        return _papers(uow, b.unit_id, b.starts_at, b.ends_at)


def _paid_text(b: FacilityBooking) -> str:
    """The confirmation's 缴费 line once collected: when, and what was taken on which receipt."""
    if b.paid_at is None:
        return ""
    what = "，".join(x for x in (b.fee and f"使用费 ¥{b.fee:,.2f}（收据 {b.receipt_number}）",
                                b.deposit and f"押金 ¥{b.deposit:,.2f}") if x)
    return f"已交：{what}，{local_text(b.paid_at)}，经办人 {b.paid_by}"


def confirmation_pdf(ctx: Context, actor: Actor, booking_id: int) -> bytes:
    """The printed 预约确认单 of a booking; the print is audited."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        b = _booking(uow, booking_id)
        f = facility_of(uow, b.facility_id)
        doc = Confirmation(
            centre=uow.registry.centre().name, number=b.number, facility=f.name, kind=f.kind.value,
            starts_at=local(b.starts_at), ends_at=local(b.ends_at), unit_code=uow.registry.unit(b.unit_id).code,
            person=b.person_name, heads=b.heads, purpose=b.purpose, fee=b.fee, deposit=b.deposit,
            state=b.state.value, rules=f.rules, papers=_papers(uow, b.unit_id, b.starts_at, b.ends_at),
            made_at=local(b.created_at), made_by=b.created_by, printed_on=ctx.clock.today(), paid=_paid_text(b))
        unit_id = b.unit_id
    audit.record_event(ctx, actor, "facilities.print", "facility_booking", booking_id, unit_id=unit_id,
                       summary=f"打印预约确认单 {doc.number}")
    return draw(doc)
