from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select

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
