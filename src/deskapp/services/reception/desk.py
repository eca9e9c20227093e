"""The desk's day: the morning list (核对往日未完成的工作事项) and the shift handover
(《客服部工作交接表》: drafted from what is open, notes and priorities, acknowledged by the next clerk)."""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import ClassVar

from deskapp.domain.local_time import day_start, local_text
from deskapp.domain.permissions import Role, allowed
from deskapp.domain.reception import (
    OPEN_DEFECT_STATES, OPEN_VIOLATION_STATES, CallbackTime, HandoverState, MailPlace, Notified, RepairScope,
    RepairState, RequestState, check_handover_close, check_handover_receive, check_handover_taker, completion_need, for_next_shift,
    deadline_moment, is_overdue, repair_due,
)
from deskapp.documents.reception.handover import HandoverLine, HandoverSheet, handover_pdf as _handover_pdf
from deskapp.services import audit, hooks
from deskapp.services.accounts import audit_anchors
from deskapp.services.context import PROGRAM, Actor, Context
from deskapp.services.hooks import OpenItem, Place
from deskapp.services.reception._common import HANDOVER, MAIL_DAYS, VIEW, get_or_404
from deskapp.services.reception.requests import callback_time_in, setting_in
from deskapp.services.changes import Change, changes
from deskapp.services.accounts.users import staff_names
from deskapp.store.models.reception import Handover, HandoverItem
from deskapp.store.queries import reception as q
from deskapp.store.repositories.reception import ReceptionRepository
from deskapp.store.uow import Session

AREA = "reception"


def _request_items(session: Session, ctx: Context, cutoff: datetime | None, day: date,
                   callback: CallbackTime) -> list[OpenItem]:
    now = ctx.clock.now()
    tz = now.tzinfo
    rows = q.open_requests_for_day(session, cutoff, day_start(day, tz), day_start(day + timedelta(days=1), tz), day)
    out = []
    for r in rows:
        done = r.state is RequestState.DONE
        if done:  # its 期限 is the callback's, not the finished time
            due = callback.due(r.completed_at)
            late = callback.late(r.state, r.completed_at, now)
        else:
            due = r.due_at
            late = is_overdue(r.state, r.due_at, now, r.deferred_until)
        who = f"{r.caller}：" if r.caller else ""
        dept = f"（{r.department.value}，{r.state.value}）" if r.department else f"（{r.state.value}）"
        major = "【重大】" if r.major else ""
        out.append(OpenItem(AREA, f"{r.kind.value}待回访" if done else r.kind.value, r.unit_code or r.location,
                            f"{major}{who}{r.text[:60]}{dept}", due, late, r.number, place=Place.REQUESTS,
                            record=r.id))
    return out


def _repair_items(session: Session, ctx: Context, cutoff: datetime | None, callback: CallbackTime) -> list[OpenItem]:
    now = ctx.clock.now()
    if cutoff is None:
        rows = q.open_repairs(session)
    else:
        rows = q.open_repairs_before(session, cutoff)
    office = callback.office
    out = []
    for r in rows:
        if r.state is RepairState.FINISHED:  # 待回访 / 待检查 within the callback hours of the finish
            kind, due = f"维修{completion_need(r.scope)}", callback.due(r.finished_at)
            late = due < now
        else:
            kind = "公共维修" if r.scope is RepairScope.PUBLIC else "户内维修"
            due = repair_due(r.reported_at.astimezone(now.tzinfo), r.urgency, office)
            late = due < now
        tech = f"，{r.technician}" if r.technician else ""
        out.append(OpenItem(AREA, kind, r.unit_code or r.location, f"{r.fault[:60]}（{r.state.value}{tech}）", due,
                            late, r.number, place=Place.REPAIRS, record=r.number))
    return out


