"""楼宇管家 registers in SQL: decorations, today's sites, rectifications, release slips, who may
confirm a release, and what the morning list and `deskapp check` read of them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deskapp.contracts.paging import Page
from deskapp.contracts.rounds import DecorationFilter, DecorationRow, SiteRow, SlipFilter, SlipRow
from deskapp.domain.decoration import UNDER_DECORATION, DecorationState
from deskapp.domain.people import Relation
from deskapp.store.models.registry import Person, Unit, UnitPerson
from deskapp.store.models.rounds import Decoration, DecorationCheck, Rectification, ReleaseSlip, ReleaseSlipItem
from deskapp.store.natural import natural
from deskapp.store.queries.filters import counted, filtered_by, like as like_ci
from deskapp.store.queries.registry import numbered


# ----------------------------------------------------------------- decorations

@dataclass(frozen=True)
class SiteRaw(SiteRow):
    """The row as the store reads it: the service masks the phone and drops `checked_on_day` and
    `starts_on` (the duty calendar asks a past day only about the works begun by then)."""
    checked_on_day: bool
    starts_on: date


def sites_under_decoration(session: Session, day: date) -> list[SiteRaw]:
    # The last check and the day's check asked per site under way, through the unique index
    # (decoration_id, day): grouped over every check ever made (40,000 at 20,000 units) the list
    # took ~30 ms, and the duty calendar asks it for each day it looks at (~150 ms for yesterday's).
    last = (select(func.max(DecorationCheck.day)).where(DecorationCheck.decoration_id == Decoration.id)
            .correlate(Decoration).scalar_subquery())
    checked = (select(DecorationCheck.id).where(DecorationCheck.decoration_id == Decoration.id,
                                                DecorationCheck.day == day).correlate(Decoration).exists())
    open_r = (select(Rectification.decoration_id, func.count().label("n"))
              .where(Rectification.rectified_at.is_(None)).group_by(Rectification.decoration_id).subquery())
    rows = session.execute(
        select(Decoration.id.label("decoration_id"), Decoration.number, Decoration.unit_id,
               Unit.code.label("unit_code"), Decoration.state, Decoration.company, Decoration.leader,
               Decoration.leader_phone, Decoration.ends_on,
               func.coalesce(open_r.c.n, 0).label("open_rectifications"), last.label("last_check"),
               checked.label("checked_on_day"), Decoration.starts_on)
        .join(Unit, Unit.id == Decoration.unit_id)
        .outerjoin(open_r, open_r.c.decoration_id == Decoration.id)
        .where(Decoration.state.in_(list(UNDER_DECORATION)))
        .order_by(natural(Unit.code))
    ).all()
    return [SiteRaw(**r._mapping) for r in rows]


def rectifications(session: Session, open_only: bool, escalated_only: bool) -> list[tuple[Rectification, str]]:
    q = (select(Rectification, Unit.code).join(Decoration, Decoration.id == Rectification.decoration_id)
         .join(Unit, Unit.id == Decoration.unit_id).order_by(Rectification.deadline, Rectification.id))
    if open_only:
        q = q.where(Rectification.rectified_at.is_(None))
    if escalated_only:
        q = q.where(Rectification.escalated_at.is_not(None))
    return [(r, code) for r, code in session.execute(q)]


DECO_SORT = {"number": Decoration.number, "unit": natural(Unit.code), "state": Decoration.state,
             "company": Decoration.company, "works": Decoration.works, "starts_on": Decoration.starts_on,
             "ends_on": Decoration.ends_on,
             "deposit": Decoration.deposit, "applied_at": Decoration.applied_at}


def decoration_register(session: Session, f: DecorationFilter, *, sort: str = "applied_at", descending: bool = True,
                        offset: int = 0, limit: int = 200, total: int | None = None) -> Page[DecorationRow]:
    q = select(Decoration.id).join(Unit, Unit.id == Decoration.unit_id)
    if f.text:
        q = q.where(or_(like_ci(Unit.code, f"%{f.text}%"), like_ci(Decoration.company, f"%{f.text}%"),
                        like_ci(Decoration.number, f"%{f.text}%")))
    if f.state is not None:
        q = q.where(Decoration.state == f.state)
    if f.unit_id is not None:
        q = q.where(Decoration.unit_id == f.unit_id)
    total = counted(session, q, total)
    col = DECO_SORT.get(sort, Decoration.applied_at)
    rows = session.execute(
        select(Decoration.id, Decoration.number, Decoration.unit_id, Unit.code.label("unit_code"), Decoration.state,
               Decoration.owner_name, Decoration.company, Decoration.works, Decoration.starts_on, Decoration.ends_on,
               Decoration.deposit, Decoration.applied_at, Decoration.version)
        .join(Unit, Unit.id == Decoration.unit_id).where(Decoration.id.in_(q.scalar_subquery()))
        .order_by(col.desc() if descending else col.asc(), Decoration.id.desc()).offset(offset).limit(limit)
    ).all()
    return Page([DecorationRow(**r._mapping) for r in rows], total, offset)


# ----------------------------------------------------------------- release slips

SLIP_SORT = {"number": ReleaseSlip.id, "unit": natural(Unit.code), "kind": ReleaseSlip.kind,
             "applicant": ReleaseSlip.applicant, "issued_at": ReleaseSlip.issued_at,
             "returned_at": ReleaseSlip.returned_at}


def _slip_where(q, f: SlipFilter, cutoff: datetime):
    if f.text:
        text = f.text.strip()
        if text.upper().startswith("FX"):  # a number read off a slip: a range on the unique index
            start = text.upper()
            q = q.where(ReleaseSlip.number >= start, ReleaseSlip.number < start + "\uffff")
        else:
            like = f"%{text}%"
            q = q.where(or_(like_ci(Unit.code, f"{text}%"), like_ci(ReleaseSlip.applicant, like),
                            like_ci(ReleaseSlip.plate, like.upper()), like_ci(ReleaseSlip.company, like)))
    if f.only_open or f.only_overdue:
        q = q.where(ReleaseSlip.returned_at.is_(None), ReleaseSlip.voided_at.is_(None))
    if f.only_overdue:
        q = q.where(ReleaseSlip.issued_at < cutoff)
    return filtered_by(q, f, at=ReleaseSlip.issued_at, unit=ReleaseSlip.unit_id)


def slip_register(session: Session, f: SlipFilter, now: datetime, days: int, *, sort: str = "number",
                  descending: bool = True, offset: int = 0, limit: int = 200,
                  total: int | None = None) -> Page[SlipRow]:
    cutoff = now - timedelta(days=days)
    if total is None:
        counted = select(func.count(ReleaseSlip.id)).select_from(ReleaseSlip)
        if f.text and not f.text.strip().upper().startswith("FX"):
            counted = counted.join(Unit, Unit.id == ReleaseSlip.unit_id)
        total = session.execute(_slip_where(counted, f, cutoff)).scalar_one()
    col = SLIP_SORT.get(sort, ReleaseSlip.id)
    slips = session.execute(
        _slip_where(select(ReleaseSlip, Unit.code).join(Unit, Unit.id == ReleaseSlip.unit_id), f, cutoff)
        .order_by(col.desc() if descending else col.asc(), ReleaseSlip.id.desc()).offset(offset).limit(limit)
    ).all()
    items = slip_items(session, [s.id for s, _ in slips])
    out = []
    for s, code in slips:
        overdue = s.returned_at is None and s.voided_at is None and s.issued_at < cutoff
        out.append(SlipRow(id=s.id, number=s.number, unit_code=code, kind=s.kind, applicant=s.applicant,
                           company=s.company, plate=s.plate, items="、".join(items.get(s.id, [])),
                           issued_at=s.issued_at, issued_by=s.issued_by, confirmed_by=s.confirmed_by,
                           returned_at=s.returned_at, voided_at=s.voided_at, overdue=overdue))
    return Page(out, total, offset)


def slip_items(session: Session, slip_ids: list[int]) -> dict[int, list[str]]:
    """Each slip's items as printed on it ("沙发×1件"), in the order they were written; slips
    without items are left out."""
    items: dict[int, list[str]] = {}
    if slip_ids:
        for sid, name, qty, unit in session.execute(
                select(ReleaseSlipItem.slip_id, ReleaseSlipItem.name, ReleaseSlipItem.quantity, ReleaseSlipItem.unit)
                .where(ReleaseSlipItem.slip_id.in_(slip_ids)).order_by(ReleaseSlipItem.id)):
            items.setdefault(sid, []).append(f"{name}×{qty}{unit}")
    return items


def unreturned(session: Session, cutoff: datetime) -> list[tuple[ReleaseSlip, str]]:
    return [(s, code) for s, code in session.execute(
        select(ReleaseSlip, Unit.code).join(Unit, Unit.id == ReleaseSlip.unit_id)
        .where(ReleaseSlip.returned_at.is_(None), ReleaseSlip.voided_at.is_(None),
               ReleaseSlip.issued_at < cutoff).order_by(ReleaseSlip.id))]




@dataclass(frozen=True)
class ConfirmerCandidate:
    """A current owner or authorised person of a unit, with what decides whether they may confirm a release."""
    name: str
    phone: str
    relation: Relation
    authorities: str | None
    authority_until: date | None
    granted_by: int | None
    person_id: int


def confirmer_candidates(session: Session, unit_id: int) -> list[ConfirmerCandidate]:
    rows = session.execute(
        select(Person.name, Person.phone, UnitPerson.relation, UnitPerson.authorities, UnitPerson.authority_until,
               UnitPerson.granted_by, UnitPerson.person_id)
        .join(Person, Person.id == UnitPerson.person_id)
        .where(UnitPerson.unit_id == unit_id, UnitPerson.until.is_(None),
               UnitPerson.relation.in_([Relation.OWNER, Relation.AUTHORISED]))
        .order_by(UnitPerson.relation, UnitPerson.id)
    ).all()
    return [ConfirmerCandidate(**r._mapping) for r in rows]


# ----------------------------------------------------------------- the morning list and `deskapp check`

def power_waiting(session: Session) -> list[tuple[str, str, datetime]]:
    """(permit number, unit code, asked at) of the sites under decoration still waiting for 送水电."""
    return [tuple(r) for r in session.execute(
        select(Decoration.number, Unit.code, Decoration.power_requested_at).join(Unit, Unit.id == Decoration.unit_id)
        .where(Decoration.power_requested_at.is_not(None), Decoration.power_done_at.is_(None),
               Decoration.state.in_(list(UNDER_DECORATION))).order_by(Decoration.id))]


def decorations_in(session: Session, states: list[DecorationState]) -> list[tuple]:
    """(permit number, unit code, state, company, works, deposit, applied at) of the decorations in
    `states`, oldest application first: the supervisor's 装修待审批 and 待退押金 on the morning list."""
    return [tuple(r) for r in session.execute(
        select(Decoration.number, Unit.code, Decoration.state, Decoration.company, Decoration.works,
               Decoration.deposit, Decoration.applied_at).join(Unit, Unit.id == Decoration.unit_id)
        .where(Decoration.state.in_(states)).order_by(Decoration.applied_at, Decoration.id))]


