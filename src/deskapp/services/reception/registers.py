"""The smaller registers of the desk: 工程遗留问题, 业户违章, 信件登记, 客服接待记录表."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from deskapp.domain.errors import ValidationError
from deskapp.domain.local_time import day_start
from deskapp.domain.people import Relation
from deskapp.domain.reception import (
    Channel, DefectKind, DefectState, MailKind, MailPlace, Notified, ViolationKind, ViolationState, check_place,
    check_text,
)
from deskapp.services import audit, settings
from deskapp.services.context import Actor, Context
from deskapp.services.reception._common import (
    DEFECT, LOG, MAIL, MAIL_DAYS, VIEW, VIOLATION, event, get_or_404, note_unit, unit_code,
)
from deskapp.services.changes import Change, changes
from deskapp.store.models.reception import Defect, ItemEvent, MailItem, ReceptionLog, Violation
from deskapp.contracts.reception import DefectRow, LogRow, MailRow, ViolationRow
from deskapp.store.queries import reception as q
from deskapp.store.repositories.reception import ReceptionRepository
from deskapp.store.uow import Session


# ------------------------------------------------------------------ 工程遗留问题

@changes(Change.RECEPTION, Change.CHRONICLE)
def record_defect(ctx: Context, actor: Actor, *, unit_id: int | None, location: str = "", kind: DefectKind,
                  description: str, reported_by: str = "", responsible: str = "",
                  reported_on: date | None = None) -> int:
    actor.require(DEFECT)
    location = check_place(unit_id, location)
    description = check_text(description, "问题描述")
    on = reported_on or ctx.clock.today()
    if on > ctx.clock.today():
        raise ValidationError("反映日期", "不能晚于今天")
    with ctx.uow() as uow:
        d = add_defect(uow.session, ctx, actor, unit_id=unit_id, location=location, kind=kind,
                       description=description, reported_by=reported_by, responsible=responsible, reported_on=on)
        uow.commit()
        return d.id


def add_defect(s: Session, ctx: Context, actor: Actor, *, unit_id: int | None, location: str, kind: DefectKind,
               description: str, reported_by: str, responsible: str, reported_on: date) -> Defect:
    """Inside the caller's transaction (a move-in records the defects found at handover in its
    own); the values are checked already."""
    actor.require(DEFECT)
    code = unit_code(s, unit_id)
    d = Defect(unit_id=unit_id, location=location, kind=kind, description=description, reported_on=reported_on,
               reported_by=reported_by.strip()[:40], responsible=responsible.strip()[:80],
               state=DefectState.OPEN, registered_by=actor.display_name)
    repo = ReceptionRepository(s)
    repo.add(d)
    repo.flush()
    event(s, ctx, actor, "defect", d.id, "登记", "", d.state.value, "")
    audit.record(s, ctx, actor, "reception.defect.record", "rx_defect", d.id, unit_id=unit_id,
                 summary=f"工程遗留问题（{code or location}）：{description[:30]}",
                 after={"kind": kind, "description": description, "responsible": d.responsible})
    note_unit(s, ctx, actor, unit_id, f"登记工程遗留问题（{kind.value}）：{description[:50]}")
    return d


@changes(Change.RECEPTION, Change.CHRONICLE)
def follow_defect(ctx: Context, actor: Actor, defect_id: int, note: str, state: DefectState) -> None:
    """A follow-up; 已上报 when engineering cannot fix it (escalated to the developer/supervisor)."""
    actor.require(DEFECT)
    note = check_text(note, "跟进情况")
    with ctx.uow() as uow:
        s = uow.session
        d: Defect = get_or_404(s, Defect, defect_id, "工程遗留问题")
        old = d.state
        if old is DefectState.FIXED and state is DefectState.FIXED:
            raise ValidationError("状态", "该问题已解决")
        d.state, d.last_followup = state, note
        d.fixed_on = ctx.clock.today() if state is DefectState.FIXED else None
        _followed(s, ctx, actor, "defect", d, old, note, f"跟进工程遗留问题：{note[:30]}（{old.value}→{state.value}）",
                  {"note": note}, f"工程遗留问题{state.value}：{note[:40]}" if state is not old else "")
        uow.commit()


def _followed(s: Session, ctx: Context, actor: Actor, kind: str, row: Defect | Violation, old, text: str,
              summary: str, after: dict, chronicle: str) -> None:
    """A follow-up of a defect or a violation: its history line, its audit row and, when `chronicle`
    says something, the unit's chronicle."""
    event(s, ctx, actor, kind, row.id, "跟进", old.value, row.state.value, text)
    audit.record(s, ctx, actor, f"reception.{kind}.follow", f"rx_{kind}", row.id, unit_id=row.unit_id,
                 summary=summary, before={"state": old}, after={"state": row.state, **after})
    if chronicle:
        note_unit(s, ctx, actor, row.unit_id, chronicle)


