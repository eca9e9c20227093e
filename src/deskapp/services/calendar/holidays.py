"""节假日: the days marked as holidays, which take the daily duties off the calendar."""
from __future__ import annotations

from datetime import date

from deskapp.contracts.calendar import HolidayRow
from deskapp.domain import calendar as rules
from deskapp.domain.errors import Conflict, found
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.services import audit
from deskapp.services.calendar.duties import VIEW
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.store.models.calendar import DutyHoliday
from deskapp.store.queries import calendar as q

MARK = define("calendar.holidays", "标记节假日", SUPERVISORS)


@changes(Change.CALENDAR)
def add_holiday(ctx: Context, actor: Actor, day: date | None, name: str) -> int:
    actor.require(MARK)
    name = rules.check_holiday(day, name)
    with ctx.uow() as uow:
        existing = uow.calendar.holiday_on(day)
        if existing is not None:
            raise Conflict(f"{day:%Y-%m-%d} 已标为节假日：{existing.name}")
        h = audit.added(uow.calendar, ctx, actor, DutyHoliday(day=day, name=name), "calendar.holiday.add",
                        "duty_holiday", summary=f"标记节假日 {day:%Y-%m-%d} {name}",
                        after={"day": day.isoformat(), "name": name})
        uow.commit()
        return h.id


@changes(Change.CALENDAR)
def remove_holiday(ctx: Context, actor: Actor, holiday_id: int) -> None:
    actor.require(MARK)
    with ctx.uow() as uow:
        h = found(uow.calendar.holiday(holiday_id), "没有这个节假日")
        before = {"day": h.day.isoformat(), "name": h.name}
        audit.record(uow.session, ctx, actor, "calendar.holiday.remove", "duty_holiday", h.id,
                     summary=f"取消节假日 {h.day:%Y-%m-%d} {h.name}", before=before)
        uow.calendar.delete(h)
        uow.commit()


def holidays(ctx: Context, actor: Actor, year: int) -> list[HolidayRow]:
    actor.require(VIEW)
    first = rules.check_month(year, 1)
    with ctx.reader() as uow:
        return q.holidays(uow.session, first, date(year, 12, 31))
