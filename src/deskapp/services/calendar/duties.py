"""The duties laid out: each occurrence of every area's duties in a span of days, with its status
read from the area's records (an occurrence not yet begun is not asked about)."""
from __future__ import annotations

from datetime import date, timedelta

from deskapp.contracts.calendar import DutyRow
from deskapp.domain import calendar as rules
from deskapp.domain.calendar import DutyStatus, Occurrence
from deskapp.domain.permissions import DESK, define
from deskapp.services import hooks
from deskapp.services.context import Actor, Context
from deskapp.store.queries import calendar as q
from deskapp.store.uow import Session

VIEW = define("calendar.view", "查看工作日历", DESK)
# holidays move a due day forward: look this far past the span for the ones that move into it
HOLIDAY_MARGIN = timedelta(days=60)


def _duties(session: Session, ctx: Context) -> list[hooks.Duty]:
    return hooks.collect(hooks.Hook.DUTIES, session, ctx)


def holiday_days(session: Session, first: date, last: date) -> set[date]:
    return {h.day for h in q.holidays(session, first - HOLIDAY_MARGIN, last + HOLIDAY_MARGIN)}


def _since(session: Session, ctx: Context) -> date:
    """The first day duties fall due: the day the database's first account was made (a new
    centre is not behind on the quarter's bill run or last month's filing before it began)."""
    first = q.first_account_at(session)
    return first.astimezone(ctx.clock.now().tzinfo).date() if first is not None else date.min


def _row(session: Session, ctx: Context, duty: hooks.Duty, o: Occurrence, today: date) -> DutyRow:
    done = duty.done_by(session, ctx, o) if o.start <= today else None
    return DutyRow(o.due, duty.key, duty.name, duty.role, o.label, rules.status(o, done is not None, today),
                   done.text if done else "")


def rows_between(session: Session, ctx: Context, first: date, last: date) -> list[DutyRow]:
    """Every occurrence due from `first` to `last`, by due day then duty."""
    today = ctx.clock.today()
    off = holiday_days(session, first, last)
    since = _since(session, ctx)
    rows = [_row(session, ctx, d, o, today) for d in _duties(session, ctx)
            for o in rules.occurrences(d.cadence, first, last, off) if o.due >= since]
    return sorted(rows, key=lambda r: (r.due, r.role, r.key))


def month(ctx: Context, actor: Actor, year: int, month_no: int) -> list[DutyRow]:
    """The month's occurrences, for the calendar grid."""
    actor.require(VIEW)
    first = rules.check_month(year, month_no)
    last = date(year + month_no // 12, month_no % 12 + 1, 1) - timedelta(days=1)
    with ctx.reader() as uow:
        return rows_between(uow.session, ctx, first, last)


def open_for(session: Session, ctx: Context, role: str, today: date) -> list[DutyRow]:
    """The role's duties due today or missed last time, not done: the morning list's."""
    off = holiday_days(session, today - rules.LOOKBACK, today)
    since = _since(session, ctx)
    rows = [_row(session, ctx, d, o, today) for d in _duties(session, ctx) if d.role == role
            for o in rules.latest(d.cadence, today, off) if o.due >= since]
    return [r for r in rows if r.status in (DutyStatus.DUE, DutyStatus.OVERDUE)]
