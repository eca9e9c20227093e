"""每月汇总归档 on the duty calendar (工作日历): last month's registers filed (a filed month pack)
by the setting's day of this month."""
from __future__ import annotations

from datetime import timedelta

from deskapp.domain.calendar import Cadence, Every, Occurrence
from deskapp.domain.local_time import day_start, local_text
from deskapp.domain.permissions import Role
from deskapp.services import hooks, settings
from deskapp.services.context import Context
from deskapp.store.queries import monthpack as packs
from deskapp.store.queries import monthpack_duties as q
from deskapp.store.uow import Session

FILE_DAY = settings.declare("monthpack.duty.file_day", 5, "工作日历：上月登记表汇总归档截止日（每月几号）",
                            minimum=1, maximum=28)


def _filed(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    month = f"{o.start - timedelta(days=1):%Y-%m}"  # the duty of a month is to file the one before
    filing = q.first_filing(session, month)
    if filing is None:
        return None
    at, by = filing
    ended = day_start(o.start, ctx.clock.now().tzinfo)
    if at < ended:  # filed while the month ran, it lacks the month's last days: a filing after its end does it
        _, at, by, _ = packs.latest_filing(session, month)
        if at < ended:
            return None
    return hooks.DoneBy(f"{month} 月度汇总已归档（{by}，{local_text(at, tz=ctx.clock.now().tzinfo)}）")


@hooks.register(hooks.Hook.DUTIES)
def duties(session: Session, ctx: Context) -> list[hooks.Duty]:
    day = int(settings.read_in(session, FILE_DAY))
    return [hooks.Duty("monthpack.filed", "上月登记表汇总归档", Role.SUPERVISOR.value, Cadence(Every.MONTH, day=day),
                       _filed)]