def defect_register(ctx: Context, actor: Actor, *, open_only: bool = False, unit_id: int | None = None,
                    offset: int = 0, limit: int | None = 500) -> list[DefectRow]:
    states = (DefectState.OPEN, DefectState.WORKING, DefectState.ESCALATED) if open_only else ()
    return ctx.read(actor, VIEW, q.defects, states=states, unit_id=unit_id, offset=offset, limit=limit)


def defect_summary(ctx: Context, actor: Actor) -> list[tuple[str, str, int, int]]:
    return ctx.read(actor, VIEW, q.defect_summary)


def history(ctx: Context, actor: Actor, entity: str, entity_id: int) -> list[tuple[datetime, str, str, str]]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        rows = uow.reception.history(entity, entity_id)
        return [(e.at, e.actor, e.action, _with_change(e)) for e in rows]


def _with_change(e: ItemEvent) -> str:
    """The note led by the state change it made (已登记 → 已上报), so the history shows each one."""
    if e.from_state and e.to_state and e.from_state != e.to_state:
        change = f"{e.from_state} → {e.to_state}"
    elif not e.from_state and e.to_state:
        change = e.to_state
    else:
        return e.note
    return f"{change}：{e.note}" if e.note else change


# ------------------------------------------------------------------ 业户违章

@changes(Change.RECEPTION, Change.CHRONICLE)
def record_violation(ctx: Context, actor: Actor, *, unit_id: int | None, kind: ViolationKind, description: str,
                     found_by: str, demanded: str = "", deadline: date | None = None,
                     found_on: date | None = None) -> int:
    actor.require(VIOLATION)
    if unit_id is None:
        raise ValidationError("房号", "请选择违章的房屋")
    description = check_text(description, "违章情况")
    found_by = check_text(found_by, "发现人", max_len=40)
    on = found_on or ctx.clock.today()
    if deadline is None:  # chosen by the clerk, never today by default
        raise ValidationError("整改期限", "请选择整改期限")
    if deadline < ctx.clock.today():
        raise ValidationError("整改期限", "已经过去，请选今天或以后的日期")
    with ctx.uow() as uow:
        s = uow.session
        code = unit_code(s, unit_id)
        v = Violation(unit_id=unit_id, kind=kind, found_on=on, found_by=found_by, description=description,
                      demanded=demanded.strip(), deadline=deadline, state=ViolationState.OPEN,
                      registered_by=actor.display_name, registered_at=ctx.clock.now())
        uow.reception.add(v)
        uow.reception.flush()
        event(s, ctx, actor, "violation", v.id, "登记", "", v.state.value, demanded.strip())
        audit.record(s, ctx, actor, "reception.violation.record", "rx_violation", v.id, unit_id=unit_id,
                     summary=f"业户违章 {code}（{kind.value}）：{description[:30]}",
                     after={"kind": kind, "description": description, "deadline": deadline})
        note_unit(s, ctx, actor, unit_id, f"业户违章（{kind.value}）：{description[:50]}，要求：{demanded.strip()[:30]}")
        uow.commit()
        return v.id


