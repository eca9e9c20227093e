"""Payments at the counter: what a unit owes, taking a payment with a receipt (收据, gap-free
numbers per series), the prepayment balance, voiding (作废) a receipt."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.domain.billing import (
    FeeItem,
    PayMethod,
    change_due,
    fraction_text,
    months_between,
    receipt_number,
    receipt_series,
    split_payment,
)
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.errors import Conflict, NotFound, ValidationError
from deskapp.domain.money import parse_amount
from deskapp.services import audit, settings
from deskapp.services.registry import files as registry
from deskapp.services.billing.common import (
    COLLECT, RECEIPT_PREFIX, VIEW, VOID, VOID_FROZEN, WAIVE, local_day, owners_by_unit,
)
from deskapp.services.context import Actor, Context
from deskapp.store.models.billing import BillLine, PrepaymentEntry, Receipt, ReceiptLine, Waiver
from deskapp.store.models.registry import Unit
from deskapp.contracts.paging import Page
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.natural import natural
from deskapp.services.changes import Change, changes

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class OwedLine:
    line_id: int
    quarter: str
    item: str
    basis: str
    period: str
    amount: Decimal
    paid: Decimal
    waived: Decimal

    @property
    def owed(self) -> Decimal:
        return self.amount - self.paid - self.waived


@dataclass(frozen=True)
class LineBasis:
    """What the bill line a receipt line pays was charged on, so the receipt reads alone."""

    item: FeeItem
    basis: str  # 计费依据; a vehicle line names its card or lease, plate and space
    quantity: Decimal  # area, usage, months or share weight
    unit_price: Decimal
    months: Decimal
    billed: Decimal
    waived: Decimal  # 优惠/减免 granted on the line before the receipt was issued


@dataclass(frozen=True)
class ReceiptLineView:
    item: str
    period: str
    amount: Decimal
    basis: LineBasis | None = None  # None for 预存款 and one-off charges


@dataclass(frozen=True)
class ReceiptView:
    id: int
    number: str
    unit_id: int
    unit_code: str
    payer: str
    issued_at: datetime
    day: date
    cashier: str
    cashier_name: str
    method: PayMethod
    amount: Decimal
    prepaid_used: Decimal
    tendered: Decimal | None
    change: Decimal
    lines: tuple[ReceiptLineView, ...]
    voided_at: datetime | None
    voided_by: str | None
    void_reason: str | None
    handed_over: bool

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True)
class Account:
    """The payment screen's data for a unit."""

    unit_id: int
    unit_code: str
    owners: str
    area: Decimal | None
    lines: tuple[OwedLine, ...]  # only lines still owed, oldest first
    prepayment: Decimal
    receipts: tuple[ReceiptView, ...]  # latest first

    @property
    def total_owed(self) -> Decimal:
        return sum((line.owed for line in self.lines), ZERO)


def _period(line: BillLine) -> str:
    return f"{line.period_start:%Y.%m.%d}–{line.period_end:%Y.%m.%d}"


def owed_lines(session: Session, unit_id: int) -> list[OwedLine]:
    repo = BillingRepository(session)
    paid = repo.paid_by_line(unit_id)
    waived = repo.waived_by_line(unit_id)
    out = []
    for line in repo.lines(unit_id):
        ol = OwedLine(line.id, line.quarter, line.item.value, line.basis, _period(line), line.amount,
                      paid.get(line.id, ZERO), waived.get(line.id, ZERO))
        if ol.owed != 0:
            out.append(ol)
    return out


