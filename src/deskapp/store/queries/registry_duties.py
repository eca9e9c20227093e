"""What the duty calendar asks the owner and unit files: the completeness check runs of a period."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.store.models.registry import CompletenessRun


@dataclass(frozen=True)
class RunSeen:
    at: datetime
    by: str
    units_checked: int
    findings: int


def first_completeness_run(session: Session, start: datetime, end: datetime) -> RunSeen | None:
    """The first 档案完整性检查 run to its end from `start` up to `end`, or None."""
    row = session.execute(
        select(CompletenessRun.created_at, CompletenessRun.created_by, CompletenessRun.units_checked,
               CompletenessRun.findings)
        .where(CompletenessRun.created_at >= start, CompletenessRun.created_at < end)
        .order_by(CompletenessRun.created_at, CompletenessRun.id).limit(1)).first()
    return RunSeen(*row) if row else None
