"""What the duty calendar asks the key records: loans due by a day's end and their return, the
month's filed counts."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deskapp.store.models.keys import InventoryCount, KeyLoan


def loans_due(session: Session, start: datetime, end: datetime) -> tuple[int, int]:
    """(loans due from `start` up to `end`, loans due before `end` still out at `end`)."""
    due = session.execute(select(func.count()).select_from(KeyLoan)
                          .where(KeyLoan.due_at >= start, KeyLoan.due_at < end)).scalar_one()
    out = session.execute(select(func.count()).select_from(KeyLoan).where(
        KeyLoan.due_at < end, KeyLoan.lent_at < end,
        or_(KeyLoan.returned_at.is_(None), KeyLoan.returned_at >= end))).scalar_one()
    return due, out


def filed_counts(session: Session, month: str) -> list[tuple[datetime, str]]:
    """(filed at, by) of the counts filed for `month` (2026-11), first first."""
    return [tuple(r) for r in session.execute(
        select(InventoryCount.filed_at, InventoryCount.filed_by).where(InventoryCount.month == month)
        .order_by(InventoryCount.filed_at))]
