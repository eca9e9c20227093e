"""工程维修单: numbered gap-free per year, dispatched, finished, then checked (public) or called back (in-unit)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from deskapp.domain.errors import ValidationError
from deskapp.domain.local_time import local_text
from deskapp.domain.people import normalise_phone
from deskapp.domain.privacy import mask_phone
from deskapp.domain.reception_dispatch import Dispatch, outcome
from deskapp.domain.text import bounded_text
from deskapp.domain.reception import (
    CallbackMethod, CallbackResult, RepairAction, RepairScope, RepairState, Urgency, check_done_at, check_place,
    check_text, completion_need,
    next_repair_state, repair_number, sent_back_saying,
)
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.reception._common import (
    REPAIR, VIEW, event, get_or_404, next_number, note_unit, unit_code,
)
from deskapp.services.reception import repair_dispatches
from deskapp.services.reception.requests import settle_from_repair
from deskapp.store.models.reception import RepairOrder, ServiceRequest
from deskapp.contracts.reception import RepairFilter, RepairRow
from deskapp.store.queries import reception as q
from deskapp.store.repositories.reception import ReceptionRepository
from deskapp.store.uow import Session
from deskapp.contracts.paging import Page
from deskapp.services.changes import Change, changes

if TYPE_CHECKING:
    from deskapp.documents.reception.repair import RepairSheet

ENTITY = "repair"
SERIES = "WX"
TECHNICIANS_SINCE = timedelta(days=365)  # a technician not sent for a year has left the list


@dataclass(frozen=True)
class RepairInput:
    fault: str
    reported_by: str
    unit_id: int | None = None
    location: str = ""
    scope: RepairScope | None = None  # None: 户内 when a unit is given, else 公共区域
    reporter_phone: str = ""
    urgency: Urgency = Urgency.NORMAL
    paid: bool = False
    request_id: int | None = None
    source: str = ""


def _urgency(value) -> Urgency:
    if isinstance(value, Urgency):
        return value
    for u in Urgency:
        if value in (u.value, u.name):
            return u
    raise ValidationError("紧急程度", f"“{value}”应为 普通、紧急 或 特急")


def insert_repair(session: Session, ctx: Context, actor: Actor, data: RepairInput) -> RepairOrder:
    location = check_place(data.unit_id, data.location)
    fault = check_text(data.fault, "故障描述")
    reporter = check_text(data.reported_by, "报修人", max_len=40)
    phone = normalise_phone(data.reporter_phone, "报修人电话") if data.reporter_phone.strip() else None
    scope = data.scope or (RepairScope.IN_UNIT if data.unit_id is not None else RepairScope.PUBLIC)
    if scope is RepairScope.IN_UNIT and data.unit_id is None:
        raise ValidationError("房号", "户内维修须选择房号")
    code = unit_code(session, data.unit_id)
    now = ctx.clock.now()
    year = now.year
    seq = next_number(session, SERIES, year)
    o = RepairOrder(
        number=repair_number(year, seq), year=year, seq=seq, scope=scope, unit_id=data.unit_id,
        request_id=data.request_id, location=location, fault=fault, reported_by=reporter, reporter_phone=phone,
        urgency=_urgency(data.urgency), source=data.source, paid=data.paid, technician="",
        state=RepairState.REPORTED, reported_at=now, registered_by=actor.display_name, rework_count=0,
    )
    repo = ReceptionRepository(session)
    repo.add(o)
    repo.flush()
    event(session, ctx, actor, ENTITY, o.id, "报修", "", o.state.value, data.source)
    audit.record(session, ctx, actor, "reception.repair.create", "rx_repair", o.number, unit_id=o.unit_id,
                 summary=f"维修单 {o.number}（{code or location}）：{fault[:30]}",
                 after={"number": o.number, "scope": scope, "fault": fault, "urgency": o.urgency, "paid": o.paid,
                        "location": location, "request_id": data.request_id})
    note_unit(session, ctx, actor, o.unit_id, f"报修 {o.number}：{fault[:60]}")
    return o


@changes(Change.RECEPTION, Change.CHRONICLE)
def create_repair(ctx: Context, actor: Actor, data: RepairInput) -> str:
    actor.require(REPAIR)
    with ctx.uow() as uow:
        o = insert_repair(uow.session, ctx, actor, data)
        uow.commit()
        return o.number


def create_repair_order_in(session: Session, ctx: Context, actor: Actor, *, unit_id: int | None, location: str,
                           fault: str, reported_by: str, urgency: str = "普通", source: str = "") -> str:
    """For other areas (a round finds a broken light): a repair order inside their transaction."""
    actor.require(REPAIR)
    return insert_repair(session, ctx, actor, RepairInput(fault=fault, reported_by=reported_by, unit_id=unit_id,
                                                          location=location, urgency=_urgency(urgency),
                                                          source=source)).number


@changes(Change.RECEPTION, Change.CHRONICLE)
def repair_from_request(ctx: Context, actor: Actor, request_id: int, *, paid: bool = False,
                        urgency: Urgency | None = None) -> str:
    """A repair order made from a recorded request; the request is dispatched to 工程部."""
    from deskapp.domain.reception import Department, RequestAction, RequestState, next_request_state

    actor.require(REPAIR)
    with ctx.uow() as uow:
        s = uow.session
        r: ServiceRequest = get_or_404(s, ServiceRequest, request_id, "需求/投诉")
        if r.repair_number:
            raise ValidationError("维修单", f"该事项已开维修单 {r.repair_number}")
        o = insert_repair(s, ctx, actor, RepairInput(
            fault=r.text, reported_by=r.caller or "业户", unit_id=r.unit_id, location=r.location,
            reporter_phone=r.caller_phone or "", urgency=urgency or r.urgency, paid=paid, request_id=r.id,
            source="需求登记"))
        r.repair_number = o.number
        if r.state in (RequestState.PENDING, RequestState.DISPATCHED):
            old = r.state
            r.state = next_request_state(r.state, RequestAction.DISPATCH)
            r.department, r.dispatched_at = Department.ENGINEERING, ctx.clock.now()
            event(s, ctx, actor, "request", r.id, RequestAction.DISPATCH.value, old.value, r.state.value,
                  f"开维修单 {o.number}，派至工程部")
        uow.commit()
        return o.number


def _order(session: Session, number: str) -> RepairOrder:
    o = ReceptionRepository(session).repair_by_number(number)
    if o is None:
        raise ValidationError("维修单号", f"维修单 {number} 不存在")
    return o


def _snapshot(o: RepairOrder) -> dict:
    return {"state": o.state, "technician": o.technician, "materials": o.materials, "charge": o.charge,
            "check_ok": o.check_ok, "callback_result": o.callback_result, "rework_count": o.rework_count,
            "finished_at": o.finished_at, "checked_by": o.checked_by, "checked_at": o.checked_at,
            "callback_method": o.callback_method}


def _change(ctx: Context, actor: Actor, number: str, action: RepairAction, note: str, mutate, *,
            reason: str = "") -> RepairState:
    """One step of an order: its new state, what `mutate` writes, its dispatches followed (`reason`:
    why work sent back or cancelled, kept on the dispatch it ends), its history and audit row."""
    actor.require(REPAIR)
    with ctx.uow() as uow:
        s = uow.session
        o = _order(s, number)
        before = _snapshot(o)
        old = o.state
        o.state = next_repair_state(old, action, o.scope)
        rows = repair_dispatches.kept(s, o)
        mutate(o)
        dispatched = repair_dispatches.follow(s, ctx, actor, o, rows, action, reason)
        event(s, ctx, actor, ENTITY, o.id, action.value, old.value, o.state.value, note)
        audit.record(s, ctx, actor, f"reception.repair.{action.name.lower()}", "rx_repair", o.number,
                     unit_id=o.unit_id, summary=f"维修单 {o.number} {action.value}（{old.value}→{o.state.value}）",
                     before=before, after=_snapshot(o) | ({"dispatches": dispatched} if dispatched else {}))
        if o.state is RepairState.CLOSED:
            note_unit(s, ctx, actor, o.unit_id, f"维修单 {o.number} 结单：{note[:40]}")
            if o.request_id is not None:
                settle_from_repair(s, ctx, actor, o.request_id, o.number, o.work_done or "",
                                   o.callback_result if action is RepairAction.CALLBACK else None,
                                   o.callback_note or "")
        uow.commit()
        return o.state


@changes(Change.RECEPTION, Change.CHRONICLE)
def dispatch(ctx: Context, actor: Actor, number: str, technician: str) -> None:
    technician = bounded_text(technician, "维修人", required=True, limit=40, blank="请选择或填写维修人")
    now = ctx.clock.now()

    def mutate(o: RepairOrder) -> None:
        o.technician, o.dispatched_at = technician, now

    _change(ctx, actor, number, RepairAction.DISPATCH, f"派工：{technician}", mutate)


def technicians(ctx: Context, actor: Actor) -> list[str]:
    """The 维修人 the desk dispatched orders to in the past year, the most often sent first: what the
    派单 form offers, so the same technician is picked, not typed again (and spelled apart)."""
    return ctx.read(actor, VIEW, q.technicians_used, ctx.clock.now() - TECHNICIANS_SINCE)


@changes(Change.RECEPTION)
def arrive(ctx: Context, actor: Actor, number: str) -> None:
    now = ctx.clock.now()
    _change(ctx, actor, number, RepairAction.ARRIVE, "", lambda o: setattr(o, "arrived_at", now))


def _money(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        d = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError("收费金额", f"“{value}”不是金额") from None
    if d < 0 or d != d.quantize(Decimal("0.01")):
        raise ValidationError("收费金额", "应为不小于 0、最多两位小数的金额")
    return d.quantize(Decimal("0.01"))


@changes(Change.RECEPTION, Change.CHRONICLE)
def finish(ctx: Context, actor: Actor, number: str, work_done: str, materials: str = "",
           charge: Decimal | str | None = None, finished_at: datetime | None = None) -> None:
    """完工: the work done, materials, the charge of a paid repair, and 完工时间 (now unless the form
    says an earlier time, not before the technician arrived or was sent)."""
    work_done = check_text(work_done, "维修情况")
    amount = _money(charge)
    now = ctx.clock.now()

    def mutate(o: RepairOrder) -> None:
        if amount is not None and not o.paid:
            raise ValidationError("收费金额", "免费维修不能填写收费金额")
        if o.paid and amount is None:
            raise ValidationError("收费金额", "有偿维修须填写收费金额（材料费、人工费）")
        since, since_name = ((o.arrived_at, "到场时间") if o.arrived_at else (o.dispatched_at, "派工时间")
                             if o.dispatched_at else (o.reported_at, "报修时间"))
        at = check_done_at(finished_at, now, "完工时间", since, since_name)
        o.work_done, o.materials, o.charge, o.finished_at = work_done, materials.strip(), amount, at

    _change(ctx, actor, number, RepairAction.FINISH, work_done, mutate)


@changes(Change.RECEPTION, Change.CHRONICLE)
def check(ctx: Context, actor: Actor, number: str, ok: bool, note: str = "") -> RepairState:
    """检查合格 closes a public repair; 不合格 sends it back to the technician (rework), saying why."""
    actor.require(REPAIR)  # refused first, before what was typed is judged
    note = sent_back_saying(not ok, note, "说明")
    now = ctx.clock.now()

    def mutate(o: RepairOrder) -> None:
        o.check_ok, o.checked_by, o.checked_at = ok, actor.display_name, now
        if not ok:
            o.state = RepairState.DISPATCHED
            o.rework_count += 1
            # the failed check ends that dispatch (its record and the history say so); the order's
            # 检查结果 is the next finish's, not yet made — the form printed meanwhile left it blank
            o.finished_at = o.check_ok = o.checked_at = None
            o.checked_by = ""

    return _change(ctx, actor, number, RepairAction.CHECK, ("检查合格" if ok else "检查不合格，返工") +
                   (f"：{note.strip()}" if note.strip() else ""), mutate, reason=f"检查不合格：{note}")


@changes(Change.RECEPTION, Change.CHRONICLE)
def callback(ctx: Context, actor: Actor, number: str, result: CallbackResult, said: str = "", by: str = "",
             method: CallbackMethod | None = None, called_at: datetime | None = None) -> RepairState:
    """回访 of an in-unit repair: its result, what the owner said, 回访人 (the one signed in unless
    named), 回访方式 and 回访时间 (now unless the form says an earlier time, not before the finish)."""
    if not isinstance(result, CallbackResult):
        raise ValidationError("回访结果", "请选择满意、基本满意或不满意")
    actor.require(REPAIR)
    if method is not None and not isinstance(method, CallbackMethod):
        raise ValidationError("回访方式", "请选择电话、上门、短信或微信")
    said = sent_back_saying(result is CallbackResult.UNSATISFIED, said, "业主意见")
    who = bounded_text(by, "回访人", required=False, limit=80) or actor.display_name
    now = ctx.clock.now()
    how = f"{method.value}回访，回访" if method else "回访"
    note = f"回访{result.value}" + (f"：{said.strip()}" if said.strip() else "") + f"（{how}人 {who}）"

    def mutate(o: RepairOrder) -> None:
        at = check_done_at(called_at, now, "回访时间", o.finished_at, "完工时间")
        o.callback_result, o.callback_note, o.checked_by, o.checked_at = result, said.strip(), who, at
        o.callback_method = method.value if method else ""
        if result is CallbackResult.UNSATISFIED:
            o.state = RepairState.DISPATCHED
            o.rework_count += 1
            # as a failed check: the 回访 belongs to the dispatch it ended, the next finish is called back anew
            o.finished_at = o.callback_result = o.checked_at = None
            o.checked_by = o.callback_note = o.callback_method = ""

    return _change(ctx, actor, number, RepairAction.CALLBACK, note, mutate, reason=f"回访不满意：{said}")


@changes(Change.RECEPTION, Change.CHRONICLE)
def cancel(ctx: Context, actor: Actor, number: str, reason: str) -> None:
    reason = check_text(reason, "取消原因", max_len=500)
    _change(ctx, actor, number, RepairAction.CANCEL, reason, lambda o: None, reason=reason)


@dataclass(frozen=True)
class RepairDetail:
    row: RepairRow
    reporter_phone: str  # masked
    work_done: str
    checked_by: str
    checked_at: datetime | None
    callback_note: str
    need: str  # 待检查 / 待回访 once finished
    history: list[tuple[datetime, str, str, str]]  # at, actor, action, note
    dispatches: list[Dispatch] = field(default_factory=list)  # every 派单, first first
    callback_method: str = ""  # 回访方式, "" for a public repair or a callback made before it was asked


def repair_detail(ctx: Context, actor: Actor, number: str) -> RepairDetail:
    actor.require(VIEW)
    with ctx.reader() as uow:
        s = uow.session
        o = _order(s, number)
        row = q.repair_row(s, o.id)
        hist = uow.reception.history(ENTITY, o.id)
        return RepairDetail(row, mask_phone(o.reporter_phone), o.work_done, o.checked_by, o.checked_at,
                            o.callback_note, completion_need(o.scope) if o.state is RepairState.FINISHED else "",
                            [(e.at, e.actor, e.action, e.note) for e in hist], repair_dispatches.of_order(s, o),
                            o.callback_method or "")


def repair_register(ctx: Context, actor: Actor, f: RepairFilter, *, sort: str = "reported_at",
                    descending: bool = True, offset: int = 0, limit: int = 200,
                    total: int | None = None) -> Page[RepairRow]:
    return ctx.read(actor, VIEW, q.repair_register, f, sort=sort, descending=descending, offset=offset,
                    limit=limit, total=total)


def _sheet(ctx: Context, s: Session, o: RepairOrder, centre: str) -> RepairSheet:
    from deskapp.documents.reception.repair import RepairSheet  # reportlab only when printing (start-up)

    # Who called back and when come from the order's history (the event the callback wrote).
    repo = ReceptionRepository(s)
    called = repo.last_event(ENTITY, o.id, RepairAction.CALLBACK.value)
    tz = ctx.clock.now().tzinfo
    rework = ""
    if o.rework_count:  # sent back: the technician's copy says so, and why the last time
        back = [e for e in (repo.last_event(ENTITY, o.id, RepairAction.CHECK.value), called)
                if e is not None and e.to_state == RepairState.DISPATCHED.value]
        why = max(back, key=lambda e: e.id).note if back else ""
        rework = f"返工（第 {o.rework_count} 次）" + (f"：{why}" if why else "")
    return RepairSheet(
        centre=centre, number=o.number, scope=o.scope.value, unit_code=unit_code(s, o.unit_id), location=o.location,
        fault=o.fault, reported_by=o.reported_by, reporter_phone=o.reporter_phone or "",
        urgency=o.urgency.value, paid="有偿" if o.paid else "免费", technician=o.technician,
        reported_at=local_text(o.reported_at, tz=tz), dispatched_at=local_text(o.dispatched_at, tz=tz),
        arrived_at=local_text(o.arrived_at, tz=tz), finished_at=local_text(o.finished_at, tz=tz),
        work_done=o.work_done, materials=o.materials, charge="" if o.charge is None else f"{o.charge} 元",
        check=("合格" if o.check_ok else "不合格") if o.check_ok is not None else "",
        callback=(o.callback_result.value + (f"（{o.callback_method}回访）" if o.callback_method else ""))
        if o.callback_result else "",
        # 回访时间 and 回访人 as the callback form gave them (kept on the order), else its event's
        callback_at=local_text(o.checked_at if o.callback_result else called.at, tz=tz) if called else "",
        callback_by=(o.checked_by if o.callback_result else called.actor) if called else "",
        callback_note=o.callback_note if called else "",
        reported_on=o.reported_at.astimezone(tz).date(), printed_on=ctx.clock.today(), rework=rework,
        dispatches=_dispatch_lines(repair_dispatches.of_order(s, o), tz),
    )


def _dispatch_lines(dispatches: list[Dispatch], tz) -> tuple[str, ...]:
    """Each dispatch in a line, when there was more than one (one is the order's own 维修人); the
    order's year is on the paper, the times say month and day."""
    if len(dispatches) < 2:
        return ()

    def short(t: datetime | None) -> str:
        return local_text(t, "%m-%d %H:%M", tz=tz)

    return tuple(f"{d.seq}. {d.technician}　派工 {short(d.dispatched_at)}" + (f"（{d.dispatched_by}）" if d.dispatched_by else "")
                 + f"　{outcome(d, short)}" for d in dispatches)


def repair_pdf(ctx: Context, actor: Actor, numbers: list[str], *, two_per_page: bool = False) -> bytes:
    """The printed 工程维修单 (A5, or two per A4 page).

    The technician calls the reporter from the sheet, so it carries the full phone; printing
    is the purpose, and each sheet with a phone on it is audited like a reveal."""
    actor.require(VIEW)
    if not numbers:
        raise ValidationError("维修单", "请选择要打印的维修单")
    with ctx.uow() as uow:
        s = uow.session
        centre = uow.registry.centre().name
        orders = [_order(s, n) for n in numbers]
        sheets = [_sheet(ctx, s, o, centre) for o in orders]
        for o in orders:
            if o.reporter_phone:
                audit.record(s, ctx, actor, "privacy.reveal.work", ENTITY, o.id, unit_id=o.unit_id,
                             summary=f"打印工程维修单 {o.number}（含报修人 {o.reported_by} 完整电话，派工）",
                             after={"purpose": "派工"})
        uow.commit()
    from deskapp.documents.reception.repair import repair_orders_pdf

    return repair_orders_pdf(sheets, two_per_page=two_per_page)