@changes(Change.RECEPTION, Change.CHRONICLE)
def follow_violation(ctx: Context, actor: Actor, violation_id: int, state: ViolationState, outcome: str) -> None:
    """已上报 escalates to the supervisor; 已整改 / 已关闭 record the outcome."""
    actor.require(VIOLATION)
    outcome = check_text(outcome, "处理结果")
    with ctx.uow() as uow:
        s = uow.session
        v: Violation = get_or_404(s, Violation, violation_id, "业户违章")
        old = v.state
        if old in (ViolationState.RECTIFIED, ViolationState.CLOSED):
            raise ValidationError("状态", f"该违章已{old.value}")
        v.state, v.outcome = state, outcome
        if state is ViolationState.ESCALATED:
            v.escalated_at = ctx.clock.now()
        _followed(s, ctx, actor, "violation", v, old, outcome, f"业户违章{state.value}：{outcome[:30]}",
                  {"outcome": outcome}, f"违章{state.value}：{outcome[:40]}")
        uow.commit()


def violation_register(ctx: Context, actor: Actor, *, open_only: bool = False, unit_id: int | None = None,
                       offset: int = 0, limit: int | None = 500) -> list[ViolationRow]:
    states = (ViolationState.OPEN, ViolationState.ESCALATED) if open_only else ()
    return ctx.read(actor, VIEW, q.violations, states=states, unit_id=unit_id, offset=offset, limit=limit)


# ------------------------------------------------------------------ 信件登记

@changes(Change.RECEPTION, Change.CHRONICLE)
def record_mail(ctx: Context, actor: Actor, *, unit_id: int | None, kind: MailKind, sender: str = "",
                tracking: str = "", notified: Notified = Notified.NONE, place: MailPlace = MailPlace.DESK) -> int:
    actor.require(MAIL)
    if unit_id is None:
        raise ValidationError("房号", "请选择收件房屋")
    if place is MailPlace.COLLECTED:
        raise ValidationError("去向", "登记时只能是“前台待取”或“已投信箱”，领取另行登记")
    now = ctx.clock.now()
    with ctx.uow() as uow:
        s = uow.session
        code = unit_code(s, unit_id)
        m = MailItem(unit_id=unit_id, kind=kind, sender=sender.strip()[:80], tracking=tracking.strip()[:40],
                     received_at=now, registered_by=actor.display_name, notified=notified,
                     notified_at=now if notified is not Notified.NONE else None, place=place)
        uow.reception.add(m)
        uow.reception.flush()
        audit.record(s, ctx, actor, "reception.mail.record", "rx_mail", m.id, unit_id=unit_id,
                     summary=f"{code} {kind.value}（{sender.strip() or '发件人不详'}），{place.value}",
                     after={"kind": kind, "sender": m.sender, "tracking": m.tracking, "notified": notified,
                            "place": place})
        uow.commit()
        return m.id


@changes(Change.RECEPTION)
def notify_mail(ctx: Context, actor: Actor, mail_id: int, how: Notified) -> None:
    actor.require(MAIL)
    if how is Notified.NONE:
        raise ValidationError("通知方式", "请选择电话或短信")
    with ctx.uow() as uow:
        m: MailItem = get_or_404(uow.session, MailItem, mail_id, "信件")
        before = {"notified": m.notified}
        m.notified, m.notified_at = how, ctx.clock.now()
        audit.record(uow.session, ctx, actor, "reception.mail.notify", "rx_mail", m.id, unit_id=m.unit_id,
                     summary=f"已{how.value}通知取件", before=before, after={"notified": how})
        uow.commit()


