"""物品放行条: the clerk issues a two-part slip after the owner's confirmation; the gate's part
comes back and is marked returned; a mistaken slip is voided with its reason, never deleted."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.documents.rounds import release as doc
from deskapp.domain import rounds as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, NotFound, ValidationError
from deskapp.domain.people import Authority, Relation, authority_in_force, check_name
from deskapp.domain.permissions import DESK, allowed, define
from deskapp.domain.privacy import mask_id_number, mask_phone
from deskapp.domain.rounds import ConfirmerRelation, ReleaseInput, ReleaseKind
from deskapp.domain.transfer import grantor_still_owner
from deskapp.services import audit, hooks
from deskapp.services.registry import files as registry
from deskapp.services.context import Actor, Context
from deskapp.services.rounds import _common as c
from deskapp.store.models.registry import Person, Unit, UnitPerson
from deskapp.store.models.rounds import ReleaseSlip, ReleaseSlipItem
from deskapp.store.queries import rounds as q
from deskapp.contracts.paging import Page
from deskapp.services.changes import Change, changes

ISSUE = define("rounds.release.issue", "开具物品放行条", DESK)
RETURN = define("rounds.release.return", "登记放行联交回", DESK)
VOID = define("rounds.release.void", "作废物品放行条", DESK)


@dataclass(frozen=True)
class SlipView:
    id: int
    number: str
    unit_id: int
    unit_code: str
    kind: ReleaseKind
    applicant: str
    company: str
    id_number: str  # masked unless the role may see it
    phone: str
    plate: str
    items: list[tuple[str, int, str]]
    valid_from: datetime
    valid_until: datetime
    confirmed_by: str
    confirmer_relation: str
    confirm_method: str
    confirmed_at: datetime
    issued_at: datetime
    issued_by: str
    returned_at: datetime | None
    returned_by: str
    voided_at: datetime | None
    void_reason: str
    note: str
    overdue: bool


@dataclass(frozen=True)
class Confirmer:
    name: str
    relation: ConfirmerRelation
    phone: str  # masked


def confirmers(ctx: Context, actor: Actor, unit_id: int) -> list[Confirmer]:
    """Who may confirm a release for the unit: its current owners and the persons authorised
    for 物品放行确认."""
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        return _confirmers(uow.session, unit_id, ctx.clock.today())


def _confirmers(session: Session, unit_id: int, on: date) -> list[Confirmer]:
    return [x for x, lapsed in _confirmer_rows(session, unit_id, on) if not lapsed]


def _confirmer_rows(session: Session, unit_id: int, on: date) -> list[tuple[Confirmer, str]]:
    """Owners and persons authorised for 物品放行确认 whose authorisation is in force on `on`,
    each with the former owner who gave the authority when that person is no longer an owner
    (产权变更): such an authority is refused."""
    rows = session.execute(
        select(Person.name, Person.phone, UnitPerson.relation, UnitPerson.authorities, UnitPerson.authority_until,
               UnitPerson.granted_by, UnitPerson.person_id)
        .join(Person, Person.id == UnitPerson.person_id)
        .where(UnitPerson.unit_id == unit_id, UnitPerson.until.is_(None),
               UnitPerson.relation.in_([Relation.OWNER, Relation.AUTHORISED]))
        .order_by(UnitPerson.relation, UnitPerson.id)
    ).all()
    owners = {r.person_id for r in rows if r.relation is Relation.OWNER}
    out = []
    for name, phone, rel, auth, auth_until, granted_by, _pid in rows:
        if rel is Relation.OWNER:
            out.append((Confirmer(name, ConfirmerRelation.OWNER, mask_phone(phone)), ""))
        elif Authority.RELEASE.name in (auth or "").split(",") and authority_in_force(auth_until, on):
            lapsed = ""
            if not grantor_still_owner(granted_by, owners):
                lapsed = session.get(Person, granted_by).name
            out.append((Confirmer(name, ConfirmerRelation.AUTHORISED, mask_phone(phone)), lapsed))
    return out


def warnings(ctx: Context, actor: Actor, unit_id: int) -> list[str]:
    """What other areas say about the unit before items leave (arrears...)."""
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        return [str(w) for w in hooks.collect(hooks.Hook.UNIT_WARNINGS, uow.session, ctx, unit_id)]


@changes(Change.ROUNDS, Change.CHRONICLE)
def issue(ctx: Context, actor: Actor, data: ReleaseInput) -> SlipView:
    actor.require(ISSUE)
    now = ctx.clock.now()
    data = rules.validate_release(data, now)
    with ctx.uow() as uow:
        s = uow.session
        unit = c.unit_or_404(s, data.unit_id)
        conf = data.confirmation
        rows = [(x, lapsed) for x, lapsed in _confirmer_rows(s, unit.id, now.date()) if x.relation is conf.relation]
        for x, lapsed in rows:
            if lapsed and x.name == conf.name:
                raise ValidationError("确认人", f"{conf.name} 的授权是原业主 {lapsed} 给的，{lapsed} 已不是业主"
                                              f"（产权已变更），不能确认放行；请由现业主确认")
        allowed_people = [x for x, lapsed in rows if not lapsed]
        if conf.name not in {x.name for x in allowed_people}:
            who = "、".join(x.name for x in allowed_people) or "（未登记）"
            raise ValidationError("确认人", f"{conf.name} 不是 {unit.code} 登记的{conf.relation.value}"
                                          f"（{conf.relation.value}：{who}）")
        if data.kind is ReleaseKind.TENANT_OUT:
            found = [str(w) for w in hooks.collect(hooks.Hook.UNIT_WARNINGS, s, ctx, unit.id)]
            if found:
                raise Conflict(f"{unit.code} 租户搬离须先结清：" + "；".join(found))
        year = now.year
        seq = c.next_number(s, "FX", year)
        number = rules.slip_number(year, seq)
        slip = ReleaseSlip(
            year=year, seq=seq, number=number, unit_id=unit.id, kind=data.kind, applicant=data.applicant,
            company=data.company, id_number=data.id_number, phone=data.phone, plate=data.plate,
            valid_from=data.valid_from, valid_until=data.valid_until, confirmed_by=conf.name,
            confirmer_relation=conf.relation, confirm_method=conf.method, confirmed_at=conf.at, note=data.note,
            issued_at=now, issued_by=actor.display_name)
        s.add(slip)
        s.flush()
        for it in data.items:
            s.add(ReleaseSlipItem(slip_id=slip.id, name=it.name, quantity=it.quantity, unit=it.unit))
        items_text = "、".join(f"{it.name}×{it.quantity}{it.unit}" for it in data.items)
        audit.record(s, ctx, actor, "rounds.release.issue", "release_slip", slip.id, unit_id=unit.id,
                     summary=f"{unit.code} 物品放行条 {number}：{data.applicant} {items_text}",
                     after={"number": number, "kind": data.kind, "applicant": data.applicant,
                            "id_number": mask_id_number(data.id_number), "items": items_text,
                            "confirmed_by": conf.name, "method": conf.method})
        registry.chronicle(s, ctx, actor, unit.id, ChronicleKind.SERVICE,
                           f"物品放行条 {number}（{data.kind.value}）：{items_text}，"
                           f"{conf.relation.value}{conf.name}{conf.method.value}确认")
        s.flush()
        view = _view(ctx, actor, slip, unit.code)
        uow.commit()
        return view


@changes(Change.ROUNDS)
def mark_returned(ctx: Context, actor: Actor, slip_id: int, guard: str, at: datetime | None = None) -> None:
    actor.require(RETURN)
    guard = check_name(guard, "门岗")
    with ctx.uow() as uow:
        s = uow.session
        slip = _get(s, slip_id)
        if slip.voided_at is not None:
            raise Conflict(f"放行条 {slip.number} 已作废")
        if slip.returned_at is not None:
            raise Conflict(f"放行条 {slip.number} 的放行联已于 {c.text_at(ctx, slip.returned_at)} 交回")
        when = at or ctx.clock.now()
        if when < slip.issued_at:
            raise ValidationError("交回时间", "不能早于开具时间")
        slip.returned_at, slip.returned_by, slip.returned_recorded_by = when, guard, actor.display_name
        code = s.get(Unit, slip.unit_id).code
        audit.record(s, ctx, actor, "rounds.release.return", "release_slip", slip.id, unit_id=slip.unit_id,
                     summary=f"{code} 放行条 {slip.number} 放行联交回（门岗 {guard}）",
                     before={"returned": False}, after={"returned": True, "guard": guard, "at": when})
        uow.commit()


@changes(Change.ROUNDS, Change.CHRONICLE)
def void(ctx: Context, actor: Actor, slip_id: int, reason: str) -> None:
    actor.require(VOID)
    if not reason.strip():
        raise ValidationError("作废原因", "不能为空")
    with ctx.uow() as uow:
        s = uow.session
        slip = _get(s, slip_id)
        if slip.voided_at is not None:
            raise Conflict(f"放行条 {slip.number} 已作废")
        if slip.returned_at is not None:
            raise Conflict(f"放行条 {slip.number} 已放行并交回，不能作废")
        slip.voided_at, slip.voided_by, slip.void_reason = ctx.clock.now(), actor.display_name, reason.strip()
        code = s.get(Unit, slip.unit_id).code
        audit.record(s, ctx, actor, "rounds.release.void", "release_slip", slip.id, unit_id=slip.unit_id,
                     summary=f"{code} 放行条 {slip.number} 作废：{reason.strip()}",
                     before={"voided": False}, after={"voided": True, "reason": reason.strip()})
        registry.chronicle(s, ctx, actor, slip.unit_id, ChronicleKind.SERVICE,
                           f"物品放行条 {slip.number} 作废：{reason.strip()}")
        uow.commit()


def _get(session: Session, slip_id: int) -> ReleaseSlip:
    slip = session.get(ReleaseSlip, slip_id)
    if slip is None:
        raise NotFound(f"放行条（编号 {slip_id}）不存在")
    return slip


def _view(ctx: Context, actor: Actor, slip: ReleaseSlip, code: str, days: int = 1) -> SlipView:
    full = allowed(actor.role, c.PERSONAL)
    return SlipView(
        slip.id, slip.number, slip.unit_id, code, slip.kind, slip.applicant, slip.company,
        slip.id_number if full else mask_id_number(slip.id_number), slip.phone if full else mask_phone(slip.phone),
        slip.plate, [(i.name, i.quantity, i.unit) for i in slip.items], c.local(ctx, slip.valid_from),
        c.local(ctx, slip.valid_until), slip.confirmed_by, slip.confirmer_relation.value, slip.confirm_method.value,
        c.local(ctx, slip.confirmed_at), c.local(ctx, slip.issued_at), slip.issued_by, c.local(ctx, slip.returned_at),
        slip.returned_by, c.local(ctx, slip.voided_at), slip.void_reason, slip.note,
        rules.unreturned_too_long(slip.issued_at, slip.returned_at is not None, slip.voided_at is not None,
                                  ctx.clock.now(), days))


def slip(ctx: Context, actor: Actor, slip_id: int) -> SlipView:
    actor.require(c.VIEW)
    days = int(c.setting(ctx, c.UNRETURNED_DAYS))
    with ctx.reader() as uow:
        s = uow.session
        row = _get(s, slip_id)
        return _view(ctx, actor, row, s.get(Unit, row.unit_id).code, days)


def find(ctx: Context, actor: Actor, number: str) -> SlipView:
    """By the number read from the slip (or scanned from its QR code)."""
    actor.require(c.VIEW)
    year, seq = rules.parse_slip_number(number)
    days = int(c.setting(ctx, c.UNRETURNED_DAYS))
    with ctx.reader() as uow:
        s = uow.session
        row = s.execute(select(ReleaseSlip).where(ReleaseSlip.year == year, ReleaseSlip.seq == seq)).scalar()
        if row is None:
            raise NotFound(f"放行条 {number.strip().upper()} 不存在")
        return _view(ctx, actor, row, s.get(Unit, row.unit_id).code, days)


def slip_register(ctx: Context, actor: Actor, f: q.SlipFilter, *, sort: str = "number", descending: bool = True,
                  offset: int = 0, limit: int = 200, total: int | None = None) -> Page[q.SlipRow]:
    actor.require(c.VIEW)
    days = int(c.setting(ctx, c.UNRETURNED_DAYS))
    with ctx.reader() as uow:
        return q.slip_register(uow.session, f, ctx.clock.now(), days, sort=sort, descending=descending,
                               offset=offset, limit=limit, total=total)


def slip_pdf(ctx: Context, actor: Actor, slip_id: int) -> bytes:
    """Two parts on one A4 page: 存根 (kept) and 放行联 (to the gate), same number and QR code.
    The gate's part always masks the ID number; the stub shows it in full only to a role
    that may see it, and that printing is audited."""
    actor.require(c.VIEW)
    full = allowed(actor.role, c.PERSONAL)
    with ctx.uow() as uow:
        s = uow.session
        row = _get(s, slip_id)
        code = s.get(Unit, row.unit_id).code
        data = doc.SlipDoc(
            centre=c.centre_name(s), number=row.number, unit_code=code, kind=row.kind.value, applicant=row.applicant,
            company=row.company, id_stub=row.id_number if full else mask_id_number(row.id_number),
            id_gate=mask_id_number(row.id_number), phone_stub=row.phone if full else mask_phone(row.phone),
            phone_gate=mask_phone(row.phone), plate=row.plate,
            items=[(i.name, i.quantity, i.unit) for i in row.items],
            valid_from=c.local(ctx, row.valid_from), valid_until=c.local(ctx, row.valid_until),
            confirmed_by=row.confirmed_by, confirmer_relation=row.confirmer_relation.value,
            confirm_method=row.confirm_method.value, confirmed_at=c.local(ctx, row.confirmed_at),
            clerk=row.issued_by, issued_at=c.local(ctx, row.issued_at), note=row.note,
            voided=row.voided_at is not None, void_reason=row.void_reason)
        if full:
            audit.record(s, ctx, actor, "rounds.release.print_unmasked", "release_slip", row.id, unit_id=row.unit_id,
                         summary=f"{code} 打印放行条 {row.number} 存根（完整证件号）", after={"unmasked": True})
            uow.commit()
    return doc.slip_pdf(data)
