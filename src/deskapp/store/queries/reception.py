"""Reception registers in SQL: filtered, sorted and paged without loading a register whole."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, Select, and_, case, cast, func, or_, select, union_all
from sqlalchemy.orm import Session

from deskapp.domain.people import Relation
from deskapp.domain.reception_dispatch import Dispatch, DispatchEnd, from_order
from deskapp.domain.reception import (
    OPEN_REPAIR_STATES, OPEN_REQUEST_STATES, DefectState, MailPlace, NoticeTarget, RepairAction, RepairState,
    RequestState, ViolationState,
)
from deskapp.store.models.reception import (
    Defect, Handover, HandoverItem, ItemEvent, MailItem, Notice, NoticeDelivery, ReceptionLog,
    RepairDispatch, RepairOrder, ServiceRequest, Violation,
)
from deskapp.store.models.billing import Receipt
from deskapp.store.models.billing_one_off import OneOffCharge
from deskapp.store.models.registry import Building, Person, Unit, UnitPerson
from deskapp.contracts.paging import Page
from deskapp.contracts.reception import (
    DefectRow, LogRow, MailRow, RepairFilter, RepairRow, RequestFilter, RequestRow, ViolationRow,
)
from deskapp.store.natural import natural
from deskapp.store.queries.filters import filtered_by, like as like_ci, narrowed, ordered
from deskapp.store.queries.registry import numbered


def _like(text: str) -> str:
    return "%" + text.replace("%", "").replace("_", "") + "%"


def _searched(q: Select, text: str, unit_id, *columns) -> Select:
    """A register's search box: the text in any of `columns` or in the unit's code."""
    if not text:
        return q
    like = _like(text)
    return q.where(or_(*(like_ci(c, like) for c in columns), unit_id.in_(select(Unit.id).where(like_ci(Unit.code, like)))))


# ------------------------------------------------------------------ requests

REQUEST_SORT = {
    "registered_at": ServiceRequest.registered_at, "unit": natural(Unit.code), "caller": ServiceRequest.caller,
    "channel": ServiceRequest.channel, "kind": ServiceRequest.kind, "department": ServiceRequest.department,
    "state": ServiceRequest.state, "due_at": ServiceRequest.due_at, "completed_at": ServiceRequest.completed_at,
    "callback": ServiceRequest.callback_result, "id": ServiceRequest.id, "number": ServiceRequest.number,
}


def _request_where(q: Select, f: RequestFilter) -> Select:
    R = ServiceRequest
    q = filtered_by(q, f, state=R.state, at=R.registered_at, unit=R.unit_id)
    if f.kind is not None:
        q = q.where(R.kind == f.kind)
    if f.department is not None:
        q = q.where(R.department == f.department)
    if f.major_only:
        q = q.where(R.major.is_(True))
    if f.overdue_at is not None:
        late = and_(R.state.in_(OPEN_REQUEST_STATES), R.due_at < f.overdue_at)
        if f.callbacks_finished_before is not None:  # finished, and the callback's time gone by
            late = or_(late, and_(R.state == RequestState.DONE, R.completed_at < f.callbacks_finished_before))
        q = q.where(late)
    return _searched(q, f.text, R.unit_id, R.number, R.text, R.caller, R.location)


def count_requests(session: Session, f: RequestFilter) -> int:
    q = _request_where(select(func.count(ServiceRequest.id)), f)
    return session.execute(q).scalar_one()


def _request_rows(raw) -> list[RequestRow]:
    return [RequestRow(**r._mapping) for r in raw]


def _request_columns():
    R = ServiceRequest
    return (R.id, R.number, R.registered_at, R.unit_id, func.coalesce(Unit.code, "").label("unit_code"), R.location, R.caller, R.channel, R.kind,
            R.category, R.text, R.urgency, R.major, R.department, R.state, R.due_at, R.deferred_until,
            R.completed_at, R.callback_result, R.reopen_count, R.repair_number)


def request_register(session: Session, f: RequestFilter, *, sort: str = "registered_at", descending: bool = True,
                     offset: int = 0, limit: int = 200, total: int | None = None) -> Page[RequestRow]:
    col = REQUEST_SORT.get(sort, ServiceRequest.registered_at)
    q = select(*_request_columns()).outerjoin(Unit, Unit.id == ServiceRequest.unit_id)
    q = _request_where(q, f).order_by(*ordered(col, ServiceRequest.id, descending)).offset(offset).limit(limit)
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

REPAIR_SORT = {
    "number": RepairOrder.id, "reported_at": RepairOrder.reported_at, "unit": natural(Unit.code),
    "scope": RepairOrder.scope, "state": RepairOrder.state, "technician": RepairOrder.technician,
    "finished_at": RepairOrder.finished_at,
}


def _repair_where(q: Select, f: RepairFilter) -> Select:
    O = RepairOrder
    q = filtered_by(q, f, state=O.state, at=O.reported_at, unit=O.unit_id)
    if f.scope is not None:
        q = q.where(O.scope == f.scope)
    return _searched(q, f.text, O.unit_id, O.number, O.fault, O.location, O.reported_by)


def _fee_receipt():
    """The live receipt of the 有偿维修 charge that paid the order (临时收费 at the counter), or ""."""
    paid_by = (select(Receipt.number).join(OneOffCharge, OneOffCharge.receipt_id == Receipt.id)
               .where(OneOffCharge.repair_id == RepairOrder.id, Receipt.voided_at.is_(None))
               .order_by(Receipt.id.desc()).limit(1).scalar_subquery())
    return func.coalesce(paid_by, "").label("fee_receipt")


def _repair_columns():
    O = RepairOrder
    return (O.id, O.number, O.reported_at, O.scope, O.unit_id, func.coalesce(Unit.code, "").label("unit_code"), O.location, O.fault,
            O.reported_by, O.urgency, O.paid, O.technician, O.state, O.dispatched_at, O.arrived_at, O.finished_at,
            O.materials, O.charge, O.check_ok, O.callback_result, O.rework_count, O.source, _fee_receipt())


def count_repairs(session: Session, f: RepairFilter) -> int:
    return session.execute(_repair_where(select(func.count(RepairOrder.id)), f)).scalar_one()


def repair_register(session: Session, f: RepairFilter, *, sort: str = "reported_at", descending: bool = True,
                    offset: int = 0, limit: int = 200, total: int | None = None) -> Page[RepairRow]:
    col = REPAIR_SORT.get(sort, RepairOrder.reported_at)
    q = select(*_repair_columns()).outerjoin(Unit, Unit.id == RepairOrder.unit_id)
    q = _repair_where(q, f).order_by(*ordered(col, RepairOrder.id, descending)).offset(offset).limit(limit)
    rows = [RepairRow(**r._mapping) for r in session.execute(q).all()]
    return Page(rows, count_repairs(session, f) if total is None else total, offset)


def repairs_where(session: Session, *conditions) -> list[RepairRow]:
    q = (select(*_repair_columns()).outerjoin(Unit, Unit.id == RepairOrder.unit_id).where(*conditions)
         .order_by(RepairOrder.reported_at, RepairOrder.id))
    return [RepairRow(**r._mapping) for r in session.execute(q).all()]


def open_repairs_before(session: Session, before: datetime) -> list[RepairRow]:
    return repairs_where(session, RepairOrder.state.in_(OPEN_REPAIR_STATES),
                         or_(RepairOrder.reported_at < before, RepairOrder.state == RepairState.FINISHED))


# ------------------------------------------------------------------ defects, violations, mail, log

def defects(session: Session, *, states: tuple[DefectState, ...] = (), start: date | None = None,
            end: date | None = None, unit_id: int | None = None, offset: int = 0,
            limit: int | None = None) -> list[DefectRow]:
    D = Defect
    q = (select(D.id, D.unit_id, func.coalesce(Unit.code, "").label("unit_code"),
                func.coalesce(Building.name, "").label("building"), D.location, D.kind, D.description, D.reported_on, D.reported_by, D.responsible, D.state, D.fixed_on, D.last_followup)
         .outerjoin(Unit, Unit.id == D.unit_id).outerjoin(Building, Building.id == Unit.building_id))
    q = narrowed(q, state=D.state, states=states, at=D.reported_on, start=start, end=end, unit=D.unit_id,
                 unit_id=unit_id)
    return _newest_first(session, q, DefectRow, D.reported_on, D.id, offset, limit)


def _newest_first(session: Session, q: Select, row: type, at: Any, id_: Any, offset: int, limit: int | None) -> list:
    """A page of a desk register (defects, violations, mail) as `row`s: newest `at` first, the id
    breaking ties, from `offset`, at most `limit` rows (all when None)."""
    q = q.order_by(*ordered(at, id_, True)).offset(offset).limit(limit or None)
    return [row(**r._mapping) for r in session.execute(q).all()]


def defect_summary(session: Session) -> list[tuple[str, str, int, int]]:
    """(building, kind, open, total) for the summary by building and by kind."""
    D = Defect
    open_case = func.sum(case((D.state.in_((DefectState.OPEN, DefectState.WORKING, DefectState.ESCALATED)), 1), else_=0))
    q = (select(func.coalesce(Building.name, "公共区域"), D.kind, open_case, func.count(D.id))
         .outerjoin(Unit, Unit.id == D.unit_id).outerjoin(Building, Building.id == Unit.building_id)
         .group_by(Building.name, D.kind).order_by(Building.name, D.kind))
    return [(b, k.value, int(o or 0), int(t)) for b, k, o, t in session.execute(q).all()]


def violations(session: Session, *, states: tuple[ViolationState, ...] = (), start: date | None = None,
               end: date | None = None, unit_id: int | None = None, offset: int = 0,
               limit: int | None = None) -> list[ViolationRow]:
    V = Violation
    q = (select(V.id, V.unit_id, Unit.code.label("unit_code"), V.kind, V.found_on, V.found_by, V.description, V.demanded, V.deadline,
                V.state, V.outcome, V.escalated_at).join(Unit, Unit.id == V.unit_id))
    q = narrowed(q, state=V.state, states=states, at=V.found_on, start=start, end=end, unit=V.unit_id,
                 unit_id=unit_id)
    return _newest_first(session, q, ViolationRow, V.found_on, V.id, offset, limit)


def violation_notice_numbers(session: Session, violation_ids: list[int]) -> dict[int, str]:
    """The 整改通知书 number (WZ2026-0001) of each of these violations that has one issued."""
    if not violation_ids:
        return {}
    from deskapp.store.models.reception_notices import ViolationNotice as N

    return dict(session.execute(select(N.violation_id, N.number).where(N.violation_id.in_(violation_ids))).all())


def mail(session: Session, *, places: tuple[MailPlace, ...] = (), start: datetime | None = None,
         end: datetime | None = None, unit_id: int | None = None, received_before: datetime | None = None,
         offset: int = 0, limit: int | None = None) -> list[MailRow]:
    M = MailItem
    q = (select(M.id, M.unit_id, Unit.code.label("unit_code"), M.kind, M.sender, M.tracking, M.received_at, M.notified, M.notified_at,
                M.place, M.collected_by, M.collected_at, M.registered_by).join(Unit, Unit.id == M.unit_id))
    q = narrowed(q, state=M.place, states=places, at=M.received_at, start=start, end=end, unit=M.unit_id,
                 unit_id=unit_id)
    if received_before is not None:
        q = q.where(M.received_at < received_before)
    return _newest_first(session, q, MailRow, M.received_at, M.id, offset, limit)


def log_entries(session: Session, start: datetime, end: datetime) -> list[LogRow]:
    L = ReceptionLog
    q = (select(L.id, L.at, L.channel, L.visitor, func.coalesce(Unit.code, "").label("unit_code"), L.matter, L.outcome, L.clerk)
         .outerjoin(Unit, Unit.id == L.unit_id).where(and_(L.at >= start, L.at < end)).order_by(L.at, L.id))
    return [LogRow(**r._mapping) for r in session.execute(q).all()]


# ------------------------------------------------------------------ the morning list, the checks, the exports

def open_requests_for_day(session: Session, cutoff: datetime | None, today0: datetime, tomorrow0: datetime,
                          day: date) -> list[RequestRow]:
    """Open requests (with `cutoff`: earlier days' ones and anything promised for `day`, due
    that day or deferred until it), then those done and awaiting their callback."""
    open_cond = ServiceRequest.state.in_(OPEN_REQUEST_STATES)
    if cutoff is not None:
        open_cond = open_cond & or_(ServiceRequest.registered_at < cutoff,
                                    (ServiceRequest.due_at >= today0) & (ServiceRequest.due_at < tomorrow0),
                                    ServiceRequest.deferred_until == day)
    # Two indexed look-ups rather than one OR, which SQLite would answer by a scan.
    return requests_where(session, open_cond) + requests_where(session, ServiceRequest.state == RequestState.DONE)


def open_repairs(session: Session) -> list[RepairRow]:
    return repairs_where(session, RepairOrder.state.in_(OPEN_REPAIR_STATES))


def repair_row(session: Session, repair_id: int) -> RepairRow:
    return repairs_where(session, RepairOrder.id == repair_id)[0]


def paid_repairs_of(session: Session, unit_id: int) -> list[RepairRow]:
    """The unit's 有偿 repair orders not cancelled, oldest first: what a 有偿维修 charge may pay."""
    return repairs_where(session, RepairOrder.unit_id == unit_id, RepairOrder.paid.is_(True),
                         RepairOrder.state != RepairState.CANCELLED)


