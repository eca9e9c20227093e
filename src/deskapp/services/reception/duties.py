"""The desk's morning duty on the duty calendar (工作日历): 核对往日未完成的工作事项, read from the
records as the 客服部工作交接表 received that day (receiving it is going through what is open)."""
from __future__ import annotations

from datetime import timedelta

from deskapp.domain.calendar import Cadence, Every, Occurrence
from deskapp.domain.local_time import day_start
from deskapp.domain.permissions import Role
from deskapp.services import hooks
from deskapp.services.context import Context
from deskapp.store.queries import reception_duties as q
from deskapp.store.uow import Session


def _received(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    tz = ctx.clock.now().tzinfo
    who = q.handovers_received(session, day_start(o.start, tz), day_start(o.end + timedelta(days=1), tz))
    return hooks.DoneBy(f"交接表已接收：{'、'.join(who)}") if who else None


@hooks.register(hooks.Hook.DUTIES)
def duties(session: Session, ctx: Context) -> list[hooks.Duty]:
    return [hooks.Duty("reception.morning_list", "核对往日未完成事项（早班清单）", Role.CLERK.value, Cadence(Every.DAY),
                       _received)]
