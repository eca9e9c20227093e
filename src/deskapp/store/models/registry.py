"""业户档案: community, buildings, stairwells, units, people and their ties, chronicle,
front-desk instructions."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitKind, UnitState
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, Versioned, enum_column
from deskapp.store.models.server_indexes import natural_order_index, trigram_index
from deskapp.store.types import Scaled, UTCDateTime


class Community(Base):
    __tablename__ = "community"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    centre_name: Mapped[str] = mapped_column(String(80))  # 物业服务中心 as printed on forms
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")


class Building(Base):
    __tablename__ = "buildings"

    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(40))
    floors: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("community_id", "code"),)


class Stairwell(Base):
    """单元: one stairwell / entrance of a building."""

    __tablename__ = "stairwells"

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    code: Mapped[str] = mapped_column(String(8))

    __table_args__ = (UniqueConstraint("building_id", "code"),)


class Unit(Versioned, Base):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"), index=True)
    stairwell_id: Mapped[int | None] = mapped_column(ForeignKey("stairwells.id"))
    room: Mapped[str] = mapped_column(String(8))
    floor: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[UnitKind] = mapped_column(enum_column(UnitKind))
    state: Mapped[UnitState] = mapped_column(enum_column(UnitState), index=True)
    building_area: Mapped[Decimal | None] = mapped_column(Scaled(2))
    inner_area: Mapped[Decimal | None] = mapped_column(Scaled(2))
    delivered_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())  # then Versioned's columns (2300)

    building: Mapped[Building] = relationship(lazy="joined")
    stairwell: Mapped[Stairwell | None] = relationship(lazy="joined")

    # on a server: part of a code typed in the search box or the register's filter (ILIKE '%…%'),
    # and the register in natural order
    __table_args__ = (trigram_index("ix_trgm_units_code", "code"), natural_order_index("ix_units_code_natural", "code"))


class Person(Versioned, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), index=True)  # name search by prefix (0700)
    initials: Mapped[str] = mapped_column(String(40), index=True)  # pinyin initials: 张三 -> zs
    pinyin: Mapped[str] = mapped_column(String(120), index=True)  # pinyin search by prefix (0700)
    id_type: Mapped[str | None] = mapped_column(String(24))
    id_number: Mapped[str | None] = mapped_column(String(30), index=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    phone2: Mapped[str | None] = mapped_column(String(20))
    phone_last4: Mapped[str | None] = mapped_column(String(4), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # then Versioned's columns, as units'

    # part of a name typed in the search box (LIKE '%…%'), on a server
    __table_args__ = (trigram_index("ix_trgm_people_name", "name"),)


class UnitPerson(Base):
    """A person's tie to a unit. Ended ties (`until` set) are the unit's history."""

    __tablename__ = "unit_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    relation: Mapped[Relation] = mapped_column(enum_column(Relation))
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    lease_start: Mapped[date | None] = mapped_column(Date)
    lease_end: Mapped[date | None] = mapped_column(Date)
    authorities: Mapped[str] = mapped_column(String(80), default="")  # Authority names, comma-separated
    # the last day an authorisation is in force (授权期限); None: until it is withdrawn (0701)
    authority_until: Mapped[date | None] = mapped_column(Date)
    # The owner who gave an authorisation: it lapses in effect once that person is no longer an
    # owner (产权变更), whatever the tie's dates say.
    granted_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(lazy="joined", foreign_keys=[person_id])
    # loaded when asked (an authorisation's line names who gave it), not with every tie
    grantor: Mapped[Person | None] = relationship(lazy="select", foreign_keys=[granted_by], viewonly=True)


class OwnershipTransfer(Created, Base):
    """产权变更: who owned before and after, kept as history."""

    __tablename__ = "ownership_transfers"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    transferred_on: Mapped[date] = mapped_column(Date)
    previous_owners: Mapped[str] = mapped_column(String(200))
    new_owners: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str] = mapped_column(String(60), default="")  # 不动产权证号 etc.
    arrangements: Mapped[str] = mapped_column(Text, default="")  # the seller's arrangements ended or kept
    note: Mapped[str] = mapped_column(Text, default="")


class ChronicleEntry(Base):
    """单元大事记."""

    __tablename__ = "chronicle"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[ChronicleKind] = mapped_column(enum_column(ChronicleKind))
    text: Mapped[str] = mapped_column(Text)
    automatic: Mapped[bool] = mapped_column(Boolean, default=True)
    author: Mapped[str] = mapped_column(String(80))

    __table_args__ = (Index("ix_chronicle_unit_at", "unit_id", "at"),)


class DeskInstruction(Created, Base):
    """前台须知: what the desk must know whenever the unit is opened."""

    __tablename__ = "desk_instructions"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CompletenessRun(Created, Base):
    """A 档案完整性检查 run to its end: when, by whom (created_at/created_by) and what it found; the
    duty calendar's quarterly check is done by the first run of the quarter."""

    __tablename__ = "registry_completeness_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    checked_on: Mapped[date] = mapped_column(Date)
    units_checked: Mapped[int] = mapped_column(Integer)
    findings: Mapped[int] = mapped_column(Integer)
    units_with_findings: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_registry_completeness_runs_created_at", "created_at"),)
