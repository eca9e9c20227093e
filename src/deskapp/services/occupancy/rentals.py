"""出租单元: tenants registered with their lease (a person of the registry with relation 租户), the
current tenants with ending leases first, 通知业主 — the owner told through reception's notices
that the lease ends — and what comes of it: 续租 (a later lease end) or 退租 (the tenant moved out;
a unit left without a tenant becomes 空置 or 自住)."""
from __future__ import annotations

from datetime import date, timedelta

from deskapp.contracts.occupancy import TenantRow
from deskapp.domain import occupancy as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.occupancy import TenantInput
from deskapp.domain.people import Relation
from deskapp.domain.privacy import mask_phone
from deskapp.domain.reception import NoticeTarget
from deskapp.domain.units import UnitState
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.occupancy._common import NOTIFY, TENANT, VIEW
from deskapp.services.reception.notices import create_notice_in
from deskapp.services.registry import units
from deskapp.services.registry.chronicle import chronicle
from deskapp.services.registry.people import PersonInput, insert_person
from deskapp.store.models.occupancy import LeaseNotice
from deskapp.store.queries import occupancy as q

BECOMES_RENTED = (UnitState.VACANT, UnitState.OCCUPIED)  # a unit let out is 出租 from now on
AFTER_MOVE_OUT = BECOMES_RENTED  # and, its last tenant gone, one of these again (the owner says which)


@changes(Change.OCCUPANCY, Change.PEOPLE, Change.UNITS, Change.CHRONICLE)
def register_tenant(ctx: Context, actor: Actor, unit_id: int, tenant: TenantInput) -> int:
    """The tenant (name and phone required) on the unit's file with the lease's start and end; a vacant or
    owner-occupied unit becomes 出租. Returns the tenant's tie."""
    actor.require(TENANT)
    t = rules.check_tenant(tenant)
    with ctx.uow() as uow:
        s = uow.session
        u = found(uow.registry.unit(unit_id), "房屋不存在")
        tie_id = insert_person(s, ctx, actor, u.id, PersonInput(name=t.name, phone=t.phone), Relation.TENANT,
                               since=t.lease_start, lease_start=t.lease_start, lease_end=t.lease_end)
        if u.state in BECOMES_RENTED:
            units.change_state(s, ctx, actor, u.id, UnitState.RENTED, "登记租户")
        audit.record(s, ctx, actor, "occupancy.tenant", "unit_person", tie_id, unit_id=u.id,
                     summary=f"{u.code} 登记租户 {t.name}，租期 {t.lease_start:%Y-%m-%d} 至 {t.lease_end:%Y-%m-%d}",
                     after={"name": t.name, "phone": mask_phone(t.phone), "lease_start": t.lease_start,
                            "lease_end": t.lease_end})
        uow.commit()
        return tie_id


def tenants(ctx: Context, actor: Actor, *, ending_only: bool = False, unit_id: int | None = None) -> list[TenantRow]:
    """Current tenants by lease end; `ending_only`: those ending within 30 days or already past the end."""
    actor.require(VIEW)
    today = ctx.clock.today()
    ending_by = today + timedelta(days=rules.ENDING_DAYS) if ending_only else None
    with ctx.reader() as uow:
        return [TenantRow(t.id, t.unit_id, t.unit_code, t.name, mask_phone(t.phone), t.lease_start, t.lease_end,
                          rules.lease_over(t.lease_end, today), t.told_on)
                for t in q.tenants(uow.session, unit_id=unit_id, ending_by=ending_by)]


@changes(Change.OCCUPANCY, Change.RECEPTION)
def notify_owner(ctx: Context, actor: Actor, tie_id: int) -> int:
    """通知业主: a notice to the rented unit that its tenant's lease ends, drafted in reception's notices
    (sent from there with the others); returns the notice's id."""
    actor.require(NOTIFY)
    with ctx.uow() as uow:
        s = uow.session
        tie = found(uow.occupancy.tie(tie_id), "没有这位租户")
        if tie.relation is not Relation.TENANT or tie.until is not None:
            raise Conflict("这位租户已不在册")
        if tie.lease_end is None:
            raise ValidationError("租期结束", "租期未定，无法通知到期")
        u = found(uow.registry.unit(tie.unit_id), "房屋不存在")
        title, body = rules.owner_notice_text(u.code, tie.person.name, tie.lease_end)
        notice_id = create_notice_in(s, ctx, actor, title=title, body=body, target=NoticeTarget.UNITS, codes=u.code)
        n = uow.occupancy.add(LeaseNotice(tie_id=tie.id, lease_end=tie.lease_end, notice_id=notice_id,
                                          created_at=ctx.clock.now(), created_by=actor.display_name))
        uow.occupancy.flush()
        audit.record(s, ctx, actor, "occupancy.notify", "lease_notice", n.id, unit_id=u.id,
                     summary=f"{u.code} 通知业主：租户 {tie.person.name} 租期 {tie.lease_end:%Y-%m-%d} 到期",
                     after={"notice_id": notice_id, "lease_end": tie.lease_end})
        uow.commit()
        return notice_id


