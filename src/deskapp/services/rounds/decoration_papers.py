"""二次装修 paperwork printed from the record: 装修申请表, 二次装修日检表 (blank for the site and
filled), 竣工验收单 (初验 / 复验) and 押金退还单. Reading only; the records they print are written
by services.rounds.decoration."""
from __future__ import annotations

import json

from deskapp.documents.rounds import decoration_papers as doc
from deskapp.domain.decoration import ACCEPTANCE_ITEMS, CheckOutcome, DecorationState, ItemResult
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.local_time import local
from deskapp.domain.permissions import allowed
from deskapp.domain.privacy import mask_phone
from deskapp.services.context import Actor, Context
from deskapp.services.rounds import _common as c
from deskapp.services.rounds import decoration

STAGES = ("初验", "复验")
MARK = {ItemResult.OK: "√", ItemResult.VIOLATION: "×", ItemResult.NA: "—"}  # glyphs the embedded font has


def application_pdf(ctx: Context, actor: Actor, decoration_id: int) -> bytes:
    """装修申请表 as filled at the desk, with the centre's review boxes (审批 filled once decided).
    Phones and ID numbers in full only for the roles that may see them."""
    actor.require(c.VIEW)
    det = decoration.detail(ctx, actor, decoration_id)
    full = allowed(actor.role, c.PERSONAL)
    with ctx.reader() as uow:
        d = uow.rounds.decoration(decoration_id)
        centre = uow.registry.centre().name
        owner_phone, leader_phone = d.owner_phone, d.leader_phone
        if det.state is DecorationState.APPLIED:
            decision = ""  # the supervisor's box stays blank until decided
        elif det.state is DecorationState.REJECTED:
            decision = f"驳回：{d.decision_note}"
        else:
            decision = "审批通过"
    if not full:
        owner_phone, leader_phone = mask_phone(owner_phone), mask_phone(leader_phone)
    return doc.application_pdf(doc.ApplicationDoc(
        centre=centre, number=det.number, unit_code=det.unit_code, owner=det.owner_name, owner_phone=owner_phone,
        company=det.company, licence=det.licence, leader=det.leader, leader_phone=leader_phone,
        starts_on=det.starts_on, ends_on=det.ends_on, works=det.works,
        works_offered=tuple(dict.fromkeys([*decoration.works_list(ctx), *det.works])), deposit=det.deposit,
        fees=det.fees, workers=[(w.name, w.id_number, w.phone) for w in det.workers], note=det.note,
        applied_on=det.applied_at.date(), applied_by=det.applied_by,
        decided_on=det.decided_at.date() if det.decided_at else None, decided_by=det.decided_by,
        decision=decision, printed_on=ctx.clock.today()))


def check_sheet_pdf(ctx: Context, actor: Actor, decoration_id: int, *, blank: bool) -> bytes:
    """二次装修日检表: blank (a row for each day of the works, for the site) or filled from the
    checks recorded, with what was found, the notices issued that day and their outcome."""
    actor.require(c.VIEW)
    det = decoration.detail(ctx, actor, decoration_id)
    if det.state in (DecorationState.APPLIED, DecorationState.REJECTED):
        raise Conflict(f"装修 {det.number} 尚未审批通过，没有日检表")
    items = tuple(decoration.check_items(ctx))
    lines: list[doc.CheckLine] = []
    with ctx.reader() as uow:
        centre = uow.registry.centre().name
        if not blank:
            tz = ctx.clock.now().tzinfo
            checks = uow.rounds.checks_of(decoration_id, newest_first=False)
            rects = uow.rounds.rectifications_of(decoration_id)
            stops = uow.rounds.stops_of(decoration_id)
            for k in checks:
                found = [k.violation_text] if k.violation else []
                numbers = []
                for r in rects:
                    if r.check_id == k.id:
                        numbers.append(f"整改 {r.number}")
                        found.append(f"已整改 {local(r.rectified_at, tz):%m-%d}" if r.rectified_at
                                     else f"限 {r.deadline:%m-%d} 前整改")
                numbers += [f"停工 {st.number}" for st in stops if local(st.at, tz).date() == k.day]
                status = "" if k.outcome is CheckOutcome.CHECKED else k.outcome.value
                lines.append(doc.CheckLine(k.day, {i: MARK[ItemResult(v)] for i, v in json.loads(k.results).items()}, status,
                                           "；".join(x for x in found if x), "、".join(numbers), k.inspector))
            if det.first_inspected_on:
                lines.append(doc.CheckLine(det.first_inspected_on, {}, "完工", "初验通过", "", ""))
    return doc.check_sheet_pdf(doc.CheckSheetDoc(
        **_works(centre, det, items), lines=tuple(lines), printed_on=ctx.clock.today(), blank=blank))


def _works(centre: str, det: decoration.DecorationDetail, items: tuple[str, ...]) -> dict:
    """The doc.WorksDoc fields of a decoration."""
    return dict(centre=centre, permit=det.permit_no or det.number, unit_code=det.unit_code, owner=det.owner_name,
                company=det.company, leader=det.leader, starts_on=det.starts_on, ends_on=det.ends_on, items=items)


def acceptance_pdf(ctx: Context, actor: Actor, decoration_id: int, stage: str) -> bytes:
    """竣工验收单 of the latest 初验 or 复验 recorded (passed or not)."""
    actor.require(c.VIEW)
    if stage not in STAGES:
        raise ValidationError("验收类别", "只能是初验或复验")
    det = decoration.detail(ctx, actor, decoration_id)
    done = [i for i in det.inspections if i.stage == stage]
    if not done:
        raise Conflict(f"装修 {det.number} 尚未{stage}，没有验收单可打印")
    i = done[-1]
    with ctx.reader() as uow:
        centre = uow.registry.centre().name
    if not i.passed:
        next_label = "再次验收日期"
    elif stage == "初验":
        next_label = "复验日期"
    else:
        next_label = "下次验收"  # none: a passed 复验 ends the works ("—")
    return doc.acceptance_pdf(doc.AcceptanceDoc(
        **_works(centre, det, ACCEPTANCE_ITEMS), stage=stage, failed=i.failed_items, passed=i.passed, issues=i.issues, next_label=next_label,
        next_on=i.next_on, inspected_on=i.day, inspector=i.by, printed_on=ctx.clock.today()))


def refund_pdf(ctx: Context, actor: Actor, decoration_id: int) -> bytes:
    """押金退还单 of the refund recorded: deposit, each deduction, the amount refunded in figures and 大写."""
    actor.require(c.VIEW)
    det = decoration.detail(ctx, actor, decoration_id)
    if det.refund_amount is None or det.refunded_at is None:
        raise Conflict(f"装修 {det.number} 尚未退押金")
    with ctx.reader() as uow:
        centre = uow.registry.centre().name
    return doc.refund_pdf(doc.RefundDoc(
        centre=centre, number=det.refund_no or "（未编号）", permit=det.permit_no or det.number,
        unit_code=det.unit_code, owner=det.owner_name, company=det.company, deposit=det.deposit,
        deductions=[(x.reason, x.amount) for x in det.deductions], refund=det.refund_amount,
        first_on=det.first_inspected_on, second_on=det.second_inspected_on, refunded_on=det.refunded_at.date(),
        refunded_by=det.refunded_by, printed_on=ctx.clock.today(), end_reason=det.end_reason))
