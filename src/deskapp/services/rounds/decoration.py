"""二次装修: application, supervisor approval, 送水电, the daily site check with 整改通知书 and
escalation, 停工, 初验/复验, extension and the deposit refund."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from deskapp.documents.rounds import decoration as doc
from deskapp.domain import decoration as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.decoration import (
    DEPOSIT_SETTLED, ApplicationInput, CheckInput, CheckOutcome, Deduction, DecorationEvent, DecorationState,
    ItemResult,
)
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.local_time import local, local_text
from deskapp.domain.permissions import DESK, SUPERVISORS, allowed, define
from deskapp.domain.privacy import mask_id_number, mask_phone
from deskapp.domain.units import UnitState
from deskapp.domain.text import require_text
from deskapp.domain.billing_deposits import CASH, DepositKind, DepositMoney, EntryKind
from deskapp.services import audit, hooks
from deskapp.services.billing import deposits as billing_deposits
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.registry import units as registry_units
from deskapp.services.context import Actor, Context
from deskapp.services.rounds import _common as c
from deskapp.services.changes import Change, changes
from deskapp.store.models.rounds import (
    Decoration, DecorationCheck, DecorationDeduction, DecorationExtension, DecorationWorker, Rectification,
)
from deskapp.store.models.rounds_papers import DecorationInspection
from deskapp.store.models.rounds_stops import DecorationStop
from deskapp.store.queries import rounds as q
from deskapp.store.repositories.rounds import RoundsRepository
from deskapp.store.uow import Session, UnitOfWork
from deskapp.contracts.paging import Page
from deskapp.contracts.rounds import DecorationFilter, DecorationHead, DecorationRow, SiteRow

APPLY = define("rounds.decoration.apply", "受理装修申请", DESK)
APPROVE = define("rounds.decoration.approve", "审批装修申请", SUPERVISORS)
CHECK = define("rounds.decoration.check", "装修日检", c.STEWARDS)
STOP = define("rounds.decoration.stop", "装修停工、复工", c.STEWARDS)
ACCEPT = define("rounds.decoration.accept", "装修初验、复验", c.STEWARDS)
REFUND = define("rounds.decoration.refund", "退装修押金", SUPERVISORS)
EXTEND = define("rounds.decoration.extend", "装修延期", DESK)
POWER = define("rounds.decoration.power", "送水电", DESK)
ESCALATE = define("rounds.decoration.escalate", "整改逾期上报", DESK)

OPEN_STATES = (DecorationState.APPLIED, DecorationState.WORKING, DecorationState.STOPPED,
               DecorationState.FIRST_ACCEPTED)


# ----------------------------------------------------------------- views

@dataclass(frozen=True)
class WorkerView:
    name: str
    id_number: str  # masked unless the role may see it
    phone: str
    pass_no: str


@dataclass(frozen=True)
class CheckView:
    id: int
    day: date
    at: datetime
    inspector: str
    outcome: CheckOutcome
    results: dict[str, ItemResult]
    violation: bool
    violation_text: str
    notes: str


@dataclass(frozen=True)
class RectificationView:
    id: int
    number: str
    decoration_id: int
    unit_code: str
    items: str
    description: str
    issued_at: datetime
    issued_by: str
    deadline: date
    rectified_at: datetime | None
    escalated_at: datetime | None
    overdue: bool


@dataclass(frozen=True)
class InspectionView:
    stage: str  # 初验 or 复验
    day: date
    by: str
    passed: bool
    failed_items: tuple[str, ...]
    issues: str
    next_on: date | None


@dataclass(frozen=True)
class DecorationDetail(DecorationHead, rules.DecorationWorks):
    owner_phone: str
    deposit: Decimal
    fees: Decimal
    note: str
    applied_at: datetime
    applied_by: str
    decided_by: str
    power_requested_at: datetime | None
    power_done_at: datetime | None
    stop_reason: str
    first_inspected_on: date | None
    second_due_on: date | None
    second_inspected_on: date | None
    refund_amount: Decimal | None
    workers: list[WorkerView]
    checks: list[CheckView]
    rectifications: list[RectificationView]
    extensions: list[tuple[date, date, str, str]]  # old end, new end, reason, by
    deductions: list[Deduction]
    permit_no: str = ""
    decided_at: datetime | None = None
    refund_no: str = ""
    refunded_at: datetime | None = None
    refunded_by: str = ""
    inspections: tuple[InspectionView, ...] = ()
    end_reason: str = ""  # why it was terminated (终止装修), empty otherwise


@dataclass(frozen=True)
class CheckResult:
    check_id: int
    rectification_id: int | None
    rectification_number: str = ""


# ----------------------------------------------------------------- helpers

def _get(uow: UnitOfWork, decoration_id: int) -> Decoration:
    return found(uow.rounds.decoration(decoration_id), f"装修申请（编号 {decoration_id}）不存在")


def _move(uow: UnitOfWork, ctx: Context, actor: Actor, d: Decoration, event: DecorationEvent,
          summary: str, after: dict | None = None) -> DecorationState:
    before = d.state
    d.state = rules.next_state(d.state, event)
    _record(uow, ctx, actor, d, event.name.lower(), summary, {"state": before}, {"state": d.state, **(after or {})})
    return d.state


def _record(uow: UnitOfWork, ctx: Context, actor: Actor, d: Decoration, step: str, summary: str,
            before: dict | None, after: dict) -> None:
    """A step of the works in the audit trail (after the unit's code) and the unit's chronicle, same words."""
    code = uow.registry.unit(d.unit_id).code
    audit.record(uow.session, ctx, actor, f"rounds.decoration.{step}", "decoration", d.id,
                 unit_id=d.unit_id, summary=f"{code} 装修 {d.number}：{summary}", before=before, after=after)
    registry_chronicle.chronicle(uow.session, ctx, actor, d.unit_id, ChronicleKind.DECORATION, f"装修 {d.number}：{summary}")


def _rect_view(ctx: Context, r: Rectification, unit_code: str) -> RectificationView:
    tz = ctx.clock.now().tzinfo
    return RectificationView(r.id, r.number, r.decoration_id, unit_code, r.items, r.description,
                             local(r.issued_at, tz), r.issued_by, r.deadline, local(r.rectified_at, tz),
                             local(r.escalated_at, tz),
                             r.rectified_at is None and rules.is_overdue(r.deadline, ctx.clock.today()))


def _check_view(ctx: Context, k: DecorationCheck) -> CheckView:
    results = {i: ItemResult(v) for i, v in json.loads(k.results).items()}
    return CheckView(k.id, k.day, local(k.at, ctx.clock.now().tzinfo), k.inspector, k.outcome, results, k.violation,
                     k.violation_text, k.notes)


def _may_see_ids(actor: Actor) -> bool:
    return allowed(actor.role, c.PERSONAL)


# ----------------------------------------------------------------- application and approval

@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def apply(ctx: Context, actor: Actor, data: ApplicationInput) -> int:
    actor.require(APPLY)
    data = rules.validate_application(data, c.setting(ctx, c.WORKS))
    with ctx.uow() as uow:
        unit = c.unit_or_404(uow, data.unit_id)
        if unit.state is UnitState.UNDELIVERED:
            raise Conflict(f"{unit.code} 尚未交房，不能申请装修")
        current = uow.rounds.latest_decoration_in(unit.id, OPEN_STATES)
        if current is not None:
            raise Conflict(f"{unit.code} 已有未结束的装修申请 {current.number}（{current.state.value}）")
        now = ctx.clock.now()
        # 业主电话 left blank: the phone on the unit's file of the owner named (the form shows it masked)
        owner_phone = data.owner_phone or next(
            (t.person.phone for t in uow.registry.current_owners(unit.id)
             if t.person.name == data.owner_name and t.person.phone), "")
        number = f"ZX{now.year}-{c.next_number(uow.session, 'ZX', now.year):04d}"
        d = Decoration(number=number, unit_id=unit.id, state=DecorationState.APPLIED, owner_name=data.owner_name,
                       owner_phone=owner_phone, company=data.company, leader=data.leader,
                       leader_phone=data.leader_phone, licence=data.licence, works="、".join(data.works),
                       starts_on=data.starts_on, ends_on=data.ends_on, deposit=data.deposit, fees=data.fees,
                       note=data.note, applied_at=now, applied_by=actor.display_name)
        uow.rounds.add(d)
        uow.rounds.flush()
        for i, w in enumerate(data.workers, start=1):
            uow.rounds.add(DecorationWorker(decoration_id=d.id, name=w.name, id_number=w.id_number, phone=w.phone,
                                   pass_no=f"{number}-{i:02d}"))
        audit.record(uow.session, ctx, actor, "rounds.decoration.apply", "decoration", d.id, unit_id=unit.id,
                     summary=f"{unit.code} 装修申请 {number}：{data.company}",
                     after={"number": number, "company": data.company, "works": d.works, "starts_on": d.starts_on,
                            "ends_on": d.ends_on, "deposit": d.deposit, "fees": d.fees,
                            "workers": [f"{w.name} {mask_id_number(w.id_number)}" for w in data.workers]})
        registry_chronicle.chronicle(uow.session, ctx, actor, unit.id, ChronicleKind.DECORATION,
                           f"装修申请 {number}：{data.company}，{d.works}，{d.starts_on:%Y-%m-%d} 至 {d.ends_on:%Y-%m-%d}")
        uow.commit()
        return d.id


@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def approve(ctx: Context, actor: Actor, decoration_id: int, note: str = "", deposit_money: DepositMoney = CASH
            ) -> None:
    """The supervisor approves: works may start, the unit becomes 装修中. The deposit is taken with
    the permit, into the approver's drawer by `deposit_money`."""
    actor.require(APPROVE)
    with ctx.uow() as uow:
        d = _get(uow, decoration_id)
        unit = uow.registry.unit(d.unit_id)
        year = ctx.clock.now().year  # the clock's own zone: the centre's year
        d.permit_no = f"XK{year}-{c.next_number(uow.session, 'XK', year):04d}"  # the 装修许可证's own series
        _move(uow, ctx, actor, d, DecorationEvent.APPROVE, f"审批通过，装修许可证 {d.permit_no}" + (f"（{note}）" if note else ""),
              {"permit_no": d.permit_no})
        d.decided_at, d.decided_by, d.decision_note = ctx.clock.now(), actor.display_name, note
        d.unit_state_before = unit.state
        registry_units.change_state(uow.session, ctx, actor, unit.id, UnitState.DECORATING, f"装修 {d.number} 审批通过")
        # the deposit is taken with the permit: from now on the 押金台账 holds it
        billing_deposits.take(uow.session, ctx, actor, DepositKind.DECORATION, f"decoration:{d.id}",
                              unit_id=d.unit_id, payer=d.owner_name, amount=d.deposit, source_ref=d.number,
                              money=deposit_money)
        uow.commit()


@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def reject(ctx: Context, actor: Actor, decoration_id: int, reason: str) -> None:
    actor.require(APPROVE)
    reason = require_text(reason, "驳回原因")
    with ctx.uow() as uow:
        d = _get(uow, decoration_id)
        _move(uow, ctx, actor, d, DecorationEvent.REJECT, f"驳回：{reason}")
        d.decided_at, d.decided_by, d.decision_note = ctx.clock.now(), actor.display_name, reason
        uow.commit()


@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def request_power(ctx: Context, actor: Actor, decoration_id: int) -> None:
    """送水电: ask engineering to turn water and electricity on for the site."""
    actor.require(POWER)
    with ctx.uow() as uow:
        d = _get(uow, decoration_id)
        if d.state not in rules.UNDER_DECORATION:
            raise Conflict(f"装修 {d.number} 为“{d.state.value}”，审批通过后才能送水电")
        if d.power_requested_at is not None:
            asked = local_text(d.power_requested_at, tz=ctx.clock.now().tzinfo)
            raise Conflict(f"装修 {d.number} 已于 {asked} 申请送水电")
        d.power_requested_at, d.power_requested_by = ctx.clock.now(), actor.display_name
        _record(uow, ctx, actor, d, "power_request", "通知工程部送水电", None, {"requested": True})
        uow.commit()


@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def power_done(ctx: Context, actor: Actor, decoration_id: int) -> None:
    actor.require(POWER)
    with ctx.uow() as uow:
        d = _get(uow, decoration_id)
        if d.power_requested_at is None:
            raise Conflict(f"装修 {d.number} 尚未申请送水电")
        if d.power_done_at is not None:
            raise Conflict(f"装修 {d.number} 已送水电")
        d.power_done_at, d.power_done_by = ctx.clock.now(), actor.display_name
        _record(uow, ctx, actor, d, "power_done", "水电已送", None, {"done": True})
        uow.commit()


@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def extend(ctx: Context, actor: Actor, decoration_id: int, new_end: date, reason: str, *,
           version: int | None = None) -> None:
    """延期. `version` is the decoration's as the desk's row showed it: another desk's save since
    (its own extension, say) refuses this one, naming them, rather than overwrite its end date."""
    actor.require(EXTEND)
    with ctx.uow() as uow:
        d = uow.rounds.claim(_get(uow, decoration_id), version, actor.display_name, ctx.clock.now())
        rules.validate_extension(d.ends_on, new_end, reason)
        old = d.ends_on
        _move(uow, ctx, actor, d, DecorationEvent.EXTEND,
              f"延期 {old:%Y-%m-%d} → {new_end:%Y-%m-%d}（{reason.strip()}）", {"ends_on": new_end})
        d.ends_on = new_end
        uow.rounds.add(DecorationExtension(decoration_id=d.id, old_end=old, new_end=new_end, reason=reason.strip(),
                                  at=ctx.clock.now(), by=actor.display_name))
        uow.commit()


@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def stop(ctx: Context, actor: Actor, decoration_id: int, reason: str) -> None:
    """停工: for a refusal to open the door or a serious violation."""
    actor.require(STOP)
    require_text(reason, "停工原因")
    with ctx.uow() as uow:
        d = _get(uow, decoration_id)
        now = ctx.clock.now()
        year = now.year
        number = f"TG{year}-{c.next_number(uow.session, 'TG', year):04d}"  # the 停工通知书's own series
        _move(uow, ctx, actor, d, DecorationEvent.STOP, f"停工（停工通知书 {number}）：{reason.strip()}")
        d.stopped_at, d.stop_reason = now, reason.strip()
        uow.rounds.add(DecorationStop(number=number, decoration_id=d.id, at=now, by=actor.display_name, reason=reason.strip()))
        uow.commit()


@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def resume(ctx: Context, actor: Actor, decoration_id: int, note: str = "") -> None:
    actor.require(STOP)
    with ctx.uow() as uow:
        d = _get(uow, decoration_id)
        _move(uow, ctx, actor, d, DecorationEvent.RESUME, "复工" + (f"：{note}" if note else ""))
        uow.commit()


# ----------------------------------------------------------------- daily site check

def todays_sites(ctx: Context, actor: Actor, day: date | None = None) -> list[SiteRow]:
    """The steward's list: every unit under decoration not yet checked on `day` (today)."""
    actor.require(c.VIEW)
    day = day or ctx.clock.today()
    with ctx.reader() as uow:
        rows = q.sites_under_decoration(uow.session, day)
    order = rules.todays_sites([r.decoration_id for r in rows], [r.decoration_id for r in rows if r.checked_on_day])
    by_id = {r.decoration_id: r for r in rows}
    return [SiteRow(decoration_id=r.decoration_id, number=r.number, unit_id=r.unit_id, unit_code=r.unit_code,
                    state=r.state, company=r.company, leader=r.leader, leader_phone=mask_phone(r.leader_phone),
                    ends_on=r.ends_on, open_rectifications=r.open_rectifications, last_check=r.last_check)
            for r in (by_id[i] for i in order)]


@changes(Change.ROUNDS, Change.CHRONICLE)
def record_check(ctx: Context, actor: Actor, unit_id: int, data: CheckInput) -> CheckResult:
    """One line of 二次装修日检表 for a unit under decoration; a violation issues a 整改通知书."""
    actor.require(CHECK)
    items = c.setting(ctx, c.CHECK_ITEMS)
    rect_days = int(c.setting(ctx, c.RECTIFY_DAYS))
    with ctx.uow() as uow:
        unit = c.unit_or_404(uow, unit_id)
        d = uow.rounds.latest_decoration_in(unit.id, OPEN_STATES)
        if d is None or d.state not in rules.UNDER_DECORATION:
            raise ValidationError("房号", f"{unit.code} 不在装修中，不能做装修日检")
        data = rules.validate_check(data, items)
        today = ctx.clock.today()
        if uow.rounds.checked_on(d.id, today):
            raise Conflict(f"{unit.code} 今天已检查过")
        bad = rules.violations(data.results)
        k = DecorationCheck(decoration_id=d.id, unit_id=unit.id, day=today, at=ctx.clock.now(),
                            inspector=actor.display_name, outcome=data.outcome,
                            results=json.dumps({i: r.value for i, r in data.results.items()}, ensure_ascii=False),
                            violation=bool(bad), violation_text=data.violation_text.strip(), notes=data.notes.strip())
        uow.rounds.add(k)
        uow.rounds.flush()
        if data.outcome is not CheckOutcome.CHECKED:
            summary = data.outcome.value
        else:
            summary = "违规：" + "、".join(bad) if bad else "检查合格"
        audit.record(uow.session, ctx, actor, "rounds.decoration.check", "decoration_check", k.id, unit_id=unit.id,
                     summary=f"{unit.code} 装修日检：{summary}",
                     after={"outcome": data.outcome, "violations": bad, "notes": k.notes})
        rect = None
        if bad:
            rect = Rectification(
                number=f"ZG{today.year}-{c.next_number(uow.session, 'ZG', today.year):04d}", decoration_id=d.id,
                check_id=k.id, items="、".join(bad), description=k.violation_text, issued_at=ctx.clock.now(),
                issued_by=actor.display_name, deadline=rules.rectify_deadline(today, rect_days))
            uow.rounds.add(rect)
            uow.rounds.flush()
            audit.record(uow.session, ctx, actor, "rounds.decoration.rectification", "rectification", rect.id,
                         unit_id=unit.id, summary=f"{unit.code} 整改通知书 {rect.number}，限 {rect.deadline:%Y-%m-%d} 前整改",
                         after={"items": rect.items, "deadline": rect.deadline})
            registry_chronicle.chronicle(uow.session, ctx, actor, unit.id, ChronicleKind.DECORATION,
                               f"装修日检违规（{rect.items}）：{k.violation_text}；发整改通知书 {rect.number}，"
                               f"限 {rect.deadline:%Y-%m-%d} 前整改")
        elif data.outcome is CheckOutcome.REFUSED:
            registry_chronicle.chronicle(uow.session, ctx, actor, unit.id, ChronicleKind.DECORATION, "装修日检：拒不开门")
        uow.commit()
        return CheckResult(k.id, rect.id if rect else None, rect.number if rect else "")


@changes(Change.ROUNDS, Change.CHRONICLE)
def mark_rectified(ctx: Context, actor: Actor, rectification_id: int, note: str = "") -> None:
    actor.require(CHECK)
    with ctx.uow() as uow:
        r = found(uow.rounds.rectification(rectification_id), f"整改通知书（编号 {rectification_id}）不存在")
        if r.rectified_at is not None:
            done = local_text(r.rectified_at, tz=ctx.clock.now().tzinfo)
            raise Conflict(f"整改通知书 {r.number} 已于 {done} 整改完毕")
        d = _get(uow, r.decoration_id)
        r.rectified_at, r.rectified_by, r.rectified_note = ctx.clock.now(), actor.display_name, note.strip()
        code = uow.registry.unit(d.unit_id).code
        audit.record(uow.session, ctx, actor, "rounds.decoration.rectified", "rectification", r.id, unit_id=d.unit_id,
                     summary=f"{code} 整改通知书 {r.number} 已整改", before={"rectified": False},
                     after={"rectified": True, "note": note.strip()})
        registry_chronicle.chronicle(uow.session, ctx, actor, d.unit_id, ChronicleKind.DECORATION,
                           f"整改通知书 {r.number} 已整改" + (f"：{note.strip()}" if note.strip() else ""))
        uow.commit()


def escalate_overdue(ctx: Context, actor: Actor) -> list[str]:
    """Rectifications not done by their deadline go to the supervisor (once each): marked
    escalated, in the unit's chronicle and in the supervisor's list. Returns their numbers."""
    actor.require(ESCALATE)
    today = ctx.clock.today()
    with ctx.uow() as uow:
        out = []
        for r in uow.rounds.rectifications_to_escalate(today):
            d = uow.rounds.decoration(r.decoration_id)
            code = uow.registry.unit(d.unit_id).code
            r.escalated_at = ctx.clock.now()
            audit.record(uow.session, ctx, actor, "rounds.decoration.escalate", "rectification", r.id, unit_id=d.unit_id,
                         summary=f"{code} 整改通知书 {r.number} 逾期未整改，上报客服主管",
                         before={"escalated": False}, after={"escalated": True})
            registry_chronicle.chronicle(uow.session, ctx, actor, d.unit_id, ChronicleKind.DECORATION,
                               f"整改通知书 {r.number} 逾期（期限 {r.deadline:%Y-%m-%d}）未整改，已上报客服主管")
            out.append(r.number)
        if out:
            uow.commit()
        return out


def rectifications(ctx: Context, actor: Actor, *, open_only: bool = True, escalated_only: bool = False
                   ) -> list[RectificationView]:
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        return [_rect_view(ctx, r, code) for r, code in q.rectifications(uow.session, open_only, escalated_only)]


# ----------------------------------------------------------------- completion

def _inspected(uow: UnitOfWork, ctx: Context, actor: Actor, d: Decoration, stage: str, passed: bool,
               failed: tuple[str, ...], issues: str, next_on: date | None) -> None:
    """The 竣工验收单's record: every inspection, passed or not."""
    uow.rounds.add(DecorationInspection(decoration_id=d.id, stage=stage, day=ctx.clock.today(), at=ctx.clock.now(),
                               by=actor.display_name, passed=passed, failed_items="、".join(failed), issues=issues,
                               next_on=next_on))


@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def first_inspection(ctx: Context, actor: Actor, decoration_id: int, passed: bool, note: str = "",
                     failed_items: tuple[str, ...] = ()) -> None:
    """初验. Refused before any daily check and while a rectification is open. When passed, the
    unit returns to the state it had before the works and 复验 is due after the set period; when
    not, the items found wanting and the issues are kept, to be inspected again after the
    rectification period."""
    actor.require(ACCEPT)
    failed, note = rules.validate_inspection(passed, failed_items, note)
    days = int(c.setting(ctx, c.SECOND_DAYS))
    rect_days = int(c.setting(ctx, c.RECTIFY_DAYS))
    with ctx.uow() as uow:
        d = _get(uow, decoration_id)
        if d.state is not DecorationState.WORKING:
            raise Conflict(f"装修 {d.number} 为“{d.state.value}”，不能初验")
        if not uow.rounds.has_checks(d.id):
            raise Conflict(f"装修 {d.number} 尚无任何日检记录，不能初验")
        open_rect = uow.rounds.open_rectification_numbers(d.id)
        if passed and open_rect:
            raise Conflict(f"整改通知书 {'、'.join(open_rect)} 尚未整改，不能通过初验")
        today = ctx.clock.today()
        if not passed:
            _failed(uow, ctx, actor, d, "初验", "first_failed", failed, note,
                    rules.rectify_deadline(today, rect_days))
            uow.commit()
            return
        due = rules.second_inspection_due(today, days)
        _inspected(uow, ctx, actor, d, "初验", True, (), note, due)
        _move(uow, ctx, actor, d, DecorationEvent.FIRST_ACCEPT, f"初验通过，{due:%Y-%m-%d} 复验" +
              (f"（{note.strip()}）" if note.strip() else ""), {"second_due_on": due})
        d.first_inspected_on, d.first_inspected_by, d.first_note = today, actor.display_name, note.strip()
        d.second_due_on = due
        _unit_back(uow, ctx, actor, d, f"装修 {d.number} 初验通过")
        uow.commit()


def _unit_back(uow: UnitOfWork, ctx: Context, actor: Actor, d: Decoration, why: str) -> None:
    """The works over (初验 passed, or 终止): the unit returns to the state it had before them."""
    back = d.unit_state_before if d.unit_state_before not in (None, UnitState.DECORATING) else UnitState.VACANT
    registry_units.change_state(uow.session, ctx, actor, d.unit_id, back, why)


def _failed(uow: UnitOfWork, ctx: Context, actor: Actor, d: Decoration, stage: str, step: str,
            failed: tuple[str, ...], note: str, again: date) -> None:
    """An inspection (初验 or 复验) not passed: recorded with the day to inspect again, audited, and
    written into the unit's chronicle."""
    _inspected(uow, ctx, actor, d, stage, False, failed, note, again)
    summary = f"{stage}未通过" + (f"（{'、'.join(failed + ((note,) if note else ()))}）" if failed or note else "")
    _record(uow, ctx, actor, d, step, summary, None,
            {"passed": False, "failed": "、".join(failed), "note": note, "again_on": again})


@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def second_inspection(ctx: Context, actor: Actor, decoration_id: int, passed: bool, note: str = "",
                      failed_items: tuple[str, ...] = ()) -> None:
    actor.require(ACCEPT)
    failed, note = rules.validate_inspection(passed, failed_items, note)
    rect_days = int(c.setting(ctx, c.RECTIFY_DAYS))
    with ctx.uow() as uow:
        d = _get(uow, decoration_id)
        if d.state is not DecorationState.FIRST_ACCEPTED:
            raise Conflict(f"装修 {d.number} 为“{d.state.value}”，初验通过后才能复验")
        today = ctx.clock.today()
        if d.second_due_on and today < d.second_due_on:
            raise Conflict(f"装修 {d.number} 应于 {d.second_due_on:%Y-%m-%d} 起复验")
        if not passed:
            _failed(uow, ctx, actor, d, "复验", "second_failed", failed, note,
                    rules.rectify_deadline(today, rect_days))
            uow.commit()
            return
        _inspected(uow, ctx, actor, d, "复验", True, (), note, None)
        _move(uow, ctx, actor, d, DecorationEvent.SECOND_ACCEPT, "复验通过" + (f"（{note.strip()}）" if note.strip() else ""))
        d.second_inspected_on, d.second_inspected_by, d.second_note = today, actor.display_name, note.strip()
        uow.commit()


@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def refund_deposit(ctx: Context, actor: Actor, decoration_id: int, deductions: list[Deduction],
                   money: DepositMoney = CASH) -> Decimal:
    """退押金: the deposit less deductions, each with its reason; the record keeps them. What is given
    back is paid out of the clerk's drawer by `money`."""
    actor.require(REFUND)
    with ctx.uow() as uow:
        d = _get(uow, decoration_id)
        rules.next_state(d.state, DecorationEvent.REFUND)  # refused before a number is taken
        amount, explained = _give_back(uow, ctx, actor, d, deductions, money)
        _move(uow, ctx, actor, d, DecorationEvent.REFUND,
              f"退押金 {amount:.2f} 元（押金退还单 {d.refund_no}，押金 {d.deposit:.2f} 元"
              + (f"，扣：{explained}" if explained else "，无扣款") + "）",
              {"refund": amount, "deductions": explained, "refund_no": d.refund_no})
        uow.commit()
        return amount


@changes(Change.ROUNDS, Change.UNITS, Change.CHRONICLE)
def terminate(ctx: Context, actor: Actor, decoration_id: int, reason: str, deductions: list[Deduction],
              money: DepositMoney = CASH) -> Decimal:
    """终止装修: works stopped (停工) and never to resume — the owner gave up, or the centre ended
    them — settled by the supervisor with the reason: the deposit refunded less the deductions
    (all of it kept when they take the whole deposit) on a 押金退还单, as 退押金 does after an
    acceptance; the unit goes back to its state before the works. What is given back leaves the
    clerk's drawer by `money`."""
    actor.require(REFUND)
    reason = require_text(reason, "终止原因")
    with ctx.uow() as uow:
        d = _get(uow, decoration_id)
        rules.next_state(d.state, DecorationEvent.TERMINATE)  # only a stopped one, refused before any write
        amount, explained = _give_back(uow, ctx, actor, d, deductions, money) if d.deposit else (Decimal("0.00"), "")
        settled = (f"；退押金 {amount:.2f} 元（押金退还单 {d.refund_no}，押金 {d.deposit:.2f} 元"
                   + (f"，扣：{explained}" if explained else "，无扣款") + "）") if d.deposit else "；无押金"
        # its 整改通知书 still open end with it (the site is no longer worked: no 整改 to wait for, and
        # `deskapp check` finds an open notice of works not under way), saying so on each
        ended = [r for r in uow.rounds.rectifications_of(d.id) if r.rectified_at is None]
        for r in ended:
            r.rectified_at, r.rectified_by = ctx.clock.now(), actor.display_name
            r.rectified_note = f"未整改，随装修终止结案：{reason}"
        closed = f"；整改通知书 {'、'.join(r.number for r in ended)} 随之结案（未整改）" if ended else ""
        _move(uow, ctx, actor, d, DecorationEvent.TERMINATE, f"终止装修：{reason}{settled}{closed}",
              {"reason": reason, "refund": amount, "deductions": explained, "refund_no": d.refund_no,
               "rectifications_closed": [r.number for r in ended]})
        d.end_reason = reason
        _unit_back(uow, ctx, actor, d, f"装修 {d.number} 终止")
        uow.commit()
        return amount


def _give_back(uow: UnitOfWork, ctx: Context, actor: Actor, d: Decoration, deductions: list[Deduction],
               money: DepositMoney) -> tuple[Decimal, str]:
    """The deposit given back less the deductions, on a 押金退还单 (TK) of its own number: the
    record keeps them, and the ledger gets 退还 of the amount and 没收 of the deductions (refused
    if the ledger refunded it already). Returns the amount and the deductions in words."""
    amount = rules.refund(d.deposit, deductions)
    explained = "；".join(f"{x.reason.strip()} {Decimal(x.amount):.2f} 元" for x in deductions)
    year = ctx.clock.now().year  # the clock's own zone: the centre's year
    d.refund_no = f"TK{year}-{c.next_number(uow.session, 'TK', year):04d}"  # the 押金退还单's own series
    for x in deductions:
        uow.rounds.add(DecorationDeduction(decoration_id=d.id, reason=x.reason.strip(), amount=Decimal(x.amount)))
    d.refund_amount, d.refunded_at, d.refunded_by = amount, ctx.clock.now(), actor.display_name
    source = f"decoration:{d.id}"
    billing_deposits.settle(uow.session, ctx, actor, source, EntryKind.REFUNDED, amount, f"押金退还单 {d.refund_no}",
                            money)
    billing_deposits.settle(uow.session, ctx, actor, source, EntryKind.FORFEITED, d.deposit - amount,
                            f"装修扣款：{explained}")
    return amount, explained


@hooks.register(hooks.Hook.DEPOSIT_GIVEN_BACK_BY)
def _deposit_given_back_by(session: Session, ctx: Context, source: str) -> list[str]:
    """A decoration not closed: its deposit is given back, less the deductions, by its own refund
    once the second inspection has passed, or when stopped works end for good (terminated); a
    refund or forfeit from the deposits ledger would leave that step nothing."""
    decoration_id = hooks.source_id(source, "decoration")
    d = RoundsRepository(session).decoration(decoration_id) if decoration_id is not None else None
    if d is None or d.state in DEPOSIT_SETTLED or not d.deposit:
        return []
    said = (f"装修 {d.number} 为“{d.state.value}”，尚未退押金：押金在复验通过后退押金时退还或扣款"
            f"（楼宇管家 ▸ 装修申请 ▸ 退押金…，押金退还单）")
    if d.state is DecorationState.STOPPED:
        said += "；不再复工的，由主管终止装修，退还或扣下押金（楼宇管家 ▸ 装修申请 ▸ 终止装修…）"
    return [said]


# ----------------------------------------------------------------- reading

def decoration_register(ctx: Context, actor: Actor, f: DecorationFilter, *, sort: str = "applied_at",
                        descending: bool = True, offset: int = 0, limit: int = 200,
                        total: int | None = None) -> Page[DecorationRow]:
    return ctx.read(actor, c.VIEW, q.decoration_register, f, sort=sort, descending=descending, offset=offset,
                    limit=limit, total=total)


def detail(ctx: Context, actor: Actor, decoration_id: int) -> DecorationDetail:
    actor.require(c.VIEW)
    full = _may_see_ids(actor)
    with ctx.reader() as uow:
        d = _get(uow, decoration_id)
        code = uow.registry.unit(d.unit_id).code
        checks = uow.rounds.checks_of(d.id, newest_first=True)
        rects = uow.rounds.rectifications_of(d.id)
        exts = uow.rounds.extensions_of(d.id)
        deds = uow.rounds.deductions_of(d.id)
        insp = uow.rounds.inspections_of(d.id)
        tz = ctx.clock.now().tzinfo
        return DecorationDetail(
            id=d.id, number=d.number, unit_id=d.unit_id, unit_code=code, state=d.state, owner_name=d.owner_name,
            owner_phone=mask_phone(d.owner_phone), company=d.company, leader=d.leader,
            leader_phone=mask_phone(d.leader_phone), licence=d.licence,
            works=tuple(w for w in d.works.split("、") if w), starts_on=d.starts_on, ends_on=d.ends_on,
            deposit=d.deposit, fees=d.fees, note=d.note, applied_at=local(d.applied_at, tz), applied_by=d.applied_by,
            decided_by=d.decided_by, power_requested_at=local(d.power_requested_at, tz),
            power_done_at=local(d.power_done_at, tz), stop_reason=d.stop_reason,
            first_inspected_on=d.first_inspected_on, second_due_on=d.second_due_on,
            second_inspected_on=d.second_inspected_on, refund_amount=d.refund_amount,
            workers=[WorkerView(w.name, w.id_number if full else mask_id_number(w.id_number),
                                w.phone if full else mask_phone(w.phone), w.pass_no) for w in d.workers],
            checks=[_check_view(ctx, k) for k in checks], rectifications=[_rect_view(ctx, r, code) for r in rects],
            extensions=[(e.old_end, e.new_end, e.reason, e.by) for e in exts],
            deductions=[Deduction(x.reason, x.amount) for x in deds], permit_no=d.permit_no,
            decided_at=local(d.decided_at, tz), refund_no=d.refund_no, refunded_at=local(d.refunded_at, tz),
            refunded_by=d.refunded_by, end_reason=d.end_reason or "",
            inspections=tuple(InspectionView(i.stage, i.day, i.by, i.passed,
                                             tuple(x for x in i.failed_items.split("、") if x), i.issues, i.next_on)
                              for i in insp))


def for_unit(ctx: Context, actor: Actor, unit_id: int) -> list[DecorationRow]:
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        return q.decoration_register(uow.session, DecorationFilter(unit_id=unit_id), limit=50).rows


def check_items(ctx: Context) -> list[str]:
    return list(c.setting(ctx, c.CHECK_ITEMS))


def works_list(ctx: Context) -> list[str]:
    return list(c.setting(ctx, c.WORKS))


# ----------------------------------------------------------------- printing

def rectification_pdf(ctx: Context, actor: Actor, rectification_id: int) -> bytes:
    """整改通知书 for the owner and the contractor."""
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        r = found(uow.rounds.rectification(rectification_id), f"整改通知书（编号 {rectification_id}）不存在")
        d = _get(uow, r.decoration_id)
        code = uow.registry.unit(d.unit_id).code
        tz = ctx.clock.now().tzinfo
        issued = local(r.issued_at, tz).date()
        outcome = ""
        if r.rectified_at is not None:
            outcome = (f"已整改（{local(r.rectified_at, tz):%Y-%m-%d}，复查人 {r.rectified_by}）"
                       + (f"：{r.rectified_note}" if r.rectified_note else ""))
        elif r.escalated_at is not None:
            outcome = f"逾期未整改，已于 {local(r.escalated_at, tz):%Y-%m-%d} 上报客服主管"
        data = doc.NoticeDoc(
            title="整改通知书", number=r.number, centre=uow.registry.centre().name, unit_code=code, owner=d.owner_name,
            company=d.company, leader=d.leader, permit=d.permit_no or d.number, found_on=issued,
            items=r.items, description=r.description, deadline=r.deadline, inspector=r.issued_by,
            issued_on=issued, printed_on=ctx.clock.today(), outcome=outcome)
    return doc.notice_pdf(data)


def stop_notice_pdf(ctx: Context, actor: Actor, decoration_id: int) -> bytes:
    """停工通知书 after a stop."""
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        d = _get(uow, decoration_id)
        if d.stopped_at is None:
            raise Conflict(f"装修 {d.number} 未停工")
        code = uow.registry.unit(d.unit_id).code
        stops = uow.rounds.stops_of(d.id)
        st = stops[-1] if stops else None
        # A stop recorded before stops had their own numbers has no number and no inspector on record.
        number, inspector = (st.number, st.by) if st else ("（未编号）", "（未记录）")
        day = local(d.stopped_at, ctx.clock.now().tzinfo).date()
        data = doc.NoticeDoc(
            title="停工通知书", number=number, centre=uow.registry.centre().name, unit_code=code, owner=d.owner_name,
            company=d.company, leader=d.leader, permit=d.permit_no or d.number, found_on=day,
            items="停工", description=d.stop_reason, deadline=None, inspector=inspector,
            issued_on=day, printed_on=ctx.clock.today())
    return doc.notice_pdf(data)


def permit_pdf(ctx: Context, actor: Actor, decoration_id: int) -> bytes:
    """装修许可证 with the workers' passes (出入证), IDs and the owner's phone masked (it hangs at
    the site's door); dated by its approval."""
    actor.require(c.VIEW)
    det = detail(ctx, actor, decoration_id)
    if det.state in (DecorationState.APPLIED, DecorationState.REJECTED):
        raise Conflict(f"装修 {det.number} 尚未审批通过，不能打印装修许可证")
    with ctx.reader() as uow:
        centre = uow.registry.centre().name
    return doc.permit_pdf(doc.PermitDoc(
        centre=centre, number=det.number, permit_no=det.permit_no, unit_code=det.unit_code, owner=det.owner_name,
        owner_phone=det.owner_phone, company=det.company, licence=det.licence, leader=det.leader,
        leader_phone=det.leader_phone, works="、".join(det.works), starts_on=det.starts_on, ends_on=det.ends_on,
        deposit=det.deposit, fees=det.fees,
        workers=[(w.pass_no, w.name, mask_id_number(w.id_number)) for w in det.workers],  # a pass is public
        applied_on=det.applied_at.date(), approved_on=det.decided_at.date(), approver=det.decided_by,
        printed_on=ctx.clock.today()))
