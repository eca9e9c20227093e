"""工作日历 in SQL: the holidays marked in a span of days, and the day the centre began."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.contracts.calendar import HolidayRow
from deskapp.store.models.accounts import User
from deskapp.store.models.calendar import DutyHoliday


def holidays(session: Session, first: date, last: date) -> list[HolidayRow]:
    """The holidays from `first` to `last` (both inclusive), by day."""
    rows = session.execute(select(DutyHoliday).where(DutyHoliday.day >= first, DutyHoliday.day <= last)
                           .order_by(DutyHoliday.day)).scalars()
    return [HolidayRow(h.id, h.day, h.name) for h in rows]


def first_account_at(session: Session) -> datetime | None:
    """When the desk's first account was made (the administrator of a new database): no duty
    falls due before the centre used the program. None while there is no account."""
    return session.execute(select(func.min(User.created_at))).scalar()