def collectors(ctx: Context, actor: Actor, unit_id: int) -> list[str]:
    """Who may collect: the unit's current people (the authorised ones included)."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        rows = q.current_people(uow.session, unit_id)
        return [f"{name}（{rel.value}）" if rel is not Relation.OWNER else name for name, rel in rows]


@changes(Change.RECEPTION, Change.CHRONICLE)
def collect_mail(ctx: Context, actor: Actor, mail_id: int, collected_by: str) -> None:
    actor.require(MAIL)
    who = check_text(collected_by, "领取人", max_len=40)
    with ctx.uow() as uow:
        s = uow.session
        m: MailItem = get_or_404(s, MailItem, mail_id, "信件")
        if m.place is MailPlace.COLLECTED:
            raise ValidationError("领取人", f"该{m.kind.value}已由 {m.collected_by} 领取")
        before = {"place": m.place}
        m.place, m.collected_by, m.collected_at, m.handed_by = MailPlace.COLLECTED, who, ctx.clock.now(), \
            actor.display_name
        audit.record(s, ctx, actor, "reception.mail.collect", "rx_mail", m.id, unit_id=m.unit_id,
                     summary=f"{m.kind.value}由 {who} 领取", before=before, after={"place": m.place, "by": who})
        uow.commit()


def mail_register(ctx: Context, actor: Actor, *, waiting_only: bool = False, unit_id: int | None = None,
                  offset: int = 0, limit: int | None = 500) -> list[MailRow]:
    return ctx.read(actor, VIEW, q.mail, places=(MailPlace.DESK,) if waiting_only else (), unit_id=unit_id,
                    offset=offset, limit=limit)


def mail_overdue_before(ctx: Context) -> datetime:
    """Mail received before this moment and still at the desk stands out."""
    return ctx.clock.now() - timedelta(days=int(settings.get(ctx, MAIL_DAYS)))


# ------------------------------------------------------------------ 客服接待记录表

@changes(Change.RECEPTION, Change.CHRONICLE)
def log_visit(ctx: Context, actor: Actor, *, matter: str, visitor: str = "", channel: Channel = Channel.VISIT,
              unit_id: int | None = None, outcome: str = "") -> int:
    actor.require(LOG)
    matter = check_text(matter, "事由")
    with ctx.uow() as uow:
        s = uow.session
        unit_code(s, unit_id)
        e = ReceptionLog(at=ctx.clock.now(), channel=channel, visitor=visitor.strip()[:40], unit_id=unit_id,
                         matter=matter, outcome=outcome.strip(), clerk=actor.display_name)
        uow.reception.add(e)
        uow.reception.flush()
        audit.record(s, ctx, actor, "reception.log", "rx_log", e.id, unit_id=unit_id,
                     summary=f"接待记录：{matter[:30]}", after={"visitor": e.visitor, "matter": matter})
        uow.commit()
        return e.id


def _log_snapshot(e: ReceptionLog) -> dict:
    return {"channel": e.channel, "visitor": e.visitor, "unit_id": e.unit_id, "matter": e.matter,
            "outcome": e.outcome}


@changes(Change.RECEPTION, Change.CHRONICLE)
def correct_log(ctx: Context, actor: Actor, log_id: int, *, matter: str, visitor: str = "",
                channel: Channel = Channel.VISIT, unit_id: int | None = None, outcome: str = "") -> None:
    """A mistyped entry is corrected in place (it is a log line, not money); the audit keeps
    what it said before and after, and who changed it. Its time stays that of the visit."""
    actor.require(LOG)
    matter = check_text(matter, "事由")
    with ctx.uow() as uow:
        s = uow.session
        e: ReceptionLog = get_or_404(s, ReceptionLog, log_id, "接待记录")
        unit_code(s, unit_id)
        before = _log_snapshot(e)
        e.channel, e.visitor, e.unit_id, e.matter, e.outcome = (channel, visitor.strip()[:40], unit_id, matter,
                                                                outcome.strip())
        after = _log_snapshot(e)
        if after == before:
            raise ValidationError("事由", "没有改动")
        audit.record(s, ctx, actor, "reception.log.correct", "rx_log", e.id, unit_id=unit_id or before["unit_id"],
                     summary=f"更正接待记录：{matter[:30]}", before=before, after=after)
        uow.commit()


def log_for_day(ctx: Context, actor: Actor, day: date) -> list[LogRow]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        tz = ctx.clock.now().tzinfo
        return q.log_entries(uow.session, day_start(day, tz), day_start(day + timedelta(days=1), tz))
