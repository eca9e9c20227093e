"""Which automatic backups to keep: a rolling set of daily, weekly and monthly copies.

Walking from the newest backup back, a backup is kept when it is the newest one of a day
(up to `daily` distinct days), of an ISO week (up to `weekly` weeks) or of a month (up to
`monthly` months). Everything else is pruned. The newest backup is always kept."""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta

DAILY, WEEKLY, MONTHLY = 14, 8, 12
STALE_AFTER = timedelta(days=2)

_STAMP = re.compile(r"-(\d{8}-\d{6})\.(?:sqlite|dump)$")  # a SQLite copy, or a server's pg_dump


def keep(stamps: Iterable[datetime], *, daily: int = DAILY, weekly: int = WEEKLY,
         monthly: int = MONTHLY) -> set[datetime]:
    days: set = set()
    weeks: set = set()
    months: set = set()
    kept: set[datetime] = set()
    for at in sorted(set(stamps), reverse=True):
        day = at.date()
        week = at.isocalendar()[:2]
        month = (at.year, at.month)
        if day not in days and len(days) < daily:
            days.add(day)
            kept.add(at)
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            kept.add(at)
        if month not in months and len(months) < monthly:
            months.add(month)
            kept.add(at)
    return kept


def prune(stamps: Iterable[datetime], **limits: int) -> set[datetime]:
    """The backups the rule lets go."""
    stamps = set(stamps)
    return stamps - keep(stamps, **limits)


def file_name(stem: str, kind: str, at: datetime, suffix: str = ".sqlite") -> str:
    """deskapp-auto-20261127-093000.sqlite (.dump for a server's pg_dump): the time is part of
    the name, so sorting the folder sorts the backups and pruning does not depend on file times."""
    return f"{stem}-{kind}-{at.strftime('%Y%m%d-%H%M%S')}{suffix}"


def stamp_of(name: str) -> datetime | None:
    m = _STAMP.search(name)
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def is_stale(last: datetime | None, now: datetime) -> bool:
    return last is None or now - last > STALE_AFTER
