"""The handovers of a period with what each receipt in them paid, the deposits they took or gave
back and the refunds they paid out, for the accounting vouchers."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, or_, select, union
from sqlalchemy.orm import Session

from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.billing_deposits import EntryKind
from deskapp.domain.billing_vouchers import (
    DepositMoved, HandoverTakings, PaidLine, PaidReceipt, RefundPaid, month_parts,
)
from deskapp.store.models.billing import Bill, BillLine, BillRun, Handover, Receipt, ReceiptLine
from deskapp.store.models.billing_deposits import DepositEntry, DepositHandover, Refund


def handover_takings(session: Session, start: date, end: date) -> list[HandoverTakings]:
    """The money of days start ≤ day < end as handed over, by day then as made: the handovers of
    those days, each split by month (`month_parts`: a sheet handed over late across a month end
    books each month's money in its month), and the parts of later handovers that carry money of
    those days. Each lists the receipts it books: its own receipts not voided before it, and the
    late voids it takes off (reversed)."""
    def of_days(column):
        return and_(column >= start, column < end)

    carrying = union(  # later handovers carrying money of these days (handed over late)
        select(Receipt.handover_id).where(Receipt.handover_id.is_not(None), of_days(Receipt.day)),
        select(Receipt.void_handover_id).where(Receipt.void_handover_id.is_not(None), of_days(Receipt.void_day)),
        select(Refund.handover_id).where(Refund.handover_id.is_not(None), of_days(Refund.paid_day)),
        select(DepositHandover.handover_id).join(DepositEntry, DepositEntry.id == DepositHandover.entry_id)
        .where(of_days(DepositEntry.day))).subquery()
    handovers = list(session.execute(
        select(Handover).where(Handover.day >= start, or_(Handover.day < end, Handover.id.in_(select(carrying))))
        .order_by(Handover.day, Handover.id)).scalars())
    ids = {h.id for h in handovers}
    if not ids:
        return []
    in_period = or_(Receipt.handover_id.in_(ids), Receipt.void_handover_id.in_(ids))
    # the columns the vouchers use, not whole receipts: a busy month has thousands
    receipts = session.execute(
        select(Receipt.id, Receipt.number, Receipt.day, Receipt.method, Receipt.amount, Receipt.prepaid_used,
               Receipt.handover_id, Receipt.void_handover_id, Receipt.void_day)
        .where(in_period).order_by(Receipt.series, Receipt.seq)).all()
    lines: dict[int, list[PaidLine]] = defaultdict(list)
    rows = session.execute(
        select(ReceiptLine.receipt_id, ReceiptLine.item, ReceiptLine.amount, Bill.run_id)
        .outerjoin(BillLine, BillLine.id == ReceiptLine.bill_line_id).outerjoin(Bill, Bill.id == BillLine.bill_id)
        .where(ReceiptLine.receipt_id.in_(select(Receipt.id).where(in_period))).order_by(ReceiptLine.id))
    # the day a bill was posted is its run's: a few runs, not a time per line
    posted = {run_id: at.astimezone(CENTRE_TZ).date()
              for run_id, at in session.execute(select(BillRun.id, BillRun.posted_at))}
    for receipt_id, item, amount, run_id in rows:
        lines[receipt_id].append(PaidLine(item=item, amount=amount, billed_on=posted.get(run_id)))
    booked: dict[int, list[PaidReceipt]] = defaultdict(list)
    for r in receipts:
        def paid(reversed_: bool, r=r) -> PaidReceipt:
            return PaidReceipt(number=r.number, day=r.day, method=r.method.value, amount=r.amount,
                               prepaid_used=r.prepaid_used, lines=tuple(lines[r.id]), reversed=reversed_,
                               booked_on=r.void_day if reversed_ else r.day)
        voided_in_own = r.void_handover_id is not None and r.void_handover_id == r.handover_id
        if r.handover_id in ids and not voided_in_own:
            booked[r.handover_id].append(paid(False))
        if r.void_handover_id in ids and not voided_in_own:
            booked[r.void_handover_id].append(paid(True))
    deposits, refunds = _deposits_moved(session, ids), _refunds_paid(session, ids)
    whole = [HandoverTakings(id=h.id, day=h.day, cashier_name=h.cashier_name, total=h.total,
                             receipts=tuple(booked[h.id]), deposits=tuple(deposits[h.id]), refunds=tuple(refunds[h.id]))
             for h in handovers]
    return sorted((part for h in whole for part in month_parts(h) if start <= part.day < end),
                  key=lambda part: (part.day, part.id))


def _deposits_moved(session: Session, ids: set[int]) -> dict[int, list[DepositMoved]]:
    out: dict[int, list[DepositMoved]] = defaultdict(list)
    for hid, kind, method, amount, day in session.execute(
            select(DepositHandover.handover_id, DepositEntry.kind, DepositEntry.method, DepositEntry.amount,
                   DepositEntry.day)
            .join(DepositEntry, DepositEntry.id == DepositHandover.entry_id)
            .where(DepositHandover.handover_id.in_(ids)).order_by(DepositEntry.id)):
        out[hid].append(DepositMoved(method=method.value, amount=amount, taken=kind is EntryKind.TAKEN, day=day))
    return out


def _refunds_paid(session: Session, ids: set[int]) -> dict[int, list[RefundPaid]]:
    """The 退款单 each handover paid out (a deposit refund's 退还 entry is not in _deposits_moved:
    the handover counts it through the refund)."""
    out: dict[int, list[RefundPaid]] = defaultdict(list)
    for hid, number, source, method, amount, day in session.execute(
            select(Refund.handover_id, Refund.number, Refund.source, Refund.method, Refund.amount, Refund.paid_day)
            .where(Refund.handover_id.in_(ids)).order_by(Refund.number)):
        out[hid].append(RefundPaid(number=number, source=source, method=method.value, amount=amount, day=day))
    return out
