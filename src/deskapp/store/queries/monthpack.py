"""每月汇总归档: what changed in a filed month after it was filed (归档后变更).

A record belongs to a month when the audit trail shows it made or changed during that month
before the filing; a later audit entry for the same record (entity and id) is a change after
filing. Only the latest filing of each month counts: a month filed again starts afresh."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.monthpack import MonthPack



@dataclass(frozen=True)
class LaterChange:
    month: str
    filed_at: datetime
    at: datetime
    actor: str
    summary: str


def filed_months(session: Session) -> list[tuple[str, datetime]]:
    """Each filed month with the time of its latest filing."""
    return [(m, at) for m, at in session.execute(
        select(MonthPack.month, func.max(MonthPack.created_at)).group_by(MonthPack.month).order_by(MonthPack.month))]


def _a_change(e) -> list:
    """An entry that changes a record of the registers: a filing, an export, a print or an unmasking
    only reads the record, and user accounts (signing in, a wait lifted, a password) are no register's."""
    return [e.entity_id.is_not(None), e.entity != "user", e.action != "monthpack.file", e.action.not_like("%export%"),
            e.action.not_like("%print%"), e.action.not_like("privacy.reveal%")]


def changes_after_filing(session: Session, month: str, filed_at: datetime, start: datetime,
                         end: datetime) -> list[LaterChange]:
    """Audit entries after `filed_at` changing records that were made or changed in [start, end)
    before the filing."""
    a, b = AuditEntry, aliased(AuditEntry)
    touched_in_month = exists().where(and_(
        b.entity == a.entity, b.entity_id == a.entity_id, b.at >= start, b.at < end, b.at <= filed_at, *_a_change(b)))
    rows = session.execute(
        select(a.at, a.actor_name, a.summary)
        .where(a.at > filed_at, touched_in_month, *_a_change(a))
        .order_by(a.at, a.id))
    return [LaterChange(month, filed_at, at, who, summary) for at, who, summary in rows]


def filings_of(session: Session, month: str) -> int:
    """How many times `month` (2026-11) was filed."""
    return session.execute(select(func.count()).select_from(MonthPack).where(MonthPack.month == month)).scalar_one()


def latest_filing(session: Session, month: str | None = None) -> tuple[str, datetime, str, str] | None:
    """(month, filed at, by, folder) of the latest filing of `month` (2026-11), or of any month when None."""
    q = select(MonthPack.month, MonthPack.created_at, MonthPack.created_by, MonthPack.folder)
    if month is not None:
        q = q.where(MonthPack.month == month)
    row = session.execute(q.order_by(MonthPack.created_at.desc(), MonthPack.id.desc()).limit(1)).first()
    return tuple(row) if row else None
