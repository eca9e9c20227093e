"""工作日历: the rows the calendar tab asks for and shows."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from deskapp.domain.calendar import DutyStatus


@dataclass(frozen=True)
class HolidayRow:
    id: int
    day: date
    name: str


@dataclass(frozen=True)
class DutyRow:
    """One occurrence of a duty: due on `due`, about `period` (2026-12-03, 2026-12, 2026Q4…)."""

    due: date
    key: str
    name: str
    role: str
    period: str
    status: DutyStatus
    record: str  # what did it ("" when nothing has)
