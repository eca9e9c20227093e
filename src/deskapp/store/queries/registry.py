"""Unit register and search, in SQL."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, String, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from deskapp.domain.completeness import IdHolder, PersonFacts, UnitFacts
from deskapp.domain.people import Relation
from deskapp.domain.unit_order import unit_sort_key
from deskapp.store.models.registry import Building, Person, Stairwell, Unit, UnitPerson
from deskapp.contracts.paging import Page
from deskapp.contracts.registry import Hit, UnitFields, UnitFilter, UnitRow
from deskapp.store.natural import natural
from deskapp.store.queries.filters import like as like_ci


SORTABLE = {
    "code": natural(Unit.code), "building": natural(Building.code), "floor": Unit.floor, "kind": Unit.kind,
    "state": Unit.state, "building_area": Unit.building_area, "inner_area": Unit.inner_area,
}


def _where(q: Select, f: UnitFilter) -> Select:
    if f.text:
        q = q.where(like_ci(Unit.code, f"%{f.text}%"))
    if f.building_id is not None:
        q = q.where(Unit.building_id == f.building_id)
    if f.state is not None:
        q = q.where(Unit.state == f.state)
    if f.kind is not None:
        q = q.where(Unit.kind == f.kind)
    return q


def _filtered(f: UnitFilter) -> Select:
    return _where(select(Unit.id), f)


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


def _owner_names():
    """The current owners' names in the page query itself (group_concat / string_agg), so a
    page is one statement however far down the register it is."""
    return (
        select(func.aggregate_strings(Person.name, "、"))
        .select_from(UnitPerson).join(Person, Person.id == UnitPerson.person_id)
        .where(UnitPerson.unit_id == Unit.id, UnitPerson.relation == Relation.OWNER, UnitPerson.until.is_(None))
        .correlate(Unit).scalar_subquery()
    )


def count_units(session: Session, f: UnitFilter) -> int:
    return session.execute(select(func.count()).select_from(_filtered(f).subquery())).scalar_one()


def _register_order(sort: str, descending: bool) -> list:
    col = SORTABLE.get(sort, natural(Unit.code))
    return [col.desc() if descending else col.asc(), Unit.id]


def _register_rows() -> Select:
    return (
        select(Unit.id, Unit.code, Building.code.label("building"), Stairwell.code.label("stairwell"), Unit.room,
               Unit.floor, Unit.kind, Unit.state, Unit.building_area, Unit.inner_area,
               _owner_names().label("owners"))
        .join(Building, Unit.building_id == Building.id)
        .outerjoin(Stairwell, Unit.stairwell_id == Stairwell.id)
    )


def _unit_row(r) -> UnitRow:
    return UnitRow(**(dict(r._mapping) | {"stairwell": r.stairwell or "", "owners": r.owners or ""}))


def unit_register(session: Session, f: UnitFilter, *, sort: str = "code", descending: bool = False,
                  offset: int = 0, limit: int = 200, total: int | None = None) -> Page[UnitRow]:
    q = _register_rows().order_by(*_register_order(sort, descending)).offset(offset).limit(limit)
    # The conditions go on the page query itself: sorted by code, SQLite walks the code index.
    rows = [_unit_row(r) for r in session.execute(_where(q, f)).all()]
    return Page(rows, count_units(session, f) if total is None else total, offset)


def unit_register_ids(session: Session, f: UnitFilter, *, sort: str = "code", descending: bool = False) -> list[int]:
    """Every matching unit's id in the register's order (the filter and sort of `unit_register`):
    the register holds these and loads the rows it shows with `unit_register_rows`. Sorted by
    code it is a walk of the code index; 20,000 ids are a few milliseconds."""
    if sort not in SORTABLE or sort == "code":
        return _ids_in_code_order(session, f, descending)
    q = select(Unit.id)
    if sort == "building":
        q = q.join(Building, Unit.building_id == Building.id)
    q = _where(q.order_by(*_register_order(sort, descending)), f)
    return list(session.connection().execute(q).scalars().all())  # Core rows, fetched at once


def _ids_in_code_order(session: Session, f: UnitFilter, descending: bool) -> list[int]:
    """The ids by code in natural order, sorted here: SQLite's ORDER BY with the unit_code
    collation (no index can carry it) called the collation ~170,000 times for 20,000 units —
    the larger part of the administrator's first view after the sign-in (issue 21 §2). One key
    per code (domain.unit_order, the collation's own key) sorts the same in a tenth of the time."""
    rows = session.connection().execute(_where(select(Unit.id, Unit.code), f)).all()
    # units.code is unique and the key ends with the code itself: no two keys are equal, so the
    # order the rows came in cannot show (sorting them by id first cost a third of this)
    rows.sort(key=lambda r: unit_sort_key(r.code), reverse=descending)
    return [r.id for r in rows]


def warm_code_order(session: Session) -> int:
    """Make the natural-order key of every unit code now (domain.unit_order keeps them), so that
    the first register sorted by code only sorts: at 20,000 units the keys are most of the
    administrator's first view. How many codes."""
    codes = session.connection().execute(select(Unit.code)).scalars().all()
    for code in codes:
        unit_sort_key(code)
    return len(codes)


def unit_register_rows(session: Session, unit_ids: list[int]) -> list[UnitRow]:
    """The register rows of these units, in the order of `unit_ids` (ids of units that are
    gone are left out)."""
    if not unit_ids:
        return []
    found = {r.id: _unit_row(r) for r in session.execute(_register_rows().where(Unit.id.in_(unit_ids))).all()}
    return [found[i] for i in unit_ids if i in found]


def relation_order():
    """业主, 家属, 租户, 授权人: the order of Relation, not the alphabet of the stored names."""
    stored = type_coerce(UnitPerson.relation, String)  # compare the stored member names as text
    return case({r.name: n for n, r in enumerate(Relation)}, value=stored, else_=len(Relation))


def starts_with(column, prefix: str):
    """LIKE 'prefix%' written as a range, so SQLite walks the column's index (its LIKE
    optimisation needs a case-insensitive index, ours are binary)."""
    return and_(column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1))


