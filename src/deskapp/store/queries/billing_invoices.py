"""Read-side queries of the invoice register (发票): the register page, the pending list for the
tax platform, which receipts are invoiced, and the figures `deskapp check` compares."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.contracts.billing import InvoiceRow
from deskapp.contracts.paging import Page
from deskapp.domain.billing_invoices import LIVE_STATES, InvoiceState, TaxClass
from deskapp.domain.money import ZERO
from deskapp.store.models.billing import Receipt, ReceiptLine
from deskapp.store.models.billing_invoices import InvoiceRequest, InvoiceRequestLine
from deskapp.store.models.registry import Unit
from deskapp.store.queries.filters import counted, searched


def _rows(session: Session, requests: Sequence[tuple[InvoiceRequest, str]]) -> list[InvoiceRow]:
    """Register rows of the given requests, their receipts and class amounts asked in one query."""
    ids = [r.id for r, _ in requests]
    numbers: dict[int, list[str]] = defaultdict(list)
    by_class: dict[tuple[int, TaxClass], Decimal] = defaultdict(lambda: ZERO)
    for rid, number, cls, amount in session.execute(
            select(InvoiceRequestLine.request_id, Receipt.number, InvoiceRequestLine.tax_class,
                   InvoiceRequestLine.amount)
            .join(Receipt, Receipt.id == InvoiceRequestLine.receipt_id)
            .where(InvoiceRequestLine.request_id.in_(ids)).order_by(Receipt.number)):
        if number not in numbers[rid]:
            numbers[rid].append(number)
        by_class[(rid, cls)] += amount
    return [InvoiceRow(id=r.id, number=r.number, unit_code=code, title=r.title, tax_no=r.tax_no,
                       receipts="、".join(numbers[r.id]), water=by_class[(r.id, TaxClass.WATER)],
                       service=by_class[(r.id, TaxClass.SERVICE)], amount=r.amount, state=r.state.value,
                       requested_at=r.requested_at, requested_by=r.requested_by, invoice_no=r.invoice_no or "",
                       issued_on=r.issued_on)
            for r, code in requests]


def invoice_page(session: Session, *, state: InvoiceState | None, text: str, offset: int, limit: int,
                 total: int | None) -> Page[InvoiceRow]:
    """The register, newest request first; `text` matches the request, unit, title or invoice number."""
    q = select(InvoiceRequest, Unit.code).join(Unit, Unit.id == InvoiceRequest.unit_id)
    if state is not None:
        q = q.where(InvoiceRequest.state == state)
    q = searched(q, text, InvoiceRequest.number, Unit.code, InvoiceRequest.title, InvoiceRequest.invoice_no)
    total = counted(session, q, total)
    q = q.order_by(InvoiceRequest.id.desc()).offset(offset).limit(limit)
    return Page(_rows(session, [tuple(r) for r in session.execute(q)]), total, offset)


def invoice_row(session: Session, request_id: int) -> InvoiceRow:
    q = select(InvoiceRequest, Unit.code).join(Unit, Unit.id == InvoiceRequest.unit_id).where(
        InvoiceRequest.id == request_id)
    return _rows(session, [tuple(r) for r in session.execute(q)])[0]


def pending(session: Session) -> list[InvoiceRow]:
    """Every request waiting to be issued, oldest first: the list the platform works through."""
    q = (select(InvoiceRequest, Unit.code).join(Unit, Unit.id == InvoiceRequest.unit_id)
         .where(InvoiceRequest.state == InvoiceState.PENDING).order_by(InvoiceRequest.id))
    return _rows(session, [tuple(r) for r in session.execute(q)])


def invoiced_receipts(session: Session, receipt_ids: Sequence[int]) -> set[int]:
    """Which of the receipts an issued invoice cites (the receipt shows 已开票)."""
    return set(session.execute(
        select(InvoiceRequestLine.receipt_id).join(InvoiceRequest, InvoiceRequest.id == InvoiceRequestLine.request_id)
        .where(InvoiceRequestLine.receipt_id.in_(list(receipt_ids)), InvoiceRequest.state == InvoiceState.ISSUED))
        .scalars())


# -- for `deskapp check`
@dataclass(frozen=True)
class LiveLine:
    request: str
    receipt_id: int
    receipt: str
    voided: bool
    tax_class: TaxClass
    amount: Decimal


def live_request_totals(session: Session) -> list[tuple[str, Decimal, Decimal]]:
    """Each pending or issued request: its number, its amount and the sum of its lines."""
    sums = (select(InvoiceRequestLine.request_id, func.sum(InvoiceRequestLine.amount).label("lines"))
            .group_by(InvoiceRequestLine.request_id).subquery())
    q = (select(InvoiceRequest.number, InvoiceRequest.amount, sums.c.lines)
         .outerjoin(sums, sums.c.request_id == InvoiceRequest.id).where(InvoiceRequest.state.in_(LIVE_STATES)))
    return [(n, a, lines or ZERO) for n, a, lines in session.execute(q)]


def live_lines(session: Session) -> list[LiveLine]:
    q = (select(InvoiceRequest.number, Receipt.id, Receipt.number, Receipt.voided_at, InvoiceRequestLine.tax_class,
                InvoiceRequestLine.amount)
         .join(InvoiceRequest, InvoiceRequest.id == InvoiceRequestLine.request_id)
         .join(Receipt, Receipt.id == InvoiceRequestLine.receipt_id)
         .where(InvoiceRequest.state.in_(LIVE_STATES)))
    return [LiveLine(req, rid, number, voided is not None, cls, amount)
            for req, rid, number, voided, cls, amount in session.execute(q)]


def receipt_items(session: Session, receipt_ids: Sequence[int]) -> dict[int, list[tuple[str, Decimal]]]:
    """Each receipt's lines as (item, amount), 900 receipts a query."""
    ids = list(receipt_ids)
    out: dict[int, list[tuple[str, Decimal]]] = {i: [] for i in ids}
    for i in range(0, len(ids), 900):
        for rid, item, amount in session.execute(
                select(ReceiptLine.receipt_id, ReceiptLine.item, ReceiptLine.amount)
                .where(ReceiptLine.receipt_id.in_(ids[i:i + 900]))):
            out[rid].append((item, amount))
    return out
