"""对外联络 rows the GUI shows: a body with its people, a log record with its follow-up."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from deskapp.domain.liaison import BodyKind, Way


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    role: str
    phone: str


@dataclass(frozen=True)
class BodyRow:
    id: int
    name: str
    kind: BodyKind
    phone: str
    address: str
    contacts: tuple[ContactRow, ...]


@dataclass(frozen=True)
class RecordRow:
    id: int
    happened_on: date
    body: str
    way: Way
    contact: str
    matter: str
    asked: str
    follow_up: str
    person: str
    due_on: date | None
    done: bool
    overdue: bool
    done_on: date | None = None  # the day the follow-up was closed (the centre's), with what was done
    done_note: str = ""
