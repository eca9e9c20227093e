"""节假日: the days marked as holidays, which take the daily duties off the calendar — and the
supervisor's duty to mark next year's before it begins (标记来年节假日: the State Council publishes
them in November): a year begun with none marked would have the desk's daily duties fall due, and
go overdue, on 元旦 and through 春节."""
from __future__ import annotations

from datetime import date, timedelta

from deskapp.contracts.calendar import HolidayRow
from deskapp.domain import calendar as rules
from deskapp.domain.errors import Conflict, found
from deskapp.domain.calendar import Cadence, Every, Occurrence
from deskapp.domain.permissions import SUPERVISORS, Role, define
from deskapp.services import audit, hooks, settings
from deskapp.services.calendar.duties import VIEW
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.store.models.calendar import DutyHoliday
from deskapp.store.queries import calendar as q
from deskapp.store.uow import Session

MARK = define("calendar.holidays", "标记节假日", SUPERVISORS)
NEXT_YEAR_DAYS_BEFORE_END = settings.declare(
    "calendar.duty.holidays_days_before_end", 15, "工作日历：来年节假日在年底前几天标记（0 为 12 月 31 日）",
    minimum=0, maximum=90)


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


def _next_years_marked(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    year = o.end + timedelta(days=1)  # the duty of 2026 is 2027's holidays
    marked = q.holidays(session, year, date(year.year, 12, 31))
    if not marked:
        return None
    names = "、".join(dict.fromkeys(h.name for h in marked))
    return hooks.DoneBy(f"{year.year} 年节假日已标记 {len(marked)} 天：{names}")


@hooks.register(hooks.Hook.DUTIES)
def duties(session: Session, ctx: Context) -> list[hooks.Duty]:
    before_end = int(settings.read_in(session, NEXT_YEAR_DAYS_BEFORE_END))
    return [hooks.Duty("calendar.holidays", "标记来年节假日", Role.SUPERVISOR.value,
                       Cadence(Every.YEAR, days_before_end=before_end), _next_years_marked)]
