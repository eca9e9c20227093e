"""钥匙借用登记表 and the overdue list, in SQL (the register grows by hundreds of loans a month)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from deskapp.domain.keys import EXPIRY_WARNING_DAYS, CardKind, CardState, KeyState, Purpose, SpaceArea, SpaceState
from deskapp.domain.privacy import mask_id_number
from deskapp.store.models.keys import Card, CardEvent, CardRenewal, CustodyKey, KeyLoan, ParkingLease, ParkingSpace
from deskapp.store.models.registry import Unit
from deskapp.store.natural import natural
from deskapp.store.queries.filters import filtered_by, like as like_ci, ordered
from deskapp.store.queries.registry import numbered
from deskapp.contracts.keys import LoanFilter, LoanRow
from deskapp.contracts.paging import Page


SORTABLE = {
    "lent_at": KeyLoan.lent_at, "due_at": KeyLoan.due_at, "returned_at": KeyLoan.returned_at,
    "borrower": KeyLoan.borrower_name, "unit": natural(Unit.code), "key": KeyLoan.key_id,
}


def _filtered(f: LoanFilter) -> Select:
    q = filtered_by(select(KeyLoan.id), f, at=KeyLoan.lent_at, unit=KeyLoan.unit_id)
    if f.open_only or f.overdue_at is not None:
        q = q.where(KeyLoan.returned_at.is_(None))
    if f.overdue_at is not None:
        q = q.where(KeyLoan.due_at < f.overdue_at)
    return q


def id_check_text(values: tuple[str, str, bool, str | None], mask=mask_id_number) -> str:
    id_type, id_number, verified, approved_by = values
    text = f"{id_type} {mask(id_number)}".strip()
    if verified:  # the document matched; a tenant's loan was still approved, and says so
        return f"{text} 已核验，{approved_by} 批准" if approved_by else f"{text} 已核验"
    return f"{text} 未核验，{approved_by} 批准" if approved_by else f"{text} 未核验"


def count_loans(session: Session, f: LoanFilter) -> int:
    return session.execute(select(func.count()).select_from(_filtered(f).subquery())).scalar_one()


def _purpose(p: Purpose, note: str) -> str:
    return f"{p.value}：{note}" if note else p.value


def loan_rows(session: Session, f: LoanFilter, *, sort: str = "lent_at", descending: bool = True, offset: int = 0,
              limit: int = 200) -> list[LoanRow]:
    col = SORTABLE.get(sort, KeyLoan.lent_at)
    order = ordered(col, KeyLoan.id, descending)
    # joined for the unit column's natural order (2-1-201 before 10-1-101), not by unit id
    page_ids = (_filtered(f).join(Unit, Unit.id == KeyLoan.unit_id)
                .order_by(*order).offset(offset).limit(limit).subquery())
    # Plain columns, not entities: a page of 200 rows builds no ORM objects.
    q = (
        select(KeyLoan.id, KeyLoan.key_id, CustodyKey.tag, CustodyKey.label, CustodyKey.kind, KeyLoan.unit_id,
               Unit.code, KeyLoan.lent_at, KeyLoan.borrower_name, KeyLoan.borrower_kind, KeyLoan.id_type,
               KeyLoan.id_number, KeyLoan.id_verified, KeyLoan.approved_by, KeyLoan.purpose, KeyLoan.purpose_note,
               KeyLoan.lent_by, KeyLoan.due_at, KeyLoan.returned_at, KeyLoan.returned_by_name, KeyLoan.received_by,
               KeyLoan.deposit, KeyLoan.overdue_note, KeyLoan.approval_reason)
        .join(page_ids, page_ids.c.id == KeyLoan.id)
        .join(CustodyKey, CustodyKey.id == KeyLoan.key_id)
        .join(Unit, Unit.id == KeyLoan.unit_id)
        .order_by(*order)
    )
    rows = []
    for r in session.execute(q):
        rows.append(LoanRow(
            id=r.id, key_id=r.key_id, tag=r.tag, key_label=r.label or r.kind.value, unit_id=r.unit_id,
            unit_code=r.code, lent_at=r.lent_at, borrower_name=r.borrower_name, borrower_kind=r.borrower_kind,
            id_check=id_check_text((r.id_type, r.id_number, r.id_verified, r.approved_by)),
            purpose=_purpose(r.purpose, r.purpose_note), lent_by=r.lent_by, due_at=r.due_at,
            returned_at=r.returned_at, returned_by_name=r.returned_by_name, received_by=r.received_by,
            deposit=r.deposit, overdue_note=r.overdue_note, approval_reason=r.approval_reason or ""))
    return rows


def loan_register(session: Session, f: LoanFilter, *, sort: str = "lent_at", descending: bool = True,
                  offset: int = 0, limit: int = 200, total: int | None = None) -> Page[LoanRow]:
    rows = loan_rows(session, f, sort=sort, descending=descending, offset=offset, limit=limit)
    return Page(rows, count_loans(session, f) if total is None else total, offset)


def overdue(session: Session, now: datetime, limit: int = 500) -> list[LoanRow]:
    return loan_rows(session, LoanFilter(overdue_at=now), sort="due_at", descending=False, limit=limit)


def count_overdue(session: Session, now: datetime) -> int:
    return count_loans(session, LoanFilter(overdue_at=now))


def id_checks(session: Session, loan_ids: list[int], mask) -> dict[int, str]:
    """证件核验 of these loans with `mask` applied to the number (an unmasked export passes the identity)."""
    rows = session.execute(select(KeyLoan.id, KeyLoan.id_type, KeyLoan.id_number, KeyLoan.id_verified,
                                  KeyLoan.approved_by).where(KeyLoan.id.in_(loan_ids)))
    return {r[0]: id_check_text(tuple(r[1:]), mask) for r in rows}


# ----------------------------------------------------------------- custody, cards, parking lists
def keys_with_units(session: Session, *, text: str = "", include_ended: bool = False) -> list[tuple[CustodyKey, str]]:
    """Every key (in custody unless `include_ended`) with its unit's code, by tag; `text` matches
    tag, unit code or location."""
    stmt = select(CustodyKey, Unit.code).join(Unit, Unit.id == CustodyKey.unit_id).order_by(CustodyKey.tag)
    if not include_ended:
        stmt = stmt.where(CustodyKey.state == KeyState.IN_CUSTODY)
    t = text.strip().upper()
    if t:
        stmt = stmt.where(like_ci(CustodyKey.tag, f"%{t}%") | like_ci(Unit.code, f"%{t}%")
                          | like_ci(CustodyKey.location, f"%{text.strip()}%"))
    return [(k, code) for k, code in session.execute(stmt)]


def loan_check_figures(session: Session) -> tuple[list[tuple[int, int]], list[int], int]:
    """For the data check: keys lent twice at once (key id, open loans), loans returned before
    they were lent, and how many loans were checked."""
    twice = [(key_id, n) for key_id, n in session.execute(
        select(KeyLoan.key_id, func.count()).where(KeyLoan.returned_at.is_(None))
        .group_by(KeyLoan.key_id).having(func.count() > 1))]
    backwards = list(session.execute(select(KeyLoan.id).where(KeyLoan.returned_at < KeyLoan.lent_at)).scalars())
    checked = session.execute(select(func.count()).select_from(KeyLoan)).scalar_one()
    return twice, backwards, checked


def card_events(session: Session, card_ids: list[int]) -> list[tuple[CardEvent, str]]:
    """The steps of these cards with each card's number, oldest first."""
    return [(e, number) for e, number in session.execute(
        select(CardEvent, Card.number).join(Card, Card.id == CardEvent.card_id)
        .where(CardEvent.card_id.in_(card_ids)).order_by(CardEvent.at, CardEvent.id))]


