"""The billing duties of the manual on the duty calendar (工作日历), each read from the billing
records: the day's takings handed to finance, the month's meter readings entered and checked,
the quarter just ended billed early in the next (its water needs the quarter's readings: the run
tab offers the quarter before today's, and the demo bills so), the quarter-end dunning done."""
from __future__ import annotations

from datetime import timedelta

from deskapp.domain.billing import quarter_of
from deskapp.domain.calendar import Cadence, Every, Occurrence
from deskapp.domain.local_time import day_start, local_text
from deskapp.domain.permissions import Role
from deskapp.services import hooks, settings
from deskapp.services.context import Context
from deskapp.store.queries import billing_duties as q
from deskapp.store.uow import Session

METERS_DAY = settings.declare("billing.duty.meters_day", 25, "工作日历：每月抄表录入与复核截止日（几号）",
                              minimum=1, maximum=31)
RUN_DAY = settings.declare("billing.duty.run_day", 15, "工作日历：每季收费计算与缴费通知截止（季度第几天）",
                           minimum=1, maximum=92)
DUNNING_DAYS = settings.declare("billing.duty.dunning_days", 15, "工作日历：季末催缴截止（季度结束前几天）",
                                minimum=0, maximum=60)
DUNNING_WINDOW = timedelta(days=31)  # dunning recorded this long before its due day counts for the quarter end


def _handover(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    cashiers = q.handover_cashiers(session, o.start)
    return hooks.DoneBy(f"费用移交表：{'、'.join(cashiers)}") if cashiers else None


def _readings(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    r = q.month_readings(session, o.start)
    if r.meters == 0 or r.read < r.meters or r.to_recheck:
        return None
    return hooks.DoneBy(f"{o.label} 读数 {r.read} 只表已录入，无待复核")


def _run(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    billed = quarter_of(o.start).previous().code  # the duty of 2027Q1 (due 01-15) is 2026Q4's run
    return hooks.done_by_first(q.posted_runs(session, billed), lambda at, by, bills: hooks.DoneBy(
        f"{billed} 收费计算已过账：{bills} 份账单（{by}，{local_text(at, tz=ctx.clock.now().tzinfo)}）"))


def _dunning(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    tz = ctx.clock.now().tzinfo
    start = max(o.start, o.due - DUNNING_WINDOW)
    notices, contacts = q.dunning_count(session, day_start(start, tz), day_start(o.end + timedelta(days=1), tz))
    if not notices and not contacts:
        return None
    return hooks.DoneBy(f"催缴通知 {notices} 份，联系记录 {contacts} 条")


@hooks.register(hooks.Hook.DUTIES)
def duties(session: Session, ctx: Context) -> list[hooks.Duty]:
    meters_day = int(settings.read_in(session, METERS_DAY))
    run_day = int(settings.read_in(session, RUN_DAY))
    dunning_days = int(settings.read_in(session, DUNNING_DAYS))
    return [
        hooks.Duty("billing.handover", "现金交接（费用移交）", Role.CLERK.value, Cadence(Every.DAY), _handover),
        hooks.Duty("billing.readings", "抄表录入与复核", Role.STEWARD.value, Cadence(Every.MONTH, day=meters_day),
                   _readings),
        hooks.Duty("billing.run", "上季度收费计算与缴费通知", Role.SUPERVISOR.value, Cadence(Every.QUARTER, day=run_day),
                   _run),
        hooks.Duty("billing.dunning", "季末催缴", Role.STEWARD.value,
                   Cadence(Every.QUARTER, days_before_end=dunning_days), _dunning),
    ]