@dataclass(frozen=True)
class SlipYear:
    """How the release-slip numbers of one year run: a gap-free year has count == top == distinct."""
    year: int
    count: int
    top: int
    distinct: int


def slip_years(session: Session) -> list[SlipYear]:
    return [SlipYear(**r._mapping) for r in session.execute(
        select(ReleaseSlip.year, func.count().label("count"), func.max(ReleaseSlip.seq).label("top"),
               func.count(func.distinct(ReleaseSlip.seq)).label("distinct")).group_by(ReleaseSlip.year))]


def open_rectifications_after_works(session: Session) -> int:
    """整改通知书 still open although their decoration is no longer under way (an inconsistency)."""
    return session.execute(
        select(func.count()).select_from(Rectification).join(Decoration, Decoration.id == Rectification.decoration_id)
        .where(Rectification.rectified_at.is_(None), Decoration.state.not_in(list(UNDER_DECORATION)))).scalar_one()


def works_under_way(session: Session, unit_id: int) -> list[tuple[str, DecorationState, str]]:
    """(number, state, stop reason) of the unit's decorations under way."""
    return [tuple(r) for r in session.execute(
        select(Decoration.number, Decoration.state, Decoration.stop_reason)
        .where(Decoration.unit_id == unit_id, Decoration.state.in_(list(UNDER_DECORATION))))]


def open_rectifications_of(session: Session, unit_id: int) -> list[tuple[str, date]]:
    """(number, deadline) of the unit's 整改通知书 not yet rectified."""
    return [tuple(r) for r in session.execute(
        select(Rectification.number, Rectification.deadline)
        .join(Decoration, Decoration.id == Rectification.decoration_id)
        .where(Decoration.unit_id == unit_id, Rectification.rectified_at.is_(None))
        .order_by(Rectification.id))]


def slips_numbered(session: Session, prefix: str, limit: int) -> list[tuple]:
    """物品放行条 by number (the search box): (id, number, unit code, applicant)."""
    return numbered(session, ReleaseSlip, ReleaseSlip.number, (ReleaseSlip.applicant,), prefix, limit)


def decorations_numbered(session: Session, prefix: str, limit: int) -> list[tuple]:
    """装修申请 by permit number (the search box): (id, number, unit code, company)."""
    return numbered(session, Decoration, Decoration.number, (Decoration.company,), prefix, limit)
