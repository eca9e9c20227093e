"""Payments at the counter: what a unit owes, taking a payment with a receipt (收据, gap-free
numbers per series), the prepayment balance, voiding (作废) a receipt."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from deskapp.domain.billing_opening import marked
from deskapp.domain.billing import (
    FeeItem,
    Owing,
    add_months,
    PayMethod,
    change_due,
    REFERENCED_METHODS,
    check_pay_ref,
    fraction_text,
    months_between,
    receipt_number,
    receipt_series,
    split_payment,
)
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.local_time import local_text
from deskapp.domain.money import ZERO, parse_amount
from deskapp.domain.text import require_text
from deskapp.services import audit, settings
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.billing import year_ahead
from deskapp.services.billing.common import (
    COLLECT, RECEIPT_PREFIX, VIEW, VOID, VOID_FROZEN, WAIVE,
)
from deskapp.services.context import Actor, Context
from deskapp.services.changes import Change, changes
from deskapp.store.models.billing import BillLine, PrepaymentEntry, Receipt, ReceiptLine, Waiver
from deskapp.store.models.registry import Unit
from deskapp.contracts.billing import MethodDayRow, ReceiptRow
from deskapp.contracts.paging import Page
from deskapp.store.queries import billing as queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.uow import Session


@dataclass(frozen=True)
class OwedLine(Owing):
    line_id: int
    quarter: str
    item: str
    basis: str
    period: str
    amount: Decimal
    paid: Decimal
    waived: Decimal


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
    left: Decimal = ZERO  # what the line still owed once the receipt was taken (a part payment's rest)


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
    pay_ref: str | None  # 交易流水号 of a 微信/支付宝/银行卡/转账 payment
    lines: tuple[ReceiptLineView, ...]
    voided_at: datetime | None
    voided_by: str | None
    void_reason: str | None
    handed_over: bool
    group_no: str | None = None  # 合并缴费号 of a payment for several units of one owner
    group: tuple[str, ...] = ()  # the numbers of that payment's receipts, this one among them
    group_total: Decimal = ZERO  # what that payment took in all

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True)
class ListedReceipt:
    """A receipt as a list of them shows it: what reprint and 作废 need, without its lines (the
    paper, `receipt_view`, reads them when it is printed)."""

    id: int
    number: str
    issued_at: datetime
    method: PayMethod
    cashier_name: str
    total: Decimal  # received + taken from the prepayment balance = its lines (a `deskapp check` invariant)
    pay_ref: str | None
    voided_at: datetime | None
    void_reason: str | None
    group_no: str | None
    group: tuple[str, ...]  # the numbers of its 合并缴费's receipts, this one among them
    group_total: Decimal  # what that payment took in all
    handed_over: bool = False  # on a 费用移交表: after it only a supervisor voids it

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
    receipts: tuple[ListedReceipt, ...]  # latest first

    @property
    def total_owed(self) -> Decimal:
        return sum((line.owed for line in self.lines), ZERO)


def owed_lines(session: Session, unit_id: int) -> list[OwedLine]:
    """The unit's bill lines not settled (settled ones stay in SQL: years of them, issue 21)."""
    return [OwedLine(line_id=line.id, quarter=line.quarter, item=marked(line.item.value, line.key), basis=line.basis,
                     period=f"{line.period_start:%Y.%m.%d}–{line.period_end:%Y.%m.%d}", amount=line.amount,
                     paid=line.paid, waived=line.waived)
            for line in queries.unsettled_lines(session, [unit_id])]