def deposits_held(session: Session, unit_id: int | None = None) -> Decimal:
    """Deposits still held: a moved or refunded one has an outcome and is not counted."""
    stmt = select(Card.deposit).where(Card.deposit_outcome.is_(None), Card.deposit != 0)
    if unit_id is not None:
        stmt = stmt.where(Card.unit_id == unit_id)
    return sum(session.execute(stmt).scalars(), Decimal("0"))


def cards_with_units(session: Session, today: date, *, unit_id: int | None = None, kind: CardKind | None = None,
                     active_only: bool = True, expiring: bool = False, expired: bool = False, lost: bool = False,
                     text: str = "", limit: int = 2000) -> list[tuple[Card, str]]:
    """Cards with their unit's code; expiring/expired vehicle cards by paid-up date, the rest by unit;
    `lost`: the cards reported lost and not yet replaced or cancelled."""
    stmt = select(Card, Unit.code).join(Unit, Unit.id == Card.unit_id)
    if unit_id is not None:
        stmt = stmt.where(Card.unit_id == unit_id)
    if kind is not None:
        stmt = stmt.where(Card.kind == kind)
    if lost:
        stmt = stmt.where(Card.state == CardState.LOST)
    elif active_only or expiring or expired:
        stmt = stmt.where(Card.state == CardState.ACTIVE)
    if expiring:
        stmt = stmt.where(Card.kind == CardKind.VEHICLE, Card.paid_until >= today,
                          Card.paid_until <= today + timedelta(days=EXPIRY_WARNING_DAYS))
    if expired:
        stmt = stmt.where(Card.kind == CardKind.VEHICLE, Card.paid_until < today)
    t = text.strip().upper()
    if t:
        stmt = stmt.where(like_ci(Card.number, f"%{t}%") | like_ci(Unit.code, f"%{t}%") | like_ci(Card.plate, f"%{t}%")
                          | Card.holder_name.like(f"%{text.strip()}%"))
    stmt = stmt.order_by(Card.paid_until if (expiring or expired) else natural(Unit.code), Card.id).limit(limit)
    return [(c, code) for c, code in session.execute(stmt)]


