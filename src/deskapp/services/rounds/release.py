"""物品放行条: the clerk issues a two-part slip after the owner's confirmation; the gate's part
comes back and is marked returned; a mistaken slip is voided with its reason, never deleted."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from deskapp.documents.rounds import release as doc
from deskapp.domain import rounds as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.local_time import local, local_text
from deskapp.domain.people import Authority, Relation, authority_in_force, check_name
from deskapp.domain.permissions import DESK, allowed, define
from deskapp.domain.privacy import mask_id_number, mask_phone
from deskapp.domain.rounds import ConfirmerRelation, ReleaseInput, ReleaseKind
from deskapp.domain.transfer import grantor_still_owner
from deskapp.domain.text import require_text
from deskapp.services import audit, hooks
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.context import Actor, Context
from deskapp.services.rounds import _common as c
from deskapp.services.changes import Change, changes
from deskapp.store.models.rounds import ReleaseSlip, ReleaseSlipItem
from deskapp.store.queries import rounds as q
from deskapp.store.uow import UnitOfWork
from deskapp.contracts.paging import Page
from deskapp.contracts.rounds import SlipFilter, SlipRow

ISSUE = define("rounds.release.issue", "开具物品放行条", DESK)
RETURN = define("rounds.release.return", "登记放行联交回", DESK)
VOID = define("rounds.release.void", "作废物品放行条", DESK)


@dataclass(frozen=True)
class SlipView(doc.SlipPass):
    id: int
    number: str
    unit_id: int
    unit_code: str
    kind: ReleaseKind
    applicant: str
    company: str
    id_number: str  # masked unless the role may see it
    phone: str
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
        return [x for x, lapsed in _confirmer_rows(uow, unit_id, ctx.clock.today()) if not lapsed]


def _confirmer_rows(uow: UnitOfWork, unit_id: int, on: date) -> list[tuple[Confirmer, str]]:
    """Owners and persons authorised for 物品放行确认 whose authorisation is in force on `on`,
    each with the former owner who gave the authority when that person is no longer an owner
    (产权变更): such an authority is refused."""
    rows = q.confirmer_candidates(uow.session, unit_id)
    owners = {r.person_id for r in rows if r.relation is Relation.OWNER}
    out = []
    for r in rows:
        if r.relation is Relation.OWNER:
            out.append((Confirmer(r.name, ConfirmerRelation.OWNER, mask_phone(r.phone)), ""))
        elif Authority.RELEASE.name in (r.authorities or "").split(",") and authority_in_force(r.authority_until, on):
            lapsed = ""
            if not grantor_still_owner(r.granted_by, owners):
                lapsed = uow.registry.person(r.granted_by).name
            out.append((Confirmer(r.name, ConfirmerRelation.AUTHORISED, mask_phone(r.phone)), lapsed))
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
        s = uow.session  # for the hook call below, whose line the typed-hooks change owns
        unit = c.unit_or_404(uow, data.unit_id)
        conf = data.confirmation
        rows = [(x, lapsed) for x, lapsed in _confirmer_rows(uow, unit.id, now.date()) if x.relation is conf.relation]
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
        seq = c.next_number(uow.session, "FX", year)
        number = rules.slip_number(year, seq)
        slip = ReleaseSlip(
            year=year, seq=seq, number=number, unit_id=unit.id, kind=data.kind, applicant=data.applicant,
            company=data.company, id_number=data.id_number, phone=data.phone, plate=data.plate,
            valid_from=data.valid_from, valid_until=data.valid_until, confirmed_by=conf.name,
            confirmer_relation=conf.relation, confirm_method=conf.method, confirmed_at=conf.at, note=data.note,
            issued_at=now, issued_by=actor.display_name)
        uow.rounds.add(slip)
        uow.rounds.flush()
        for it in data.items:
            uow.rounds.add(ReleaseSlipItem(slip_id=slip.id, name=it.name, quantity=it.quantity, unit=it.unit))
        items_text = "、".join(f"{it.name}×{it.quantity}{it.unit}" for it in data.items)
        audit.record(uow.session, ctx, actor, "rounds.release.issue", "release_slip", slip.id, unit_id=unit.id,
                     summary=f"{unit.code} 物品放行条 {number}：{data.applicant} {items_text}",
                     after={"number": number, "kind": data.kind, "applicant": data.applicant,
                            "id_number": mask_id_number(data.id_number), "items": items_text,
                            "confirmed_by": conf.name, "method": conf.method})
        registry_chronicle.chronicle(uow.session, ctx, actor, unit.id, ChronicleKind.SERVICE,
                           f"物品放行条 {number}（{data.kind.value}）：{items_text}，"
                           f"{conf.relation.value}{conf.name}{conf.method.value}确认")
        uow.rounds.flush()
        view = _view(ctx, actor, slip, unit.code)
        uow.commit()
        return view


@changes(Change.ROUNDS)
def mark_returned(ctx: Context, actor: Actor, slip_id: int, guard: str, at: datetime | None = None) -> None:
    actor.require(RETURN)
    guard = check_name(guard, "门岗")
    with ctx.uow() as uow:
        slip = _returnable(uow, ctx, slip_id)
        when = at or ctx.clock.now()
        if when < slip.issued_at:
            raise ValidationError("交回时间", "不能早于开具时间")
        slip.returned_at, slip.returned_by, slip.returned_recorded_by = when, guard, actor.display_name
        code = uow.registry.unit(slip.unit_id).code
        audit.record(uow.session, ctx, actor, "rounds.release.return", "release_slip", slip.id, unit_id=slip.unit_id,
                     summary=f"{code} 放行条 {slip.number} 放行联交回（门岗 {guard}）",
                     before={"returned": False}, after={"returned": True, "guard": guard, "at": when})
        uow.commit()


@changes(Change.ROUNDS, Change.CHRONICLE)
def void(ctx: Context, actor: Actor, slip_id: int, reason: str) -> None:
    actor.require(VOID)
    require_text(reason, "作废原因")
    with ctx.uow() as uow:
        slip = _voidable(uow, slip_id)
        slip.voided_at, slip.voided_by, slip.void_reason = ctx.clock.now(), actor.display_name, reason.strip()
        code = uow.registry.unit(slip.unit_id).code
        audit.record(uow.session, ctx, actor, "rounds.release.void", "release_slip", slip.id, unit_id=slip.unit_id,
                     summary=f"{code} 放行条 {slip.number} 作废：{reason.strip()}",
                     before={"voided": False}, after={"voided": True, "reason": reason.strip()})
        registry_chronicle.chronicle(uow.session, ctx, actor, slip.unit_id, ChronicleKind.SERVICE,
                           f"物品放行条 {slip.number} 作废：{reason.strip()}")
        uow.commit()


def _returnable(uow: UnitOfWork, ctx: Context, slip_id: int) -> ReleaseSlip:
    slip = _unvoided(uow, slip_id)
    if slip.returned_at is not None:
        raise Conflict(f"放行条 {slip.number} 的放行联已于 {local_text(slip.returned_at, tz=ctx.clock.now().tzinfo)} 交回")
    return slip


def _voidable(uow: UnitOfWork, slip_id: int) -> ReleaseSlip:
    slip = _unvoided(uow, slip_id)
    if slip.returned_at is not None:
        raise Conflict(f"放行条 {slip.number} 已放行并交回，不能作废")
    return slip


def check_returnable(ctx: Context, actor: Actor, slip_id: int) -> None:
    """放行联交回… refuses before the guard's name is asked for: a slip voided or handed back already
    is said at once."""
    actor.require(RETURN)
    with ctx.reader() as uow:
        _returnable(uow, ctx, slip_id)


def check_voidable(ctx: Context, actor: Actor, slip_id: int) -> None:
    """作废… refuses before the reason is asked for: a slip voided or handed back already is said at once."""
    actor.require(VOID)
    with ctx.reader() as uow:
        _voidable(uow, slip_id)


def _get(uow: UnitOfWork, slip_id: int) -> ReleaseSlip:
    return found(uow.rounds.slip(slip_id), f"放行条（编号 {slip_id}）不存在")


def _unvoided(uow: UnitOfWork, slip_id: int) -> ReleaseSlip:
    """A slip that may still be acted on: a voided one is neither returned nor voided again."""
    slip = _get(uow, slip_id)
    if slip.voided_at is not None:
        raise Conflict(f"放行条 {slip.number} 已作废")
    return slip


def _pass(slip: ReleaseSlip, tz: tzinfo | None) -> dict:
    """The doc.SlipPass fields of a slip, in the centre's time."""
    return dict(plate=slip.plate, items=[(i.name, i.quantity, i.unit) for i in slip.items],
                valid_from=local(slip.valid_from, tz), valid_until=local(slip.valid_until, tz),
                confirmed_by=slip.confirmed_by, confirmer_relation=slip.confirmer_relation.value,
                confirm_method=slip.confirm_method.value, confirmed_at=local(slip.confirmed_at, tz))