def receipt_view(session: Session, r: Receipt, unit_code: str | None = None) -> ReceiptView:
    """The receipt whole, as its paper shows it: each line with what it was charged on."""
    repo = BillingRepository(session)
    lines = repo.receipt_lines([r.id])[r.id]
    if unit_code is None:
        unit_code = repo.unit_code(r.unit_id)
    bases = _line_bases(repo, r, lines)
    group = repo.receipts_of_group(r.group_no) if r.group_no else []
    return ReceiptView(
        id=r.id, number=r.number, unit_id=r.unit_id, unit_code=unit_code, payer=r.payer, issued_at=r.issued_at,
        day=r.day, cashier=r.cashier, cashier_name=r.cashier_name, method=r.method, amount=r.amount,
        prepaid_used=r.prepaid_used, tendered=r.tendered, change=r.change, pay_ref=r.pay_ref,
        lines=tuple(ReceiptLineView(x.item, x.period, x.amount, bases.get(x.bill_line_id)) for x in lines),
        voided_at=r.voided_at, voided_by=r.voided_by, void_reason=r.void_reason, handed_over=r.handover_id is not None,
        group_no=r.group_no, group=tuple(g.number for g in group), group_total=sum((g.amount for g in group), ZERO))


def _line_bases(repo: BillingRepository, r: Receipt, lines: list[ReceiptLine]) -> dict[int | None, LineBasis]:
    """The receipt's bill lines as they stood when it was issued (the 优惠 granted before it). Only
    the paper needs them: a list of receipts does without (`listed_receipts`)."""
    ids = sorted({x.bill_line_id for x in lines if x.bill_line_id is not None})
    if not ids:
        return {}
    billed = {ln.id: ln for ln in repo.bill_lines_by_id(ids)}
    waived = {lid: ZERO for lid in billed}
    for lid, at, amount in repo.waivers_on(ids):
        if lid in waived and at <= r.issued_at:
            waived[lid] += amount
    paid = {lid: ZERO for lid in billed}  # by this receipt and those before it, valid when it was taken
    for lid, rid, issued, voided, amount in repo.payments_on(ids):
        if (issued, rid) <= (r.issued_at, r.id) and (voided is None or voided > r.issued_at):
            paid[lid] += amount
    return {lid: LineBasis(item=ln.item, basis=ln.basis, quantity=ln.quantity, unit_price=ln.unit_price,
                           months=fraction_text(months_between(ln.period_start, ln.period_end)),
                           billed=ln.amount, waived=waived[lid], left=ln.amount - waived[lid] - paid[lid])
            for lid, ln in sorted(billed.items())}


def listed_receipts(repo: BillingRepository, rs: Sequence[Receipt]) -> tuple[ListedReceipt, ...]:
    """The receipts as a list shows them, their 合并缴费 groups in one query: the same cost for
    twenty receipts as for two, however many years of lines stand behind them (issue 21)."""
    groups = repo.groups_of(r.group_no for r in rs if r.group_no)
    return tuple(ListedReceipt(
        id=r.id, number=r.number, issued_at=r.issued_at, method=r.method, cashier_name=r.cashier_name,
        total=r.amount + r.prepaid_used, pay_ref=r.pay_ref, voided_at=r.voided_at, void_reason=r.void_reason,
        group_no=r.group_no, group=tuple(number for number, _ in groups.get(r.group_no or "", ())),
        group_total=sum((amount for _, amount in groups.get(r.group_no or "", ())), ZERO),
        handed_over=r.handover_id is not None) for r in rs)


def account(ctx: Context, actor: Actor, unit_id: int, *, receipts: int = 20, months: int | None = None) -> Account:
    """The unit's owed lines, prepayment and newest receipts (at most `receipts`; with `months`,
    only those issued in that many months up to today: what the counter works with)."""
    actor.require(VIEW)
    since = add_months(ctx.clock.today(), -months) if months is not None else None
    with ctx.reader() as uow:
        repo = uow.billing
        unit = found(repo.unit(unit_id), f"房屋（编号 {unit_id}）不存在")
        return Account(unit_id=unit.id, unit_code=unit.code,
                       owners=queries.owners_by_unit(uow.session, [unit_id]).get(unit_id, ""),
                       area=unit.building_area, lines=tuple(owed_lines(uow.session, unit_id)),
                       prepayment=repo.prepayment_balance(unit_id),
                       receipts=listed_receipts(repo, repo.latest_receipts_of(unit_id, receipts, since)))