def repair_by_number(session: Session, number: str) -> RepairRow | None:
    rows = repairs_where(session, RepairOrder.number == number)
    return rows[0] if rows else None


def repair_month(session: Session, start: datetime, end: datetime) -> list[RepairRow]:
    return repairs_where(session, RepairOrder.reported_at >= start, RepairOrder.reported_at < end)


def as_dispatch(d: RepairDispatch) -> Dispatch:
    """A kept dispatch as the plain value the register, the paper and the detail read."""
    return Dispatch(d.seq, d.technician, d.dispatched_at, d.dispatched_by, d.arrived_at, d.finished_at, d.ended,
                    d.ended_at, d.ended_by, d.reason)


def month_dispatches(session: Session, start: datetime, end: datetime) -> dict[int, list[Dispatch]]:
    """Every dispatch of each order reported in [start, end), first first, by order id; an order
    dispatched without any kept (before they were, or written in bulk) has its own fields as its one."""
    O, D = RepairOrder, RepairDispatch
    in_month = (O.reported_at >= start, O.reported_at < end)
    found: dict[int, list[Dispatch]] = {}
    for d in session.execute(select(D).join(O, O.id == D.repair_id).where(*in_month)
                             .order_by(D.repair_id, D.seq)).scalars():
        found.setdefault(d.repair_id, []).append(as_dispatch(d))
    for oid, tech, at, arrived, finished in session.execute(select(
            O.id, O.technician, O.dispatched_at, O.arrived_at, O.finished_at).where(*in_month, O.dispatched_at.is_not(None))):
        if oid not in found:
            found[oid] = from_order(tech, at, arrived, finished)
    return found


