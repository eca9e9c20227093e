"""The centre's office hours, and a due time kept within them: a 咨询 registered at 17:55 with 8 hours
to answer was due at 01:55 in the night; with office hours it is due at the next opening, 08:30
(reception.office_hours). A due time within office hours stays as the hours make it — unless its day
is one the centre is closed (a holiday of the duty calendar: a 投诉 of 12-31 16:30 due in 24 hours is
due at the opening of 1-2, not on 元旦)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from deskapp.domain.errors import ValidationError

FIELD = "办公时间"
_SPAN = re.compile(r"\s*(\d{1,2}):(\d{2})\s*[-–~至]\s*(\d{1,2}):(\d{2})\s*")


@dataclass(frozen=True)
class OfficeHours:
    opens: time
    closes: time
    closed: frozenset[date] = frozenset()  # the days the centre does not open (the duty calendar's holidays)

    def __str__(self) -> str:
        return f"{self.opens:%H:%M}-{self.closes:%H:%M}"


def parse_office_hours(text: str) -> OfficeHours | None:
    """"08:30-17:30" (also 08:30–17:30, 8:30至17:30) as office hours; blank: None (none set).
    A ValidationError of 办公时间, in words, for anything else or a day that closes before it opens."""
    if not text.strip():
        return None
    m = _SPAN.fullmatch(text)
    if not m:
        raise ValidationError(FIELD, "请按“上班-下班”填写，如 08:30-17:30；空白为不设")
    h1, m1, h2, m2 = map(int, m.groups())
    if not (h1 <= 23 and h2 <= 23 and m1 <= 59 and m2 <= 59):
        raise ValidationError(FIELD, "时间应在 00:00 到 23:59 之间，如 08:30-17:30")
    opens, closes = time(h1, m1), time(h2, m2)
    if closes <= opens:
        raise ValidationError(FIELD, f"下班时间 {closes:%H:%M} 应晚于上班时间 {opens:%H:%M}")
    return OfficeHours(opens, closes)


def closed_on(office: OfficeHours, days: frozenset[date]) -> OfficeHours:
    """The office hours with the days the centre is closed."""
    return replace(office, closed=days)


def in_office_hours(due: datetime, office: OfficeHours) -> datetime:
    """`due`, or where it falls outside office hours the next opening: before the day's opening,
    that opening; at or after its closing, the next day's; on a day the centre is closed, the next
    opening after it."""
    opens = due.replace(hour=office.opens.hour, minute=office.opens.minute, second=0, microsecond=0)
    closes = due.replace(hour=office.closes.hour, minute=office.closes.minute, second=0, microsecond=0)
    if due < opens:
        due = opens
    elif due >= closes:
        due = opens + timedelta(days=1)
    while due.date() in office.closed:
        due = due.replace(hour=office.opens.hour, minute=office.opens.minute, second=0, microsecond=0) + timedelta(days=1)
    return due
