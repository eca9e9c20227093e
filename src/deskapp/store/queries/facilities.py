"""公共设施 in SQL: the facilities, the bookings register a page at a time, the month's bookings,
the day's bookings and pending approvals, closures, checks, and a unit's moving-day papers."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from deskapp.contracts.facilities import BookingFilter, BookingRow, FacilityRow
from deskapp.contracts.paging import Page
from deskapp.domain.decoration import DecorationState
from deskapp.domain.facilities import HOLDING, SHARED
from deskapp.store.models.facilities import Facility, FacilityBooking, FacilityCheck, FacilityClosure
from deskapp.store.models.registry import Unit
from deskapp.store.models.rounds import Decoration, ReleaseSlip
from deskapp.store.queries.filters import filtered_by, ordered
from deskapp.store.queries.registry import numbered

B = FacilityBooking
SORTS = {"number": B.number, "starts_at": B.starts_at, "facility": Facility.name, "unit": Unit.code,
         "state": B.state, "created_at": B.created_at}
# a permit the lift may serve: the works are on (a stopped site still moves its materials out)
PERMIT_IN_FORCE = (DecorationState.WORKING, DecorationState.STOPPED, DecorationState.FIRST_ACCEPTED)


def facilities(session: Session) -> list[FacilityRow]:
    return [FacilityRow(f.id, f.name, f.kind, f.opens, f.closes, f.capacity, f.rules, f.fee, f.deposit)
            for f in session.execute(select(Facility).order_by(Facility.id)).scalars()]


def _filtered(stmt: Select, f: BookingFilter) -> Select:
    stmt = filtered_by(stmt, f, state=B.state, at=B.starts_at, unit=B.unit_id)
    if f.facility_id is not None:
        stmt = stmt.where(B.facility_id == f.facility_id)
    return stmt


def _rows_stmt(f: BookingFilter) -> Select:
    return _filtered(select(B.id, B.number, Facility.name.label("facility"), Facility.kind, Unit.code.label("unit_code"),
                            B.person_name.label("person"), B.starts_at, B.ends_at, B.heads, B.purpose, B.fee,
                            B.deposit, B.state, B.created_at, B.created_by, B.paid_at,
                            func.coalesce(B.receipt_number, "").label("receipt_number"))
                     .join(Facility, Facility.id == B.facility_id).join(Unit, Unit.id == B.unit_id), f)


def _row(r) -> BookingRow:
    return BookingRow(**r._mapping)


def count(session: Session, f: BookingFilter) -> int:
    return session.execute(_filtered(select(func.count(B.id)), f)).scalar_one()


def page(session: Session, f: BookingFilter, *, sort: str = "starts_at", descending: bool = True, offset: int = 0,
         limit: int = 200, total: int | None = None) -> Page[BookingRow]:
    key = SORTS.get(sort, B.starts_at)
    order = ordered(key, B.id, descending)
    if total is None:
        total = count(session, f)
    rows = session.execute(_rows_stmt(f).order_by(*order).offset(offset).limit(limit)).all()
    return Page([_row(r) for r in rows], total, offset)


def bookings(session: Session, f: BookingFilter) -> list[BookingRow]:
    """Every booking of the filter, by start (the month's register, the day's list, a unit's)."""
    return [_row(r) for r in session.execute(_rows_stmt(f).order_by(B.starts_at, B.id)).all()]


def closures(session: Session, since: datetime) -> list[tuple[FacilityClosure, str]]:
    """Closures not yet over at `since`, with the facility's name."""
    return [(c, n) for c, n in session.execute(
        select(FacilityClosure, Facility.name).join(Facility, Facility.id == FacilityClosure.facility_id)
        .where(FacilityClosure.ends_at > since).order_by(FacilityClosure.starts_at))]


def checks_on(session: Session, day: date) -> list[tuple[FacilityCheck, str]]:
    return [(c, n) for c, n in session.execute(
        select(FacilityCheck, Facility.name).join(Facility, Facility.id == FacilityCheck.facility_id)
        .where(FacilityCheck.day == day).order_by(FacilityCheck.created_at, FacilityCheck.id))]


def release_slips_on(session: Session, unit_id: int, start: datetime, end: datetime) -> list[str]:
    """The numbers of the unit's release slips (not void) valid at some time in [start, end)."""
    return list(session.execute(
        select(ReleaseSlip.number).where(ReleaseSlip.unit_id == unit_id, ReleaseSlip.voided_at.is_(None),
                                         ReleaseSlip.valid_from < end, ReleaseSlip.valid_until > start)
        .order_by(ReleaseSlip.number)).scalars())


def permits_on(session: Session, unit_id: int, day: date) -> list[str]:
    """The unit's decoration permits in force on `day` (works on, the day within the permit's dates)."""
    return list(session.execute(
        select(Decoration.permit_no).where(Decoration.unit_id == unit_id, Decoration.state.in_(PERMIT_IN_FORCE),
                                           Decoration.starts_on <= day, Decoration.ends_on >= day,
                                           Decoration.permit_no != "")
        .order_by(Decoration.permit_no)).scalars())


def overlapping(session: Session) -> tuple[list[tuple[str, str]], int]:
    """Pairs of holding bookings of a room (not the shared gym) whose times overlap, and how many
    holding bookings were looked at. Each booking is compared with the one before it in its
    facility by start: if any two overlap, some such neighbours do."""
    ordered = (select(B.number, B.starts_at,
                      func.lag(B.number).over(partition_by=B.facility_id, order_by=(B.starts_at, B.id)).label("prev"),
                      func.lag(B.ends_at).over(partition_by=B.facility_id, order_by=(B.starts_at, B.id))
                      .label("prev_end"))
               .join(Facility, Facility.id == B.facility_id)
               .where(B.state.in_(HOLDING), Facility.kind.not_in(SHARED)).subquery())
    pairs = [(p, n) for n, p in session.execute(select(ordered.c.number, ordered.c.prev)
                                                 .where(ordered.c.prev_end > ordered.c.starts_at)).all()]
    return pairs, session.execute(select(func.count()).select_from(ordered)).scalar_one()


def bookings_numbered(session: Session, prefix: str, limit: int) -> list[tuple]:
    """设施预约 by number (the search box): (id, number, unit code, the person booked)."""
    return numbered(session, FacilityBooking, FacilityBooking.number, (FacilityBooking.person_name,), prefix, limit)