@changes(Change.PAYMENTS)
def take_payment(ctx: Context, actor: Actor, unit_id: int, line_ids: Sequence[int], amount: str | Decimal,
                 method: PayMethod, *, tendered: str | Decimal | None = None, to_prepayment: bool = False,
                 use_prepayment: str | Decimal = ZERO, payer: str = "", pay_ref: str = "",
                 year_ahead_rule_id: int | None = None) -> ReceiptView:
    """Take a payment for the chosen lines (all or part), oldest first. More than owed is
    refused unless the rest goes to the prepayment balance; cash gets its change worked out;
    a 微信/支付宝/银行卡/转账 payment carries its transaction number (pay_ref). With a 预交一年优惠
    rule the discount is written first, approved by the rule, in this same transaction
    (`year_ahead.grant`), and the payment must then settle the chosen lines in full."""
    actor.require(COLLECT)
    if not isinstance(method, PayMethod):
        raise ValidationError("支付方式", "请选择支付方式")
    ref = check_pay_ref(method, pay_ref)
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
        repo = uow.billing
        unit = found(repo.unit(unit_id), f"房屋（编号 {unit_id}）不存在")
        listed, chosen, granted = lines_after_offer(s, ctx, actor, unit_id, line_ids, year_ahead_rule_id)
        due = sum((o.owed for o in chosen), ZERO)
        from_balance = _from_balance(method, from_balance, repo.prepayment_balance(unit_id), due)
        paying = received + from_balance
        if paying == 0:
            raise ValidationError("实收金额", "必须大于零")
        if granted and paying < due:
            raise ValidationError("实收金额", f"预交一年优惠须一并缴清所选费用：优惠后应收 {due:,.2f} 元")
        deposit = ZERO
        if paying > due:
            if not to_prepayment:
                raise ValidationError("实收金额", f"多于所选应收 {due:,.2f} 元；如多收部分转为预存款，请勾选“余额转预存”")
            deposit = paying - due
        chosen, applied = receipt_parts(listed, chosen, granted, paying - deposit)
        r = new_receipt(s, ctx, actor, unit, payer, method, received, prepaid_used=from_balance,
                        tendered=cash_tendered, change=change, pay_ref=ref)
        write_lines(repo, r, chosen, applied, deposit, from_balance)
        audit.record(s, ctx, actor, "billing.pay", "receipt", r.id, unit_id=unit_id,
                     summary=f"收费 {r.number} {unit.code} {paying:,.2f} 元（{method.value}）",
                     after={"number": r.number, "amount": received, "prepaid_used": from_balance,
                            "deposit": deposit, "method": method, "pay_ref": ref, "lines": [[i, p] for i, p in applied],
                            **({"year_ahead": granted} if granted else {})})
        registry_chronicle.chronicle(s, ctx, actor, unit_id, ChronicleKind.BILLING,
                           f"收费 {paying:,.2f} 元，收据 {r.number}（{method.value}）")
        # read before the commit, in the write's own transaction: after it, the reads were a
        # second writer transaction, queueing again behind the other desks' writes (issue 18)
        view = receipt_view(s, r, unit.code)
        uow.commit()
        return view


def chosen_lines(session: Session, unit_id: int, line_ids: Sequence[int]) -> list[OwedLine]:
    """The chosen lines, oldest first; refused if one was settled meanwhile or is another unit's."""
    owed = {o.line_id: o for o in owed_lines(session, unit_id)}
    chosen = [owed[i] for i in line_ids if i in owed]
    if len(chosen) != len(set(line_ids)):
        raise Conflict("所选费用已结清或不属于该房屋，请刷新后重试")
    return sorted(chosen, key=lambda o: (o.quarter, o.line_id))


def lines_after_offer(session: Session, ctx: Context, actor: Actor, unit_id: int, line_ids: Sequence[int],
                      year_ahead_rule_id: int | None) -> tuple[list[OwedLine], list[OwedLine], Decimal]:
    """The chosen lines as chosen, the same as still owed once the 预交一年优惠 rule (if any) is
    granted in the caller's transaction, and the money it took off: the counter and 合并缴费 alike."""
    listed = chosen_lines(session, unit_id, line_ids)
    if year_ahead_rule_id is None:
        return listed, listed, ZERO
    granted = year_ahead.grant(session, ctx, actor, unit_id, line_ids, year_ahead_rule_id)
    wanted = set(line_ids)  # a line the offer takes off whole is settled by it, not paid
    return listed, [o for o in owed_lines(session, unit_id) if o.line_id in wanted], granted


