"""发票登记: invoice requests made from receipts, the invoice's number and date recorded once it
is issued on the tax platform, withdrawals, the buyer's title per unit, the pending list the
platform works through, and the invariant `deskapp check` keeps."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from deskapp.contracts.billing import InvoiceRow
from deskapp.contracts.paging import Page
from deskapp.documents.billing.invoices import pending_list
from deskapp.domain import billing_invoices as rules
from deskapp.domain.billing_invoices import InvoiceState, TaxClass
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, NotFound, ValidationError
from deskapp.domain.local_time import local
from deskapp.domain.money import ZERO, parse_amount
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.domain.text import clean
from deskapp.services import audit, exports, hooks
from deskapp.services.billing.common import VIEW
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.store.models.billing_invoices import InvoiceBuyer, InvoiceRequest, InvoiceRequestLine
from deskapp.store.queries import billing_invoices as queries
from deskapp.store.uow import Session

REQUEST = define("billing.invoice.request", "申请开票、登记发票抬头", DESK)
RECORD = define("billing.invoice.record", "登记已开发票号码", DESK)
# A withdrawal frees the receipts for another request: the supervisor's decision.
WITHDRAW = define("billing.invoice.withdraw", "撤回开票申请", SUPERVISORS)


@dataclass(frozen=True)
class Buyer:
    title: str
    tax_no: str


def buyer_of_receipt(ctx: Context, actor: Actor, numbers: str) -> Buyer | None:
    """The title kept for the unit of the first receipt typed, to fill the request form with."""
    actor.require(VIEW)
    if not clean(numbers):
        return None
    with ctx.reader() as uow:
        r = uow.billing.receipt_by_number(rules.receipt_numbers(numbers)[0])
        b = uow.billing.invoice_buyer(r.unit_id) if r is not None else None
        return Buyer(b.title, b.tax_no) if b is not None else None


def _keep_buyer(uow, ctx: Context, actor: Actor, unit_id: int, title: str, tax_no: str) -> None:
    b = uow.billing.invoice_buyer(unit_id)
    if b is not None and (b.title, b.tax_no) == (title, tax_no):
        return
    now = ctx.clock.now()
    before = {"title": b.title, "tax_no": b.tax_no} if b is not None else None
    if b is None:
        b = uow.billing.add(InvoiceBuyer(unit_id=unit_id, title=title, tax_no=tax_no, updated_at=now,
                                         updated_by=actor.display_name))
    else:
        b.title, b.tax_no, b.updated_at, b.updated_by = title, tax_no, now, actor.display_name
    uow.billing.flush()
    audit.record(uow.session, ctx, actor, "billing.invoice.buyer", "invoice_buyer", b.id, unit_id=unit_id,
                 summary=f"发票抬头 {title}（税号 {tax_no or '个人'}）", before=before,
                 after={"title": title, "tax_no": tax_no})


@changes(Change.INVOICES)
def set_buyer(ctx: Context, actor: Actor, unit_id: int, title: str, tax_no: str) -> Buyer:
    actor.require(REQUEST)
    title, tax_no = rules.check_title(title), rules.check_tax_no(tax_no)
    with ctx.uow() as uow:
        if uow.billing.unit(unit_id) is None:
            raise NotFound(f"房屋（编号 {unit_id}）不存在")
        _keep_buyer(uow, ctx, actor, unit_id, title, tax_no)
        uow.commit()
    return Buyer(title, tax_no)


@changes(Change.INVOICES, Change.CHRONICLE)
def request_invoice(ctx: Context, actor: Actor, receipt_numbers: str | Sequence[str], title: str,
                    tax_no: str) -> InvoiceRow:
    """A request from receipts of one unit, none voided and none in a pending or issued request;
    the buyer given is kept as the unit's for next time."""
    actor.require(REQUEST)
    numbers = rules.receipt_numbers(receipt_numbers if isinstance(receipt_numbers, str)
                                    else " ".join(receipt_numbers))
    title, tax_no = rules.check_title(title), rules.check_tax_no(tax_no)
    with ctx.uow() as uow:
        found = uow.billing.receipts_by_numbers(numbers)
        receipts = []
        for n in numbers:
            r = found.get(n)
            if r is None:
                raise ValidationError("收据号", f"收据 {n} 不存在")
            if r.voided_at is not None:
                raise ValidationError("收据号", f"收据 {n} 已作废，不能开票")
            if receipts and r.unit_id != receipts[0].unit_id:
                raise ValidationError("收据号", f"收据 {n} 不是 {receipts[0].number} 同一房屋的收据；一张发票只开一户")
            receipts.append(r)
        cited = uow.billing.live_invoice_requests_citing([r.id for r in receipts])
        for r in receipts:
            if r.id in cited:
                raise ValidationError("收据号", f"收据 {r.number} 已在开票申请 {cited[r.id]} 中，不能重复开票")
        lines = uow.billing.receipt_lines([r.id for r in receipts])
        split = {r.id: rules.split_by_class((ln.item, ln.amount) for ln in lines[r.id]) for r in receipts}
        for r in receipts:
            if not split[r.id]:
                raise ValidationError("收据号", f"收据 {r.number} 没有可开票的金额（预存款在使用时开票）")
        unit_id = receipts[0].unit_id
        total = sum((a for s in split.values() for a in s.values()), ZERO)
        now = ctx.clock.now()
        number = rules.request_number(now.year, uow.numbering.next("KP", now.year))
        req = uow.billing.add(InvoiceRequest(number=number, unit_id=unit_id, title=title, tax_no=tax_no, amount=total,
                                             state=InvoiceState.PENDING, requested_at=now,
                                             requested_by=actor.display_name))
        uow.billing.flush()
        for r in receipts:
            for cls, amount in split[r.id].items():
                uow.billing.add(InvoiceRequestLine(request_id=req.id, receipt_id=r.id, tax_class=cls, amount=amount))
        _keep_buyer(uow, ctx, actor, unit_id, title, tax_no)
        by_class = defaultdict(lambda: ZERO)
        for s in split.values():
            for cls, amount in s.items():
                by_class[cls] += amount
        receipts_text = "、".join(r.number for r in receipts)
        audit.record(uow.session, ctx, actor, "billing.invoice.request", "invoice_request", req.id, unit_id=unit_id,
                     summary=f"开票申请 {number}：{title} {total:,.2f} 元，收据 {receipts_text}",
                     after={"number": number, "title": title, "tax_no": tax_no, "amount": total,
                            "receipts": [r.number for r in receipts],
                            **{cls.value: amount for cls, amount in by_class.items()}})
        registry_chronicle.chronicle(uow.session, ctx, actor, unit_id, ChronicleKind.BILLING,
                                     f"申请开票 {number} {total:,.2f} 元（收据 {receipts_text}）")
        uow.commit()
        return _row(uow.session, req.id)