def _people_hits(session: Session, condition, limit: int, order: list, exclude: set[int]) -> list:
    """(unit id, who): the person's name, and what they are to the unit when not its owner — 赵思琪（租户）
    at a 出租 unit is not its owner, and the desk asks the tenant and the owner different things."""
    q = (select(UnitPerson.unit_id, Person.name, UnitPerson.relation).join(Person, Person.id == UnitPerson.person_id)
         .where(condition, UnitPerson.until.is_(None)))
    if exclude:
        q = q.where(UnitPerson.unit_id.not_in(exclude))
    rows = session.execute(q.order_by(*order, UnitPerson.unit_id).limit(limit)).all()
    return [(uid, name if relation is Relation.OWNER else f"{name}（{relation.value}）")
            for uid, name, relation in rows]


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
    if like:
        code_rows = session.execute(
            select(Unit.id).where(like_ci(Unit.code, f"%{like}%"))
            .order_by((Unit.code == like).desc(), like_ci(Unit.code, f"{like}%").desc(), func.length(Unit.code),
                      natural(Unit.code))
            .limit(limit)
        ).scalars().all()
        add([(u, "") for u in code_rows], "房号")

    def people(condition, why: str, *order) -> None:
        if len(found) < limit:
            add(_people_hits(session, condition, limit - len(found), list(order), set(found)), why)

    # Each step walks an index in its own order and stops at the limit: no sort of thousands
    # of 王/li matches. Within one key, owners come before family, tenants, authorised persons.
    if q.isdigit() and len(q) == 4:
        people(Person.phone_last4 == q, "电话", relation_order(), Person.name)
    elif q.isascii() and q.isalpha():
        ql = q.lower()
        people(Person.initials == ql, "拼音", relation_order(), Person.name)  # zs: 张三 first
        people(starts_with(Person.initials, ql), "拼音", Person.initials, relation_order())
        people(starts_with(Person.pinyin, ql), "拼音", Person.pinyin, relation_order())  # zhangs...
    elif not q.isascii() and like:
        people(Person.name == like, "姓名", relation_order())
        people(starts_with(Person.name, like), "姓名", Person.name, relation_order())
        people(Person.name.like(f"%{like}%"), "姓名", Person.name)  # part of a name, last
    if not found:
        return []
    rows = session.execute(select(Unit.id, Unit.code, Unit.state).where(Unit.id.in_(list(found)))).all()
    units = {r.id: r for r in rows}
    owners = owners_of(session, [u for u, (who, _) in found.items() if not who])
    return [Hit(unit_id=uid, code=units[uid].code, state=units[uid].state,
                who=who or "、".join(owners.get(uid, [])), why=why)
            for uid, (who, why) in found.items()]