def _other_items(session: Session, ctx: Context, cutoff: datetime | None, day: date) -> list[OpenItem]:
    """工程遗留问题, 业户违章 and mail waiting at the desk. Their 编号 is the number the clerk knows from
    the paper — a violation's 整改通知书 number, a parcel's 快递单号 — or none (a defect has no
    number); the record's id is kept for 转到 only (it read YL3, WZ3, XJ5: keys no screen shows,
    WZ3 passing for a notice's number)."""
    out = []
    end = None if cutoff is None else cutoff.date()
    for d in q.defects(session, states=tuple(OPEN_DEFECT_STATES), end=end):
        out.append(OpenItem(AREA, "工程遗留问题", d.unit_code or d.location,
                            f"{d.kind.value}：{d.description[:50]}（{d.state.value}）", None, False, "",
                            place=Place.DEFECTS, record=d.id))
    violations = [v for v in q.violations(session, states=tuple(OPEN_VIOLATION_STATES))
                  if cutoff is None or v.deadline is None or v.deadline <= day or v.found_on < day]
    notices = q.violation_notice_numbers(session, [v.id for v in violations])
    for v in violations:
        late = v.deadline is not None and v.deadline < day
        due = deadline_moment(v.deadline, ctx.clock.now().tzinfo) if v.deadline else None
        out.append(OpenItem(AREA, "业户违章", v.unit_code, f"{v.kind.value}：{v.description[:50]}（{v.state.value}）",
                            due, late, notices.get(v.id, ""), place=Place.VIOLATIONS, record=v.id))
    days = int(setting_in(session, MAIL_DAYS))
    for m in q.mail(session, places=(MailPlace.DESK,), received_before=ctx.clock.now() - timedelta(days=days)):
        # whether the resident was told, and how: the clerk reminds them (or tells them at last)
        told = (f"，已{m.notified.value}通知（{local_text(m.notified_at, '%m-%d', ctx.clock.now().tzinfo)}）"
                if m.notified is not Notified.NONE and m.notified_at else "，尚未通知业户")
        out.append(OpenItem(AREA, "信件待取", m.unit_code, f"{m.kind.value}（{m.sender or '发件人不详'}）"
                            f"{local_text(m.received_at, '%m-%d', ctx.clock.now().tzinfo)} 到，未领取{told}", None, True,
                            m.tracking[:24], place=Place.MAIL, record=m.id))
    return out


def reception_items(session: Session, ctx: Context, day: date, *, earlier_only: bool) -> list[OpenItem]:
    cutoff = day_start(day, ctx.clock.now().tzinfo) if earlier_only else None
    callback = callback_time_in(session, ctx)  # the settings and holidays read once for both
    return (_request_items(session, ctx, cutoff, day, callback) + _repair_items(session, ctx, cutoff, callback)
            + _other_items(session, ctx, cutoff, day))


@hooks.register(hooks.Hook.START_OF_DAY)
def _start_of_day(session: Session, ctx: Context, actor: Actor, day: date) -> list[OpenItem]:
    return reception_items(session, ctx, day, earlier_only=True)


def _ordered(items: list[OpenItem]) -> list[OpenItem]:
    """Overdue first, then by due time (none last)."""
    return sorted(items, key=lambda i: (not i.overdue, i.due.timestamp() if i.due else math.inf, i.area, i.kind))


def start_of_day(ctx: Context, actor: Actor, day: date | None = None) -> list[OpenItem]:
    """Everything still open from earlier days, of every area, overdue first. The first list after
    the sign-in takes what was read ahead for the role while the login dialog was up, when nothing
    has been written since (_Ahead.take)."""
    actor.require(VIEW)
    day = day or ctx.clock.today()
    with ctx.reader() as uow:
        kept = _Ahead.take(uow.session, ctx, actor.role, day)
        items: list[OpenItem] = []
        for part in hooks.registered(hooks.Hook.START_OF_DAY):
            got = kept.get(part)
            items.extend(got if got is not None else hooks.answers(part, uow.session, ctx, actor, day))
        return _ordered([i for i in items if i.morning])


# the roles whose first view is the morning list (gui/reception: home_for)
MORNING_ROLES = (Role.CLERK, Role.SUPERVISOR)
AHEAD_KEPT_S = 60  # a list read ahead longer ago than this is read again at the sign-in
SIGN_IN_ACTIONS = "accounts."  # the sign-in's own audit rows: they change nothing on the list


@dataclass
class _Ahead:
    """The morning list read ahead, by role and area part, for the first list after the sign-in.
    It serves only while it is what a gathering would read now: the same database and day, read
    less than AHEAD_KEPT_S ago, and not one audit row since but the sign-in's own. Every write of
    every desk writes an audit row in its own transaction (the house rule), so a row after the one
    read first means something may have changed: the list is read again. Parts that answer for the
    person, not the role (hooks per_person), are never kept. Taken once."""

    db: object
    day: date
    read_at: datetime
    audit_upto: int
    parts: dict[tuple[Role, Callable], list[OpenItem]]

    kept: ClassVar["_Ahead | None"] = None

    @classmethod
    def take(cls, session: Session, ctx: Context, role: Role, day: date) -> dict[Callable, list[OpenItem]]:
        ahead, cls.kept = cls.kept, None
        if ahead is None or ahead.db is not ctx.db or ahead.day != day:
            return {}
        if not timedelta(0) <= ctx.clock.now() - ahead.read_at <= timedelta(seconds=AHEAD_KEPT_S):
            return {}
        if audit.written_since(session, ahead.audit_upto, except_prefix=SIGN_IN_ACTIONS):
            return {}
        return {part: items for (r, part), items in ahead.parts.items() if r is role}


