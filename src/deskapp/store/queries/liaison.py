"""对外联络 in SQL: the contacts book, the log (newest first, or a month's), the open follow-ups."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.store.models.liaison import LiaisonBody, LiaisonRecord


def bodies(session: Session) -> list[LiaisonBody]:
    """Every body with its people, by kind then name."""
    return list(session.execute(select(LiaisonBody).order_by(LiaisonBody.kind, LiaisonBody.name)).scalars())


def records(session: Session, *, start: date | None = None, end: date | None = None, open_only: bool = False,
            person: str | None = None, limit: int | None = None) -> list[tuple[LiaisonRecord, str]]:
    """Log records with their body's name: from `start` up to (not including) `end`; `open_only` the
    follow-ups not yet done (`person`'s). A month's in the order they happened, the open ones by due
    date, the rest newest first."""
    stmt = select(LiaisonRecord, LiaisonBody.name).join(LiaisonBody, LiaisonBody.id == LiaisonRecord.body_id)
    if start is not None:
        stmt = stmt.where(LiaisonRecord.happened_on >= start)
    if end is not None:
        stmt = stmt.where(LiaisonRecord.happened_on < end)
    if open_only:
        stmt = stmt.where(LiaisonRecord.follow_up != "", LiaisonRecord.done_at.is_(None))
    if person is not None:
        stmt = stmt.where(LiaisonRecord.person == person)
    if open_only:
        stmt = stmt.order_by(LiaisonRecord.due_on, LiaisonRecord.id)
    elif start is not None:
        stmt = stmt.order_by(LiaisonRecord.happened_on, LiaisonRecord.id)
    else:
        stmt = stmt.order_by(LiaisonRecord.happened_on.desc(), LiaisonRecord.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return [(r, name) for r, name in session.execute(stmt).all()]