def receipt_parts(listed: list[OwedLine], owing: list[OwedLine], granted: Decimal,
                  paid: Decimal) -> tuple[list[OwedLine], list[tuple[int, Decimal]]]:
    """The receipt's lines and what is paid on each, `paid` split over the lines still owing, oldest
    first; with an offer every line of the year is on the receipt, one taken off whole at 0.00 with its 优惠."""
    applied = split_payment(paid, [(o.line_id, o.owed) for o in owing])
    if not granted:
        return owing, applied
    parts = dict(applied)
    return listed, [(o.line_id, parts.get(o.line_id, ZERO)) for o in listed]


def _from_balance(method: PayMethod, asked: Decimal, balance: Decimal, due: Decimal) -> Decimal:
    """What the payment takes from the prepayment balance: as asked, or all it can when paid by 预存款."""
    if asked > balance:
        raise ValidationError("使用预存款", f"预存款余额只有 {balance:,.2f} 元")
    if asked > due:
        raise ValidationError("使用预存款", f"超过所选应收 {due:,.2f} 元")
    if method is PayMethod.PREPAID and asked == 0:
        asked = min(balance, due)
        if asked == 0:
            raise ValidationError("支付方式", "该户没有预存款余额")
    return asked


def write_lines(repo: BillingRepository, r: Receipt, chosen: list[OwedLine], applied: list[tuple[int, Decimal]],
                 deposit: Decimal, from_balance: Decimal) -> None:
    """The receipt's lines, and the prepayment moves: the part deposited, the part used."""
    by_id = {o.line_id: o for o in chosen}
    for line_id, part in applied:
        o = by_id[line_id]
        repo.add(ReceiptLine(receipt_id=r.id, bill_line_id=line_id, item=o.item, period=o.period, amount=part))
    if deposit:
        repo.add(ReceiptLine(receipt_id=r.id, bill_line_id=None, item="预存款", period="", amount=deposit))
        repo.add(PrepaymentEntry(unit_id=r.unit_id, receipt_id=r.id, amount=deposit, at=r.issued_at, note="预存"))
    if from_balance:
        repo.add(PrepaymentEntry(unit_id=r.unit_id, receipt_id=r.id, amount=-from_balance, at=r.issued_at,
                                 note="抵扣"))
    repo.flush()


def new_receipt(session: Session, ctx: Context, actor: Actor, unit: Unit, payer: str, method: PayMethod,
                amount: Decimal, *, prepaid_used: Decimal = ZERO, tendered: Decimal | None = None,
                change: Decimal = ZERO, pay_ref: str | None = None, group_no: str | None = None) -> Receipt:
    """The next receipt of the day's series for the unit, added and flushed (its lines follow):
    the one place a receipt gets its number, so every way of taking money shares one gap-free
    series and one handover."""
    day = ctx.clock.today()
    # in the write's own transaction: settings.get would open a second connection, the writers' lock held
    series = receipt_series(day, settings.read_in(session, RECEIPT_PREFIX))
    repo = BillingRepository(session)
    seq = repo.next_number(series)
    owners = queries.owners_by_unit(session, [unit.id]).get(unit.id, "")
    r = Receipt(series=series, seq=seq, number=receipt_number(series, seq), unit_id=unit.id,
                payer=payer.strip() or owners or unit.code, issued_at=ctx.clock.now(), day=day,
                cashier=actor.username, cashier_name=actor.display_name, method=method, amount=amount,
                prepaid_used=prepaid_used, tendered=tendered, change=change, pay_ref=pay_ref, group_no=group_no)
    repo.add(r)
    repo.flush()
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
    repo = BillingRepository(session)
    unit = found(repo.unit(unit_id), f"房屋（编号 {unit_id}）不存在")
    r = new_receipt(session, ctx, actor, unit, payer, method, amount)
    repo.add(ReceiptLine(receipt_id=r.id, bill_line_id=None, item=item, period="", amount=amount))
    repo.flush()
    audit.record(session, ctx, actor, "billing.pay", "receipt", r.id, unit_id=unit_id,
                 summary=f"收费 {r.number} {unit.code} {item} {amount:,.2f} 元（{method.value}）",
                 after={"number": r.number, "amount": amount, "method": method, "item": item})
    registry_chronicle.chronicle(session, ctx, actor, unit_id, ChronicleKind.BILLING,
                       f"收费 {amount:,.2f} 元（{item}），收据 {r.number}（{method.value}）")
    return receipt_view(session, r, unit.code)