def read_ahead(ctx: Context, stop: Callable[[], bool]) -> bool:
    """Before anyone signs in, while the login dialog is on screen and the rest is loaded
    (gui/opening.py): the morning list gathered for each role that lands on it, kept for the first
    list after the sign-in (_Ahead) — reads only. The first gathering in a process costs several
    times the next (each area's statements compiled, the file's pages read), and the list itself
    ~0.1 s at 20,000 units. `stop` is asked before each area's part: 登录 pressed ends it there,
    and what was read by then is kept. Whether it ran to the end."""
    day = ctx.clock.today()
    with ctx.reader() as uow:
        ahead = _Ahead(ctx.db, day, ctx.clock.now(), audit.last_id(uow.session), {})
        try:
            for role in MORNING_ROLES:  # the areas read more or other things for a supervisor
                reader = Actor(None, PROGRAM, PROGRAM, role, "启动预读")
                for part in hooks.registered(hooks.Hook.START_OF_DAY):
                    if stop():
                        return False
                    items = hooks.answers(part, uow.session, ctx, reader, day)
                    if not hooks.per_person(part):
                        ahead.parts[(role, part)] = items
            q.open_refs_of(uow.session, PROGRAM)
        finally:
            _Ahead.kept = ahead
    return True


def my_refs(ctx: Context, actor: Actor) -> set[str]:
    """The refs of the open requests and repairs this person registered: their own items,
    which the morning list shows first within each area."""
    actor.require(VIEW)
    name = actor.display_name
    with ctx.reader() as uow:
        requests, repairs = q.open_refs_of(uow.session, name)
        return set(requests) | set(repairs)


def handover_blockers(ctx: Context, actor: Actor, day: date | None = None) -> list[str]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return hooks.collect(hooks.Hook.HANDOVER_BLOCKERS, uow.session, ctx, actor, day or ctx.clock.today())


# ------------------------------------------------------------------ handover

@dataclass(frozen=True)
class HandoverItemView:
    id: int
    area: str
    kind: str
    ref: str
    unit_code: str
    text: str
    due: datetime | None
    overdue: bool
    priority: bool
    note: str
    place: Place | None = None  # where it is taken on (转到); None on items drafted before it was kept
    record: int | str | None = None  # its id (or number) there


@dataclass(frozen=True)
class HandoverView:
    id: int
    shift_date: date
    state: HandoverState
    drafted_at: datetime
    drafted_by: str
    notes: str
    handed_at: datetime | None
    received_by: str
    received_at: datetime | None
    items: list[HandoverItemView]
    handed_to: str = ""


def draft_handover(ctx: Context, actor: Actor, day: date | None = None) -> int:
    """Draft today's handover from everything open now; re-drafting keeps the notes and
    priorities already given to items that are still open."""
    actor.require(HANDOVER)
    day = day or ctx.clock.today()
    with ctx.uow() as uow:
        s, repo = uow.session, uow.reception
        h = repo.draft_handover(day, actor.display_name)
        kept: dict[tuple[str, str], tuple[bool, str]] = {}
        if h is None:
            h = Handover(shift_date=day, state=HandoverState.DRAFT, drafted_at=ctx.clock.now(),
                         drafted_by=actor.display_name, notes="")
            repo.add(h)
            repo.flush()
        else:
            for it in repo.handover_items(h.id):
                place, record = _place_of(it)
                kept[_item_key(it.area, it.ref, it.text, place, record)] = (it.priority, it.note)
            repo.clear_handover_items(h.id)
            h.drafted_at = ctx.clock.now()
        items, left = _next_shift_items(s, ctx, actor, day, kept)
        for n, i in enumerate(items):
            priority, note = kept.get(_key_of(i), (i.overdue, ""))
            repo.add(HandoverItem(handover_id=h.id, position=n, area=i.area, kind=i.kind[:24], ref=i.ref[:24],
                               unit_code=i.unit_code[:30], text=i.text, due=i.due, overdue=i.overdue,
                               priority=priority, note=note, **_stored_place(i)))
        if left:
            repo.add(HandoverItem(handover_id=h.id, position=len(items), area=AREA, kind="往日未完成", ref="",
                               unit_code="", text=f"另有 {left} 项往日未完成事项未列入，见早班清单", due=None,
                               overdue=False, priority=False, note=""))
        audit.record(s, ctx, actor, "reception.handover.draft", "rx_handover", h.id,
                     summary=f"起草 {day:%Y-%m-%d} 交接表（{len(items)} 项，另有往日未完成 {left} 项）",
                     after={"items": len(items), "left": left})
        uow.commit()
        return h.id


