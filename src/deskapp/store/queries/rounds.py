"""楼宇管家 registers in SQL: decorations, today's sites, rectifications, release slips."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deskapp.domain.decoration import UNDER_DECORATION, DecorationState
from deskapp.domain.rounds import ReleaseKind
from deskapp.store.models.registry import Unit
from deskapp.store.models.rounds import Decoration, DecorationCheck, Rectification, ReleaseSlip, ReleaseSlipItem
from deskapp.contracts.paging import Page
from deskapp.store.natural import natural


# ----------------------------------------------------------------- decorations

@dataclass(frozen=True)
class SiteRaw:
    decoration_id: int
    number: str
    unit_id: int
    unit_code: str
    state: DecorationState
    company: str
    leader: str
    leader_phone: str
    ends_on: date
    open_rectifications: int
    last_check: date | None
    checked_on_day: bool


def sites_under_decoration(session: Session, day: date) -> list[SiteRaw]:
    last = (select(DecorationCheck.decoration_id, func.max(DecorationCheck.day).label("last"))
            .group_by(DecorationCheck.decoration_id).subquery())
    today = (select(DecorationCheck.decoration_id).where(DecorationCheck.day == day).subquery())
    open_r = (select(Rectification.decoration_id, func.count().label("n"))
              .where(Rectification.rectified_at.is_(None)).group_by(Rectification.decoration_id).subquery())
    rows = session.execute(
        select(Decoration.id, Decoration.number, Decoration.unit_id, Unit.code, Decoration.state, Decoration.company,
               Decoration.leader, Decoration.leader_phone, Decoration.ends_on, func.coalesce(open_r.c.n, 0),
               last.c.last, today.c.decoration_id.is_not(None))
        .join(Unit, Unit.id == Decoration.unit_id)
        .outerjoin(last, last.c.decoration_id == Decoration.id)
        .outerjoin(today, today.c.decoration_id == Decoration.id)
        .outerjoin(open_r, open_r.c.decoration_id == Decoration.id)
        .where(Decoration.state.in_(list(UNDER_DECORATION)))
        .order_by(natural(Unit.code))
    ).all()
    return [SiteRaw(*r) for r in rows]


def rectifications(session: Session, open_only: bool, escalated_only: bool) -> list[tuple[Rectification, str]]:
    q = (select(Rectification, Unit.code).join(Decoration, Decoration.id == Rectification.decoration_id)
         .join(Unit, Unit.id == Decoration.unit_id).order_by(Rectification.deadline, Rectification.id))
    if open_only:
        q = q.where(Rectification.rectified_at.is_(None))
    if escalated_only:
        q = q.where(Rectification.escalated_at.is_not(None))
    return [(r, code) for r, code in session.execute(q)]


@dataclass(frozen=True)
class DecorationFilter:
    text: str = ""  # unit code or company contains
    state: DecorationState | None = None
    unit_id: int | None = None


@dataclass(frozen=True)
class DecorationRow:
    id: int
    number: str
    unit_id: int
    unit_code: str
    state: DecorationState
    owner_name: str
    company: str
    works: str
    starts_on: date
    ends_on: date
    deposit: Decimal
    applied_at: datetime


DECO_SORT = {"number": Decoration.number, "unit": natural(Unit.code), "state": Decoration.state,
             "company": Decoration.company, "starts_on": Decoration.starts_on, "ends_on": Decoration.ends_on,
             "deposit": Decoration.deposit, "applied_at": Decoration.applied_at}


def decoration_register(session: Session, f: DecorationFilter, *, sort: str = "applied_at", descending: bool = True,
                        offset: int = 0, limit: int = 200, total: int | None = None) -> Page[DecorationRow]:
    q = select(Decoration.id).join(Unit, Unit.id == Decoration.unit_id)
    if f.text:
        q = q.where(or_(Unit.code.like(f"%{f.text}%"), Decoration.company.like(f"%{f.text}%"),
                        Decoration.number.like(f"%{f.text}%")))
    if f.state is not None:
        q = q.where(Decoration.state == f.state)
    if f.unit_id is not None:
        q = q.where(Decoration.unit_id == f.unit_id)
    if total is None:
        total = session.execute(select(func.count()).select_from(q.subquery())).scalar_one()
    col = DECO_SORT.get(sort, Decoration.applied_at)
    rows = session.execute(
        select(Decoration.id, Decoration.number, Decoration.unit_id, Unit.code, Decoration.state, Decoration.owner_name,
               Decoration.company, Decoration.works, Decoration.starts_on, Decoration.ends_on, Decoration.deposit,
               Decoration.applied_at)
        .join(Unit, Unit.id == Decoration.unit_id).where(Decoration.id.in_(q.scalar_subquery()))
        .order_by(col.desc() if descending else col.asc(), Decoration.id.desc()).offset(offset).limit(limit)
    ).all()
    return Page([DecorationRow(*r) for r in rows], total, offset)


# ----------------------------------------------------------------- release slips

@dataclass(frozen=True)
class SlipFilter:
    text: str = ""  # number, unit code, applicant or plate contains
    only_open: bool = False  # issued, not returned, not voided
    only_overdue: bool = False
    unit_id: int | None = None
    start: datetime | None = None
    end: datetime | None = None


@dataclass(frozen=True)
class SlipRow:
    id: int
    number: str
    unit_code: str
    kind: ReleaseKind
    applicant: str
    company: str
    plate: str
    items: str
    issued_at: datetime
    issued_by: str
    confirmed_by: str
    returned_at: datetime | None
    voided_at: datetime | None
    overdue: bool

    @property
    def status(self) -> str:
        if self.voided_at:
            return "已作废"
        if self.returned_at:
            return "已交回"
        return "逾期未交回" if self.overdue else "未交回"


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
            q = q.where(or_(Unit.code.like(f"{text}%"), ReleaseSlip.applicant.like(like),
                            ReleaseSlip.plate.like(like.upper()), ReleaseSlip.company.like(like)))
    if f.only_open or f.only_overdue:
        q = q.where(ReleaseSlip.returned_at.is_(None), ReleaseSlip.voided_at.is_(None))
    if f.only_overdue:
        q = q.where(ReleaseSlip.issued_at < cutoff)
    if f.unit_id is not None:
        q = q.where(ReleaseSlip.unit_id == f.unit_id)
    if f.start is not None:
        q = q.where(ReleaseSlip.issued_at >= f.start)
    if f.end is not None:
        q = q.where(ReleaseSlip.issued_at < f.end)
    return q


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
    ids = [s.id for s, _ in slips]
    items: dict[int, list[str]] = {i: [] for i in ids}
    if ids:
        for sid, name, qty, unit in session.execute(
                select(ReleaseSlipItem.slip_id, ReleaseSlipItem.name, ReleaseSlipItem.quantity, ReleaseSlipItem.unit)
                .where(ReleaseSlipItem.slip_id.in_(ids)).order_by(ReleaseSlipItem.id)):
            items[sid].append(f"{name}×{qty}{unit}")
    out = []
    for s, code in slips:
        overdue = s.returned_at is None and s.voided_at is None and s.issued_at < cutoff
        out.append(SlipRow(s.id, s.number, code, s.kind, s.applicant, s.company, s.plate, "、".join(items[s.id]),
                           s.issued_at, s.issued_by, s.confirmed_by, s.returned_at, s.voided_at, overdue))
    return Page(out, total, offset)


def unreturned(session: Session, cutoff: datetime) -> list[tuple[ReleaseSlip, str]]:
    return [(s, code) for s, code in session.execute(
        select(ReleaseSlip, Unit.code).join(Unit, Unit.id == ReleaseSlip.unit_id)
        .where(ReleaseSlip.returned_at.is_(None), ReleaseSlip.voided_at.is_(None),
               ReleaseSlip.issued_at < cutoff).order_by(ReleaseSlip.id))]


