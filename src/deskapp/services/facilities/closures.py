"""停用维护: a facility closed from–to for a reason. Bookings in that time are refused from then on;
those already made are marked 因停用取消 and their holders listed for the desk to call (each
unit's history notes it, so whoever answers the owner's call sees why)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deskapp.contracts.facilities import ClosureRow
from deskapp.domain import facilities as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import ValidationError
from deskapp.domain.facilities import BookingState
from deskapp.domain.local_time import local
from deskapp.domain.privacy import mask_phone
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.facilities._common import MANAGE, VIEW, facility_of
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.store.models.facilities import FacilityClosure
from deskapp.store.queries import facilities as q


@dataclass(frozen=True)
class Holder:
    """A holder of a booking the closure cancelled: whom to call, and about which booking."""

    number: str
    unit_code: str
    person: str
    phone: str  # masked: the full number is on the unit page
    starts_at: datetime
    ends_at: datetime


@changes(Change.FACILITIES, Change.CHRONICLE)
def close_for_maintenance(ctx: Context, actor: Actor, facility_id: int, starts_at: datetime, ends_at: datetime,
                          reason: str) -> list[Holder]:
    actor.require(MANAGE)
    reason = rules.check_closure(starts_at, ends_at, reason)
    if ends_at <= ctx.clock.now():
        raise ValidationError("停用结束", "停用时间已经过去")
    with ctx.uow() as uow:
        f = facility_of(uow, facility_id)
        c = uow.facilities.add(FacilityClosure(facility_id=f.id, starts_at=starts_at, ends_at=ends_at, reason=reason,
                                               created_at=ctx.clock.now(), created_by=actor.display_name))
        uow.facilities.flush()
        holders = []
        for b in uow.facilities.holding(f.id, starts_at, ends_at):
            b.state, b.closure_id = BookingState.CLOSED_OFF, c.id
            b.decided_at, b.decided_by, b.decision_note = ctx.clock.now(), actor.display_name, reason
            unit = uow.registry.unit(b.unit_id)
            person = uow.registry.person(b.person_id)
            holders.append(Holder(b.number, unit.code, b.person_name, mask_phone(person.phone if person else ""),
                                  b.starts_at, b.ends_at))
            registry_chronicle.chronicle(uow.session, ctx, actor, b.unit_id, ChronicleKind.SERVICE,
                                         f"{f.name}停用维护，预约 {b.number}（{local(b.starts_at):%m-%d %H:%M}）"
                                         f"因停用取消：{reason}")
        span = f"{local(starts_at):%Y-%m-%d %H:%M}–{local(ends_at):%Y-%m-%d %H:%M}"
        audit.record(uow.session, ctx, actor, "facilities.close", "facility_closure", c.id,
                     summary=f"{f.name} 停用维护 {span}：{reason}；{len(holders)} 条预约因停用取消",
                     after={"facility": f.name, "starts_at": starts_at, "ends_at": ends_at, "reason": reason,
                            "cancelled": [h.number for h in holders]})
        uow.commit()
        return holders


def closures(ctx: Context, actor: Actor) -> list[ClosureRow]:
    """Closures not yet over."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [ClosureRow(c.id, name, c.starts_at, c.ends_at, c.reason, c.created_by)
                for c, name in q.closures(uow.session, ctx.clock.now())]