def _next_shift_items(s: Session, ctx: Context, actor: Actor, day: date,
                      kept: dict[tuple[str, str], tuple[bool, str]]) -> tuple[list[OpenItem], int]:
    """(what the next shift must do, how many other open items stay on the morning list).

    An item the clerk already wrote a note on stays, whatever its date."""
    earlier = [i for i in hooks.collect(hooks.Hook.START_OF_DAY, s, ctx, actor, day) if i.handed_over]
    earlier_refs = {_key_of(i) for i in earlier}
    everything = reception_items(s, ctx, day, earlier_only=False) + [i for i in earlier if i.area != AREA]
    tz = ctx.clock.now().tzinfo
    start, end = day_start(day, tz), day_start(day + timedelta(days=2), tz)
    chosen = []
    for i in everything:
        key = _key_of(i)
        if kept.get(key, (False, ""))[1] or for_next_shift(i.due, i.overdue, key not in earlier_refs, start, end):
            chosen.append(i)
    return _ordered(chosen), len(everything) - len(chosen)


def handover_takers(ctx: Context, actor: Actor) -> list[str]:
    """Who may take over at 交班: the staff who can be chosen (`users.staff_names`) other than the clerk
    handing over."""
    return ctx.read(actor, HANDOVER, _takers, actor)


def _takers(s: Session, actor: Actor) -> list[str]:
    return [n for n in staff_names(s) if n != actor.display_name]


def _draft_or_refuse(s: Session, handover_id: int) -> Handover:
    h: Handover = get_or_404(s, Handover, handover_id, "交接表")
    if h.state is not HandoverState.DRAFT:
        from deskapp.domain.errors import Conflict

        raise Conflict(f"交接表已{h.state.value}，不能再修改")
    return h


@changes(Change.RECEPTION)
def save_handover(ctx: Context, actor: Actor, handover_id: int, notes: str,
                  items: dict[int, tuple[bool, str]] | None = None) -> None:
    """The clerk's notes and, per item, (priority, note)."""
    actor.require(HANDOVER)
    with ctx.uow() as uow:
        s = uow.session
        h = _draft_or_refuse(s, handover_id)
        before = {"notes": h.notes}
        h.notes = notes.strip()
        for it in uow.reception.handover_items(h.id):
            if items and it.id in items:
                it.priority, it.note = items[it.id][0], items[it.id][1].strip()
        audit.record(s, ctx, actor, "reception.handover.save", "rx_handover", h.id,
                     summary=f"填写 {h.shift_date:%Y-%m-%d} 交接表", before=before,
                     after={"notes": h.notes, "items": len(items or {})})
        uow.commit()


@changes(Change.RECEPTION)
def hand_over(ctx: Context, actor: Actor, handover_id: int, taker: str) -> None:
    """Close the shift to the named colleague; refused while another area names a reason
    (an overdue key without a note...)."""
    actor.require(HANDOVER)
    with ctx.uow() as uow:
        s = uow.session
        h: Handover = get_or_404(s, Handover, handover_id, "交接表")
        check_handover_close(h.state, hooks.collect(hooks.Hook.HANDOVER_BLOCKERS, s, ctx, actor, h.shift_date))
        check_handover_taker(taker, h.drafted_by, _takers(s, actor))
        h.state, h.handed_at, h.handed_to = HandoverState.HANDED, ctx.clock.now(), taker
        audit.record(s, ctx, actor, "reception.handover.hand", "rx_handover", h.id,
                     summary=f"{actor.display_name} 交班给 {taker}（{h.shift_date:%Y-%m-%d}）",
                     before={"state": HandoverState.DRAFT}, after={"state": h.state, "handed_to": taker})
        uow.commit()


@changes(Change.RECEPTION)
def receive_handover(ctx: Context, actor: Actor, handover_id: int) -> None:
    """The next clerk acknowledges: who and when."""
    actor.require(HANDOVER)
    with ctx.uow() as uow:
        s = uow.session
        h: Handover = get_or_404(s, Handover, handover_id, "交接表")
        check_handover_receive(h.state, h.drafted_by, actor.display_name, h.handed_to)
        h.state, h.received_by, h.received_at = HandoverState.RECEIVED, actor.display_name, ctx.clock.now()
        audit.record(s, ctx, actor, "reception.handover.receive", "rx_handover", h.id,
                     summary=f"{actor.display_name} 接班（{h.shift_date:%Y-%m-%d}，交班人 {h.drafted_by}）",
                     before={"state": HandoverState.HANDED}, after={"state": h.state})
        uow.commit()


