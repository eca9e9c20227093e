"""Read-side queries of the old system's payment history (历史缴费): a unit's lines, the
register export, and the import records beside their lines for `deskapp check`."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from deskapp.domain.money import ZERO
from deskapp.contracts.billing import HistoryBatchSums, HistoryPaymentRow
from deskapp.store.models.billing_history import PaymentHistory, PaymentHistoryBatch
from deskapp.store.models.registry import Unit

_H = PaymentHistory


def _rows(start: date | None, end: date | None) -> Select:
    q = (select(_H.paid_on, Unit.code, _H.receipt_no, _H.item, _H.period, _H.billed, _H.paid, _H.method,
                _H.cashier, _H.notes).join(Unit, Unit.id == _H.unit_id))
    if start is not None:
        q = q.where(_H.paid_on >= start, _H.paid_on < end)
    return q


def unit_history(session: Session, unit_id: int) -> list[HistoryPaymentRow]:
    """A unit's historical payments, newest first."""
    q = _rows(None, None).where(_H.unit_id == unit_id).order_by(_H.paid_on.desc(), _H.id.desc())
    return [HistoryPaymentRow(*r) for r in session.execute(q)]


def history_count(session: Session, start: date | None = None, end: date | None = None) -> int:
    q = select(func.count(_H.id))
    if start is not None:
        q = q.where(_H.paid_on >= start, _H.paid_on < end)
    return session.execute(q).scalar() or 0


def history_register(session: Session, start: date | None = None, end: date | None = None
                     ) -> Iterator[HistoryPaymentRow]:
    """Every line (or a month's: paid on or after `start`, before `end`) by date, as streamed."""
    q = _rows(start, end).order_by(_H.paid_on, _H.id)
    for r in session.execute(q.execution_options(yield_per=2000)):
        yield HistoryPaymentRow(*r)


def batch_sums(session: Session) -> list[HistoryBatchSums]:
    """Each import's recorded rows and totals, and what its lines count and add up to."""
    lines = {bid: (n, b, p) for bid, n, b, p in session.execute(
        select(_H.batch_id, func.count(_H.id), func.sum(_H.billed), func.sum(_H.paid)).group_by(_H.batch_id))}
    out = []
    for b in session.execute(select(PaymentHistoryBatch).order_by(PaymentHistoryBatch.id)).scalars():
        n, billed, paid = lines.get(b.id, (0, None, None))
        out.append(HistoryBatchSums(b.file, b.sheet, b.rows, b.billed, b.paid, n, billed or ZERO, paid or ZERO))
    return out
