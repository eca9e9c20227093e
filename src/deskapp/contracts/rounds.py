"""Filter and row types of the 楼宇管家 registers (decorations, release slips): the GUI and
commands build the filters and show the rows; store/queries/rounds.py fills them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from deskapp.domain.decoration import DecorationState
from deskapp.domain.rounds import ReleaseKind


@dataclass(frozen=True)
class DecorationFilter:
    text: str = ""  # unit code or company contains
    state: DecorationState | None = None
    unit_id: int | None = None


@dataclass(frozen=True)
class DecorationHead:
    """How the register row and the detail page both name a decoration (built by keyword)."""
    id: int
    number: str
    unit_id: int
    unit_code: str
    state: DecorationState
    owner_name: str


@dataclass(frozen=True)
class DecorationRow(DecorationHead):
    company: str
    works: str
    starts_on: date
    ends_on: date
    deposit: Decimal
    applied_at: datetime
    version: int = 0  # what 延期 sends back: an extension over another desk's save is refused


@dataclass(frozen=True)
class SiteRow:
    """A unit under decoration on the steward's daily check list."""
    decoration_id: int
    number: str
    unit_id: int
    unit_code: str
    state: DecorationState
    company: str
    leader: str
    leader_phone: str
    ends_on: date
    open_rectifications: int
    last_check: date | None


@dataclass(frozen=True)
class SlipFilter:
    text: str = ""  # number, unit code, applicant or plate contains
    only_open: bool = False  # issued, not returned, not voided
    only_overdue: bool = False
    unit_id: int | None = None
    start: datetime | None = None
    end: datetime | None = None


@dataclass(frozen=True)
class SlipRow:
    id: int
    number: str
    unit_code: str
    kind: ReleaseKind
    applicant: str
    company: str
    plate: str
    items: str
    issued_at: datetime
    issued_by: str
    confirmed_by: str
    returned_at: datetime | None
    voided_at: datetime | None
    overdue: bool

    @property
    def status(self) -> str:
        if self.voided_at:
            return "已作废"
        if self.returned_at:
            return "已交回"
        return "逾期未交回" if self.overdue else "未交回"