def renewals_overlapping(session: Session, start: date, end: date) -> list[tuple[CardRenewal, Card]]:
    """Vehicle cards' paid periods overlapping [start, end], by unit, for the bill run."""
    return [(r, c) for r, c in session.execute(
        select(CardRenewal, Card).join(Card, Card.id == CardRenewal.card_id)
        .where(CardRenewal.period_start <= end, CardRenewal.period_end >= start)
        .order_by(Card.unit_id, CardRenewal.period_start))]


def space_owner_codes(session: Session) -> dict[int, str]:
    """Unit code of every unit owning a space."""
    return dict(session.execute(select(Unit.id, Unit.code).where(
        Unit.id.in_(select(ParkingSpace.owner_unit_id)))).all())


def leases_with_spaces(session: Session, today: date, *, space_id: int | None = None, unit_id: int | None = None,
                       current_only: bool = False) -> list[tuple[ParkingLease, ParkingSpace]]:
    stmt = select(ParkingLease, ParkingSpace).join(ParkingSpace, ParkingSpace.id == ParkingLease.space_id)
    if space_id is not None:
        stmt = stmt.where(ParkingLease.space_id == space_id)
    if unit_id is not None:
        stmt = stmt.where(ParkingLease.unit_id == unit_id)
    if current_only:
        stmt = stmt.where(ParkingLease.end >= today)
    return [(ls, sp) for ls, sp in session.execute(stmt.order_by(ParkingSpace.number, ParkingLease.start))]


def lessee_contacts(session: Session) -> dict[int, tuple[str, str]]:
    """Full phone and ID number of every lessee by lease id (an unmasked export only)."""
    return {i: (p, n) for i, p, n in session.execute(
        select(ParkingLease.id, ParkingLease.lessee_phone, ParkingLease.lessee_id_number))}


def unit_leases_overlapping(session: Session, start: date, end: date) -> list[tuple[ParkingLease, str]]:
    """Leases of a unit overlapping [start, end] with their space number, by unit, for the bill run."""
    return [(ls, number) for ls, number in session.execute(
        select(ParkingLease, ParkingSpace.number).join(ParkingSpace, ParkingSpace.id == ParkingLease.space_id)
        .where(ParkingLease.unit_id.is_not(None), ParkingLease.start <= end, ParkingLease.end >= start)
        .order_by(ParkingLease.unit_id, ParkingLease.start))]


def parking_prices(session: Session, on: date) -> tuple[list[tuple[SpaceArea | None, bool, Decimal]],
                                                      list[tuple[SpaceArea, Decimal]]]:
    """The distinct monthly prices of parking in force on `on`, for the 收费标准公示: the vehicle cards'
    management fees as (the card's space's area or None without one, whether that space is sold, fee)
    and the leases' rents as (the space's area, rent); free ones left out."""
    cards = session.execute(
        select(ParkingSpace.area, ParkingSpace.state, Card.monthly_fee).distinct()
        .outerjoin(ParkingSpace, ParkingSpace.id == Card.space_id)
        .where(Card.kind == CardKind.VEHICLE, Card.issued_on <= on, Card.monthly_fee > 0,
               Card.ended_on.is_(None) | (Card.ended_on > on))).all()
    leases = session.execute(
        select(ParkingSpace.area, ParkingLease.monthly_rent).distinct()
        .join(ParkingSpace, ParkingSpace.id == ParkingLease.space_id)
        .where(ParkingLease.start <= on, ParkingLease.end >= on, ParkingLease.monthly_rent > 0)).all()
    return [(a, state is SpaceState.SOLD, fee) for a, state, fee in cards], [(a, rent) for a, rent in leases]


def keys_tagged(session: Session, prefix: str, limit: int) -> list[tuple]:
    """Keys in custody by tag (the search box): (id, tag, unit code, label, kind)."""
    return numbered(session, CustodyKey, CustodyKey.tag, (CustodyKey.label, CustodyKey.kind), prefix, limit)
