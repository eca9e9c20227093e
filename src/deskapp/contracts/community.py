"""社区文化 rows the GUI shows: a board, an activity with its summary, a sign-up, a spending line."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from deskapp.domain.community import ActivityState, SignupState, Summary


@dataclass(frozen=True)
class BoardRow:
    id: int
    theme: str
    location: str
    put_up_on: date
    taken_down_on: date | None
    person: str
    created_by: str
    version: int = 1  # what an edit form sends back (issue 18 §3)


@dataclass(frozen=True)
class ActivityRow:
    id: int
    title: str
    starts_at: datetime
    place: str
    budget: Decimal
    organiser: str
    limit: int
    waiting_list: bool
    content: str
    summary: Summary
    state: ActivityState = ActivityState.OPEN
    cancel_reason: str = ""  # 已取消: why, with who and when in `cancelled`
    cancelled: str = ""  # "2026-12-05 王敏"
    version: int = 1


@dataclass(frozen=True)
class SignupRow:
    id: int
    activity_id: int
    activity: str
    starts_at: datetime
    unit_code: str
    name: str
    people: int
    state: SignupState
    attended: bool
    signed_at: datetime
    activity_cancelled: bool = False


@dataclass(frozen=True)
class SpendingRow:
    id: int
    item: str
    amount: Decimal
    spent_on: date
    voided: bool
    void_reason: str
    created_by: str


@dataclass(frozen=True)
class AttachmentRow:
    """A board's or an activity's kept file, with the hash it is kept under."""
    file_id: int
    name: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str