@changes(Change.PAYMENTS)
def void_receipt(ctx: Context, actor: Actor, receipt_id: int, reason: str) -> ReceiptView:
    """作废: the receipt stays, marked with reason, user and time; its amount is owed again.
    A receipt whose day was handed over needs a supervisor and lands in the next handover.
    A receipt of a 合并缴费 is voided with the others of its payment: they are one payment, one
    payment reference, one change given, so none of them stands alone."""
    actor.require(VOID)
    require_text(reason, "作废原因")
    with ctx.uow() as uow:
        s = uow.session
        r, group = _voidable(uow.billing, actor, receipt_id)
        for g in group:
            _void_one(s, ctx, actor, g, reason.strip())
        uow.billing.flush()
        uow.commit()
        return receipt_view(s, r)


def check_voidable(ctx: Context, actor: Actor, receipt_id: int) -> None:
    """作废… refuses before the reason is asked for: a receipt voided already, handed over (for a
    clerk), cited by an invoice request or whose prepayment was spent is said at once."""
    actor.require(VOID)
    with ctx.reader() as uow:
        _voidable(uow.billing, actor, receipt_id)


def _voidable(repo: BillingRepository, actor: Actor, receipt_id: int) -> tuple[Receipt, list[Receipt]]:
    """The receipt and the receipts voided with it (its 合并缴费), each checked as `_void_one` needs."""
    r = found(repo.get(Receipt, receipt_id), "收据不存在")
    if r.voided_at is not None:
        raise Conflict(f"收据 {r.number} 已于 {local_text(r.voided_at)} 作废")
    group = repo.receipts_of_group(r.group_no) if r.group_no else [r]
    invoiced = repo.live_invoice_requests_citing([g.id for g in group])
    balance: dict[int, Decimal] = {}  # each unit's prepayment as the receipts before in the group leave it
    for g in group:
        if g.handover_id is not None:
            actor.require(VOID_FROZEN)
        if g.id in invoiced:  # an invoice never cites a void receipt: the request is withdrawn first
            raise Conflict(f"收据 {g.number} 已在开票申请 {invoiced[g.id]} 中，不能作废；请先撤回开票申请")
        net = sum((e.amount for e in repo.prepayment_entries_of(g.id)), ZERO)
        left = balance.setdefault(g.unit_id, repo.prepayment_balance(g.unit_id))
        if net > 0 and left < net:
            raise Conflict(f"收据 {g.number} 存入的预存款已被使用，不能作废；请先作废使用预存款的收据")
        balance[g.unit_id] = left - net  # voiding it takes back what it put in (or gives back what it used)
    return r, group


def _void_one(s: Session, ctx: Context, actor: Actor, r: Receipt, reason: str) -> None:
    """Void one receipt `_voidable` has checked: its prepayment taken back, marked, audited."""
    repo = BillingRepository(s)
    entries = repo.prepayment_entries_of(r.id)
    now = ctx.clock.now()
    for e in entries:
        repo.add(PrepaymentEntry(unit_id=r.unit_id, receipt_id=r.id, amount=-e.amount, at=now, note="作废冲回"))
    r.voided_at, r.voided_by, r.void_reason, r.void_day = now, actor.display_name, reason, ctx.clock.today()
    audit.record(s, ctx, actor, "billing.void", "receipt", r.id, unit_id=r.unit_id,
                 summary=f"作废收据 {r.number}：{reason}", before={"voided": False},
                 after={"voided": True, "reason": reason, "frozen_day": r.handover_id is not None,
                        "group_no": r.group_no})
    registry_chronicle.chronicle(s, ctx, actor, r.unit_id, ChronicleKind.BILLING,
                                 f"作废收据 {r.number}（{r.amount + r.prepaid_used:,.2f} 元）：{reason}")


