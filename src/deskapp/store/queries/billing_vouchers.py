"""The handovers of a period with what each receipt in them paid, for the accounting vouchers."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from deskapp.domain.billing_vouchers import HandoverTakings, PaidLine, PaidReceipt
from deskapp.store.models.billing import BillLine, Handover, Receipt, ReceiptLine


def handover_takings(session: Session, start: date, end: date) -> list[HandoverTakings]:
    """Handovers of days start ≤ day < end, by day then as made. Each lists the receipts it books:
    its own receipts not voided before it, and the late voids it takes off (reversed)."""
    handovers = list(session.execute(select(Handover).where(Handover.day >= start, Handover.day < end)
                                     .order_by(Handover.day, Handover.id)).scalars())
    ids = [h.id for h in handovers]
    if not ids:
        return []
    in_period = or_(Receipt.handover_id.in_(ids), Receipt.void_handover_id.in_(ids))
    receipts = list(session.execute(select(Receipt).where(in_period).order_by(Receipt.series, Receipt.seq)).scalars())
    lines: dict[int, list[PaidLine]] = defaultdict(list)
    rows = session.execute(
        select(ReceiptLine.receipt_id, ReceiptLine.item, ReceiptLine.amount, BillLine.quarter)
        .outerjoin(BillLine, BillLine.id == ReceiptLine.bill_line_id)
        .where(ReceiptLine.receipt_id.in_(select(Receipt.id).where(in_period))).order_by(ReceiptLine.id))
    for receipt_id, item, amount, quarter in rows:
        lines[receipt_id].append(PaidLine(item=item, amount=amount, quarter=quarter))
    booked: dict[int, list[PaidReceipt]] = defaultdict(list)
    for r in receipts:
        def paid(reversed_: bool, r: Receipt = r) -> PaidReceipt:
            return PaidReceipt(number=r.number, day=r.day, method=r.method.value, amount=r.amount,
                               prepaid_used=r.prepaid_used, lines=tuple(lines[r.id]), reversed=reversed_)
        voided_in_own = r.void_handover_id is not None and r.void_handover_id == r.handover_id
        if r.handover_id in ids and not voided_in_own:
            booked[r.handover_id].append(paid(False))
        if r.void_handover_id in ids and not voided_in_own:
            booked[r.void_handover_id].append(paid(True))
    return [HandoverTakings(id=h.id, day=h.day, cashier_name=h.cashier_name, total=h.total,
                            receipts=tuple(booked[h.id])) for h in handovers]