def dispatch_figures(session: Session) -> tuple[int, int]:
    """(orders whose dispatches are kept, of them those whose last dispatch names another technician
    than the order does): `deskapp check`'s look at the two agreeing."""
    D, O = RepairDispatch, RepairOrder
    last = select(D.repair_id, func.max(D.seq).label("seq")).group_by(D.repair_id).subquery()
    kept = session.scalar(select(func.count()).select_from(last)) or 0
    apart = session.scalar(select(func.count()).select_from(last)
                           .join(D, and_(D.repair_id == last.c.repair_id, D.seq == last.c.seq))
                           .join(O, O.id == D.repair_id).where(D.technician != O.technician)) or 0
    return int(kept), int(apart)


def technicians_used(session: Session, since: datetime, limit: int = 40) -> list[str]:
    """The 维修人 the desk dispatched to since `since`, the most dispatches first (then the most
    recently sent, then by name): the names the 派单 form offers. Each 派单 is counted
    (`rx_repair_dispatches`), so a technician whose order was sent back and given to another still
    counts; an order dispatched without any kept (before they were, or written in bulk) counts once
    for its own technician. A dispatch put right by another before any work (a name mistyped) is not
    offered again."""
    O, D = RepairOrder, RepairDispatch
    worked = or_(D.ended.is_(None), D.ended != DispatchEnd.REASSIGNED, D.arrived_at.is_not(None))  # not a slip
    kept = select(D.technician.label("technician"), D.dispatched_at.label("at")).where(D.dispatched_at >= since, worked)
    unkept = select(O.technician.label("technician"), O.dispatched_at.label("at")).where(
        O.dispatched_at >= since, ~select(D.id).where(D.repair_id == O.id).exists())
    sent = union_all(kept, unkept).subquery()
    q = (select(sent.c.technician).where(sent.c.technician != "").group_by(sent.c.technician)
         .order_by(func.count().desc(), func.max(sent.c.at).desc(), sent.c.technician).limit(limit))
    return list(session.execute(q).scalars())


