"""业户服务需求/投诉登记: record, dispatch, follow, complete, call back; 重大事件 to the supervisor."""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime

from deskapp.domain.errors import ValidationError
from deskapp.domain.local_time import local_text
from deskapp.domain.office_hours import OfficeHours
from deskapp.domain.people import normalise_phone
from deskapp.domain.privacy import mask_phone
from deskapp.domain.text import bounded_text
from deskapp.domain.reception import (
    CallbackMethod, CallbackResult, CallbackTime, Channel, Department, RequestAction, RequestKind, RequestState, UnsatisfiedPolicy,
    REQUEST_SERIES, Urgency, check_done_at, check_due, check_place, check_text, due_time, is_overdue, next_request_state,
    request_number, sent_back_saying,
)
from deskapp.services import audit, settings
from deskapp.services.context import Actor, Context
from deskapp.services.reception._common import (
    ACK_MAJOR, CALLBACK_HOURS, CLOSED_AHEAD, DUE_HOURS, HANDLE, OFFICE_HOURS, RECORD, UNSATISFIED, URGENT, VIEW,
    closed_days, event, get_or_404, next_number, note_unit, office_hours, unit_code,
)
from deskapp.store.models.reception import ServiceRequest
from deskapp.store.models.settings import Setting
from deskapp.contracts.reception import RequestFilter, RequestRow
from deskapp.store.queries import reception as q
from deskapp.store.repositories.reception import ReceptionRepository
from deskapp.store.repositories.settings import SettingsRepository
from deskapp.store.uow import Session
from deskapp.contracts.paging import Page
from deskapp.services.changes import Change, changes

ENTITY = "request"


@dataclass(frozen=True)
class RequestInput:
    text: str
    unit_id: int | None = None
    location: str = ""
    caller: str = ""
    caller_phone: str = ""
    channel: Channel = Channel.PHONE
    kind: RequestKind = RequestKind.SERVICE
    category: str = ""
    urgency: Urgency = Urgency.NORMAL
    major: bool = False
    due_at: datetime | None = None  # None: by category
    department: Department | None = None  # given: dispatched at once
    handler: str = ""
    source: str = ""
    # the caller picked from the unit's people: a blank phone is theirs on file (the clerk sees it
    # masked and does not ask for it again)
    caller_person_id: int | None = None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    from_state: str
    to_state: str
    note: str


@dataclass(frozen=True)
class RequestDetail(RequestRow):
    """The register's row and what only the detail shows (built by keyword)."""
    caller_phone: str  # masked
    major_acknowledged_by: str
    handler: str
    registered_by: str
    result: str
    callback_note: str
    callback_by: str
    callback_at: datetime | None
    callback_method: str  # 回访方式, "" when not asked (before 2026-12)
    escalated: bool
    overdue: bool
    source: str
    history: list[HistoryEntry]


def _due_tables(ctx: Context) -> tuple[dict, dict, OfficeHours | None]:
    """What a due time is reckoned by: the hours by kind, the urgent hours, the office hours (or None)
    closed on the duty calendar's holidays."""
    stored = settings.get(ctx, OFFICE_HOURS)
    closed = frozenset()
    if office_hours(stored) is not None:
        with ctx.reader() as uow:
            closed = closed_days(uow.session, ctx)
    return settings.get(ctx, DUE_HOURS), settings.get(ctx, URGENT), office_hours(stored, closed)


def _validated(ctx: Context, data: RequestInput) -> RequestInput:
    location = check_place(data.unit_id, data.location)
    text = check_text(data.text, "内容")
    phone = normalise_phone(data.caller_phone, "联系电话") if data.caller_phone.strip() else ""
    if data.due_at is not None:
        check_due(data.due_at, ctx.clock.now())
    return replace(data, location=location, text=text, caller=data.caller.strip()[:40], caller_phone=phone,
                   category=data.category.strip()[:40])


def _summary(r: ServiceRequest, code: str) -> str:
    where = code or r.location
    return f"{r.kind.value} {r.number}（{where}）：{r.text[:30]}"


