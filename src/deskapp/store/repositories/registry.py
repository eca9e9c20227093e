from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, insert, or_, select

from deskapp.store.repositories.base import Repository
from deskapp.domain.centre import DEFAULT_CENTRE_NAME, Centre
from deskapp.domain.people import Relation
from deskapp.store.queries.registry import relation_order
from deskapp.store.models.registry import (
    Building, ChronicleEntry, Community, DeskInstruction, OwnershipTransfer, Person, Stairwell, Unit, UnitPerson,
)


class RegistryRepository(Repository):

    def community(self) -> Community | None:
        return self.s.execute(select(Community).order_by(Community.id).limit(1)).scalar()

    def centre(self) -> Centre:
        """The centre as its papers head it; a fresh database prints "物业服务中心"."""
        c = self.community()
        if c is None:
            return Centre()
        return Centre(name=c.centre_name or DEFAULT_CENTRE_NAME, community=c.name or "", address=c.address or "",
                      phone=c.phone or "")

    def building_by_code(self, code: str) -> Building | None:
        return self.s.execute(select(Building).where(Building.code == code)).scalar()

    def buildings(self) -> list[Building]:
        return list(self.s.execute(select(Building).order_by(Building.id)).scalars())

    def stairwell(self, building_id: int, code: str) -> Stairwell | None:
        return self.s.execute(
            select(Stairwell).where(Stairwell.building_id == building_id, Stairwell.code == code)
        ).scalar()

    def unit(self, unit_id: int) -> Unit | None:
        return self.s.get(Unit, unit_id)

    def unit_by_code(self, code: str) -> Unit | None:
        return self.s.execute(select(Unit).where(Unit.code == code)).scalar()

    def ties(self, unit_id: int, *, current: bool | None = True) -> list[UnitPerson]:
        q = select(UnitPerson).where(UnitPerson.unit_id == unit_id)
        if current is True:
            q = q.where(UnitPerson.until.is_(None))
        elif current is False:
            q = q.where(UnitPerson.until.is_not(None))
        return list(self.s.execute(q.order_by(relation_order(), UnitPerson.id)).scalars())

    def current_owners(self, unit_id: int) -> list[UnitPerson]:
        return [t for t in self.ties(unit_id) if t.relation is Relation.OWNER]

    def person(self, person_id: int) -> Person | None:
        return self.s.get(Person, person_id)

    def latest_unit_of(self, person_id: int) -> int | None:
        """The unit the person was most recently tied to (as owner, tenant, ...)."""
        return self.s.execute(select(UnitPerson.unit_id).where(UnitPerson.person_id == person_id)
                              .order_by(UnitPerson.id.desc()).limit(1)).scalar()

    def chronicle(self, unit_id: int, limit: int = 200) -> list[ChronicleEntry]:
        return list(self.s.execute(
            select(ChronicleEntry).where(ChronicleEntry.unit_id == unit_id)
            .order_by(ChronicleEntry.at.desc(), ChronicleEntry.id.desc()).limit(limit)
        ).scalars())

    def instructions(self, unit_id: int, *, on: date | None = None) -> list[DeskInstruction]:
        q = select(DeskInstruction).where(DeskInstruction.unit_id == unit_id, DeskInstruction.withdrawn_at.is_(None))
        if on is not None:
            q = q.where(DeskInstruction.starts_on <= on,
                        or_(DeskInstruction.ends_on.is_(None), DeskInstruction.ends_on >= on))
        return list(self.s.execute(q.order_by(DeskInstruction.starts_on)).scalars())

    def transfers(self, unit_id: int) -> list[OwnershipTransfer]:
        return list(self.s.execute(
            select(OwnershipTransfer).where(OwnershipTransfer.unit_id == unit_id)
            .order_by(OwnershipTransfer.transferred_on.desc())
        ).scalars())

    # -- importing: a roster's new units, people and ties as multi-row INSERTs (Core: the ORM's
    # bulk path costs more than SQLite itself on a 20,000-unit roster)
    def stairwells(self) -> list[Stairwell]:
        return list(self.s.execute(select(Stairwell)).scalars())

    def insert_units(self, rows: list[dict]) -> dict[str, int]:
        """code → id of the units inserted (read back by code: executemany returns no ids)."""
        self.s.execute(insert(Unit.__table__), rows)
        codes = [r["code"] for r in rows]
        return {c: i for c, i in self.s.execute(select(Unit.code, Unit.id).where(Unit.code.in_(codes)))}

    def insert_people(self, rows: list[dict]) -> list[int]:
        """The new people's ids, in the order of `rows`. executemany without RETURNING (SQLite
        cannot keep RETURNING in parameter order, so SQLAlchemy would fall back to one INSERT per
        row); the ids are then read back by the people's own values, which also holds if another
        desk inserted people meanwhile."""
        if not rows:
            return []
        before = self.s.execute(select(func.max(Person.id))).scalar() or 0
        self.s.execute(insert(Person.__table__), rows)
        found: dict[tuple, list[int]] = defaultdict(list)
        for pid, name, phone, idn in self.s.execute(select(Person.id, Person.name, Person.phone, Person.id_number)
                                                    .where(Person.id > before).order_by(Person.id)):
            found[(name, phone, idn)].append(pid)
        return [found[(r["name"], r["phone"], r["id_number"])].pop(0) for r in rows]

    def insert_ties(self, rows: list[dict]) -> None:
        self.s.execute(insert(UnitPerson.__table__), rows)

    def insert_chronicle(self, rows: list[dict]) -> None:
        """Entries as registry.chronicle would add them, in one statement."""
        self.s.execute(insert(ChronicleEntry.__table__), rows)