def receipt_view(session: Session, r: Receipt, unit_code: str | None = None,
                 lines: list[ReceiptLine] | None = None) -> ReceiptView:
    if lines is None:
        lines = list(session.execute(select(ReceiptLine).where(ReceiptLine.receipt_id == r.id)
                                     .order_by(ReceiptLine.id)).scalars())
    if unit_code is None:
        unit_code = session.execute(select(Unit.code).where(Unit.id == r.unit_id)).scalar() or ""
    bases = _line_bases(session, [x.bill_line_id for x in lines if x.bill_line_id is not None], r.issued_at)
    return ReceiptView(r.id, r.number, r.unit_id, unit_code, r.payer, r.issued_at, r.day, r.cashier, r.cashier_name,
                       r.method, r.amount, r.prepaid_used, r.tendered, r.change,
                       tuple(ReceiptLineView(x.item, x.period, x.amount, bases.get(x.bill_line_id)) for x in lines),
                       r.voided_at, r.voided_by, r.void_reason, r.handover_id is not None)


def _line_bases(session: Session, ids: list[int], issued_at: datetime) -> dict[int | None, LineBasis]:
    if not ids:
        return {}
    waived: dict[int, Decimal] = dict(session.execute(
        select(Waiver.line_id, func.sum(Waiver.amount)).where(Waiver.line_id.in_(ids), Waiver.at <= issued_at)
        .group_by(Waiver.line_id)).all())
    return {ln.id: LineBasis(ln.item, ln.basis, ln.quantity, ln.unit_price,
                             fraction_text(months_between(ln.period_start, ln.period_end)), ln.amount,
                             Decimal(waived.get(ln.id) or 0))
            for ln in session.execute(select(BillLine).where(BillLine.id.in_(ids))).scalars()}


def account(ctx: Context, actor: Actor, unit_id: int, *, receipts: int = 20) -> Account:
    actor.require(VIEW)
    with ctx.reader() as uow:
        s = uow.session
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise NotFound(f"房屋（编号 {unit_id}）不存在")
        repo = BillingRepository(s)
        rs = list(s.execute(select(Receipt).where(Receipt.unit_id == unit_id).order_by(Receipt.id.desc())
                            .limit(receipts)).scalars())
        lines: dict[int, list[ReceiptLine]] = {r.id: [] for r in rs}
        if rs:
            for ln in s.execute(select(ReceiptLine).where(ReceiptLine.receipt_id.in_(list(lines)))
                                .order_by(ReceiptLine.id)).scalars():
                lines[ln.receipt_id].append(ln)
        return Account(unit.id, unit.code, owners_by_unit(s, [unit_id]).get(unit_id, ""), unit.building_area,
                       tuple(owed_lines(s, unit_id)), repo.prepayment_balance(unit_id),
                       tuple(receipt_view(s, r, unit.code, lines[r.id]) for r in rs))


