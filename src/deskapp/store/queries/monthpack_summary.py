"""每月汇总's figures, read from each area's records of one month (start <= t < end, the
centre's midnights; days as dates). Counts are grouped in SQL; durations come back as the pairs
of times they are measured between, so the service averages them the same on both backends."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from deskapp.domain.reception import RequestKind
from deskapp.domain.reception_dispatch import Dispatch
from deskapp.store.models.keys import KeyLoan
from deskapp.store.models.reception import MailItem, RepairOrder, ServiceRequest
from deskapp.store.queries.reception import month_dispatches
from deskapp.store.models.rounds import (Decoration, DecorationCheck, ReleaseSlip, RoundFinding, RoundResult,
                                         RoundRun, SurveyCampaign)


def _counts(session: Session, column, *where) -> list[tuple[str, int]]:
    rows = session.execute(select(column, func.count()).where(*where).group_by(column).order_by(column)).all()
    return [(getattr(v, "value", v) or "（未填）", n) for v, n in rows]


def requests_by_kind(session: Session, start: datetime, end: datetime) -> list[tuple[str, int]]:
    r = ServiceRequest
    return _counts(session, r.kind, r.registered_at >= start, r.registered_at < end)


def requests_by_channel(session: Session, start: datetime, end: datetime) -> list[tuple[str, int]]:
    r = ServiceRequest
    return _counts(session, r.channel, r.registered_at >= start, r.registered_at < end)


def requests_completed(session: Session, start: datetime, end: datetime) -> list[tuple[datetime, datetime, datetime | None]]:
    """(registered, completed, due) of the requests completed in the month."""
    r = ServiceRequest
    return [tuple(x) for x in session.execute(select(r.registered_at, r.completed_at, r.due_at).where(
        r.completed_at >= start, r.completed_at < end))]


def callbacks(session: Session, start: datetime, end: datetime) -> list[tuple[str, int]]:
    """The month's callbacks (回访) by their result."""
    r = ServiceRequest
    return _counts(session, r.callback_result, r.callback_at >= start, r.callback_at < end)


def complaints(session: Session, start: datetime, end: datetime) -> tuple[int, int, int]:
    """The month's complaints: how many, how many were reopened, and the reopenings."""
    r = ServiceRequest
    n, reopened, times = session.execute(select(
        func.count(), func.coalesce(func.sum(case((r.reopen_count > 0, 1), else_=0)), 0),
        func.coalesce(func.sum(r.reopen_count), 0)).where(
        r.kind == RequestKind.COMPLAINT, r.registered_at >= start, r.registered_at < end)).one()
    return int(n), int(reopened), int(times)


def repairs_by_scope(session: Session, start: datetime, end: datetime) -> list[tuple[str, int]]:
    o = RepairOrder
    return _counts(session, o.scope, o.reported_at >= start, o.reported_at < end)


def repairs_finished(session: Session, start: datetime, end: datetime) -> list[tuple[str, datetime, datetime]]:
    """(scope, reported, finished) of the repair orders finished in the month."""
    o = RepairOrder
    return [(s.value, a, b) for s, a, b in session.execute(select(o.scope, o.reported_at, o.finished_at).where(
        o.finished_at >= start, o.finished_at < end))]


def repairs_dispatched(session: Session, start: datetime, end: datetime) -> list[list[Dispatch]]:
    """Every dispatch of each repair order reported in the month (the register's orders), by order."""
    return list(month_dispatches(session, start, end).values())


def key_loans(session: Session, start: datetime, end: datetime) -> tuple[int, int, int, int]:
    """Keys lent in the month; of them returned; returned late or still out past due at the
    month's end (overdue); and all loans still out past due at the month's end."""
    k = KeyLoan
    late = or_(k.returned_at > k.due_at, and_(k.returned_at.is_(None), k.due_at < end))
    lent, returned, overdue = session.execute(select(
        func.count(), func.count(k.returned_at), func.coalesce(func.sum(case((late, 1), else_=0)), 0)).where(
        k.lent_at >= start, k.lent_at < end)).one()
    out_late = session.scalar(select(func.count()).where(
        k.lent_at < end, k.due_at < end, or_(k.returned_at.is_(None), k.returned_at >= end)))
    return int(lent), int(returned), int(overdue), int(out_late or 0)


def mail_by_kind(session: Session, start: datetime, end: datetime) -> list[tuple[str, int, int]]:
    """The month's mail by kind: received, and collected by the month's end."""
    m = MailItem
    rows = session.execute(select(m.kind, func.count(), func.count(m.collected_at)).where(
        m.received_at >= start, m.received_at < end).group_by(m.kind).order_by(m.kind)).all()
    return [(k.value, n, c) for k, n, c in rows]


def decorations_active(session: Session, first: date, after: date) -> list[tuple[str, int]]:
    """Decorations whose works span part of the month, by their state now."""
    d = Decoration
    return _counts(session, d.state, d.starts_on < after, d.ends_on >= first)


def decoration_checks(session: Session, first: date, after: date) -> list[tuple[str, int, int]]:
    """The month's site checks by outcome, and of them those that found a violation."""
    c = DecorationCheck
    rows = session.execute(select(c.outcome, func.count(), func.coalesce(func.sum(case((c.violation, 1), else_=0)), 0))
                           .where(c.day >= first, c.day < after).group_by(c.outcome).order_by(c.outcome)).all()
    return [(o.value, n, int(v)) for o, n, v in rows]


def release_slips(session: Session, start: datetime, end: datetime) -> list[tuple[str, int]]:
    s = ReleaseSlip
    return _counts(session, s.kind, s.confirmed_at >= start, s.confirmed_at < end)


def stairwell(session: Session, first: date, after: date) -> tuple[int, int, int]:
    """The month's rounds: runs, points checked, points with findings."""
    in_month = and_(RoundRun.day >= first, RoundRun.day < after)
    runs = session.scalar(select(func.count()).select_from(RoundRun).where(in_month))
    points, bad = session.execute(select(func.count(), func.coalesce(func.sum(case((RoundResult.ok, 0), else_=1)), 0))
                                  .join(RoundRun, RoundRun.id == RoundResult.run_id).where(in_month)).one()
    return int(runs or 0), int(points), int(bad)


def stairwell_findings(session: Session, first: date, after: date) -> list[tuple[str, int]]:
    """The month's round findings by item (the joins are in the WHERE clause)."""
    return _counts(session, RoundFinding.item, RoundFinding.result_id == RoundResult.id,
                   RoundResult.run_id == RoundRun.id, RoundRun.day >= first, RoundRun.day < after)


def survey_campaigns(session: Session, after: date) -> list[SurveyCampaign]:
    """The last two satisfaction surveys begun before the month's end, newest first."""
    return list(session.scalars(select(SurveyCampaign).where(SurveyCampaign.starts_on < after)
                                .order_by(SurveyCampaign.starts_on.desc(), SurveyCampaign.id.desc()).limit(2)))
