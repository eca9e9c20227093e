"""What the GUI asks the 钥匙借用登记表 and gets back."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deskapp.domain.keys import BorrowerKind


@dataclass(frozen=True)
class LoanFilter:
    unit_id: int | None = None
    start: datetime | None = None  # lent_at >= start
    end: datetime | None = None  # lent_at < end
    open_only: bool = False
    overdue_at: datetime | None = None  # only loans still out after their due time at this moment


@dataclass(frozen=True)
class LoanRow:
    id: int
    key_id: int
    tag: str
    key_label: str
    unit_id: int
    unit_code: str
    lent_at: datetime
    borrower_name: str
    borrower_kind: BorrowerKind
    id_check: str  # 证件核验 as printed: type, masked number, verified or approved by whom
    purpose: str
    lent_by: str
    due_at: datetime
    returned_at: datetime | None
    returned_by_name: str
    received_by: str
    deposit: object
    overdue_note: str
    approval_reason: str = ""  # the supervisor's reason for an approved loan, printed beside 证件核验