def unacknowledged_escalations(session: Session) -> list[RequestRow]:
    # A 重大事件 is escalated when recorded, so one indexed condition covers both.
    return requests_where(session, ServiceRequest.escalated.is_(True), ServiceRequest.major_acknowledged_by.is_(None))


def open_refs_of(session: Session, name: str) -> tuple[list[str], list[str]]:
    """(numbers of open or awaiting-callback requests, numbers of open repair orders) `name` registered."""
    ids = list(session.execute(select(ServiceRequest.number).where(
        ServiceRequest.registered_by == name,
        ServiceRequest.state.in_(OPEN_REQUEST_STATES) | (ServiceRequest.state == RequestState.DONE))).scalars())
    numbers = list(session.execute(select(RepairOrder.number).where(
        RepairOrder.registered_by == name, RepairOrder.state.in_(OPEN_REPAIR_STATES))).scalars())
    return ids, numbers


def current_people(session: Session, unit_id: int) -> list[tuple[str, Relation]]:
    """(name, relation) of the unit's current people, owners first: who may collect its mail."""
    return [(name, rel) for name, rel in session.execute(
        select(Person.name, UnitPerson.relation).join(Person, Person.id == UnitPerson.person_id)
        .where(UnitPerson.unit_id == unit_id, UnitPerson.until.is_(None)).order_by(UnitPerson.relation))]