def _row(session: Session, request_id: int) -> InvoiceRow:
    return queries.invoice_row(session, request_id)


def _pending(uow, request_id: int) -> InvoiceRequest:
    req = uow.billing.invoice_request(request_id)
    if req is None:
        raise NotFound(f"开票申请（编号 {request_id}）不存在")
    if req.state is not InvoiceState.PENDING:
        raise Conflict(f"开票申请 {req.number} {req.state.value}，不是待开票")
    return req


@changes(Change.INVOICES, Change.PAYMENTS)
def record_issued(ctx: Context, actor: Actor, request_id: int, invoice_no: str, issued_on: date | None,
                  amount: str | Decimal) -> InvoiceRow:
    """The invoice issued on the platform: its number, date and 价税合计, which must be the
    amount requested (never more than the receipts it cites)."""
    actor.require(RECORD)
    invoice_no = rules.check_invoice_no(invoice_no)
    if issued_on is None:
        raise ValidationError("开票日期", "不能为空")
    if issued_on > ctx.clock.today():
        raise ValidationError("开票日期", f"{issued_on:%Y-%m-%d} 晚于今天")
    value = parse_amount(amount, "发票金额", allow_zero=False)
    with ctx.uow() as uow:
        req = _pending(uow, request_id)
        rules.check_issued_amount(value, req.amount)
        if issued_on < local(req.requested_at, ctx.clock.now().tzinfo).date():
            raise ValidationError("开票日期", f"{issued_on:%Y-%m-%d} 早于申请日期")
        req.state, req.invoice_no, req.issued_on = InvoiceState.ISSUED, invoice_no, issued_on
        req.recorded_at, req.recorded_by = ctx.clock.now(), actor.display_name
        audit.record(uow.session, ctx, actor, "billing.invoice.issued", "invoice_request", req.id, unit_id=req.unit_id,
                     summary=f"开票申请 {req.number} 已开票：发票号码 {invoice_no}，{issued_on:%Y-%m-%d}，"
                             f"{value:,.2f} 元",
                     before={"state": InvoiceState.PENDING.value},
                     after={"state": InvoiceState.ISSUED.value, "invoice_no": invoice_no, "issued_on": issued_on})
        uow.commit()
        return _row(uow.session, req.id)