def insert_request(session: Session, ctx: Context, actor: Actor, data: RequestInput, due_table: dict,
                   urgent_table: dict, office: OfficeHours | None = None) -> ServiceRequest:
    """Inside the caller's transaction, with validated input; the request takes the next 客诉单号
    of the year from the one numbering service."""
    now = ctx.clock.now()
    code = unit_code(session, data.unit_id)
    due = data.due_at or due_time(now, data.kind, data.urgency, due_table, urgent_table, office)
    r = ServiceRequest(
        number=request_number(now.year, next_number(session, REQUEST_SERIES, now.year)), unit_id=data.unit_id, location=data.location, caller=data.caller, caller_phone=data.caller_phone or None,
        channel=data.channel, kind=data.kind, category=data.category, text=data.text, urgency=data.urgency,
        major=data.major, source=data.source, state=RequestState.PENDING, department=None, handler="",
        registered_at=now, registered_by=actor.display_name, due_at=due, reopen_count=0, escalated=data.major,
    )
    repo = ReceptionRepository(session)
    repo.add(r)
    repo.flush()
    event(session, ctx, actor, ENTITY, r.id, "登记", "", r.state.value,
          ("重大事件，已上报主管；" if data.major else "") + (f"来源：{data.source}" if data.source else ""))
    if data.department is not None:
        _apply(session, ctx, actor, r, RequestAction.DISPATCH, f"派至{data.department.value}")
        r.department, r.handler, r.dispatched_at = data.department, data.handler.strip(), now
    audit.record(session, ctx, actor, "reception.request.record", "rx_request", r.id, unit_id=r.unit_id,
                 summary=("【重大事件】" if r.major else "") + "登记" + _summary(r, code),
                 after={"number": r.number, "kind": r.kind, "channel": r.channel, "text": r.text, "urgency": r.urgency, "major": r.major,
                        "due_at": r.due_at, "department": r.department, "location": r.location})
    note_unit(session, ctx, actor, r.unit_id,
              ("【重大事件】" if r.major else "") + f"登记{r.kind.value} {r.number}：{r.text[:60]}")
    return r


@changes(Change.RECEPTION, Change.CHRONICLE)
def record_request(ctx: Context, actor: Actor, data: RequestInput) -> int:
    actor.require(RECORD)
    data = _validated(ctx, data)
    due_table, urgent_table, office = _due_tables(ctx)
    with ctx.uow() as uow:
        if data.caller_person_id is not None and not data.caller_phone:
            data = replace(data, caller_phone=_phone_on_file(uow, data.unit_id, data.caller_person_id))
        rid = insert_request(uow.session, ctx, actor, data, due_table, urgent_table, office).id
        uow.commit()
        return rid


def _phone_on_file(uow, unit_id: int | None, person_id: int) -> str:
    """The phone on file of a caller picked from the unit's people."""
    if unit_id is None or all(t.person_id != person_id for t in uow.registry.ties(unit_id, current=None)):
        raise ValidationError("来电/来访人", "所选人员不是本户登记的人员")
    person = uow.registry.person(person_id)
    return (person.phone or "") if person else ""


def _enum_of(enum_cls, value, default):
    if isinstance(value, enum_cls):
        return value
    for member in enum_cls:
        if value in (member.value, member.name):
            return member
    return default


def create_request_in(session: Session, ctx: Context, actor: Actor, *, unit_id: int | None, location: str,
                      kind: str, text: str, department: str, source: str = "") -> str:
    """For other areas (e.g. a stairwell round hands a cleaning task to 保洁), inside their
    transaction: the request's number. Unknown kind or department names are kept as the category /
    handler."""
    actor.require(RECORD)
    k = _enum_of(RequestKind, kind, RequestKind.SERVICE)
    d = _enum_of(Department, department, Department.OTHER) if department else None
    data = RequestInput(text=text, unit_id=unit_id, location=location, channel=Channel.OTHER, kind=k,
                        category="" if k.value == kind or k.name == kind else kind, department=d,
                        handler="" if d is None or d.value == department or d.name == department else department,
                        source=source)
    data = _validated(ctx, data)
    return insert_request(session, ctx, actor, data, setting_in(session, DUE_HOURS), setting_in(session, URGENT),
                          office_hours(setting_in(session, OFFICE_HOURS), closed_days(session, ctx))).number


