"""空置房 / 出租单元 in SQL: vacant units with their last check, a unit's checks, the month's checks,
current tenants with their leases and the notices sent, and what the checklist shows from the keys
and reception areas (keys in custody, uncollected mail)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.contracts.occupancy import Tenancy
from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.keys import KeyState
from deskapp.domain.people import Relation
from deskapp.domain.unit_order import unit_sort_key
from deskapp.domain.units import UnitState
from deskapp.store.models.keys import CustodyKey
from deskapp.store.models.occupancy import LeaseNotice, VacantCheck
from deskapp.store.models.reception import MailItem
from deskapp.store.models.registry import Person, Unit, UnitPerson


def vacant_units(session: Session, *, unchecked_since: date | None = None) -> list[tuple[int, str, date | None]]:
    """Units in state 空置 with the day of their last check (None: never checked), in unit order;
    `unchecked_since`: only those not checked on or after that day (the morning list's)."""
    last = (select(VacantCheck.unit_id, func.max(VacantCheck.checked_on).label("last"))
            .group_by(VacantCheck.unit_id).subquery())
    stmt = (select(Unit.id, Unit.code, last.c.last).outerjoin(last, last.c.unit_id == Unit.id)
            .where(Unit.state == UnitState.VACANT))
    if unchecked_since is not None:
        stmt = stmt.where(last.c.last.is_(None) | (last.c.last < unchecked_since))
    rows = session.execute(stmt).all()
    return sorted(((i, c, d) for i, c, d in rows), key=lambda r: unit_sort_key(r[1]))


def checks_of_unit(session: Session, unit_id: int, limit: int = 12) -> list[VacantCheck]:
    """The unit's latest checks, newest first."""
    return list(session.execute(select(VacantCheck).where(VacantCheck.unit_id == unit_id)
                                .order_by(VacantCheck.checked_on.desc(), VacantCheck.id.desc()).limit(limit)).scalars())


def checks_between(session: Session, start: date, end: date) -> list[tuple[VacantCheck, str]]:
    """Checks made from `start` up to (not including) `end`, by day, with the unit's code."""
    return [(c, code) for c, code in session.execute(
        select(VacantCheck, Unit.code).join(Unit, Unit.id == VacantCheck.unit_id)
        .where(VacantCheck.checked_on >= start, VacantCheck.checked_on < end)
        .order_by(VacantCheck.checked_on, VacantCheck.id)).all()]


def tenants(session: Session, *, unit_id: int | None = None, start: date | None = None, end: date | None = None,
            ending_by: date | None = None) -> list[Tenancy]:
    """Tenants' ties with the day the owner was told of the lease end: current ones, or (with
    `start`/`end`) those on file during [start, end); `ending_by`: leases ending by that day (or
    already ended). By lease end, open-ended last. Columns, not entities: a register of thousands."""
    stmt = (select(UnitPerson.id, UnitPerson.unit_id, Unit.code, Person.name, Person.phone, UnitPerson.lease_start,
                   UnitPerson.lease_end, UnitPerson.until, UnitPerson.note)
            .join(Unit, Unit.id == UnitPerson.unit_id).join(Person, Person.id == UnitPerson.person_id)
            .where(UnitPerson.relation == Relation.TENANT))
    if start is None:
        stmt = stmt.where(UnitPerson.until.is_(None))
    else:
        stmt = stmt.where((UnitPerson.until.is_(None)) | (UnitPerson.until >= start))
    if end is not None:
        stmt = stmt.where((UnitPerson.since.is_(None)) | (UnitPerson.since < end))
    if unit_id is not None:
        stmt = stmt.where(UnitPerson.unit_id == unit_id)
    if ending_by is not None:
        stmt = stmt.where(UnitPerson.lease_end <= ending_by)
    rows = session.execute(stmt.order_by(UnitPerson.lease_end.is_(None), UnitPerson.lease_end, UnitPerson.id)).all()
    told = _told(session)
    return [Tenancy(*r, told_on=told.get((r.id, r.lease_end))) for r in rows]


def _told(session: Session) -> dict[tuple[int, date], date]:
    """(tie, lease end) → the day the owner was last told of that end (a few rows: one per notice)."""
    out: dict[tuple[int, date], date] = {}
    for tie_id, lease_end, at in session.execute(select(LeaseNotice.tie_id, LeaseNotice.lease_end,
                                                        LeaseNotice.created_at).order_by(LeaseNotice.id)):
        out[(tie_id, lease_end)] = at.astimezone(CENTRE_TZ).date()
    return out


def keys_held(session: Session, unit_id: int) -> list[tuple[str, str, int]]:
    """The unit's keys in custody: (tag, cabinet/hook, copies)."""
    return [tuple(r) for r in session.execute(
        select(CustodyKey.tag, CustodyKey.location, CustodyKey.copies)
        .where(CustodyKey.unit_id == unit_id, CustodyKey.state == KeyState.IN_CUSTODY).order_by(CustodyKey.tag))]


def mail_waiting(session: Session, unit_id: int) -> int:
    """Mail for the unit registered at reception and not collected."""
    return session.execute(select(func.count()).select_from(MailItem)
                           .where(MailItem.unit_id == unit_id, MailItem.collected_at.is_(None))).scalar_one()