@changes(Change.PAYMENTS)
def waive(ctx: Context, actor: Actor, line_id: int, reason: str) -> Decimal:
    """减免: a supervisor waives what is still owed on a 滞纳金 line, with a reason."""
    actor.require(WAIVE)
    require_text(reason, "减免原因")
    with ctx.uow() as uow:
        s = uow.session
        line = found(uow.billing.get(BillLine, line_id), "账单明细不存在")
        if line.item is not FeeItem.LATE:
            raise Conflict(f"只有滞纳金可以减免，{line.item.value}不能减免")
        owed = next((o.owed for o in owed_lines(s, line.unit_id) if o.line_id == line_id), ZERO)
        if owed <= 0:
            raise Conflict("该滞纳金已结清，无需减免")
        w = uow.billing.add(Waiver(line_id=line_id, amount=owed, reason=reason.strip(), at=ctx.clock.now(),
                                   by=actor.display_name))
        uow.billing.flush()
        audit.record(s, ctx, actor, "billing.waive", "bill_waiver", w.id, unit_id=line.unit_id,
                     summary=f"减免滞纳金 {owed:,.2f} 元（{line.quarter}）：{reason.strip()}",
                     after={"line_id": line_id, "amount": owed, "reason": reason.strip()})
        registry_chronicle.chronicle(s, ctx, actor, line.unit_id, ChronicleKind.BILLING,
                           f"减免 {line.quarter} 滞纳金 {owed:,.2f} 元：{reason.strip()}")
        uow.commit()
        return owed


def receipt(ctx: Context, actor: Actor, receipt_id: int) -> ReceiptView:
    actor.require(VIEW)
    with ctx.reader() as uow:
        r = found(uow.billing.get(Receipt, receipt_id), "收据不存在")
        return receipt_view(uow.session, r)


def receipt_by_number(ctx: Context, actor: Actor, number: str) -> ReceiptView:
    actor.require(VIEW)
    with ctx.reader() as uow:
        r = found(uow.billing.receipt_by_number(number.strip().upper()), f"收据 {number} 不存在")
        return receipt_view(uow.session, r)


def day_by_method(ctx: Context, actor: Actor, day: date) -> list[MethodDayRow]:
    """The day's receipts grouped by method (微信, 支付宝, 银行卡, 转账 first: the ones with a merchant
    statement, then 现金), each group in number order; voided ones stay, marked, so the cashier
    can explain a statement line. 预存款 receipts move no money and are left out."""
    actor.require(VIEW)
    order = [*REFERENCED_METHODS, PayMethod.CASH]
    with ctx.reader() as uow:
        rows = [MethodDayRow(method=r.method.value, number=r.number, issued_at=r.issued_at, unit_code=code,
                             amount=r.amount, pay_ref=r.pay_ref or "", voided=r.voided_at is not None)
                for r, code in queries.receipts_of_days(uow.session, day, day + timedelta(days=1))
                if r.method in order]
    return sorted(rows, key=lambda row: order.index(PayMethod(row.method)))  # stable: number order kept


def receipts_page(ctx: Context, actor: Actor, *, day_from: date | None = None, day_to: date | None = None,
                  text: str = "", unit_id: int | None = None, sort: str = "number", descending: bool = True,
                  offset: int = 0, limit: int = 200, total: int | None = None) -> Page[ReceiptRow]:
    """The receipt register (or one unit's receipts, all of them), paged and sorted in SQL."""
    return ctx.read(actor, VIEW, queries.receipt_page, day_from=day_from, day_to=day_to, text=text, unit_id=unit_id,
                    sort=sort, descending=descending, offset=offset, limit=limit, total=total)


__all__ = ["Account", "ListedReceipt", "OwedLine", "ReceiptView", "account", "take_payment", "void_receipt", "receipt",
           "day_by_method", "receipts_page"]
