"""社区文化活动: the plan (title, time, place, budget, organiser, the people limit and whether a waiting
list is kept) and the activities with their summaries; the plan put right before the day (修改活动) and
an activity called off (取消活动) — the households signed up or waiting are named to be told; the
spending lines against the budget, voided (never edited) by the supervisor."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from deskapp.contracts.community import ActivityRow, SpendingRow
from deskapp.domain import community as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.community import ActivityInput, SignupState
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.local_time import local
from deskapp.domain.text import require_text
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.community._common import PLAN, VIEW, VOID, activity_of
from deskapp.services.community.signups import let_in_waiting, not_called_off, taken_and_waiting
from deskapp.services.context import Actor, Context
from deskapp.services.registry import chronicle as registry_chronicle
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
    return ctx.read(actor, VIEW, q.activities, now=ctx.clock.now())


@dataclass(frozen=True)
class Changed:
    """What a saved change asks of the desk: the households let in from the waiting list by a
    larger limit, and — when the time or the place moved — every household signed up or waiting,
    to be told ("3-1-101 张伟")."""
    let_in: list[str]
    to_tell: list[str]


def _plan_of(a: CommunityActivity) -> dict:
    return {"title": a.title, "starts_at": a.starts_at, "place": a.place, "budget": a.budget,
            "organiser": a.organiser, "limit": a.people_limit, "waiting_list": a.waiting_list, "content": a.content}


def _households(uow, a: CommunityActivity) -> list[str]:
    """The households signed up or waiting, first come first, as the desk rings them: one query with
    their unit codes (the register's own), not a look-up per sign-up."""
    return [f"{x.unit_code} {x.name}" for x in q.signups(uow.session, activity_id=a.id, with_cancelled=False)]


@changes(Change.COMMUNITY)
def edit(ctx: Context, actor: Actor, activity_id: int, data: ActivityInput, version: int | None = None) -> Changed:
    """修改活动: the plan put right before the activity starts. The new limit must hold the people
    already in and the waiting list the households waiting (domain.community.check_change)."""
    actor.require(PLAN)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        repo = uow.community
        a = repo.editing(not_called_off(activity_of(uow, activity_id)), version)
        if a.starts_at <= now:
            raise Conflict(f"活动“{a.title}”已开始，不能再修改")
        new = rules.check_activity(data, now)
        rules.check_change(new.limit, new.waiting_list, *taken_and_waiting(uow, a.id))
        before = _plan_of(a)
        a.title, a.starts_at, a.place, a.budget, a.organiser = new.title, new.starts_at, new.place, new.budget, new.organiser
        a.people_limit, a.waiting_list, a.content = new.limit, new.waiting_list, new.content
        after = _plan_of(a)
        if after == before:
            return Changed([], [])
        repo.sign(a, actor.display_name, now)
        moved = {k: before[k] for k in before if before[k] != after[k]}
        audit.record(uow.session, ctx, actor, "community.edit", "community_activity", a.id,
                     summary=f"修改社区活动：{a.title}（{'、'.join(_FIELDS[k] for k in moved)}）",
                     before=moved, after={k: after[k] for k in moved})
        repo.flush()
        let_in = let_in_waiting(uow, ctx, actor, a)
        to_tell = _households(uow, a) if {"starts_at", "place"} & moved.keys() else []
        uow.commit()
        return Changed(let_in, to_tell)


_FIELDS = {"title": "活动名称", "starts_at": "活动时间", "place": "活动地点", "budget": "预算", "organiser": "组织人",
           "limit": "人数上限", "waiting_list": "候补", "content": "活动内容"}


@changes(Change.COMMUNITY, Change.CHRONICLE)
def cancel_activity(ctx: Context, actor: Actor, activity_id: int, reason: str, version: int | None = None) -> list[str]:
    """取消活动: called off with its reason, before anyone came. The activity and its sign-ups stay
    on the list and the register, marked 已取消; each household's unit file says so. Returns the
    households signed up or waiting, first come first, to be told."""
    actor.require(PLAN)
    reason = require_text(reason, "取消原因")[:200]
    now = ctx.clock.now()
    with ctx.uow() as uow:
        repo = uow.community
        a = repo.editing(not_called_off(activity_of(uow, activity_id)), version)
        counted = repo.signups(a.id)
        if any(x.attended for x in counted if x.state is SignupState.SIGNED):
            raise Conflict(f"活动“{a.title}”已有业户签到到场，已举行的活动不能取消")
        a.cancelled_at, a.cancelled_by, a.cancel_reason = now, actor.display_name, reason
        repo.sign(a, actor.display_name, now)
        audit.record(uow.session, ctx, actor, "community.cancel_activity", "community_activity", a.id,
                     summary=f"取消社区活动：{a.title}（{reason}；已报名及候补 {len(counted)} 户待通知）",
                     before={"cancelled": False}, after={"cancelled": True, "reason": reason})
        told = _households(uow, a)
        for x in counted:
            registry_chronicle.chronicle(uow.session, ctx, actor, x.unit_id, ChronicleKind.SERVICE,
                                         f"报名的社区活动“{a.title}”已取消（{reason}）")
        uow.commit()
        return told


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
