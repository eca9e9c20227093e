"""Times as the centre reads them: in the centre's zone (domain.clock.CENTRE_TZ), whatever zone
the PC is set to. The one place screens, papers and registers turn a stored UTC time into text."""
from __future__ import annotations

from datetime import date, datetime, time

from deskapp.domain.clock import CENTRE_TZ

MINUTE = "%Y-%m-%d %H:%M"
SECOND = "%Y-%m-%d %H:%M:%S"


def local(dt: datetime | None, tz=CENTRE_TZ) -> datetime | None:
    """The same moment on the centre's wall clock."""
    return dt.astimezone(tz) if dt else None


def naive_local(dt: datetime | None, tz=CENTRE_TZ) -> datetime | None:
    """The centre's wall-clock time without a zone: Excel cells have no time zones."""
    return dt.astimezone(tz).replace(tzinfo=None) if dt else None


def local_text(dt: datetime | None, fmt: str = MINUTE, tz=CENTRE_TZ) -> str:
    """"2026-11-27 09:30", or "" for no time."""
    return dt.astimezone(tz).strftime(fmt) if dt else ""


def zoned_text(dt: datetime, tz=CENTRE_TZ) -> str:
    """Local time with its zone, as the audit trail is read: 2026-11-27 09:30:00 +08:00."""
    loc = dt.astimezone(tz)
    z = loc.strftime("%z")
    return loc.strftime(SECOND) + f" {z[:3]}:{z[3:]}"


def day_start(day: date, tz=CENTRE_TZ) -> datetime:
    """Midnight at the start of `day` at the centre."""
    return datetime.combine(day, time(0), tzinfo=tz)
