"""What the duty calendar asks the key records: loans due by a day's end and their return, the
month's filed counts."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.store.models.keys import InventoryCount, KeyLoan


def loans_due(session: Session, start: datetime, end: datetime) -> tuple[int, int]:
    """(loans due from `start` up to `end`, loans due before `end` still out at `end`)."""
    due = session.execute(select(func.count()).select_from(KeyLoan)
                          .where(KeyLoan.due_at >= start, KeyLoan.due_at < end)).scalar_one()
    # Still out at `end`: not returned, or returned after it — two ranges of ix_key_loans_open_due
    # (returned_at, due_at, lent_at), which answers both alone. Asked as one OR, the database read
    # every loan ever lent before `end` (25,000 at 20,000 units: ~45 ms a day asked, and the
    # clerk's morning list asks two days).
    out = sum(session.execute(select(func.count()).select_from(KeyLoan).where(
        returned, KeyLoan.due_at < end, KeyLoan.lent_at < end)).scalar_one()
        for returned in (KeyLoan.returned_at.is_(None), KeyLoan.returned_at >= end))
    return due, out


def filed_counts(session: Session, month: str) -> list[tuple[datetime, str]]:
    """(filed at, by) of the counts filed for `month` (2026-11), first first."""
    return [tuple(r) for r in session.execute(
        select(InventoryCount.filed_at, InventoryCount.filed_by).where(InventoryCount.month == month)
        .order_by(InventoryCount.filed_at))]
