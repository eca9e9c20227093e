"""Read side of a unit's 《业户费用对账单》: every money event of one unit before a moment — bill
lines posted, receipts (with what they paid on bill lines, one-off charges and 预存款), 减免, the
预存款 ledger with its refunds, the deposits and their entries — as the domain's plain records.
One unit's history is small (a few hundred rows after ten years): read whole, reckoned in Python."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain.billing_deposits import ApplicationState, RefundSource
from deskapp.domain.billing_opening import marked
from deskapp.domain.billing_statement import Charge, DepositEntries, Payment, PrepaymentMove, Waived
from deskapp.domain.money import ZERO
from deskapp.store.models.billing import Bill, BillLine, PrepaymentEntry, Receipt, ReceiptLine, Waiver
from deskapp.store.models.billing_deposits import Deposit, DepositEntry, Refund

PREPAYMENT_ITEM = "预存款"  # the receipt line that puts money on the balance (payments.write_lines)


def _period(line: BillLine) -> str:
    return f"{line.period_start:%Y.%m.%d}–{line.period_end:%Y.%m.%d}"


def charges(session: Session, unit_id: int, end: datetime) -> list[Charge]:
    """The unit's bill lines posted before `end`, with their bill's time."""
    q = (select(BillLine, Bill.created_at, Bill.adjustment).join(Bill, Bill.id == BillLine.bill_id)
         .where(BillLine.unit_id == unit_id, Bill.created_at < end).order_by(Bill.created_at, BillLine.id))
    return [Charge(at=at, line_id=ln.id, item=marked(ln.item.value, ln.key), quarter=ln.quarter, period=_period(ln),
                   amount=ln.amount, adjustment=adjustment) for ln, at, adjustment in session.execute(q)]


def payments(session: Session, unit_id: int, end: datetime) -> list[Payment]:
    """The unit's receipts issued before `end`, each with what it paid on bill lines, on one-off
    charges and into 预存款, voided or not."""
    receipts = list(session.execute(select(Receipt).where(Receipt.unit_id == unit_id, Receipt.issued_at < end)
                                    .order_by(Receipt.issued_at, Receipt.id)).scalars())
    lines: dict[int, list[tuple[int | None, str, str, Decimal]]] = defaultdict(list)
    if receipts:
        q = (select(ReceiptLine.receipt_id, ReceiptLine.bill_line_id, ReceiptLine.item, BillLine.quarter,
                    ReceiptLine.amount)
             .outerjoin(BillLine, BillLine.id == ReceiptLine.bill_line_id)
             .where(ReceiptLine.receipt_id.in_([r.id for r in receipts])).order_by(ReceiptLine.id))
        for rid, bill_line, item, quarter, amount in session.execute(q):
            lines[rid].append((bill_line, item, quarter or "", amount))
    out = []
    for r in receipts:
        ls = lines[r.id]
        fees = sum((a for b, _i, _q, a in ls if b is not None), ZERO)
        deposit = sum((a for b, i, _q, a in ls if b is None and i == PREPAYMENT_ITEM), ZERO)
        one_off = sum((a for b, i, _q, a in ls if b is None and i != PREPAYMENT_ITEM), ZERO)
        seen: dict[str, None] = {}
        for b, item, quarter, amount in ls:
            if item != PREPAYMENT_ITEM and (amount or b is None):
                seen[f"{item} {quarter}".strip()] = None
        out.append(Payment(at=r.issued_at, receipt_id=r.id, number=r.number, method=r.method.value,
                           prepaid_used=r.prepaid_used, fees=fees, one_off=one_off, deposit=deposit,
                           items=tuple(seen), voided_at=r.voided_at, void_reason=r.void_reason or ""))
    return out


def waivers(session: Session, unit_id: int, end: datetime) -> list[Waived]:
    """减免 granted on the unit's lines before `end`."""
    q = (select(Waiver, BillLine).join(BillLine, BillLine.id == Waiver.line_id)
         .where(BillLine.unit_id == unit_id, Waiver.at < end).order_by(Waiver.at, Waiver.id))
    return [Waived(at=w.at, waiver_id=w.id, item=marked(ln.item.value, ln.key), quarter=ln.quarter,
                   period=_period(ln), amount=w.amount, reason=w.reason) for w, ln in session.execute(q)]


def prepayment_moves(session: Session, unit_id: int, end: datetime) -> list[PrepaymentMove]:
    """The unit's 预存款 ledger before `end` (each entry with its receipt's number) and the
    prepayment refunds paid out of it."""
    q = (select(PrepaymentEntry, Receipt.number).outerjoin(Receipt, Receipt.id == PrepaymentEntry.receipt_id)
         .where(PrepaymentEntry.unit_id == unit_id, PrepaymentEntry.at < end).order_by(PrepaymentEntry.id))
    out = [PrepaymentMove(at=e.at, order=e.id, text=f"{e.note}（收据 {number}）" if number else e.note, amount=e.amount)
           for e, number in session.execute(q)]
    q = select(Refund).where(Refund.unit_id == unit_id, Refund.source == RefundSource.PREPAYMENT,
                             Refund.state == ApplicationState.PAID, Refund.paid_at < end).order_by(Refund.id)
    out += [PrepaymentMove(at=r.paid_at, order=r.id, text=f"退款 {r.number}（{r.method.value if r.method else ''}）",
                           amount=-r.amount) for r in session.execute(q).scalars()]
    return out


def deposits(session: Session, unit_id: int, end: datetime) -> list[DepositEntries]:
    """The unit's deposits with their ledger entries before `end`."""
    found = list(session.execute(select(Deposit).where(Deposit.unit_id == unit_id).order_by(Deposit.taken_on,
                                                                                          Deposit.id)).scalars())
    entries: dict[int, list] = defaultdict(list)
    if found:
        q = (select(DepositEntry.deposit_id, DepositEntry.at, DepositEntry.kind, DepositEntry.amount)
             .where(DepositEntry.deposit_id.in_([d.id for d in found]), DepositEntry.at < end)
             .order_by(DepositEntry.at, DepositEntry.id))
        for did, at, kind, amount in session.execute(q):
            entries[did].append((at, kind, amount))
    return [DepositEntries(name=f"{d.kind.value}押金 {d.source_ref}".strip(), taken_on=d.taken_on, amount=d.amount,
                           entries=tuple(entries[d.id])) for d in found if entries[d.id]]