def setting_in(session: Session, key: str):
    """A setting read in the caller's transaction (no second connection while it writes)."""
    row = SettingsRepository(session).get(Setting, key)
    return json.loads(row.value) if row is not None else settings.declared()[key][0]


def _apply(session: Session, ctx: Context, actor: Actor, r: ServiceRequest, action: RequestAction,
           note: str = "") -> RequestState:
    before = r.state
    r.state = next_request_state(before, action)
    event(session, ctx, actor, ENTITY, r.id, action.value, before.value, r.state.value, note)
    return before


def _change(ctx: Context, actor: Actor, request_id: int, action: RequestAction, note: str, mutate,
            permission: str = HANDLE, chronicle: str | None = None) -> None:
    actor.require(permission)
    with ctx.uow() as uow:
        s = uow.session
        r: ServiceRequest = get_or_404(s, ServiceRequest, request_id, "需求/投诉")
        before = _snapshot(r)
        old = _apply(s, ctx, actor, r, action, note)
        mutate(r)
        code = unit_code(s, r.unit_id)
        audit.record(s, ctx, actor, f"reception.request.{action.name.lower()}", "rx_request", r.id,
                     unit_id=r.unit_id, summary=f"{action.value}：{_summary(r, code)}（{old.value}→{r.state.value}）",
                     before=before, after=_snapshot(r))
        if chronicle:
            note_unit(s, ctx, actor, r.unit_id, chronicle)
        uow.commit()


def _snapshot(r: ServiceRequest) -> dict:
    return {"state": r.state, "department": r.department, "handler": r.handler, "due_at": r.due_at,
            "deferred_until": r.deferred_until, "result": r.result, "callback_result": r.callback_result,
            "reopen_count": r.reopen_count, "escalated": r.escalated, "completed_at": r.completed_at,
            "callback_at": r.callback_at, "callback_by": r.callback_by, "callback_method": r.callback_method}


@changes(Change.RECEPTION, Change.CHRONICLE)
def dispatch(ctx: Context, actor: Actor, request_id: int, department: Department, handler: str = "",
             due_at: datetime | None = None) -> None:
    if not isinstance(department, Department):
        raise ValidationError("处理部门", "请选择处理部门")
    if due_at is not None:
        check_due(due_at, ctx.clock.now())
    now = ctx.clock.now()

    def mutate(r: ServiceRequest) -> None:
        r.department, r.handler, r.dispatched_at = department, handler.strip()[:40], now
        if due_at is not None:
            r.due_at = due_at

    _change(ctx, actor, request_id, RequestAction.DISPATCH, f"派至{department.value}" +
            (f"（{handler.strip()}）" if handler.strip() else ""), mutate)


@changes(Change.RECEPTION, Change.CHRONICLE)
def start(ctx: Context, actor: Actor, request_id: int, note: str = "") -> None:
    _change(ctx, actor, request_id, RequestAction.START, note.strip(), lambda r: setattr(r, "deferred_until", None))


@changes(Change.RECEPTION, Change.CHRONICLE)
def defer(ctx: Context, actor: Actor, request_id: int, until: date, reason: str) -> None:
    reason = check_text(reason, "暂缓原因", max_len=500)
    if until <= ctx.clock.today():
        raise ValidationError("暂缓至", "应为将来的日期")
    _change(ctx, actor, request_id, RequestAction.DEFER, f"暂缓至 {until:%Y-%m-%d}：{reason}",
            lambda r: setattr(r, "deferred_until", until))


@changes(Change.RECEPTION, Change.CHRONICLE)
def complete(ctx: Context, actor: Actor, request_id: int, result: str, handler: str = "",
             completed_at: datetime | None = None) -> None:
    """完成: what was done (处理结果), by whom (处理人: the handler named at dispatch, else the one
    who completes it) and when (完成时间, now unless the form says an earlier time)."""
    result = check_text(result, "处理结果")
    handler = bounded_text(handler, "处理人", required=False, limit=40)
    now = ctx.clock.now()

    def mutate(r: ServiceRequest) -> None:
        at = check_done_at(completed_at, now, "完成时间", r.registered_at, "登记时间")
        r.result, r.completed_at, r.deferred_until = result, at, None
        r.handler = handler or r.handler or actor.display_name

    _change(ctx, actor, request_id, RequestAction.COMPLETE,
            result if not handler else f"{result}（处理人 {handler}）", mutate)