@dataclass(frozen=True)
class RepairYear:
    year: int
    orders: int
    low: int
    high: int
    distinct: int


def repair_years(session: Session) -> list[RepairYear]:
    """Per year: repair orders, lowest, highest and distinct sequence numbers (the check that
    numbers have no gap)."""
    R = RepairOrder
    return [RepairYear(**r._mapping) for r in session.execute(
        select(R.year, func.count(R.id).label("orders"), func.min(R.seq).label("low"), func.max(R.seq).label("high"),
               func.count(func.distinct(R.seq)).label("distinct"))
        .group_by(R.year).order_by(R.year)).all()]


def request_years(session: Session) -> list[RepairYear]:
    """The same per year of 客诉单号 (KS2026-000123: the year and the sequence read from the number)."""
    R = ServiceRequest
    year, seq = cast(func.substr(R.number, 3, 4), Integer), cast(func.substr(R.number, 8), Integer)
    return [RepairYear(*r) for r in session.execute(
        select(year, func.count(R.id), func.min(seq), func.max(seq), func.count(func.distinct(seq)))
        .group_by(year).order_by(year)).all()]


def request_state_figures(session: Session) -> tuple[int, int, int]:
    """(requests, done or called back without a completion time, open with one)."""
    R = ServiceRequest
    n = session.execute(select(func.count(R.id))).scalar_one()
    done_without = session.execute(select(func.count(R.id)).where(
        R.state.in_([RequestState.DONE, RequestState.CALLED_BACK]), R.completed_at.is_(None))).scalar_one()
    open_with = session.execute(select(func.count(R.id)).where(
        R.state.in_(OPEN_REQUEST_STATES), R.completed_at.is_not(None))).scalar_one()
    return n, done_without, open_with


@dataclass(frozen=True)
class RequestExtra:
    """The columns of the monthly export the register does not show."""
    id: int
    caller_phone: str | None
    handler: str
    callback_at: datetime | None
    callback_by: str
    result: str
    callback_note: str


def request_month_extras(session: Session, start: datetime, end: datetime) -> dict[int, RequestExtra]:
    R = ServiceRequest
    return {r.id: RequestExtra(**r._mapping) for r in session.execute(
        select(R.id, R.caller_phone, R.handler, R.callback_at, R.callback_by, R.result, R.callback_note)
        .where(R.registered_at >= start, R.registered_at < end))}


@dataclass(frozen=True)
class RepairExtra:
    id: int
    reporter_phone: str | None
    work_done: str
    callback_note: str


def repair_month_extras(session: Session, start: datetime, end: datetime) -> dict[int, RepairExtra]:
    O = RepairOrder
    return {r.id: RepairExtra(**r._mapping) for r in session.execute(
        select(O.id, O.reporter_phone, O.work_done, O.callback_note)
        .where(O.reported_at >= start, O.reported_at < end))}


