"""工作日历 in SQL: the holidays marked in a span of days."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.contracts.calendar import HolidayRow
from deskapp.store.models.calendar import DutyHoliday


def holidays(session: Session, first: date, last: date) -> list[HolidayRow]:
    """The holidays from `first` to `last` (both inclusive), by day."""
    rows = session.execute(select(DutyHoliday).where(DutyHoliday.day >= first, DutyHoliday.day <= last)
                           .order_by(DutyHoliday.day)).scalars()
    return [HolidayRow(h.id, h.day, h.name) for h in rows]
