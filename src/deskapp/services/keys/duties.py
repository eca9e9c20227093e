"""The key desk's duties on the duty calendar (工作日历), read from the key records: every key due
back by the day's end returned, and the month's count of keys, cards and intercoms filed."""
from __future__ import annotations

from datetime import timedelta

from deskapp.domain.calendar import Cadence, Every, Occurrence
from deskapp.domain.local_time import day_start, local_text
from deskapp.domain.permissions import Role
from deskapp.services import hooks, settings
from deskapp.services.context import Context
from deskapp.store.queries import keys_duties as q
from deskapp.store.uow import Session

COUNT_DAY = settings.declare("keys.duty.count_day", 31, "工作日历：每月钥匙/门卡/对讲机盘点截止日（几号，大于月底即月底）",
                             minimum=1, maximum=31)


def _returns(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    tz = ctx.clock.now().tzinfo
    due, out = q.loans_due(session, day_start(o.start, tz), day_start(o.end + timedelta(days=1), tz))
    if out:
        return None
    if due:
        return hooks.DoneBy(f"当日到期借出 {due} 把，均已归还")
    return hooks.DoneBy("当日无到期借出，无逾期未还")


def _count(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    return hooks.done_by_first(q.filed_counts(session, o.label), lambda at, by: hooks.DoneBy(
        f"{o.label} 月度盘点已归档（{by}，{local_text(at, tz=ctx.clock.now().tzinfo)}）"))


@hooks.register(hooks.Hook.DUTIES)
def duties(session: Session, ctx: Context) -> list[hooks.Duty]:
    count_day = int(settings.read_in(session, COUNT_DAY))
    return [
        hooks.Duty("keys.returns", "钥匙归还核对", Role.CLERK.value, Cadence(Every.DAY), _returns),
        hooks.Duty("keys.count", "钥匙/门卡/对讲机盘点", Role.CLERK.value, Cadence(Every.MONTH, day=count_day), _count),
    ]