def _item_key(area: str, ref: str, text: str, place: Place | None, record: int | str | None) -> tuple[str, str]:
    """What tells one open item from another from draft to draft: its place and record where it has
    them (a defect has no number to show, and two may read alike), else its number or its words."""
    if place is not None and record is not None:
        return area, f"{place.value}:{record}"
    return area, ref or text


def _key_of(item: OpenItem) -> tuple[str, str]:
    return _item_key(item.area, item.ref, item.text, item.place, item.record)


def _stored_place(item: OpenItem) -> dict:
    """An open item's place and record as a handover item keeps them: an id, or a paper's number."""
    record = item.record
    return {"place": item.place.value if item.place else "",
            "record_id": record if isinstance(record, int) else None,
            "record_number": record[:40] if isinstance(record, str) else ""}


def _place_of(i: HandoverItem) -> tuple[Place | None, int | str | None]:
    """(place, record) of a stored item; (None, None) for one drafted before places were kept."""
    if i.place not in {p.value for p in Place}:
        return None, None
    return Place(i.place), i.record_id if i.record_id is not None else (i.record_number or None)


def _view(s: Session, h: Handover) -> HandoverView:
    items = ReceptionRepository(s).handover_items(h.id)
    return HandoverView(h.id, h.shift_date, h.state, h.drafted_at, h.drafted_by, h.notes, h.handed_at,
                        h.received_by, h.received_at,
                        [HandoverItemView(i.id, i.area, i.kind, i.ref, i.unit_code, i.text, i.due, i.overdue,
                                          i.priority, i.note, *_place_of(i)) for i in items], h.handed_to)


def handover(ctx: Context, actor: Actor, handover_id: int) -> HandoverView:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return _view(uow.session, get_or_404(uow.session, Handover, handover_id, "交接表"))


def handovers(ctx: Context, actor: Actor, limit: int = 60) -> list[HandoverView]:
    """Recent handovers, newest first, without their items."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        rows = uow.reception.recent_handovers(limit)
        return [HandoverView(h.id, h.shift_date, h.state, h.drafted_at, h.drafted_by, h.notes, h.handed_at,
                             h.received_by, h.received_at, [], h.handed_to) for h in rows]


def handover_sheet(ctx: Context, view: HandoverView, centre: str, audit_anchor: str = "") -> HandoverSheet:
    tz = ctx.clock.now().tzinfo
    return HandoverSheet(
        centre=centre, shift_date=f"{view.shift_date:%Y-%m-%d}", handed_by=view.drafted_by,
        handed_at=local_text(view.handed_at, tz=tz), received_by=view.received_by,
        received_at=local_text(view.received_at, tz=tz), notes=view.notes, state=view.state.value,
        lines=[HandoverLine(i.kind, i.ref, i.unit_code, i.text, local_text(i.due, "%m-%d %H:%M", tz),
                            i.priority, i.overdue, i.note) for i in view.items],
        audit_anchor=audit_anchor, shift_day=view.shift_date, printed_on=ctx.clock.today(),
    )


def handover_pdf(ctx: Context, actor: Actor, handover_id: int) -> bytes:
    actor.require(VIEW)
    with ctx.reader() as uow:
        s = uow.session
        view = _view(s, get_or_404(s, Handover, handover_id, "交接表"))
        centre = uow.registry.centre().name
        anchor = audit_anchors.printed_head(s)  # the chain's head on paper, where a file editor cannot reach
    return _handover_pdf(handover_sheet(ctx, view, centre, anchor))


@hooks.register(hooks.Hook.FIND_NUMBER)
def _repairs_numbered(session: Session, ctx: Context, actor: Actor, prefix: str, limit: int) -> list[hooks.Numbered]:
    """工程维修单 by number (WX…), 需求/投诉 by theirs (KS…), or by the #191 older 交班 sheets gave them."""
    if not allowed(actor.role, VIEW):
        return []
    if prefix.startswith("#"):
        asked = q.request_numbered(session, int(prefix[1:]))
    else:
        asked = q.requests_numbered(session, prefix, limit)
    return ([hooks.Numbered(number, kind.value, code or place, text[:40], Place.REQUESTS, rid)
             for rid, number, code, place, kind, text in asked]
            + [hooks.Numbered(number, "工程维修单", code or place, fault[:40], Place.REPAIRS, number)
               for _, number, code, place, fault in q.repairs_numbered(session, prefix, limit)])
