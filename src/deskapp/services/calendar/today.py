"""What the duty calendar puts on each person's morning list: their role's duties due today or
missed the last time they fell due."""
from __future__ import annotations

from datetime import date, datetime, time

from deskapp.domain.calendar import DutyStatus
from deskapp.services import hooks
from deskapp.services.calendar.duties import open_for
from deskapp.services.context import Actor, Context
from deskapp.store.uow import Session


@hooks.register(hooks.Hook.START_OF_DAY)
def open_items(session: Session, ctx: Context, actor: Actor, day: date) -> list[hooks.OpenItem]:
    tz = ctx.clock.now().tzinfo
    # 编号 on the list is the duty's period (2026-11-26, 2026-11, 2026Q4), not its key (billing.run@2026Q4):
    # the items stay off the shift handover, so nothing else keys on it
    return [hooks.OpenItem("calendar", "工作日历", "", f"{r.name}：{r.period}，{r.due:%m-%d} 到期",
                           due=datetime.combine(r.due, time(23, 59), tzinfo=tz),
                           overdue=r.status is DutyStatus.OVERDUE, ref=r.period, handed_over=False,
                           place=hooks.Place.CALENDAR, record=r.key)
            for r in open_for(session, ctx, actor.role.value, day)]
