"""社区文化活动: the plan (title, time, place, budget, organiser, the people limit and whether a waiting
list is kept) and the activities with their summaries; the spending lines against the budget, voided
(never edited) by the supervisor."""
from __future__ import annotations

from datetime import date

from deskapp.contracts.community import ActivityRow, SpendingRow
from deskapp.domain import community as rules
from deskapp.domain.community import ActivityInput
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.local_time import local
from deskapp.domain.text import require_text
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.community._common import PLAN, VIEW, VOID, activity_of
from deskapp.services.context import Actor, Context
from deskapp.store.models.community import CommunityActivity, CommunitySpending
from deskapp.store.queries import community as q


@changes(Change.COMMUNITY)
def plan(ctx: Context, actor: Actor, data: ActivityInput) -> int:
    actor.require(PLAN)
    a = rules.check_activity(data, ctx.clock.now())
    with ctx.uow() as uow:
        row = audit.added(uow.community, ctx, actor, CommunityActivity(
            title=a.title, starts_at=a.starts_at, place=a.place, budget=a.budget, organiser=a.organiser,
            people_limit=a.limit, waiting_list=a.waiting_list, content=a.content), "community.plan",
            "community_activity", summary=f"策划社区活动：{a.title}（{local(a.starts_at):%Y-%m-%d %H:%M}，{a.place}）",
            after={"title": a.title, "starts_at": a.starts_at, "place": a.place, "budget": a.budget,
                   "organiser": a.organiser, "limit": a.limit, "waiting_list": a.waiting_list})
        uow.commit()
        return row.id


def activities(ctx: Context, actor: Actor) -> list[ActivityRow]:
    """Every activity with its sign-ups, attendance and spending, newest first."""
    return ctx.read(actor, VIEW, q.activities)


@changes(Change.COMMUNITY)
def spend(ctx: Context, actor: Actor, activity_id: int, item: str, amount, spent_on: date) -> int:
    actor.require(PLAN)
    item, value = rules.check_spending(item, amount)
    if spent_on > ctx.clock.today():
        raise ValidationError("支出日期", f"不能晚于今天 {ctx.clock.today():%Y-%m-%d}")
    with ctx.uow() as uow:
        a = activity_of(uow, activity_id)
        line = audit.added(uow.community, ctx, actor,
                           CommunitySpending(activity_id=a.id, item=item, amount=value, spent_on=spent_on),
                           "community.spend", "community_spending", summary=f"{a.title} 支出：{item} ¥{value:,.2f}",
                           after={"activity": a.title, "item": item, "amount": value, "spent_on": spent_on})
        uow.commit()
        return line.id


@changes(Change.COMMUNITY)
def void_spending(ctx: Context, actor: Actor, line_id: int, reason: str) -> None:
    """A wrong line is voided with its reason and stays on the list; the sum leaves it out."""
    actor.require(VOID)
    reason = require_text(reason, "作废原因")[:200]
    with ctx.uow() as uow:
        line = found(uow.community.spending(line_id), "没有这条活动支出")
        if line.voided_at is not None:
            raise Conflict(f"这条支出已由 {line.voided_by} 作废")
        line.voided_at, line.voided_by, line.void_reason = ctx.clock.now(), actor.display_name, reason
        audit.record(uow.session, ctx, actor, "community.void", "community_spending", line.id,
                     summary=f"作废活动支出：{line.item} ¥{line.amount:,.2f}（{reason}）",
                     before={"voided": False}, after={"voided": True, "reason": reason})
        uow.commit()


def spending(ctx: Context, actor: Actor, activity_id: int) -> list[SpendingRow]:
    return ctx.read(actor, VIEW, q.spending, activity_id)
