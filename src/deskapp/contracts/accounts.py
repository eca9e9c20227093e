"""The audit trail's register: what the supervisor's browser asks for and the rows it gets."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class TrailFilter:
    """What the browser's filter bar asks for; dates are local calendar days, inclusive."""

    actor_name: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    unit_id: int | None = None
    action: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class AuditFilter:
    """TrailFilter as the store query takes it: the days turned into the centre's instants."""

    actor_name: str | None = None
    start: datetime | None = None  # aware; inclusive
    end: datetime | None = None  # aware; exclusive
    unit_id: int | None = None
    action: str | None = None  # exact name, or a prefix ending in "." ("accounts.")
    text: str | None = None  # words in the summary or the entity number


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor_name: str
    actor_role: str
    action: str
    entity: str
    entity_id: str | None
    unit_id: int | None
    unit_code: str | None
    summary: str
    before: str | None
    after: str | None
    entity_number: str | None = None  # filled by the service for the rows it shows (audit_numbers)


@dataclass(frozen=True)
class DeskRow:
    """A desk signed in to the database, as 在线工作站 lists it."""

    desk: str  # the PC's host name
    user: str  # display name (username)
    since: datetime
    last_seen: datetime
