"""公共设施 rows the GUI shows: the facilities, the bookings register (filter, row), closures and
the day's checks."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from decimal import Decimal

from deskapp.domain.facilities import BookingState, CheckKind, FacilityKind


@dataclass(frozen=True)
class FacilityRow:
    id: int
    name: str
    kind: FacilityKind
    opens: time
    closes: time
    capacity: int
    rules: str
    fee: Decimal
    deposit: Decimal


@dataclass(frozen=True)
class BookingFilter:
    facility_id: int | None = None
    unit_id: int | None = None
    states: tuple[BookingState, ...] = ()
    start: datetime | None = None  # bookings starting in [start, end)
    end: datetime | None = None


@dataclass(frozen=True)
class BookingRow:
    id: int
    number: str
    facility: str
    kind: FacilityKind
    unit_code: str
    person: str
    starts_at: datetime
    ends_at: datetime
    heads: int
    purpose: str
    fee: Decimal
    deposit: Decimal
    state: BookingState
    created_at: datetime
    created_by: str
    paid_at: datetime | None = None  # 收费 done: the fee's receipt and the deposit taken
    receipt_number: str = ""


@dataclass(frozen=True)
class ClosureRow:
    id: int
    facility: str
    starts_at: datetime
    ends_at: datetime
    reason: str
    created_by: str


@dataclass(frozen=True)
class CheckRow:
    id: int
    facility: str
    kind: CheckKind
    at: datetime
    by: str
    findings: list[str] = field(default_factory=list)  # "item：note（WX…）"