# ----------------------------------------------------------------- whole-register reads (exports, checks)

def unit_codes(session: Session, unit_ids: list[int]) -> dict[int, str]:
    """房号 by unit id, for lists that show a unit beside each row."""
    return dict(session.execute(select(Unit.id, Unit.code).where(Unit.id.in_(unit_ids))).all())


def ordered_unit_ids(session: Session) -> list[int]:
    """Every unit in the order the files are kept: building, stairwell, floor, room (numbers as
    numbers: building 2 before building 10)."""
    return list(session.execute(
        select(Unit.id).join(Building, Unit.building_id == Building.id)
        .outerjoin(Stairwell, Unit.stairwell_id == Stairwell.id)
        .order_by(natural(Building.code), natural(Stairwell.code), Unit.floor, natural(Unit.room), Unit.id)
    ).scalars())


@dataclass(frozen=True)
class UnitExportRow(UnitFields):
    delivered_on: date | None
    notes: str
    owners: tuple[tuple[str, str | None], ...]  # (name, phone) of the current owners


def owner_contacts(session: Session, unit_ids: list[int]) -> dict[int, list[tuple[str, str | None]]]:
    out: dict[int, list[tuple[str, str | None]]] = {u: [] for u in unit_ids}
    if not unit_ids:
        return out
    rows = session.execute(
        select(UnitPerson.unit_id, Person.name, Person.phone).join(Person, Person.id == UnitPerson.person_id)
        .where(UnitPerson.unit_id.in_(unit_ids), UnitPerson.relation == Relation.OWNER, UnitPerson.until.is_(None))
        .order_by(UnitPerson.id)
    )
    for uid, name, phone in rows:
        out[uid].append((name, phone))
    return out


def units_for_export(session: Session, unit_ids: list[int]) -> list[UnitExportRow]:
    """One batch of units (in the order of `unit_ids`) with their current owners."""
    if not unit_ids:
        return []
    rows = {r.id: r for r in session.execute(
        select(Unit.id, Unit.code, Building.code.label("building"), Stairwell.code.label("stairwell"), Unit.room,
               Unit.floor, Unit.kind, Unit.state, Unit.building_area, Unit.inner_area, Unit.delivered_on, Unit.notes)
        .join(Building, Unit.building_id == Building.id)
        .outerjoin(Stairwell, Unit.stairwell_id == Stairwell.id)
        .where(Unit.id.in_(unit_ids))
    )}
    owners = owner_contacts(session, unit_ids)
    return [UnitExportRow(**(dict(rows[u]._mapping)
                             | {"stairwell": rows[u].stairwell or "", "owners": tuple(owners[u])}))
            for u in unit_ids if u in rows]


@dataclass(frozen=True)
class TieExportRow:
    unit_id: int
    unit_code: str
    relation: Relation
    name: str
    phone: str | None
    phone2: str | None
    id_type: str | None
    id_number: str | None
    since: date | None
    until: date | None
    lease_start: date | None
    lease_end: date | None
    authorities: str
    note: str
    authority_until: date | None = None  # an authorisation's last day


