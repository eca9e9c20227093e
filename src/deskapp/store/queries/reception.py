"""Reception registers in SQL: filtered, sorted and paged without loading a register whole."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from deskapp.domain.reception import (
    OPEN_REPAIR_STATES, OPEN_REQUEST_STATES, CallbackResult, Channel, DefectKind, DefectState, Department,
    MailKind, MailPlace, Notified, RepairScope, RepairState, RequestKind, RequestState, Urgency, ViolationKind,
    ViolationState,
)
from deskapp.store.models.reception import Defect, MailItem, ReceptionLog, RepairOrder, ServiceRequest, Violation
from deskapp.store.models.registry import Unit
from deskapp.contracts.paging import Page
from deskapp.store.natural import natural


def _like(text: str) -> str:
    return "%" + text.replace("%", "").replace("_", "") + "%"


# ------------------------------------------------------------------ requests

@dataclass(frozen=True)
class RequestFilter:
    states: tuple[RequestState, ...] = ()  # empty: all
    start: datetime | None = None  # registered at or after
    end: datetime | None = None  # registered before
    kind: RequestKind | None = None
    department: Department | None = None
    unit_id: int | None = None
    text: str = ""  # in the content, caller, location or unit code
    overdue_at: datetime | None = None  # only items open and past due at this moment
    major_only: bool = False


@dataclass(frozen=True)
class RequestRow:
    id: int
    registered_at: datetime
    unit_id: int | None
    unit_code: str
    location: str
    caller: str
    channel: Channel
    kind: RequestKind
    category: str
    text: str
    urgency: Urgency
    major: bool
    department: Department | None
    state: RequestState
    due_at: datetime | None
    deferred_until: date | None
    completed_at: datetime | None
    callback_result: CallbackResult | None
    reopen_count: int
    repair_number: str | None


REQUEST_SORT = {
    "registered_at": ServiceRequest.registered_at, "unit": natural(Unit.code), "caller": ServiceRequest.caller,
    "channel": ServiceRequest.channel, "kind": ServiceRequest.kind, "department": ServiceRequest.department,
    "state": ServiceRequest.state, "due_at": ServiceRequest.due_at, "completed_at": ServiceRequest.completed_at,
    "callback": ServiceRequest.callback_result, "id": ServiceRequest.id,
}


def _request_where(q: Select, f: RequestFilter) -> Select:
    R = ServiceRequest
    if f.states:
        q = q.where(R.state.in_(f.states))
    if f.start is not None:
        q = q.where(R.registered_at >= f.start)
    if f.end is not None:
        q = q.where(R.registered_at < f.end)
    if f.kind is not None:
        q = q.where(R.kind == f.kind)
    if f.department is not None:
        q = q.where(R.department == f.department)
    if f.unit_id is not None:
        q = q.where(R.unit_id == f.unit_id)
    if f.major_only:
        q = q.where(R.major.is_(True))
    if f.overdue_at is not None:
        q = q.where(R.state.in_(OPEN_REQUEST_STATES), R.due_at < f.overdue_at)
    if f.text:
        like = _like(f.text)
        q = q.where(or_(R.text.like(like), R.caller.like(like), R.location.like(like),
                        R.unit_id.in_(select(Unit.id).where(Unit.code.like(like)))))
    return q


def count_requests(session: Session, f: RequestFilter) -> int:
    q = _request_where(select(func.count(ServiceRequest.id)), f)
    return session.execute(q).scalar_one()


def _request_rows(raw) -> list[RequestRow]:
    return [RequestRow(*r) for r in raw]


def _request_columns():
    R = ServiceRequest
    return (R.id, R.registered_at, R.unit_id, func.coalesce(Unit.code, ""), R.location, R.caller, R.channel, R.kind,
            R.category, R.text, R.urgency, R.major, R.department, R.state, R.due_at, R.deferred_until,
            R.completed_at, R.callback_result, R.reopen_count, R.repair_number)


def request_register(session: Session, f: RequestFilter, *, sort: str = "registered_at", descending: bool = True,
                     offset: int = 0, limit: int = 200, total: int | None = None) -> Page[RequestRow]:
    col = REQUEST_SORT.get(sort, ServiceRequest.registered_at)
    order = [col.desc() if descending else col.asc(),
             ServiceRequest.id.desc() if descending else ServiceRequest.id.asc()]
    q = select(*_request_columns()).outerjoin(Unit, Unit.id == ServiceRequest.unit_id)
    q = _request_where(q, f).order_by(*order).offset(offset).limit(limit)
    rows = _request_rows(session.execute(q).all())
    return Page(rows, count_requests(session, f) if total is None else total, offset)


def requests_where(session: Session, *conditions, limit: int | None = None) -> list[RequestRow]:
    q = (select(*_request_columns()).outerjoin(Unit, Unit.id == ServiceRequest.unit_id)
         .where(*conditions).order_by(ServiceRequest.registered_at, ServiceRequest.id))
    if limit:
        q = q.limit(limit)
    return _request_rows(session.execute(q).all())


def request_month(session: Session, start: datetime, end: datetime) -> list[RequestRow]:
    return requests_where(session, ServiceRequest.registered_at >= start, ServiceRequest.registered_at < end)


# ------------------------------------------------------------------ repair orders

@dataclass(frozen=True)
class RepairFilter:
    states: tuple[RepairState, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    scope: RepairScope | None = None
    unit_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class RepairRow:
    id: int
    number: str
    reported_at: datetime
    scope: RepairScope
    unit_id: int | None
    unit_code: str
    location: str
    fault: str
    reported_by: str
    urgency: Urgency
    paid: bool
    technician: str
    state: RepairState
    dispatched_at: datetime | None
    arrived_at: datetime | None
    finished_at: datetime | None
    materials: str
    charge: Decimal | None
    check_ok: bool | None
    callback_result: CallbackResult | None
    rework_count: int
    source: str


REPAIR_SORT = {
    "number": RepairOrder.id, "reported_at": RepairOrder.reported_at, "unit": natural(Unit.code),
    "scope": RepairOrder.scope, "state": RepairOrder.state, "technician": RepairOrder.technician,
    "finished_at": RepairOrder.finished_at,
}


def _repair_where(q: Select, f: RepairFilter) -> Select:
    O = RepairOrder
    if f.states:
        q = q.where(O.state.in_(f.states))
    if f.start is not None:
        q = q.where(O.reported_at >= f.start)
    if f.end is not None:
        q = q.where(O.reported_at < f.end)
    if f.scope is not None:
        q = q.where(O.scope == f.scope)
    if f.unit_id is not None:
        q = q.where(O.unit_id == f.unit_id)
    if f.text:
        like = _like(f.text)
        q = q.where(or_(O.number.like(like), O.fault.like(like), O.location.like(like), O.reported_by.like(like),
                        O.unit_id.in_(select(Unit.id).where(Unit.code.like(like)))))
    return q


def _repair_columns():
    O = RepairOrder
    return (O.id, O.number, O.reported_at, O.scope, O.unit_id, func.coalesce(Unit.code, ""), O.location, O.fault,
            O.reported_by, O.urgency, O.paid, O.technician, O.state, O.dispatched_at, O.arrived_at, O.finished_at,
            O.materials, O.charge, O.check_ok, O.callback_result, O.rework_count, O.source)


def count_repairs(session: Session, f: RepairFilter) -> int:
    return session.execute(_repair_where(select(func.count(RepairOrder.id)), f)).scalar_one()


def repair_register(session: Session, f: RepairFilter, *, sort: str = "reported_at", descending: bool = True,
                    offset: int = 0, limit: int = 200, total: int | None = None) -> Page[RepairRow]:
    col = REPAIR_SORT.get(sort, RepairOrder.reported_at)
    order = [col.desc() if descending else col.asc(), RepairOrder.id.desc() if descending else RepairOrder.id]
    q = select(*_repair_columns()).outerjoin(Unit, Unit.id == RepairOrder.unit_id)
    q = _repair_where(q, f).order_by(*order).offset(offset).limit(limit)
    rows = [RepairRow(*r) for r in session.execute(q).all()]
    return Page(rows, count_repairs(session, f) if total is None else total, offset)


def repairs_where(session: Session, *conditions) -> list[RepairRow]:
    q = (select(*_repair_columns()).outerjoin(Unit, Unit.id == RepairOrder.unit_id).where(*conditions)
         .order_by(RepairOrder.reported_at, RepairOrder.id))
    return [RepairRow(*r) for r in session.execute(q).all()]


def open_repairs_before(session: Session, before: datetime) -> list[RepairRow]:
    return repairs_where(session, RepairOrder.state.in_(OPEN_REPAIR_STATES),
                         or_(RepairOrder.reported_at < before, RepairOrder.state == RepairState.FINISHED))


# ------------------------------------------------------------------ defects, violations, mail, log

@dataclass(frozen=True)
class DefectRow:
    id: int
    unit_id: int | None
    unit_code: str
    building: str
    location: str
    kind: DefectKind
    description: str
    reported_on: date
    reported_by: str
    responsible: str
    state: DefectState
    fixed_on: date | None
    last_followup: str


def defects(session: Session, *, states: tuple[DefectState, ...] = (), start: date | None = None,
            end: date | None = None, unit_id: int | None = None, offset: int = 0,
            limit: int | None = None) -> list[DefectRow]:
    from deskapp.store.models.registry import Building

    D = Defect
    q = (select(D.id, D.unit_id, func.coalesce(Unit.code, ""), func.coalesce(Building.name, ""), D.location, D.kind,
                D.description, D.reported_on, D.reported_by, D.responsible, D.state, D.fixed_on, D.last_followup)
         .outerjoin(Unit, Unit.id == D.unit_id).outerjoin(Building, Building.id == Unit.building_id))
    if states:
        q = q.where(D.state.in_(states))
    if start is not None:
        q = q.where(D.reported_on >= start)
    if end is not None:
        q = q.where(D.reported_on < end)
    if unit_id is not None:
        q = q.where(D.unit_id == unit_id)
    q = q.order_by(D.reported_on.desc(), D.id.desc()).offset(offset)
    if limit:
        q = q.limit(limit)
    return [DefectRow(*r) for r in session.execute(q).all()]


def defect_summary(session: Session) -> list[tuple[str, str, int, int]]:
    """(building, kind, open, total) for the summary by building and by kind."""
    from deskapp.store.models.registry import Building

    D = Defect
    open_case = func.sum(case((D.state.in_((DefectState.OPEN, DefectState.WORKING, DefectState.ESCALATED)), 1), else_=0))
    q = (select(func.coalesce(Building.name, "公共区域"), D.kind, open_case, func.count(D.id))
         .outerjoin(Unit, Unit.id == D.unit_id).outerjoin(Building, Building.id == Unit.building_id)
         .group_by(Building.name, D.kind).order_by(Building.name, D.kind))
    return [(b, k.value, int(o or 0), int(t)) for b, k, o, t in session.execute(q).all()]


@dataclass(frozen=True)
class ViolationRow:
    id: int
    unit_id: int
    unit_code: str
    kind: ViolationKind
    found_on: date
    found_by: str
    description: str
    demanded: str
    deadline: date | None
    state: ViolationState
    outcome: str
    escalated_at: datetime | None


def violations(session: Session, *, states: tuple[ViolationState, ...] = (), start: date | None = None,
               end: date | None = None, unit_id: int | None = None, offset: int = 0,
               limit: int | None = None) -> list[ViolationRow]:
    V = Violation
    q = (select(V.id, V.unit_id, Unit.code, V.kind, V.found_on, V.found_by, V.description, V.demanded, V.deadline,
                V.state, V.outcome, V.escalated_at).join(Unit, Unit.id == V.unit_id))
    if states:
        q = q.where(V.state.in_(states))
    if start is not None:
        q = q.where(V.found_on >= start)
    if end is not None:
        q = q.where(V.found_on < end)
    if unit_id is not None:
        q = q.where(V.unit_id == unit_id)
    q = q.order_by(V.found_on.desc(), V.id.desc()).offset(offset)
    if limit:
        q = q.limit(limit)
    return [ViolationRow(*r) for r in session.execute(q).all()]


@dataclass(frozen=True)
class MailRow:
    id: int
    unit_id: int
    unit_code: str
    kind: MailKind
    sender: str
    tracking: str
    received_at: datetime
    notified: Notified
    notified_at: datetime | None
    place: MailPlace
    collected_by: str
    collected_at: datetime | None
    registered_by: str


def mail(session: Session, *, places: tuple[MailPlace, ...] = (), start: datetime | None = None,
         end: datetime | None = None, unit_id: int | None = None, received_before: datetime | None = None,
         offset: int = 0, limit: int | None = None) -> list[MailRow]:
    M = MailItem
    q = (select(M.id, M.unit_id, Unit.code, M.kind, M.sender, M.tracking, M.received_at, M.notified, M.notified_at,
                M.place, M.collected_by, M.collected_at, M.registered_by).join(Unit, Unit.id == M.unit_id))
    if places:
        q = q.where(M.place.in_(places))
    if start is not None:
        q = q.where(M.received_at >= start)
    if end is not None:
        q = q.where(M.received_at < end)
    if received_before is not None:
        q = q.where(M.received_at < received_before)
    if unit_id is not None:
        q = q.where(M.unit_id == unit_id)
    q = q.order_by(M.received_at.desc(), M.id.desc()).offset(offset)
    if limit:
        q = q.limit(limit)
    return [MailRow(*r) for r in session.execute(q).all()]


@dataclass(frozen=True)
class LogRow:
    id: int
    at: datetime
    channel: Channel
    visitor: str
    unit_code: str
    matter: str
    outcome: str
    clerk: str


def log_entries(session: Session, start: datetime, end: datetime) -> list[LogRow]:
    L = ReceptionLog
    q = (select(L.id, L.at, L.channel, L.visitor, func.coalesce(Unit.code, ""), L.matter, L.outcome, L.clerk)
         .outerjoin(Unit, Unit.id == L.unit_id).where(and_(L.at >= start, L.at < end)).order_by(L.at, L.id))
    return [LogRow(*r) for r in session.execute(q).all()]
