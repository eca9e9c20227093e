"""Unit register and search, in SQL."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from deskapp.domain.people import Relation
from deskapp.domain.units import UnitKind, UnitState
from deskapp.store.models.registry import Building, Person, Stairwell, Unit, UnitPerson
from deskapp.store.queries.paging import Page


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    building: str
    stairwell: str
    room: str
    floor: int | None
    kind: UnitKind
    state: UnitState
    building_area: Decimal | None
    inner_area: Decimal | None
    owners: str


@dataclass(frozen=True)
class UnitFilter:
    text: str = ""  # part of the code
    building_id: int | None = None
    state: UnitState | None = None
    kind: UnitKind | None = None


SORTABLE = {
    "code": Unit.code, "building": Building.code, "floor": Unit.floor, "kind": Unit.kind,
    "state": Unit.state, "building_area": Unit.building_area, "inner_area": Unit.inner_area,
}


def _filtered(f: UnitFilter) -> Select:
    q = select(Unit.id).join(Building, Unit.building_id == Building.id)
    if f.text:
        q = q.where(Unit.code.like(f"%{f.text}%"))
    if f.building_id is not None:
        q = q.where(Unit.building_id == f.building_id)
    if f.state is not None:
        q = q.where(Unit.state == f.state)
    if f.kind is not None:
        q = q.where(Unit.kind == f.kind)
    return q


def owners_of(session: Session, unit_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {u: [] for u in unit_ids}
    if not unit_ids:
        return out
    rows = session.execute(
        select(UnitPerson.unit_id, Person.name).join(Person, Person.id == UnitPerson.person_id)
        .where(UnitPerson.unit_id.in_(unit_ids), UnitPerson.relation == Relation.OWNER, UnitPerson.until.is_(None))
        .order_by(UnitPerson.id)
    )
    for uid, name in rows:
        out[uid].append(name)
    return out


def count_units(session: Session, f: UnitFilter) -> int:
    return session.execute(select(func.count()).select_from(_filtered(f).subquery())).scalar_one()


def unit_register(session: Session, f: UnitFilter, *, sort: str = "code", descending: bool = False,
                  offset: int = 0, limit: int = 200, total: int | None = None) -> Page[UnitRow]:
    col = SORTABLE.get(sort, Unit.code)
    order = [col.desc() if descending else col.asc(), Unit.id]
    q = (
        select(Unit.id, Unit.code, Building.code, Stairwell.code, Unit.room, Unit.floor, Unit.kind, Unit.state,
               Unit.building_area, Unit.inner_area)
        .join(Building, Unit.building_id == Building.id)
        .outerjoin(Stairwell, Unit.stairwell_id == Stairwell.id)
        .where(Unit.id.in_(_filtered(f)))
        .order_by(*order).offset(offset).limit(limit)
    )
    raw = session.execute(q).all()
    owners = owners_of(session, [r[0] for r in raw])
    rows = [UnitRow(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7], r[8], r[9], "、".join(owners[r[0]]))
            for r in raw]
    return Page(rows, count_units(session, f) if total is None else total, offset)


@dataclass(frozen=True)
class Hit:
    unit_id: int
    code: str
    state: UnitState
    who: str  # the person matched, or the owners
    why: str  # 房号 / 姓名 / 拼音 / 电话


def search(session: Session, query: str, limit: int = 20) -> list[Hit]:
    """Unit code or part of it, name, pinyin initials, last 4 digits of a phone."""
    q = query.strip()
    if not q:
        return []
    found: dict[int, tuple[str, str]] = {}

    def add(uids_whos: list[tuple[int, str]], why: str) -> None:
        for uid, who in uids_whos:
            if uid not in found and len(found) < limit:
                found[uid] = (who, why)

    like = q.replace("%", "").replace("_", "")
    # Exact code first, then codes starting with the text, then containing it.
    code_rows = session.execute(
        select(Unit.id).where(Unit.code.like(f"%{like}%"))
        .order_by((Unit.code == like).desc(), Unit.code.like(f"{like}%").desc(), func.length(Unit.code), Unit.code)
        .limit(limit)
    ).scalars().all()
    add([(u, "") for u in code_rows], "房号")
    people_q = None
    if q.isdigit() and len(q) == 4:
        people_q = Person.phone_last4 == q
        why = "电话"
    elif q.isascii() and q.isalpha():
        people_q = or_(Person.initials.like(f"{q.lower()}%"), Person.pinyin.like(f"{q.lower()}%"))
        why = "拼音"
    elif not q.isascii():
        people_q = Person.name.like(f"%{like}%")
        why = "姓名"
    if people_q is not None and len(found) < limit:
        rows = session.execute(
            select(UnitPerson.unit_id, Person.name).join(Person, Person.id == UnitPerson.person_id)
            .where(people_q, UnitPerson.until.is_(None))
            .order_by(UnitPerson.relation, Person.name, UnitPerson.unit_id).limit(limit)
        ).all()
        add([(r[0], r[1]) for r in rows], why)
    if not found:
        return []
    units = {u.id: u for u in session.execute(select(Unit).where(Unit.id.in_(list(found)))).scalars()}
    owners = owners_of(session, [u for u, (who, _) in found.items() if not who])
    hits = []
    for uid, (who, why) in found.items():
        u = units[uid]
        hits.append(Hit(uid, u.code, u.state, who or "、".join(owners.get(uid, [])), why))
    return hits