@changes(Change.PAYMENTS)
def take_payment(ctx: Context, actor: Actor, unit_id: int, line_ids: Sequence[int], amount: str | Decimal,
                 method: PayMethod, *, tendered: str | Decimal | None = None, to_prepayment: bool = False,
                 use_prepayment: str | Decimal = ZERO, payer: str = "") -> ReceiptView:
    """Take a payment for the chosen lines (all or part), oldest first. More than owed is
    refused unless the rest goes to the prepayment balance; cash gets its change worked out."""
    actor.require(COLLECT)
    if not isinstance(method, PayMethod):
        raise ValidationError("支付方式", "请选择支付方式")
    received = parse_amount(amount, "实收金额")
    from_balance = parse_amount(use_prepayment or ZERO, "使用预存款")
    if method is PayMethod.PREPAID and received != 0:
        raise ValidationError("实收金额", "用预存款支付时实收金额应为 0")
    cash_tendered = None
    if tendered not in (None, ""):
        if method is not PayMethod.CASH:
            raise ValidationError("实收现金", "只有现金支付需要填写")
        cash_tendered = parse_amount(tendered, "实收现金")
    change = change_due(received, cash_tendered) if method is PayMethod.CASH else ZERO
    with ctx.uow() as uow:
        s = uow.session
        repo = BillingRepository(s)
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise NotFound(f"房屋（编号 {unit_id}）不存在")
        owed = {o.line_id: o for o in owed_lines(s, unit_id)}
        chosen = [owed[i] for i in line_ids if i in owed]
        if len(chosen) != len(set(line_ids)):
            raise Conflict("所选费用已结清或不属于该房屋，请刷新后重试")
        chosen.sort(key=lambda o: (o.quarter, o.line_id))
        due = sum((o.owed for o in chosen), ZERO)
        balance = repo.prepayment_balance(unit_id)
        if from_balance > balance:
            raise ValidationError("使用预存款", f"预存款余额只有 {balance:,.2f} 元")
        if from_balance > due:
            raise ValidationError("使用预存款", f"超过所选应收 {due:,.2f} 元")
        if method is PayMethod.PREPAID and from_balance == 0:
            from_balance = min(balance, due)
            if from_balance == 0:
                raise ValidationError("支付方式", "该户没有预存款余额")
        paying = received + from_balance
        if paying == 0:
            raise ValidationError("实收金额", "必须大于零")
        deposit = ZERO
        if paying > due:
            if not to_prepayment:
                raise ValidationError("实收金额", f"多于所选应收 {due:,.2f} 元；如多收部分转为预存款，请勾选“余额转预存”")
            deposit = paying - due
        applied = split_payment(paying - deposit, [(o.line_id, o.owed) for o in chosen])
        r = new_receipt(s, ctx, actor, unit, payer, method, received, prepaid_used=from_balance,
                        tendered=cash_tendered, change=change)
        by_id = {o.line_id: o for o in chosen}
        for line_id, part in applied:
            o = by_id[line_id]
            s.add(ReceiptLine(receipt_id=r.id, bill_line_id=line_id, item=o.item, period=o.period, amount=part))
        if deposit:
            s.add(ReceiptLine(receipt_id=r.id, bill_line_id=None, item="预存款", period="", amount=deposit))
            s.add(PrepaymentEntry(unit_id=unit_id, receipt_id=r.id, amount=deposit, at=r.issued_at, note="预存"))
        if from_balance:
            s.add(PrepaymentEntry(unit_id=unit_id, receipt_id=r.id, amount=-from_balance, at=r.issued_at,
                                  note="抵扣"))
        s.flush()
        audit.record(s, ctx, actor, "billing.pay", "receipt", r.id, unit_id=unit_id,
                     summary=f"收费 {r.number} {unit.code} {paying:,.2f} 元（{method.value}）",
                     after={"number": r.number, "amount": received, "prepaid_used": from_balance,
                            "deposit": deposit, "method": method, "lines": [[i, p] for i, p in applied]})
        registry.chronicle(s, ctx, actor, unit_id, ChronicleKind.BILLING,
                           f"收费 {paying:,.2f} 元，收据 {r.number}（{method.value}）")
        uow.commit()
        return receipt_view(s, r, unit.code)


def new_receipt(session: Session, ctx: Context, actor: Actor, unit: Unit, payer: str, method: PayMethod,
                amount: Decimal, *, prepaid_used: Decimal = ZERO, tendered: Decimal | None = None,
                change: Decimal = ZERO) -> Receipt:
    """The next receipt of the day's series for the unit, added and flushed (its lines follow):
    the one place a receipt gets its number, so every way of taking money shares one gap-free
    series and one handover."""
    day = local_day(ctx)
    series = receipt_series(day, settings.get(ctx, RECEIPT_PREFIX))
    seq = BillingRepository(session).next_number(series)
    owners = owners_by_unit(session, [unit.id]).get(unit.id, "")
    r = Receipt(series=series, seq=seq, number=receipt_number(series, seq), unit_id=unit.id,
                payer=payer.strip() or owners or unit.code, issued_at=ctx.clock.now(), day=day,
                cashier=actor.username, cashier_name=actor.display_name, method=method, amount=amount,
                prepaid_used=prepaid_used, tendered=tendered, change=change)
    session.add(r)
    session.flush()
    return r


