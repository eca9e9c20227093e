"""Time as the services see it; tests substitute a fixed or stepping clock."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone


class Clock:
    def now(self) -> datetime:
        """Current local time, timezone-aware."""
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()


class FixedClock(Clock):
    def __init__(self, at: datetime):
        if at.tzinfo is None:
            at = at.replace(tzinfo=timezone(timedelta(hours=8)))
        self._at = at

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            at = at.replace(tzinfo=self._at.tzinfo)
        self._at = at

    def advance(self, **kwargs: float) -> None:
        self._at = self._at + timedelta(**kwargs)
