"""What 空置房 / 出租单元 put on the morning list: the vacant units not checked this period (the
steward's, who walks them), and the leases ending within 30 days or already past (everyone's)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from deskapp.domain import occupancy as rules
from deskapp.domain.occupancy import Cadence
from deskapp.domain.permissions import Role, allowed
from deskapp.services import hooks
from deskapp.services.context import Actor, Context
from deskapp.services.occupancy._common import NOTIFY, cadence
from deskapp.store.queries import occupancy as q
from deskapp.store.uow import Session


@hooks.register(hooks.Hook.START_OF_DAY)
def open_items(session: Session, ctx: Context, actor: Actor, day: date) -> list[hooks.OpenItem]:
    out: list[hooks.OpenItem] = []
    if actor.role is Role.STEWARD:
        every = cadence(session)
        for unit_id, code, last in q.vacant_units(session, unchecked_since=rules.period_start(day, every)):
            seen = f"上次 {last:%Y-%m-%d}" if last else "从未巡查"
            out.append(hooks.OpenItem("occupancy", "空置房检查", code, f"本月尚未巡查（{seen}）"
                                      if every is Cadence.MONTHLY else f"本季度尚未巡查（{seen}）",
                                      place=hooks.Place.VACANT, record=unit_id))
    if allowed(actor.role, NOTIFY):
        tz = ctx.clock.now().tzinfo
        for t in q.tenants(session, ending_by=day + timedelta(days=rules.ENDING_DAYS)):
            said = "，已通知业主" if t.told_on else ""
            out.append(hooks.OpenItem("occupancy", "租约到期", t.unit_code,
                                      f"租户 {t.name} 租期至 {t.lease_end:%Y-%m-%d}{said}",
                                      due=datetime.combine(t.lease_end, time(23, 59), tzinfo=tz),
                                      overdue=rules.lease_over(t.lease_end, day),
                                      place=hooks.Place.RENTALS, record=t.id))
    return out