def _current_tenant(uow, tie_id: int):
    tie = found(uow.occupancy.tie(tie_id), "没有这位租户")
    if tie.relation is not Relation.TENANT or tie.until is not None:
        raise Conflict("这位租户已不在册")
    return tie


@changes(Change.OCCUPANCY, Change.PEOPLE, Change.CHRONICLE)
def renew_lease(ctx: Context, actor: Actor, tie_id: int, new_end: date | None) -> None:
    """续租: the lease runs on to `new_end`, later than its end; the owner's notice of the old end no
    longer shows against it."""
    actor.require(TENANT)
    with ctx.uow() as uow:
        tie = _current_tenant(uow, tie_id)
        end = rules.check_renewal(new_end, tie.lease_end, ctx.clock.today())
        u = found(uow.registry.unit(tie.unit_id), "房屋不存在")
        before, tie.lease_end = tie.lease_end, end
        was = f"{before:%Y-%m-%d}" if before else "未定"
        audit.record(uow.session, ctx, actor, "occupancy.renew", "unit_person", tie.id, unit_id=u.id,
                     summary=f"{u.code} 租户 {tie.person.name} 续租至 {end:%Y-%m-%d}（原租期结束 {was}）",
                     before={"lease_end": before}, after={"lease_end": end})
        chronicle(uow.session, ctx, actor, u.id, ChronicleKind.PEOPLE,
                  f"租户 {tie.person.name} 续租至 {end:%Y-%m-%d}")
        uow.commit()


@changes(Change.OCCUPANCY, Change.PEOPLE, Change.UNITS, Change.CHRONICLE)
def end_lease(ctx: Context, actor: Actor, tie_id: int, on: date | None, becomes: UnitState,
              note: str = "") -> UnitState:
    """退租: the tenant moved out on `on` (kept on file as history, as the registry's 结束关系 keeps
    it); a 出租 unit left without a tenant becomes `becomes` (空置 or 自住). Returns the unit's state."""
    actor.require(TENANT)
    if becomes not in AFTER_MOVE_OUT:
        raise ValidationError("房屋改为", "请选择空置或自住")
    note = note.strip()[:rules.NOTE_MAX]
    with ctx.uow() as uow:
        s = uow.session
        tie = _current_tenant(uow, tie_id)
        end = rules.check_move_out(on, tie.since or tie.lease_start, ctx.clock.today())
        u = found(uow.registry.unit(tie.unit_id), "房屋不存在")
        tie.until = end
        s.flush()
        others = [t for t in uow.registry.ties(u.id) if t.relation is Relation.TENANT]
        if not others and u.state is UnitState.RENTED:
            units.change_state(s, ctx, actor, u.id, becomes, f"租户 {tie.person.name} 退租")
        audit.record(s, ctx, actor, "occupancy.move_out", "unit_person", tie.id, unit_id=u.id,
                     summary=f"{u.code} 租户 {tie.person.name} 于 {end:%Y-%m-%d} 退租" + (f"：{note}" if note else ""),
                     before={"until": None}, after={"until": end, "unit_state": u.state.value, "note": note})
        chronicle(s, ctx, actor, u.id, ChronicleKind.PEOPLE,
                  f"租户 {tie.person.name} 退租（{end:%Y-%m-%d}）" + (f"：{note}" if note else ""))
        uow.commit()
        return u.state


def unit_of(ctx: Context, actor: Actor, code: str) -> int:
    """The unit a tenant form names by its code (3-1-101)."""
    actor.require(VIEW)
    if not code.strip():
        raise ValidationError("房号", "请填写出租房屋的房号")
    with ctx.reader() as uow:
        u = uow.registry.unit_by_code(code.strip())
        if u is None:
            raise ValidationError("房号", f"没有房号 {code.strip()}")
        return u.id
