"""工作日历: loading what a service call changes: a marked holiday."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from deskapp.store.models.calendar import DutyHoliday
from deskapp.store.repositories.base import Repository


class CalendarRepository(Repository):

    def holiday(self, holiday_id: int) -> DutyHoliday | None:
        return self.s.get(DutyHoliday, holiday_id)

    def holiday_on(self, day: date) -> DutyHoliday | None:
        return self.s.execute(select(DutyHoliday).where(DutyHoliday.day == day)).scalar_one_or_none()