def repair_steps(session: Session, ids: list[int], action: RepairAction) -> dict[int, tuple[datetime, str]]:
    """When and by whom each order took step `action` (回访: who called back; 检查: who checked a
    public repair): the order's history holds it (the event the step wrote); the last one wins."""
    found: dict[int, tuple[datetime, str]] = {}
    for i in range(0, len(ids), 500):
        for entity_id, at, who in session.execute(select(ItemEvent.entity_id, ItemEvent.at, ItemEvent.actor).where(
                ItemEvent.entity == "repair", ItemEvent.action == action.value,
                ItemEvent.entity_id.in_(ids[i:i + 500])).order_by(ItemEvent.id)):
            found[entity_id] = (at, who)
    return found


def handovers_with_items(session: Session, start: date, end: date) -> list[tuple[Handover, HandoverItem | None]]:
    """Each handover of the shift days [start, end) with each of its items in order (None: no items)."""
    return [(h, i) for h, i in session.execute(
        select(Handover, HandoverItem).outerjoin(HandoverItem, HandoverItem.handover_id == Handover.id)
        .where(Handover.shift_date >= start, Handover.shift_date < end)
        .order_by(Handover.shift_date, Handover.id, HandoverItem.position))]


# ------------------------------------------------------------------ notices

def notice_unit_ids(session: Session, target: NoticeTarget, codes: list[str]) -> tuple[list[int], list[str]]:
    """(the units a notice reaches in code order, the given building or unit codes that do not exist)."""
    q = select(Unit.id).order_by(natural(Unit.code))
    if target is NoticeTarget.BUILDINGS:
        known = set(session.execute(select(Building.code).where(Building.code.in_(codes))).scalars())
        q = q.join(Building, Building.id == Unit.building_id).where(Building.code.in_(codes))
    elif target is NoticeTarget.UNITS:
        known = set(session.execute(select(Unit.code).where(Unit.code.in_(codes))).scalars())
        q = q.where(Unit.code.in_(codes))
    else:
        known = set(codes)
    missing = [c for c in codes if c not in known]
    return ([] if missing else list(session.execute(q).scalars())), missing


def notices_with_reach(session: Session, limit: int) -> list[tuple[Notice, int]]:
    """Recent notices, newest first, with how many units each was sent to."""
    sent = dict(session.execute(select(NoticeDelivery.notice_id, func.count(func.distinct(NoticeDelivery.unit_id)))
                                .group_by(NoticeDelivery.notice_id)).all())
    rows = session.execute(select(Notice).order_by(Notice.created_at.desc(), Notice.id.desc()).limit(limit)).scalars()
    return [(n, sent.get(n.id, 0)) for n in rows]


@dataclass(frozen=True)
class Recipient:
    unit_id: int
    code: str
    name: str
    phone: str


def notice_recipients(session: Session, unit_ids: list[int]) -> list[Recipient]:
    """Current owners and tenants with a phone, by unit code, owners first."""
    return [Recipient(**r._mapping) for r in session.execute(
        select(UnitPerson.unit_id, Unit.code, Person.name, Person.phone)
        .join(Person, Person.id == UnitPerson.person_id).join(Unit, Unit.id == UnitPerson.unit_id)
        .where(UnitPerson.unit_id.in_(unit_ids), UnitPerson.until.is_(None), Person.phone.is_not(None),
               UnitPerson.relation.in_([Relation.OWNER, Relation.TENANT]))
        .order_by(natural(Unit.code), UnitPerson.relation, Person.name)).all()]


def repairs_numbered(session: Session, prefix: str, limit: int) -> list[tuple]:
    """工程维修单 by number (the search box): (id, number, unit code, place, fault)."""
    return numbered(session, RepairOrder, RepairOrder.number, (RepairOrder.location, RepairOrder.fault), prefix, limit)


def requests_numbered(session: Session, prefix: str, limit: int) -> list[tuple]:
    """需求/投诉 by number (the search box): (id, number, unit code, place, kind, text)."""
    R = ServiceRequest
    return numbered(session, R, R.number, (R.location, R.kind, R.text), prefix, limit)


def request_numbered(session: Session, request_id: int) -> list[tuple]:
    """需求/投诉 #id (the search box; the morning list and 交班 sheets numbered them so before they had
    numbers): (id, number, unit code, place, kind, text)."""
    R = ServiceRequest
    q = (select(R.id, R.number, func.coalesce(Unit.code, ""), R.location, R.kind, R.text)
         .outerjoin(Unit, Unit.id == R.unit_id).where(R.id == request_id))
    return [tuple(r) for r in session.execute(q)]