@changes(Change.RECEPTION, Change.CHRONICLE)
def callback(ctx: Context, actor: Actor, request_id: int, result: CallbackResult, said: str = "",
             caller: str = "", method: CallbackMethod | None = None,
             called_at: datetime | None = None) -> RequestState:
    """回访: its result (满意度), what the owner said, 回访人 (the one signed in unless named), 回访方式
    and 回访时间 (now unless the form says an earlier time, not before the completion). 不满意
    reopens the item (dispatched again to the same department) or escalates it to the supervisor,
    as the setting says. Returns the state the item ends in."""
    actor.require(HANDLE)
    if not isinstance(result, CallbackResult):
        raise ValidationError("回访结果", "请选择满意、基本满意或不满意")
    if method is not None and not isinstance(method, CallbackMethod):
        raise ValidationError("回访方式", "请选择电话、上门、短信或微信")
    caller = bounded_text(caller, "回访人", required=False, limit=80)
    said = sent_back_saying(result is CallbackResult.UNSATISFIED, said, "业主意见")
    policy = UnsatisfiedPolicy(settings.get(ctx, UNSATISFIED))
    tables = _due_tables(ctx)
    now = ctx.clock.now()
    who = caller.strip() or actor.display_name
    with ctx.uow() as uow:
        s = uow.session
        r: ServiceRequest = get_or_404(s, ServiceRequest, request_id, "需求/投诉")
        before = _snapshot(r)
        at = check_done_at(called_at, now, "回访时间", r.completed_at, "完成时间")
        how = f"{method.value}回访，" if method else ""
        _apply(s, ctx, actor, r, RequestAction.CALLBACK, f"{result.value}：{said.strip()}（{how}回访人 {who}）")
        r.callback_result, r.callback_note, r.callback_by, r.callback_at = result, said.strip(), who, at
        r.callback_method = method.value if method else ""
        if result is CallbackResult.UNSATISFIED and policy is UnsatisfiedPolicy.REOPEN:
            _apply(s, ctx, actor, r, RequestAction.REOPEN, "回访不满意，重新处理")
            r.reopen_count += 1
            r.completed_at = None
            r.due_at = due_time(now, r.kind, r.urgency, *tables)
            if r.department is not None:
                _apply(s, ctx, actor, r, RequestAction.DISPATCH, f"重新派至{r.department.value}")
        elif result is CallbackResult.UNSATISFIED:
            r.escalated = True
            event(s, ctx, actor, ENTITY, r.id, "上报主管", r.state.value, r.state.value, "回访不满意，上报客服主管")
        code = unit_code(s, r.unit_id)
        audit.record(s, ctx, actor, "reception.request.callback", "rx_request", r.id, unit_id=r.unit_id,
                     summary=f"回访（{result.value}）：{_summary(r, code)}", before=before, after=_snapshot(r))
        note_unit(s, ctx, actor, r.unit_id, f"回访{r.kind.value}：{result.value}" +
                  (f"，{said.strip()[:40]}" if said.strip() else ""))
        uow.commit()
        return r.state


def settle_from_repair(session: Session, ctx: Context, actor: Actor, request_id: int, number: str,
                       work_done: str, callback: CallbackResult | None, said: str = "") -> None:
    """The repair order made from this request has closed (inside the repair's transaction).

    The request completes with it at once, not after a confirmation: the clerk who called the
    owner back about the repair has spoken to the same person about the same fault, so asking
    again is the double work the desk complained of. A repair closed by its callback also calls
    the request back with the same result; one closed by a public-area check leaves the request
    awaiting its own callback. A request already settled by hand is left as it is."""
    r: ServiceRequest | None = ReceptionRepository(session).get(ServiceRequest, request_id)
    if r is None or r.state in (RequestState.CALLED_BACK, RequestState.CLOSED):
        return
    before = _snapshot(r)
    now = ctx.clock.now()
    why = f"维修单 {number} 已结单"
    if r.state is not RequestState.DONE:
        _apply(session, ctx, actor, r, RequestAction.COMPLETE, why)
        r.result, r.completed_at, r.deferred_until = f"{why}：{work_done}", now, None
    if callback is not None:
        _apply(session, ctx, actor, r, RequestAction.CALLBACK, f"{callback.value}：{said.strip()}（随{why}）")
        r.callback_result, r.callback_note, r.callback_by, r.callback_at = (callback, said.strip(),
                                                                           actor.display_name, now)
    code = unit_code(session, r.unit_id)
    audit.record(session, ctx, actor, "reception.request.complete", "rx_request", r.id, unit_id=r.unit_id,
                 summary=f"随{why}：{_summary(r, code)}（{before['state'].value}→{r.state.value}）",
                 before=before, after=_snapshot(r))


