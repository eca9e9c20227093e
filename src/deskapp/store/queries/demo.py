"""What the demo steps read back inside their one transaction: the units, people and
buildings earlier steps wrote, free ids, and which tables hold rows."""
from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.contracts.demo import DemoBuilding, DemoUnit
from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.people import Relation
from deskapp.store.models.accounts import User
from deskapp.store.models.base import Base
from deskapp.store.models.billing import BillLine, OpenBillLine, Receipt, ReceiptLine, Waiver
from deskapp.store.models.registry import Building, Person, Stairwell, Unit, UnitPerson

IN_BATCH = 900  # under SQLite's old limit of 999 bound parameters


def demo_units(session: Session) -> list[DemoUnit]:
    """The units generated so far (ordered by id), with current owners and tenants."""
    ties: dict[int, tuple[list[int], list[int]]] = {}
    bought: dict[int, date] = {}
    for uid, pid, rel, since in session.execute(
        select(UnitPerson.unit_id, UnitPerson.person_id, UnitPerson.relation, UnitPerson.since)
        .where(UnitPerson.until.is_(None), UnitPerson.relation.in_([Relation.OWNER, Relation.TENANT]))
        .order_by(UnitPerson.id)
    ):
        owners, tenants = ties.setdefault(uid, ([], []))
        (owners if rel is Relation.OWNER else tenants).append(pid)
        if rel is Relation.OWNER and since is not None:
            bought[uid] = max(since, bought.get(uid, since))
    out = []
    for r in session.execute(
        select(Unit.id, Unit.code, Building.code.label("building"), Unit.kind, Unit.state, Unit.delivered_on,
               Unit.building_area, Unit.created_at)
        .join(Building, Building.id == Unit.building_id).order_by(Unit.id)
    ):
        owners, tenants = ties.get(r.id, ([], []))
        fields = dict(r._mapping)
        created = fields.pop("created_at")
        out.append(DemoUnit(**fields, owner_ids=tuple(owners), tenant_ids=tuple(tenants), owned_since=bought.get(r.id),
                            filed_on=created.astimezone(CENTRE_TZ).date() if created else None))
    return out


def next_id(session: Session, model: Any) -> int:
    """The next free primary key of `model` (the steps give ids themselves)."""
    return (session.execute(select(func.max(model.id))).scalar() or 0) + 1


def content_tables(session: Session, skip: Collection[str]) -> list[str]:
    """Tables (other than `skip`) that have rows."""
    used = []
    for table in Base.metadata.sorted_tables:
        if table.name in skip:
            continue
        if session.execute(select(1).select_from(table).limit(1)).first() is not None:
            used.append(table.name)
    return used


def row_counts(session: Session, skip: Collection[str]) -> list[tuple[str, int]]:
    """Rows the demo wrote, table by table; derived tables (filled by triggers) are not its rows."""
    return [(t.name, session.execute(select(func.count()).select_from(t)).scalar_one())
            for t in Base.metadata.sorted_tables if t.name not in skip and not t.info.get("derived")]


def usernames(session: Session) -> set[str]:
    return set(session.execute(select(User.username)).scalars())


def user_id(session: Session, username: str) -> int | None:
    return session.execute(select(User.id).where(User.username == username)).scalar()


def _people(session: Session, ids: Iterable[int], *columns) -> dict[int, tuple]:
    ids = sorted(set(ids))
    found: dict[int, tuple] = {}
    for start in range(0, len(ids), IN_BATCH):
        for pid, *values in session.execute(select(Person.id, *columns)
                                            .where(Person.id.in_(ids[start:start + IN_BATCH]))):
            found[pid] = tuple(values)
    return found


def person_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    return {pid: name for pid, (name,) in _people(session, ids, Person.name).items()}


def person_papers(session: Session, ids: Iterable[int]) -> dict[int, tuple]:
    """(name, id_type, id_number) per person: what a key borrower shows."""
    return _people(session, ids, Person.name, Person.id_type, Person.id_number)


def person_contacts(session: Session, ids: Iterable[int]) -> dict[int, tuple]:
    """(name, phone, id_number) per person: what a lease names."""
    return _people(session, ids, Person.name, Person.phone, Person.id_number)


def buildings(session: Session) -> list[DemoBuilding]:
    """Every building, ordered by id."""
    return [DemoBuilding(**r._mapping) for r in session.execute(
        select(Building.id, Building.code, Building.name, Building.floors).order_by(Building.id))]


def stairwell_codes(session: Session, building_id: int) -> list[str]:
    return list(session.execute(select(Stairwell.code).where(Stairwell.building_id == building_id)
                                .order_by(Stairwell.code)).scalars())


def bill_lines(session: Session) -> list[tuple]:
    """(id, unit_id, quarter, item, amount, period_start, period_end) of every bill line, by id:
    what the demo's payments pay."""
    return [tuple(r) for r in session.execute(
        select(BillLine.id, BillLine.unit_id, BillLine.quarter, BillLine.item, BillLine.amount,
               BillLine.period_start, BillLine.period_end).order_by(BillLine.id))]


def recent_receipts(session: Session, since: datetime, limit: int) -> list[tuple]:
    """(id, number, unit_id, issued_at, payer) of the newest receipts not voided issued since
    `since`, newest first: what the demo's invoice requests are made from."""
    return [tuple(r) for r in session.execute(
        select(Receipt.id, Receipt.number, Receipt.unit_id, Receipt.issued_at, Receipt.payer)
        .where(Receipt.issued_at >= since, Receipt.voided_at.is_(None))
        .order_by(Receipt.issued_at.desc(), Receipt.id.desc()).limit(limit))]


def open_lines(session: Session, item) -> list[tuple]:
    """(id, unit_id, quarter, amount) of the bill lines of `item` nothing has been paid or waived
    on yet, by id: what a demo 减免 application is made on."""
    return [tuple(r) for r in session.execute(
        select(BillLine.id, BillLine.unit_id, BillLine.quarter, BillLine.amount)
        .join(OpenBillLine, OpenBillLine.line_id == BillLine.id)
        .where(BillLine.item == item,
               ~select(ReceiptLine.id).where(ReceiptLine.bill_line_id == BillLine.id).exists(),
               ~select(Waiver.id).where(Waiver.line_id == BillLine.id).exists())
        .order_by(BillLine.id))]
