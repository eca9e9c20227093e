"""空置房 / 出租单元 rows the GUI shows: a vacant unit with its last check, a check, a tenant's lease."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class VacantRow:
    unit_id: int
    code: str
    last_checked: date | None
    due: bool  # not checked yet this period


@dataclass(frozen=True)
class CheckRow:
    id: int
    unit_code: str
    checked_on: date
    checked_by: str
    findings: str  # "" when every item was OK; else the findings with what they became


@dataclass(frozen=True)
class TenantRow:
    tie_id: int
    unit_id: int
    unit_code: str
    name: str
    phone: str  # masked
    lease_start: date | None
    lease_end: date | None
    over: bool  # past the lease end and still on file
    notified_on: date | None  # the owner told of this lease end (通知业主)


@dataclass(frozen=True)
class Tenancy:
    """A tenant's tie as the store reads it (phone unmasked: the services mask it for the screen)."""
    id: int
    unit_id: int
    unit_code: str
    name: str
    phone: str | None
    lease_start: date | None
    lease_end: date | None
    until: date | None
    note: str
    told_on: date | None  # the day the owner was told of this lease end
