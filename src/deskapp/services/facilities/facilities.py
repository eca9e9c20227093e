"""The facilities themselves (会所, 健身房, 球场, 会议室, 货梯): opening hours, rules, capacity, fee
and deposit, kept by the supervisor in the view's small editor."""
from __future__ import annotations

from deskapp.contracts.facilities import FacilityRow
from deskapp.domain import facilities as rules
from deskapp.domain.errors import Conflict
from deskapp.domain.facilities import FacilityInput
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.facilities._common import MANAGE, VIEW, facility_of
from deskapp.store.models.facilities import Facility
from deskapp.store.queries import facilities as q


def facilities(ctx: Context, actor: Actor) -> list[FacilityRow]:
    return ctx.read(actor, VIEW, q.facilities)


def _snapshot(f: Facility) -> dict:
    return {"name": f.name, "kind": f.kind.value, "opens": f"{f.opens:%H:%M}", "closes": f"{f.closes:%H:%M}",
            "capacity": f.capacity, "rules": f.rules, "fee": f.fee, "deposit": f.deposit}


@changes(Change.FACILITIES)
def save_facility(ctx: Context, actor: Actor, facility_id: int | None, data: FacilityInput) -> int:
    """A new facility (`facility_id` None) or the changed terms of one; bookings already made keep
    the fee and deposit they were made with."""
    actor.require(MANAGE)
    data = rules.check_facility(data)
    with ctx.uow() as uow:
        same = uow.facilities.facility_named(data.name)
        if same is not None and same.id != facility_id:
            raise Conflict(f"已有名为 {data.name} 的设施")
        f = uow.facilities.add(Facility()) if facility_id is None else facility_of(uow, facility_id)
        before = None if facility_id is None else _snapshot(f)
        f.name, f.kind, f.opens, f.closes = data.name, data.kind, data.opens, data.closes
        f.capacity, f.rules, f.fee, f.deposit = data.capacity, data.rules, data.fee, data.deposit
        uow.facilities.flush()
        audit.record(uow.session, ctx, actor, "facilities.save", "facility", f.id,
                     summary=f"{'新增' if before is None else '修改'}公共设施 {f.name}", before=before,
                     after=_snapshot(f))
        uow.commit()
        return f.id
