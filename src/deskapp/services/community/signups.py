"""活动报名: a unit signs up with its people count — in within the limit, past it on the waiting list
if the activity keeps one (else refused at 人数); a cancellation lets the first waiting in; who came
is marked at the door (from the activity's day, not before). An activity called off takes no sign-up, cancellation or attendance."""
from __future__ import annotations

from dataclasses import dataclass

from deskapp.contracts.community import SignupRow
from deskapp.domain import community as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.community import SignupState
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.local_time import local
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.community._common import SIGNUP, VIEW, activity_of
from deskapp.services.context import Actor, Context
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.store.models.community import CommunityActivity, CommunitySignup
from deskapp.store.queries import community as q
from deskapp.store.uow import UnitOfWork


@dataclass(frozen=True)
class SignedUp:
    id: int
    state: SignupState


def _taken(uow: UnitOfWork, activity_id: int) -> int:
    return sum(s.people for s in uow.community.signups(activity_id) if s.state is SignupState.SIGNED)


@changes(Change.COMMUNITY, Change.CHRONICLE)
def sign_up(ctx: Context, actor: Actor, activity_id: int, unit_code: str, name: str, people: int) -> SignedUp:
    actor.require(SIGNUP)
    name, people = rules.check_signup(name, people)
    with ctx.uow() as uow:
        a = not_called_off(activity_of(uow, activity_id))
        unit = uow.registry.unit_by_code(unit_code.strip()) if unit_code.strip() else None
        if unit is None:
            raise ValidationError("房号", f"房屋 {unit_code.strip()} 不存在" if unit_code.strip() else "不能为空")
        if a.starts_at <= ctx.clock.now():
            raise Conflict(f"活动“{a.title}”已开始，不能再报名")
        if any(s.unit_id == unit.id for s in uow.community.signups(a.id)):
            raise ValidationError("房号", f"{unit.code} 已报名这个活动")
        queued = any(s.state is SignupState.WAITING for s in uow.community.signups(a.id))
        state = rules.place_signup(a.people_limit, _taken(uow, a.id), people, a.waiting_list, queued)
        row = uow.community.add(CommunitySignup(activity_id=a.id, unit_id=unit.id, name=name, people=people,
                                                state=state, attended=False, created_at=ctx.clock.now(),
                                                created_by=actor.display_name))
        uow.community.flush()
        audit.record(uow.session, ctx, actor, "community.signup", "community_signup", row.id, unit_id=unit.id,
                     summary=f"{unit.code} {name} 报名 {a.title}（{people} 人，{state.value}）",
                     after={"activity": a.title, "name": name, "people": people, "state": state.value})
        registry_chronicle.chronicle(uow.session, ctx, actor, unit.id, ChronicleKind.SERVICE,
                                     f"报名社区活动“{a.title}”（{people} 人，{state.value}）")
        uow.commit()
        return SignedUp(row.id, state)


@changes(Change.COMMUNITY)
def cancel(ctx: Context, actor: Actor, signup_id: int) -> list[str]:
    """The sign-up cancelled; the waiting ones that now fit are in, first come first. Returns their
    unit codes and names, to tell them."""
    actor.require(SIGNUP)
    with ctx.uow() as uow:
        s = found(uow.community.signup(signup_id), "没有这条报名")
        if s.state is SignupState.CANCELLED:
            raise Conflict("这条报名已取消")
        a = not_called_off(activity_of(uow, s.activity_id))
        before = s.state.value
        s.state, s.cancelled_at, s.cancelled_by = SignupState.CANCELLED, ctx.clock.now(), actor.display_name
        uow.community.flush()
        audit.record(uow.session, ctx, actor, "community.cancel", "community_signup", s.id, unit_id=s.unit_id,
                     summary=f"取消报名 {a.title}：{s.name}", before={"state": before}, after={"state": "已取消"})
        told = let_in_waiting(uow, ctx, actor, a)
        uow.commit()
        return told


def let_in_waiting(uow: UnitOfWork, ctx: Context, actor: Actor, a: CommunityActivity) -> list[str]:
    """The waiting sign-ups that now fit (a place given back, or a larger limit) are in, first come
    first, each audited; their unit codes and names, to tell them."""
    waiting = [w for w in uow.community.signups(a.id) if w.state is SignupState.WAITING]
    ids = set(rules.promoted(a.people_limit, _taken(uow, a.id), [(w.id, w.people) for w in waiting]))
    told = []
    for w in (w for w in waiting if w.id in ids):
        w.state = SignupState.SIGNED
        code = uow.registry.unit(w.unit_id).code
        told.append(f"{code} {w.name}")
        audit.record(uow.session, ctx, actor, "community.promote", "community_signup", w.id, unit_id=w.unit_id,
                     summary=f"候补转正 {a.title}：{code} {w.name}（{w.people} 人）",
                     before={"state": "候补"}, after={"state": "已报名"})
    return told


def taken_and_waiting(uow: UnitOfWork, activity_id: int) -> tuple[int, int]:
    """People in, households waiting: what a changed limit or waiting list must still hold."""
    rows = uow.community.signups(activity_id)
    return (sum(s.people for s in rows if s.state is SignupState.SIGNED),
            sum(1 for s in rows if s.state is SignupState.WAITING))


def not_called_off(a: CommunityActivity) -> CommunityActivity:
    if a.cancelled_at is not None:
        raise Conflict(f"活动“{a.title}”已于 {local(a.cancelled_at):%Y-%m-%d} 取消（{a.cancel_reason}）")
    return a


@changes(Change.COMMUNITY)
def mark_attended(ctx: Context, actor: Actor, signup_id: int, came: bool) -> None:
    actor.require(SIGNUP)
    with ctx.uow() as uow:
        s = found(uow.community.signup(signup_id), "没有这条报名")
        if s.state is not SignupState.SIGNED:
            raise Conflict(f"“{s.state.value}”的报名不能签到")
        a = not_called_off(activity_of(uow, s.activity_id))
        day = local(a.starts_at).date()
        if ctx.clock.today() < day:
            # a mis-click days ahead counted a household as come — and an activity someone came to
            # cannot be called off any more
            raise Conflict(f"活动“{a.title}”在 {day:%Y-%m-%d} 举行，当天起才能登记到场")
        if s.attended == came:
            return
        s.attended = came
        audit.record(uow.session, ctx, actor, "community.attend", "community_signup", s.id, unit_id=s.unit_id,
                     summary=f"{a.title} 签到：{s.name}{'到场' if came else '未到'}",
                     before={"attended": not came}, after={"attended": came})
        uow.commit()


def for_activity(ctx: Context, actor: Actor, activity_id: int) -> list[SignupRow]:
    """The activity's sign-ups, first come first (cancelled ones included)."""
    return ctx.read(actor, VIEW, q.signups, activity_id=activity_id)


def for_unit(ctx: Context, actor: Actor, unit_id: int) -> list[SignupRow]:
    """The unit page's section: the unit's sign-ups, newest activity first."""
    return ctx.read(actor, VIEW, q.signups, unit_id=unit_id)
