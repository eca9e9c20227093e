"""归档后变更: changes to a month already filed, on the supervisor's morning list and in the
next pack of that month (store/queries/monthpack.py says which entries count)."""
from __future__ import annotations

from datetime import date

from deskapp.domain.local_time import day_start, local_text
from deskapp.domain.permissions import allowed
from deskapp.services import hooks
from deskapp.services.context import Actor, Context
from deskapp.services.exports import month_range
from deskapp.services.monthpack.workbook import MAKE
from deskapp.store.queries import monthpack as q
from deskapp.store.queries.monthpack import LaterChange

KIND = "归档后变更"


def changes_in(session, ctx: Context, month: str, filed_at) -> list[LaterChange]:
    start, end = month_range(month)
    tz = ctx.clock.now().tzinfo
    return q.changes_after_filing(session, month, filed_at, day_start(start, tz), day_start(end, tz))


def since_last_filing(ctx: Context, month: str) -> list[list[str]]:
    """The rows of the next pack's 归档后变更 sheet: filed at, changed at, by whom, what."""
    with ctx.reader() as uow:
        filed = dict(q.filed_months(uow.session))
        if month not in filed:
            return []
        return [[local_text(c.filed_at), local_text(c.at), c.actor, c.summary]
                for c in changes_in(uow.session, ctx, month, filed[month])]


def all_later_changes(session, ctx: Context) -> list[LaterChange]:
    return [c for month, filed_at in q.filed_months(session) for c in changes_in(session, ctx, month, filed_at)]


@hooks.register(hooks.Hook.START_OF_DAY)
def open_items(session, ctx: Context, actor: Actor, day: date) -> list[hooks.OpenItem]:
    if not allowed(actor.role, MAKE):
        return []
    return [hooks.OpenItem("monthpack", KIND, "", f"{c.month} 已归档，其后 {c.actor}：{c.summary}",
                           ref=f"{KIND} {c.month}", place=hooks.Place.MONTH_PACK, record=c.month)
            for c in all_later_changes(session, ctx)]