def ties_for_export(session: Session, unit_ids: list[int]) -> list[TieExportRow]:
    """Every tie (current and ended) of a batch of units, in the units' order; within a unit
    current ties first, then by relation and start."""
    if not unit_ids:
        return []
    order = {u: n for n, u in enumerate(unit_ids)}
    rows = session.execute(
        select(UnitPerson.unit_id, Unit.code.label("unit_code"), UnitPerson.relation, Person.name, Person.phone,
               Person.phone2, Person.id_type, Person.id_number, UnitPerson.since, UnitPerson.until,
               UnitPerson.lease_start, UnitPerson.lease_end, UnitPerson.authorities, UnitPerson.note,
               UnitPerson.authority_until, UnitPerson.id.label("tie_id"))
        .join(Person, Person.id == UnitPerson.person_id).join(Unit, Unit.id == UnitPerson.unit_id)
        .where(UnitPerson.unit_id.in_(unit_ids))
    ).all()
    relation_rank = {r: n for n, r in enumerate(Relation)}
    rows.sort(key=lambda r: (order[r.unit_id], r.until is not None, relation_rank[r.relation], r.since or date.min,
                             r.tie_id))
    return [TieExportRow(**{k: v for k, v in r._mapping.items() if k != "tie_id"}) for r in rows]


def unit_facts(session: Session, unit_ids: list[int]) -> list[UnitFacts]:
    """What the completeness check looks at, for one batch of units (current ties only)."""
    if not unit_ids:
        return []
    people: dict[int, list[PersonFacts]] = {u: [] for u in unit_ids}
    for r in session.execute(
        select(UnitPerson.unit_id, Person.id.label("person_id"), Person.name, UnitPerson.relation, Person.phone,
               Person.id_type, Person.id_number, UnitPerson.lease_end, UnitPerson.lease_start, UnitPerson.authorities)
        .join(Person, Person.id == UnitPerson.person_id)
        .where(UnitPerson.unit_id.in_(unit_ids), UnitPerson.until.is_(None))
        .order_by(UnitPerson.unit_id, UnitPerson.relation, UnitPerson.id)
    ):
        fact = {k: v for k, v in r._mapping.items() if k != "unit_id"}
        people[r.unit_id].append(PersonFacts(**(fact | {"authorities": r.authorities or ""})))
    units = session.execute(
        select(Unit.id.label("unit_id"), Unit.code, Unit.state, Unit.building_area, Unit.inner_area,
               Unit.delivered_on, Unit.floor, Unit.kind).where(Unit.id.in_(unit_ids)).order_by(Unit.id)
    ).all()
    return [UnitFacts(**r._mapping, people=tuple(people[r.unit_id])) for r in units]


def unit_ids_after(session: Session, after_id: int, limit: int) -> list[int]:
    """Keyset batches over all units by id (for the completeness check)."""
    return list(session.execute(
        select(Unit.id).where(Unit.id > after_id).order_by(Unit.id).limit(limit)).scalars())


def all_units_count(session: Session) -> int:
    return session.execute(select(func.count(Unit.id))).scalar_one()


def shared_id_holders(session: Session) -> list[IdHolder]:
    """Current ties of people whose ID number is also registered under another name."""
    shared = (
        select(Person.id_number)
        .join(UnitPerson, UnitPerson.person_id == Person.id)
        .where(Person.id_number.is_not(None), UnitPerson.until.is_(None))
        .group_by(Person.id_number).having(func.count(func.distinct(Person.name)) > 1)
    )
    rows = session.execute(
        select(UnitPerson.unit_id, Unit.code.label("unit_code"), Person.name, Person.id_number)
        .join(Person, Person.id == UnitPerson.person_id).join(Unit, Unit.id == UnitPerson.unit_id)
        .where(Person.id_number.in_(shared), UnitPerson.until.is_(None))
    ).all()
    return [IdHolder(**r._mapping) for r in rows]


def numbered(session: Session, model, number, texts, prefix: str, limit: int) -> list[tuple]:
    """The search box's papers of one kind whose `number` starts with `prefix`: (id, number, the
    unit's code or "", *texts) in number order, at most `limit`. Each area's queries name their
    table's columns."""
    q = (select(model.id, number, func.coalesce(Unit.code, ""), *texts).outerjoin(Unit, Unit.id == model.unit_id)
         .where(starts_with(number, prefix)).order_by(number).limit(limit))
    return [tuple(r) for r in session.execute(q)]