@changes(Change.INVOICES)
def withdraw(ctx: Context, actor: Actor, request_id: int, reason: str) -> InvoiceRow:
    """A pending request withdrawn; its receipts may be requested again. An invoice already issued
    is reversed on the tax platform (红字发票), not here."""
    actor.require(WITHDRAW)
    reason = clean(reason)
    if not reason:
        raise ValidationError("撤回原因", "不能为空")
    if len(reason) > 200:
        raise ValidationError("撤回原因", "最多 200 个字")
    with ctx.uow() as uow:
        req = _pending(uow, request_id)
        req.state = InvoiceState.WITHDRAWN
        req.withdrawn_at, req.withdrawn_by, req.withdraw_reason = ctx.clock.now(), actor.display_name, reason
        audit.record(uow.session, ctx, actor, "billing.invoice.withdraw", "invoice_request", req.id,
                     unit_id=req.unit_id, summary=f"撤回开票申请 {req.number}：{reason}",
                     before={"state": InvoiceState.PENDING.value},
                     after={"state": InvoiceState.WITHDRAWN.value, "reason": reason})
        uow.commit()
        return _row(uow.session, req.id)


def register_page(ctx: Context, actor: Actor, *, state: InvoiceState | None = None, text: str = "",
                  offset: int = 0, limit: int = 200, total: int | None = None, **_sort) -> Page[InvoiceRow]:
    """The register, newest first (the paged model's sort arguments are ignored: one order)."""
    return ctx.read(actor, VIEW, queries.invoice_page, state=state, text=text, offset=offset, limit=limit, total=total)


def export_pending(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """待开票清单: a row per request and tax class, as the platform's bulk form takes them."""
    actor.require(VIEW)
    title = exports.register_heading(ctx, actor, "待开票清单", "", of_centre=True)
    with ctx.reader() as uow:
        rows = queries.pending(uow.session)
    lines = [[r.number, r.unit_code, r.title, r.tax_no, cls.value, amount, r.receipts,
              local(r.requested_at, ctx.clock.now().tzinfo).date(), r.requested_by]
             for r in rows for cls, amount in ((TaxClass.WATER, r.water), (TaxClass.SERVICE, r.service)) if amount]
    return pending_list(path, title, lines)


exports.register(ExportSpec("invoices-pending", "《待开票清单》", None, export_pending))


def invoice_checks(session: Session) -> hooks.CheckResult:
    """Each live request's amount is the sum of its lines, each line is what its receipt took in
    that tax class, no receipt is voided or in two live requests."""
    problems = [f"开票申请 {n}：金额 {a} ≠ 明细之和 {lines}" for n, a, lines in queries.live_request_totals(session)
                if a != lines]
    live = queries.live_lines(session)
    items = queries.receipt_items(session, sorted({ln.receipt_id for ln in live}))
    requests: dict[int, set[str]] = defaultdict(set)
    for ln in live:
        requests[ln.receipt_id].add(ln.request)
        took = rules.split_by_class(items[ln.receipt_id]).get(ln.tax_class, ZERO)
        if ln.amount > took:
            problems.append(f"开票申请 {ln.request}：收据 {ln.receipt} {ln.tax_class.value} 开票 {ln.amount} "
                            f"超过收据金额 {took}")
        if ln.voided:
            problems.append(f"开票申请 {ln.request}：收据 {ln.receipt} 已作废")
    receipt_no = {ln.receipt_id: ln.receipt for ln in live}
    problems += [f"收据 {receipt_no[rid]} 在多张开票申请中：{'、'.join(sorted(reqs))}"
                 for rid, reqs in requests.items() if len(reqs) > 1]
    return hooks.CheckResult("开票金额不超所引收据、收据不重复开票", len(live), problems)


@hooks.register(hooks.Hook.CHECKS)
def invoice_invariants(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    return [invoice_checks(session)]