@changes(Change.RECEPTION, Change.CHRONICLE)
def close(ctx: Context, actor: Actor, request_id: int, reason: str) -> None:
    reason = check_text(reason, "关闭原因", max_len=500)
    _change(ctx, actor, request_id, RequestAction.CLOSE, reason, lambda r: None)


@changes(Change.RECEPTION, Change.CHRONICLE)
def reopen(ctx: Context, actor: Actor, request_id: int, reason: str) -> None:
    reason = check_text(reason, "重新打开原因", max_len=500)
    tables = _due_tables(ctx)
    now = ctx.clock.now()

    def mutate(r: ServiceRequest) -> None:
        r.reopen_count += 1
        r.completed_at = None
        r.due_at = due_time(now, r.kind, r.urgency, *tables)

    _change(ctx, actor, request_id, RequestAction.REOPEN, reason, mutate, chronicle=f"重新打开事项：{reason[:40]}")


@changes(Change.RECEPTION)
def acknowledge_major(ctx: Context, actor: Actor, request_id: int) -> None:
    """The supervisor has seen the 重大事件 (or the escalation) and takes it on."""
    actor.require(ACK_MAJOR)
    with ctx.uow() as uow:
        s = uow.session
        r: ServiceRequest = get_or_404(s, ServiceRequest, request_id, "需求/投诉")
        if not (r.major or r.escalated) or r.major_acknowledged_by:
            raise ValidationError("重大事件", "该事项不需要确认或已确认")
        r.major_acknowledged_by = actor.display_name
        event(s, ctx, actor, ENTITY, r.id, "主管确认", r.state.value, r.state.value, "")
        audit.record(s, ctx, actor, "reception.major.ack", "rx_request", r.id, unit_id=r.unit_id,
                     summary=f"主管确认重大/上报事项：{r.text[:30]}", before={"ack": None},
                     after={"ack": actor.display_name})
        uow.commit()


def request_detail(ctx: Context, actor: Actor, request_id: int) -> RequestDetail:
    actor.require(VIEW)
    with ctx.reader() as uow:
        s = uow.session
        r: ServiceRequest = get_or_404(s, ServiceRequest, request_id, "需求/投诉")
        hist = uow.reception.history(ENTITY, r.id)
        return RequestDetail(
            id=r.id, number=r.number, unit_id=r.unit_id, unit_code=unit_code(s, r.unit_id), location=r.location, caller=r.caller,
            caller_phone=mask_phone(r.caller_phone), channel=r.channel, kind=r.kind, category=r.category,
            text=r.text, urgency=r.urgency, major=r.major, major_acknowledged_by=r.major_acknowledged_by or "",
            state=r.state, department=r.department, handler=r.handler, registered_at=r.registered_at,
            registered_by=r.registered_by, due_at=r.due_at, deferred_until=r.deferred_until,
            completed_at=r.completed_at, result=r.result, callback_result=r.callback_result,
            callback_note=r.callback_note, callback_by=r.callback_by, callback_at=r.callback_at,
            callback_method=r.callback_method or "", reopen_count=r.reopen_count, escalated=r.escalated,
            overdue=is_overdue(r.state, r.due_at, ctx.clock.now(), r.deferred_until),
            repair_number=r.repair_number, source=r.source,
            history=[HistoryEntry(e.at, e.actor, e.action, e.from_state, e.to_state, e.note) for e in hist],
        )