def _view(ctx: Context, actor: Actor, slip: ReleaseSlip, code: str, days: int = 1) -> SlipView:
    full = allowed(actor.role, c.PERSONAL)
    tz = ctx.clock.now().tzinfo
    return SlipView(
        id=slip.id, number=slip.number, unit_id=slip.unit_id, unit_code=code, kind=slip.kind,
        applicant=slip.applicant, company=slip.company,
        id_number=slip.id_number if full else mask_id_number(slip.id_number),
        phone=slip.phone if full else mask_phone(slip.phone), **_pass(slip, tz), issued_at=local(slip.issued_at, tz), issued_by=slip.issued_by,
        returned_at=local(slip.returned_at, tz), returned_by=slip.returned_by, voided_at=local(slip.voided_at, tz),
        void_reason=slip.void_reason, note=slip.note,
        overdue=rules.unreturned_too_long(slip.issued_at, slip.returned_at is not None, slip.voided_at is not None,
                                          ctx.clock.now(), days))


def slip(ctx: Context, actor: Actor, slip_id: int) -> SlipView:
    actor.require(c.VIEW)
    days = int(c.setting(ctx, c.UNRETURNED_DAYS))
    with ctx.reader() as uow:
        row = _get(uow, slip_id)
        return _view(ctx, actor, row, uow.registry.unit(row.unit_id).code, days)


