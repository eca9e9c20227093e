"""早会 in SQL: open assignments (one person's, or all for the supervisor), the month's register."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from deskapp.store.models.meetings import Meeting, MeetingAssignment


def open_assignments(session: Session, person: str | None = None) -> list[tuple[MeetingAssignment, date]]:
    """Assignments not yet closed, oldest meeting first; `person` narrows to one user's."""
    stmt = (select(MeetingAssignment, Meeting.held_on).join(Meeting, Meeting.id == MeetingAssignment.meeting_id)
            .where(MeetingAssignment.closed_at.is_(None)))
    if person is not None:
        stmt = stmt.where(MeetingAssignment.person == person)
    return [(a, d) for a, d in session.execute(stmt.order_by(Meeting.held_on, MeetingAssignment.id)).all()]


def meetings_between(session: Session, start: date, end: date) -> list[Meeting]:
    """Meetings held from `start` up to (not including) `end`, by day, their attendees and
    requirements loaded with them (two queries, not two a meeting)."""
    return list(session.execute(select(Meeting).where(Meeting.held_on >= start, Meeting.held_on < end)
                                .options(selectinload(Meeting.attendees), selectinload(Meeting.requirements))
                                .order_by(Meeting.held_on)).scalars())


def assignments_of(session: Session, meeting_ids: list[int]) -> dict[int, list[MeetingAssignment]]:
    out: dict[int, list[MeetingAssignment]] = {}
    rows = session.execute(select(MeetingAssignment).where(MeetingAssignment.meeting_id.in_(meeting_ids))
                           .order_by(MeetingAssignment.id)).scalars()
    for a in rows:
        out.setdefault(a.meeting_id, []).append(a)
    return out