def sundry_receipt(session: Session, ctx: Context, actor: Actor, unit_id: int, item: str, amount: Decimal,
                   method: PayMethod, *, payer: str = "") -> ReceiptView:
    """A receipt for a one-off charge paid at the desk with no bill behind it (补卡工本费...),
    inside the caller's transaction: numbered in the day's series, in the cashier's handover,
    voided like any other receipt."""
    actor.require(COLLECT)
    if not isinstance(method, PayMethod) or method is PayMethod.PREPAID:
        raise ValidationError("支付方式", "请选择现金、微信、支付宝、银行卡或转账")
    if amount <= 0:
        raise ValidationError("金额", "必须大于零")
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFound(f"房屋（编号 {unit_id}）不存在")
    r = new_receipt(session, ctx, actor, unit, payer, method, amount)
    session.add(ReceiptLine(receipt_id=r.id, bill_line_id=None, item=item, period="", amount=amount))
    session.flush()
    audit.record(session, ctx, actor, "billing.pay", "receipt", r.id, unit_id=unit_id,
                 summary=f"收费 {r.number} {unit.code} {item} {amount:,.2f} 元（{method.value}）",
                 after={"number": r.number, "amount": amount, "method": method, "item": item})
    registry.chronicle(session, ctx, actor, unit_id, ChronicleKind.BILLING,
                       f"收费 {amount:,.2f} 元（{item}），收据 {r.number}（{method.value}）")
    return receipt_view(session, r, unit.code)


@changes(Change.PAYMENTS)
def void_receipt(ctx: Context, actor: Actor, receipt_id: int, reason: str) -> ReceiptView:
    """作废: the receipt stays, marked with reason, user and time; its amount is owed again.
    A receipt whose day was handed over needs a supervisor and lands in the next handover."""
    actor.require(VOID)
    if not reason.strip():
        raise ValidationError("作废原因", "不能为空")
    with ctx.uow() as uow:
        s = uow.session
        r = s.get(Receipt, receipt_id)
        if r is None:
            raise NotFound("收据不存在")
        if r.voided_at is not None:
            raise Conflict(f"收据 {r.number} 已于 {r.voided_at.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M} 作废")
        if r.handover_id is not None:
            actor.require(VOID_FROZEN)
        entries = list(s.execute(select(PrepaymentEntry).where(PrepaymentEntry.receipt_id == r.id)).scalars())
        net = sum((e.amount for e in entries), ZERO)
        if net > 0 and BillingRepository(s).prepayment_balance(r.unit_id) < net:
            raise Conflict(f"收据 {r.number} 存入的预存款已被使用，不能作废；请先作废使用预存款的收据")
        now = ctx.clock.now()
        for e in entries:
            s.add(PrepaymentEntry(unit_id=r.unit_id, receipt_id=r.id, amount=-e.amount, at=now,
                                  note="作废冲回"))
        r.voided_at, r.voided_by, r.void_reason, r.void_day = now, actor.display_name, reason.strip(), local_day(ctx)
        audit.record(s, ctx, actor, "billing.void", "receipt", r.id, unit_id=r.unit_id,
                     summary=f"作废收据 {r.number}：{reason.strip()}", before={"voided": False},
                     after={"voided": True, "reason": reason.strip(), "frozen_day": r.handover_id is not None})
        registry.chronicle(s, ctx, actor, r.unit_id, ChronicleKind.BILLING,
                           f"作废收据 {r.number}（{r.amount + r.prepaid_used:,.2f} 元）：{reason.strip()}")
        s.flush()
        uow.commit()
        return receipt_view(s, r)


