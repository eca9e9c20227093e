"""What the duty calendar asks the month packs: when a month was filed."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.store.models.monthpack import MonthPack


def first_filing(session: Session, month: str) -> tuple[datetime, str] | None:
    """(filed at, by) of `month`'s (2026-11) first filed pack, or None."""
    row = session.execute(select(MonthPack.created_at, MonthPack.created_by).where(MonthPack.month == month)
                          .order_by(MonthPack.created_at).limit(1)).first()
    return (row[0], row[1]) if row else None
