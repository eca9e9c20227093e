"""What an import judges its rows against: the units, buildings and people on file, read in a
few queries for the whole file (in chunks: SQLite bounds the parameters of one statement)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from deskapp.store.models.registry import Building, Person, Unit, UnitPerson

_IN_CHUNK = 500


def _chunks(values: Sequence) -> Iterator[Sequence]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start:start + _IN_CHUNK]


def unit_places(session: Session) -> list[Row]:
    """Every unit as a reading names it: (code, id, building, room), for the meter-reading import."""
    return list(session.execute(select(Unit.code, Unit.id, Building.code.label("building"), Unit.room)
                                .join(Building, Building.id == Unit.building_id)))


def building_ids(session: Session) -> dict[str, int]:
    return {code: bid for code, bid in session.execute(select(Building.code, Building.id))}


def unit_ids(session: Session) -> dict[str, int]:
    return {code: uid for code, uid in session.execute(select(Unit.code, Unit.id))}


def people_by_id_number(session: Session, id_numbers: Iterable[str]) -> list[Row]:
    """(id, id_number, name) of the people on file under these ID numbers."""
    found: list[Row] = []
    for chunk in _chunks(list(id_numbers)):
        found += session.execute(select(Person.id, Person.id_number, Person.name)
                                 .where(Person.id_number.in_(chunk))).all()
    return found


def unit_values(session: Session, unit_ids: Sequence[int], columns: Sequence[str]) -> dict[int, dict]:
    """unit id → {column: value} of the units an update compares against."""
    cols = [getattr(Unit, k) for k in columns]
    out: dict[int, dict] = {}
    for chunk in _chunks(unit_ids):
        for row in session.execute(select(Unit.id, *cols).where(Unit.id.in_(chunk))):
            out[row[0]] = dict(zip(columns, row[1:]))
    return out


def current_people_of(session: Session, unit_ids: Sequence[int]) -> list[Row]:
    """The current ties of these units with their people: rows named unit_id, person_id, name,
    relation, phone, phone2, id_number."""
    found: list[Row] = []
    for chunk in _chunks(unit_ids):
        found += session.execute(
            select(UnitPerson.unit_id, Person.id.label("person_id"), Person.name, UnitPerson.relation, Person.phone,
                   Person.phone2, Person.id_number).join(Person, Person.id == UnitPerson.person_id)
            .where(UnitPerson.unit_id.in_(chunk), UnitPerson.until.is_(None))).all()
    return found