@changes(Change.PAYMENTS)
def waive(ctx: Context, actor: Actor, line_id: int, reason: str) -> Decimal:
    """减免: a supervisor waives what is still owed on a 滞纳金 line, with a reason."""
    actor.require(WAIVE)
    if not reason.strip():
        raise ValidationError("减免原因", "不能为空")
    with ctx.uow() as uow:
        s = uow.session
        line = s.get(BillLine, line_id)
        if line is None:
            raise NotFound("账单明细不存在")
        if line.item is not FeeItem.LATE:
            raise Conflict(f"只有滞纳金可以减免，{line.item.value}不能减免")
        owed = next((o.owed for o in owed_lines(s, line.unit_id) if o.line_id == line_id), ZERO)
        if owed <= 0:
            raise Conflict("该滞纳金已结清，无需减免")
        w = Waiver(line_id=line_id, amount=owed, reason=reason.strip(), at=ctx.clock.now(), by=actor.display_name)
        s.add(w)
        s.flush()
        audit.record(s, ctx, actor, "billing.waive", "bill_waiver", w.id, unit_id=line.unit_id,
                     summary=f"减免滞纳金 {owed:,.2f} 元（{line.quarter}）：{reason.strip()}",
                     after={"line_id": line_id, "amount": owed, "reason": reason.strip()})
        registry.chronicle(s, ctx, actor, line.unit_id, ChronicleKind.BILLING,
                           f"减免 {line.quarter} 滞纳金 {owed:,.2f} 元：{reason.strip()}")
        uow.commit()
        return owed


def receipt(ctx: Context, actor: Actor, receipt_id: int) -> ReceiptView:
    actor.require(VIEW)
    with ctx.reader() as uow:
        r = uow.session.get(Receipt, receipt_id)
        if r is None:
            raise NotFound("收据不存在")
        return receipt_view(uow.session, r)


def receipt_by_number(ctx: Context, actor: Actor, number: str) -> ReceiptView:
    actor.require(VIEW)
    with ctx.reader() as uow:
        r = uow.session.execute(select(Receipt).where(Receipt.number == number.strip().upper())).scalar()
        if r is None:
            raise NotFound(f"收据 {number} 不存在")
        return receipt_view(uow.session, r)


@dataclass(frozen=True)
class ReceiptRow:
    id: int
    number: str
    issued_at: datetime
    unit_code: str
    payer: str
    method: str
    amount: Decimal
    prepaid_used: Decimal
    cashier: str
    status: str


_SORTS = {"number": Receipt.number, "issued_at": Receipt.issued_at, "unit": natural(Unit.code), "amount": Receipt.amount,
          "method": Receipt.method, "cashier": Receipt.cashier_name}


def receipts_page(ctx: Context, actor: Actor, *, day_from: date | None = None, day_to: date | None = None,
                  text: str = "", sort: str = "number", descending: bool = True, offset: int = 0,
                  limit: int = 200, total: int | None = None) -> Page[ReceiptRow]:
    """The receipt register, paged and sorted in SQL."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        s = uow.session
        q = select(Receipt, Unit.code).join(Unit, Unit.id == Receipt.unit_id)
        if day_from:
            q = q.where(Receipt.day >= day_from)
        if day_to:
            q = q.where(Receipt.day <= day_to)
        if text.strip():
            t = f"%{text.strip()}%"
            q = q.where(Receipt.number.ilike(t) | Unit.code.ilike(t) | Receipt.payer.ilike(t))
        if total is None:
            total = s.execute(select(func.count()).select_from(q.subquery())).scalar() or 0
        col = _SORTS.get(sort, Receipt.number)
        q = q.order_by(col.desc() if descending else col, Receipt.id.desc() if descending else Receipt.id)
        rows = [ReceiptRow(r.id, r.number, r.issued_at, code, r.payer, r.method.value, r.amount, r.prepaid_used,
                           r.cashier_name, "作废" if r.voided_at else ("已移交" if r.handover_id else "正常"))
                for r, code in s.execute(q.offset(offset).limit(limit))]
        return Page(rows, total, offset)


__all__ = ["Account", "OwedLine", "ReceiptView", "account", "take_payment", "void_receipt", "receipt",
           "receipts_page"]
