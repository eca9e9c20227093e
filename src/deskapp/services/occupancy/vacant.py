"""空置房巡查: the vacant units with their last check, what the checklist shows from the keys and
reception areas, recording a check (findings become repair orders or owner notices), a unit's checks."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from deskapp.contracts.occupancy import CheckRow, VacantRow
from deskapp.domain import occupancy as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import ValidationError, found
from deskapp.domain.occupancy import CheckLine, FindingAction
from deskapp.domain.reception import NoticeTarget
from deskapp.domain.units import UnitState
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.occupancy._common import CHECK, VIEW, cadence
from deskapp.services.reception import create_repair_order_in
from deskapp.services.reception.notices import create_notice_in
from deskapp.services.registry.chronicle import chronicle
from deskapp.store.models.occupancy import VacantCheck, VacantCheckItem
from deskapp.store.queries import occupancy as q
from deskapp.store.uow import Session

SOURCE = "空置房巡查"


@dataclass(frozen=True)
class CheckFacts:
    """What the check form shows, not typed: the unit, its keys in custody, mail waiting at reception."""
    unit_id: int
    code: str
    keys_held: str  # "" when the centre holds no key of the unit
    mail_waiting: int
    last_checked: date | None


def vacant_units(ctx: Context, actor: Actor) -> list[VacantRow]:
    actor.require(VIEW)
    today = ctx.clock.today()
    with ctx.reader() as uow:
        every = cadence(uow.session)
        return [VacantRow(i, code, last, rules.is_due(last, today, every)) for i, code, last in q.vacant_units(uow.session)]


def _keys_text(session: Session, unit_id: int) -> str:
    return "、".join(f"{tag}（{where}，{copies} 把）" for tag, where, copies in q.keys_held(session, unit_id))


def check_facts(ctx: Context, actor: Actor, unit_id: int) -> CheckFacts:
    actor.require(CHECK)
    with ctx.reader() as uow:
        u = found(uow.registry.unit(unit_id), "房屋不存在")
        checks = q.checks_of_unit(uow.session, unit_id, limit=1)
        return CheckFacts(u.id, u.code, _keys_text(uow.session, u.id), q.mail_waiting(uow.session, u.id),
                          checks[0].checked_on if checks else None)


def _finding(session: Session, ctx: Context, actor: Actor, code: str, unit_id: int, line: CheckLine) -> VacantCheckItem:
    """The item's row; a finding to repair becomes a repair order, one for the owner a notice to the unit."""
    row = VacantCheckItem(item=line.item, ok=line.ok, note=line.note, action=line.action)
    if line.action is FindingAction.REPAIR:
        row.repair_number = create_repair_order_in(session, ctx, actor, unit_id=unit_id, location="",
                                                   fault=f"{SOURCE}发现：{line.item.value}——{line.note}",
                                                   reported_by=actor.display_name, source=SOURCE)
    elif line.action is FindingAction.NOTICE:
        title, body = rules.finding_notice_text(code, line.item, line.note)
        row.notice_id = create_notice_in(session, ctx, actor, title=title, body=body, target=NoticeTarget.UNITS,
                                         codes=code)
    return row


@changes(Change.OCCUPANCY, Change.RECEPTION, Change.CHRONICLE)
def record_check(ctx: Context, actor: Actor, unit_id: int, checked_on: date, lines: list[CheckLine]) -> int:
    """A vacant unit's check: every item OK or a finding with its note; findings become repair orders or
    owner notices in the same transaction. Refused for a unit not vacant or a day still to come."""
    actor.require(CHECK)
    rules.check_date(checked_on, ctx.clock.today())
    lines = rules.check_lines(lines)
    with ctx.uow() as uow:
        s = uow.session
        u = found(uow.registry.unit(unit_id), "房屋不存在")
        if u.state is not UnitState.VACANT:
            raise ValidationError("房屋", f"{u.code} 的状态是{u.state.value}，不是空置房")
        tags = "、".join(tag for tag, _, _ in q.keys_held(s, u.id))
        c = uow.occupancy.add(VacantCheck(unit_id=u.id, checked_on=checked_on, keys_held=tags,
                                          mail_waiting=q.mail_waiting(s, u.id), created_at=ctx.clock.now(),
                                          created_by=actor.display_name))
        uow.occupancy.flush()
        items = [_finding(s, ctx, actor, u.code, u.id, x) for x in lines]
        for row in items:
            row.check_id = c.id
        uow.occupancy.add_all(items)
        uow.occupancy.flush()
        found_text = findings_text(items)
        audit.record(s, ctx, actor, "occupancy.check", "vacant_check", c.id, unit_id=u.id,
                     summary=f"{u.code} 空置房巡查（{checked_on:%Y-%m-%d}）：{found_text or '各项正常'}",
                     after={"checked_on": checked_on, "items": [[x.item, x.ok, x.note, x.action] for x in lines]})
        chronicle(s, ctx, actor, u.id, ChronicleKind.SERVICE, f"空置房巡查：{found_text or '各项正常'}")
        uow.commit()
        return c.id


def findings_text(items: list[VacantCheckItem]) -> str:
    """The findings in a line, each with the repair order or notice it became."""
    parts = []
    for x in items:
        if x.ok:
            continue
        became = f"（维修单 {x.repair_number}）" if x.repair_number else "（已通知业主）" if x.notice_id else ""
        parts.append(f"{x.item.value}：{x.note}{became}")
    return "；".join(parts)


def unit_checks(ctx: Context, actor: Actor, unit_id: int) -> list[CheckRow]:
    """The unit's last checks, newest first (the unit page's section)."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        u = found(uow.registry.unit(unit_id), "房屋不存在")
        return [CheckRow(c.id, u.code, c.checked_on, c.created_by, findings_text(c.items))
                for c in q.checks_of_unit(uow.session, unit_id)]
