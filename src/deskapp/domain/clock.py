"""Time as the services see it; tests substitute a fixed or stepping clock.

The centre keeps China Standard Time (UTC+8, no daylight saving) whatever zone the PC is set
to: a reception PC installed with another zone (or a laptop brought in) must still show 09:30
for a visit at 09:30, and the printouts and Excel registers must agree with the screen.
Times are stored in UTC (store/types.py) and shown with `.astimezone(CENTRE_TZ)` (or the
clock's own zone, `ctx.clock.now().tzinfo`, which is the same)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

CENTRE_TZ = timezone(timedelta(hours=8))


class Clock:
    def now(self) -> datetime:
        """Current time at the centre, timezone-aware."""
        return datetime.now(CENTRE_TZ)

    def today(self) -> date:
        return self.now().date()


class FixedClock(Clock):
    def __init__(self, at: datetime):
        if at.tzinfo is None:
            at = at.replace(tzinfo=CENTRE_TZ)
        self._at = at

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            at = at.replace(tzinfo=self._at.tzinfo)
        self._at = at

    def advance(self, **kwargs: float) -> None:
        self._at = self._at + timedelta(**kwargs)