def request_register(ctx: Context, actor: Actor, f: RequestFilter, *, sort: str = "registered_at",
                     descending: bool = True, offset: int = 0, limit: int = 200,
                     total: int | None = None) -> Page[RequestRow]:
    """A page of the register. 逾期 (`overdue_at`) takes in the finished requests whose callback is
    late, as the morning list does (reception.callback_hours after the finish)."""
    if f.overdue_at is not None and f.callbacks_finished_before is None:
        f = replace(f, callbacks_finished_before=callback_time(ctx).late_before(f.overdue_at))
    return ctx.read(actor, VIEW, q.request_register, f, sort=sort, descending=descending, offset=offset,
                    limit=limit, total=total)


def callback_time(ctx: Context) -> CallbackTime:
    """When a callback is due: the hours after the finish (reception.callback_hours), kept within the
    office hours (reception.office_hours) when they are set, past the duty calendar's holidays."""
    with ctx.reader() as uow:
        return callback_time_in(uow.session, ctx)


def callback_time_in(session: Session, ctx: Context) -> CallbackTime:
    """The same, read in the caller's transaction."""
    stored = setting_in(session, OFFICE_HOURS)
    closed = closed_days(session, ctx, back=CLOSED_AHEAD) if office_hours(stored) is not None else frozenset()
    return CallbackTime(int(setting_in(session, CALLBACK_HOURS)), office_hours(stored, closed), ctx.clock.now().tzinfo)


def major_events(ctx: Context, actor: Actor) -> list[RequestRow]:
    """重大事件 and escalations the supervisor has not yet taken on."""
    return ctx.read(actor, VIEW, q.unacknowledged_escalations)


def overdue(row: RequestRow, now: datetime, callback: CallbackTime | None = None) -> bool:
    """Past its due time while open — or, given when callbacks are due, finished and its callback late."""
    if callback is not None and callback.late(row.state, row.completed_at, now):
        return True
    return is_overdue(row.state, row.due_at, now, row.deferred_until)


def when(ctx: Context, dt: datetime | None) -> str:
    return local_text(dt, tz=ctx.clock.now().tzinfo)


def request_pdf(ctx: Context, actor: Actor, request_id: int) -> bytes:
    """The item on paper: 《业户投诉处理单》 for a complaint, 《业户服务需求处理单》 otherwise, with its
    回访记录 and 处理经过, dated by its registration (补打 when printed on a later day); the caller's
    phone masked as on screen."""
    d = request_detail(ctx, actor, request_id)
    with ctx.reader() as uow:
        centre = uow.registry.centre().name
    from deskapp.documents.reception.request import RequestSheet, RequestStep, request_sheet_pdf  # reportlab: on print

    tz = ctx.clock.now().tzinfo
    return request_sheet_pdf(RequestSheet(
        centre=centre, number=d.number, complaint=d.kind is RequestKind.COMPLAINT,
        registered_at=local_text(d.registered_at, tz=tz), registered_on=d.registered_at.astimezone(tz).date(),
        registered_by=d.registered_by, place=" ".join(x for x in (d.unit_code or "", d.location) if x),
        caller=d.caller, caller_phone=d.caller_phone, channel=d.channel.value,
        kind=d.kind.value + (f"／{d.category}" if d.category else ""),
        urgency=d.urgency.value + ("　重大事件" if d.major else ""), text=d.text,
        department=d.department.value if d.department else "", handler=d.handler,
        due_at=local_text(d.due_at, tz=tz), completed_at=local_text(d.completed_at, tz=tz),
        state=d.state.value + (f"（重开 {d.reopen_count} 次）" if d.reopen_count else ""), result=d.result,
        repair_number=d.repair_number or "", callback_at=local_text(d.callback_at, tz=tz), callback_by=d.callback_by,
        callback_method=d.callback_method,
        callback_result=d.callback_result.value if d.callback_result else "", callback_note=d.callback_note,
        steps=tuple(RequestStep(local_text(h.at, tz=tz), h.actor, h.action,
                                f"{h.from_state}→{h.to_state}" if h.from_state else h.to_state, h.note)
                    for h in d.history),
        printed_on=ctx.clock.today()))
