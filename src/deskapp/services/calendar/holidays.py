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


def add_holiday(ctx: Context, actor: Actor, day: date | None, name: str) -> int:
    return add_holidays(ctx, actor, day, None, name)[0]


@changes(Change.CALENDAR)
def add_holidays(ctx: Context, actor: Actor, first: date | None, last: date | None, name: str) -> list[int]:
    """The days `first` to `last` (None: `first` alone) marked as the holiday `name`, each audited; a day
    already marked refuses the lot, nothing written."""
    actor.require(MARK)
    name, days = rules.check_holiday_days(first, last, name)
    with ctx.uow() as uow:
        taken = [(d, h.name) for d in days if (h := uow.calendar.holiday_on(d)) is not None]
        if len(taken) == 1:
            raise Conflict(f"{taken[0][0]:%Y-%m-%d} 已标为节假日：{taken[0][1]}")
        if taken:
            listed = "、".join(f"{d:%m-%d} {n}" for d, n in taken)
            raise Conflict(f"其中 {len(taken)} 天已标为节假日（{listed}），一天也没有标记")
        ids = [audit.added(uow.calendar, ctx, actor, DutyHoliday(day=d, name=name), "calendar.holiday.add",
                           "duty_holiday", summary=f"标记节假日 {d:%Y-%m-%d} {name}",
                           after={"day": d.isoformat(), "name": name}).id for d in days]
        uow.commit()
        return ids


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
