"""What the GUI asks the reception registers and what it gets back: requests, repair orders,
defects, violations, mail and the reception log."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from deskapp.domain.reception import (
    CallbackResult, Channel, DefectKind, DefectState, Department, MailKind, MailPlace, Notified, RepairScope,
    RepairState, RequestKind, RequestState, Urgency, ViolationKind, ViolationState,
)


@dataclass(frozen=True)
class RequestFilter:
    states: tuple[RequestState, ...] = ()  # empty: all
    start: datetime | None = None  # registered at or after
    end: datetime | None = None  # registered before
    kind: RequestKind | None = None
    department: Department | None = None
    unit_id: int | None = None
    text: str = ""  # in the content, caller, location or unit code
    overdue_at: datetime | None = None  # only items open and past due at this moment
    major_only: bool = False
    # with overdue_at: also the finished ones whose callback is late, those finished before this
    # (overdue_at less reception.callback_hours; the service fills it in)
    callbacks_finished_before: datetime | None = None


@dataclass(frozen=True)
class RequestRow:
    id: int
    number: str  # 客诉单号 KS2026-000123
    registered_at: datetime
    unit_id: int | None
    unit_code: str
    location: str
    caller: str
    channel: Channel
    kind: RequestKind
    category: str
    text: str
    urgency: Urgency
    major: bool
    department: Department | None
    state: RequestState
    due_at: datetime | None
    deferred_until: date | None
    completed_at: datetime | None
    callback_result: CallbackResult | None
    reopen_count: int
    repair_number: str | None


@dataclass(frozen=True)
class RepairFilter:
    states: tuple[RepairState, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    scope: RepairScope | None = None
    unit_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class RepairRow:
    id: int
    number: str
    reported_at: datetime
    scope: RepairScope
    unit_id: int | None
    unit_code: str
    location: str
    fault: str
    reported_by: str
    urgency: Urgency
    paid: bool
    technician: str
    state: RepairState
    dispatched_at: datetime | None
    arrived_at: datetime | None
    finished_at: datetime | None
    materials: str
    charge: Decimal | None
    check_ok: bool | None
    callback_result: CallbackResult | None
    rework_count: int
    source: str
    fee_receipt: str = ""  # the receipt of the 有偿维修 charge that paid it (billing's 临时收费)


@dataclass(frozen=True)
class DefectRow:
    id: int
    unit_id: int | None
    unit_code: str
    building: str
    location: str
    kind: DefectKind
    description: str
    reported_on: date
    reported_by: str
    responsible: str
    state: DefectState
    fixed_on: date | None
    last_followup: str


@dataclass(frozen=True)
class ViolationRow:
    id: int
    unit_id: int
    unit_code: str
    kind: ViolationKind
    found_on: date
    found_by: str
    description: str
    demanded: str
    deadline: date | None
    state: ViolationState
    outcome: str
    escalated_at: datetime | None


@dataclass(frozen=True)
class MailRow:
    id: int
    unit_id: int
    unit_code: str
    kind: MailKind
    sender: str
    tracking: str
    received_at: datetime
    notified: Notified
    notified_at: datetime | None
    place: MailPlace
    collected_by: str
    collected_at: datetime | None
    registered_by: str


@dataclass(frozen=True)
class LogRow:
    id: int
    at: datetime
    channel: Channel
    visitor: str
    unit_code: str
    matter: str
    outcome: str
    clerk: str
