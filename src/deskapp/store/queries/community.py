"""社区文化 in SQL: the boards of a period, the activities with their sign-up and spending sums, an
activity's or a unit's sign-ups, an activity's spending lines."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from deskapp.contracts.community import ActivityRow, AttachmentRow, BoardRow, SignupRow, SpendingRow
from deskapp.domain.community import SignupState, Summary, activity_state
from deskapp.domain.local_time import local
from deskapp.store.models.community import (
    CommunityActivity, CommunityActivityPhoto, CommunityBoard, CommunityBoardFile, CommunitySignup, CommunitySpending,
)
from deskapp.store.models.registry import Unit
from deskapp.store.models.stored_files import StoredFile


def boards(session: Session, *, start: date | None = None, end: date | None = None) -> list[BoardRow]:
    """Boards put up from `start` up to (not including) `end`, newest first (a period's in order)."""
    stmt = select(CommunityBoard)
    if start is not None:
        stmt = stmt.where(CommunityBoard.put_up_on >= start)
    if end is not None:
        stmt = stmt.where(CommunityBoard.put_up_on < end)
    order = (CommunityBoard.put_up_on, CommunityBoard.id) if start is not None else (
        CommunityBoard.put_up_on.desc(), CommunityBoard.id.desc())
    return [BoardRow(b.id, b.theme, b.location, b.put_up_on, b.taken_down_on, b.person, b.created_by, b.version)
            for b in session.execute(stmt.order_by(*order)).scalars()]


def first_board(session: Session, start: date, end: date) -> tuple[date, str, str] | None:
    """(put up on, theme, person) of the first board that went up between `start` and (not
    including) `end`, or None."""
    row = session.execute(select(CommunityBoard.put_up_on, CommunityBoard.theme, CommunityBoard.person)
                          .where(CommunityBoard.put_up_on >= start, CommunityBoard.put_up_on < end)
                          .order_by(CommunityBoard.put_up_on, CommunityBoard.id).limit(1)).first()
    return (row[0], row[1], row[2]) if row else None


def _summaries(session: Session, ids: list[int]) -> dict[int, tuple[int, int, int, int, int, Decimal]]:
    s = CommunitySignup
    signed = s.state == SignupState.SIGNED
    came = signed & s.attended

    def count(cond):
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    def people(cond):
        return func.coalesce(func.sum(case((cond, s.people), else_=0)), 0)

    out = {i: (0, 0, 0, 0, 0, Decimal("0.00")) for i in ids}
    for row in session.execute(select(s.activity_id, count(signed), people(signed),
                                      count(s.state == SignupState.WAITING), count(came), people(came))
                               .where(s.activity_id.in_(ids)).group_by(s.activity_id)):
        out[row[0]] = (*row[1:], out[row[0]][5])
    spent = select(CommunitySpending.activity_id, func.sum(CommunitySpending.amount)).where(
        CommunitySpending.activity_id.in_(ids), CommunitySpending.voided_at.is_(None)).group_by(
        CommunitySpending.activity_id)
    for activity_id, amount in session.execute(spent):  # sum() keeps the column's type: Decimal yuan
        out[activity_id] = (*out[activity_id][:5], amount)
    return out


def activities(session: Session, *, start: datetime | None = None, end: datetime | None = None,
               activity_id: int | None = None, now: datetime | None = None) -> list[ActivityRow]:
    """Activities with their summaries: from `start` up to `end` in time order, else newest first.
    `now` tells 报名中 from 已举行 (without it, every activity not called off is 报名中)."""
    stmt = select(CommunityActivity)
    if start is not None:
        stmt = stmt.where(CommunityActivity.starts_at >= start)
    if end is not None:
        stmt = stmt.where(CommunityActivity.starts_at < end)
    if activity_id is not None:
        stmt = stmt.where(CommunityActivity.id == activity_id)
    order = (CommunityActivity.starts_at, CommunityActivity.id) if start is not None else (
        CommunityActivity.starts_at.desc(), CommunityActivity.id.desc())
    found = list(session.execute(stmt.order_by(*order)).scalars())
    sums = _summaries(session, [a.id for a in found])
    return [ActivityRow(a.id, a.title, a.starts_at, a.place, a.budget, a.organiser, a.people_limit, a.waiting_list,
                        a.content, Summary(*sums[a.id][:5], budget=a.budget, spent=sums[a.id][5]),
                        activity_state(a.starts_at, a.cancelled_at is not None, now),
                        a.cancel_reason or "", _cancelled(a), a.version)
            for a in found]


def _cancelled(a: CommunityActivity) -> str:
    return f"{local(a.cancelled_at):%Y-%m-%d} {a.cancelled_by}" if a.cancelled_at is not None else ""


def signups(session: Session, *, activity_id: int | None = None, unit_id: int | None = None,
            with_cancelled: bool = True) -> list[SignupRow]:
    """Sign-ups of an activity (first come first) or of a unit (newest activity first)."""
    s, a = CommunitySignup, CommunityActivity
    stmt = select(s, a.title, a.starts_at, Unit.code, a.cancelled_at).join(a, a.id == s.activity_id).join(Unit, Unit.id == s.unit_id)
    if activity_id is not None:
        stmt = stmt.where(s.activity_id == activity_id).order_by(s.id)
    if unit_id is not None:
        stmt = stmt.where(s.unit_id == unit_id).order_by(a.starts_at.desc(), s.id)
    if not with_cancelled:
        stmt = stmt.where(s.state != SignupState.CANCELLED)
    return [SignupRow(r.id, r.activity_id, title, starts_at, code, r.name, r.people, r.state, r.attended, r.created_at,
                      called_off is not None)
            for r, title, starts_at, code, called_off in session.execute(stmt)]


def spending(session: Session, activity_id: int) -> list[SpendingRow]:
    return [SpendingRow(x.id, x.item, x.amount, x.spent_on, x.voided_at is not None, x.void_reason or "", x.created_by)
            for x in session.execute(select(CommunitySpending).where(CommunitySpending.activity_id == activity_id)
                                     .order_by(CommunitySpending.id)).scalars()]


def attachments(session: Session, *, board_id: int | None = None, activity_id: int | None = None) -> list[AttachmentRow]:
    """A board's files or an activity's photos, in the order they were added."""
    link = CommunityBoardFile if board_id is not None else CommunityActivityPhoto
    owner = link.board_id == board_id if board_id is not None else link.activity_id == activity_id
    stmt = (select(StoredFile, link.created_at, link.created_by).join(link, link.file_id == StoredFile.id)
            .where(owner).order_by(link.id))
    return [AttachmentRow(f.id, f.original_name, f.size, f.sha256, at, by) for f, at, by in session.execute(stmt)]