def find(ctx: Context, actor: Actor, number: str) -> SlipView:
    """By the number read from the slip (or scanned from its QR code)."""
    actor.require(c.VIEW)
    year, seq = rules.parse_slip_number(number)
    days = int(c.setting(ctx, c.UNRETURNED_DAYS))
    with ctx.reader() as uow:
        row = found(uow.rounds.slip_numbered(year, seq), f"放行条 {number.strip().upper()} 不存在")
        return _view(ctx, actor, row, uow.registry.unit(row.unit_id).code, days)


def slip_register(ctx: Context, actor: Actor, f: SlipFilter, *, sort: str = "number", descending: bool = True,
                  offset: int = 0, limit: int = 200, total: int | None = None) -> Page[SlipRow]:
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
        row = _get(uow, slip_id)
        code = uow.registry.unit(row.unit_id).code
        tz = ctx.clock.now().tzinfo
        data = doc.SlipDoc(
            centre=uow.registry.centre().name, number=row.number, unit_code=code, kind=row.kind.value, applicant=row.applicant,
            company=row.company, id_stub=row.id_number if full else mask_id_number(row.id_number),
            id_gate=mask_id_number(row.id_number), phone_stub=row.phone if full else mask_phone(row.phone),
            phone_gate=mask_phone(row.phone), **_pass(row, tz),
            clerk=row.issued_by, issued_at=local(row.issued_at, tz), note=row.note,
            voided=row.voided_at is not None, void_reason=row.void_reason, printed_on=ctx.clock.today())
        if full:
            audit.record(uow.session, ctx, actor, "rounds.release.print_unmasked", "release_slip", row.id, unit_id=row.unit_id,
                         summary=f"{code} 打印放行条 {row.number} 存根（完整证件号）", after={"unmasked": True})
            uow.commit()
    return doc.slip_pdf(data)
