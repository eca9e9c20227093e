"""社区文化 (community life): the quarter's bulletin boards (宣传板报) and the community activities
(社区文化活动) — the plan, sign-up by unit with a limit and a waiting list, attendance, spending against
the budget."""
from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from deskapp.domain.billing import Quarter, quarter_of
from deskapp.domain.errors import ValidationError
from deskapp.domain.text import bounded_text
from deskapp.domain.money import parse_amount
from deskapp.domain.people import check_name

TEXT_MAX = 200
PEOPLE_MAX = 20  # one unit's sign-up: a household with its guests


class SignupState(str, enum.Enum):
    SIGNED = "已报名"
    WAITING = "候补"
    CANCELLED = "已取消"


def _text(value: str, field: str, *, required: bool, limit: int = TEXT_MAX) -> str:
    return bounded_text(value, field, required=required, limit=limit)


@dataclass(frozen=True)
class BoardInput:
    theme: str
    location: str
    put_up_on: date
    taken_down_on: date | None
    person: str  # who is responsible


def check_board(b: BoardInput) -> BoardInput:
    """A board needs its theme, place and person; it comes down on or after the day it went up."""
    theme = _text(b.theme, "主题", required=True, limit=100)
    location = _text(b.location, "张贴位置", required=True, limit=60)
    person = _text(b.person, "负责人", required=True, limit=40)
    if b.taken_down_on is not None and b.taken_down_on < b.put_up_on:
        raise ValidationError("撤下日期", f"不能早于张贴日期 {b.put_up_on:%Y-%m-%d}")
    return BoardInput(theme, location, b.put_up_on, b.taken_down_on, person)


def board_quarter(day: date) -> Quarter:
    """The quarter a board counts for: the one it went up in."""
    return quarter_of(day)


@dataclass(frozen=True)
class ActivityInput:
    title: str
    starts_at: datetime  # aware, the centre's time
    place: str
    budget: Decimal | str
    organiser: str
    limit: int  # people; 0: no limit
    waiting_list: bool  # past the limit a sign-up waits, else it is refused
    content: str = ""


def check_activity(a: ActivityInput, now: datetime) -> ActivityInput:
    """A planned activity is in the future, named, placed and organised, with a budget in yuan."""
    title = _text(a.title, "活动名称", required=True, limit=60)
    if a.starts_at < now:
        raise ValidationError("活动时间", f"不能早于现在 {now:%Y-%m-%d %H:%M}")
    place = _text(a.place, "活动地点", required=True, limit=60)
    organiser = _text(a.organiser, "组织人", required=True, limit=40)
    budget = parse_amount(a.budget, "预算")
    if not 0 <= a.limit <= 10000:
        raise ValidationError("人数上限", "应在 0（不限）到 10000 之间")
    return ActivityInput(title, a.starts_at, place, budget, organiser, a.limit, a.waiting_list,
                         _text(a.content, "活动内容", required=False, limit=500))


class ActivityState(str, enum.Enum):
    """What the list says of an activity: sign-ups taken until it starts; called off at any time
    before anyone came."""
    OPEN = "报名中"
    HELD = "已举行"
    CANCELLED = "已取消"


def activity_state(starts_at: datetime, cancelled: bool, now: datetime | None) -> ActivityState:
    """None for `now`: not asked (a register of a period), so only a cancellation shows."""
    if cancelled:
        return ActivityState.CANCELLED
    return ActivityState.OPEN if now is None or starts_at > now else ActivityState.HELD


def check_change(limit: int, waiting_list: bool, taken: int, waiting: int) -> None:
    """An activity's new limit and waiting list must hold the sign-ups it already has: a limit
    below the people already in would turn households away that were told they are in (cancel
    their sign-ups first), and the waiting list cannot be given up while households wait on it."""
    if limit and limit < taken:
        raise ValidationError("人数上限", f"已报名 {taken} 人，上限不能低于 {taken}（可先取消报名）")
    if not waiting_list and waiting:
        raise ValidationError("候补", f"还有 {waiting} 户在候补，不能不设候补（可先取消他们的报名）")


def check_signup(name: str, people: int) -> tuple[str, int]:
    if not 1 <= people <= PEOPLE_MAX:
        raise ValidationError("人数", f"应在 1 到 {PEOPLE_MAX} 之间")
    return check_name(name), people


def place_signup(limit: int, taken: int, people: int, waiting_list: bool, queued: bool = False) -> SignupState:
    """Within the limit a sign-up is in; past it — or while others are `queued` before it, who come
    first — on the waiting list if the activity keeps one, otherwise refused at 人数 saying how many
    places are left."""
    if limit == 0 or (taken + people <= limit and not queued):
        return SignupState.SIGNED
    if waiting_list:
        return SignupState.WAITING
    left = max(limit - taken, 0)
    raise ValidationError("人数", f"名额已满：限 {limit} 人，已报 {taken} 人，只剩 {left} 个名额，本活动不设候补")


def promoted(limit: int, taken: int, waiting: Sequence[tuple[int, int]]) -> list[int]:
    """After a cancellation: the waiting sign-ups (id, people), first come first, that now fit; the
    queue keeps its order, so a large household at its head is not passed over by a smaller one."""
    out = []
    for signup_id, people in waiting:
        if limit and taken + people > limit:
            break
        out.append(signup_id)
        taken += people
    return out


def check_spending(item: str, amount: Decimal | str) -> tuple[str, Decimal]:
    return _text(item, "支出项目", required=True, limit=60), parse_amount(amount, "金额", allow_zero=False)


@dataclass(frozen=True)
class Summary:
    signups: int  # households in
    people: int
    waiting: int  # households waiting
    attended: int  # households that came
    attended_people: int
    budget: Decimal
    spent: Decimal

    @property
    def left(self) -> Decimal:
        return self.budget - self.spent

    @property
    def over_budget(self) -> bool:
        return self.spent > self.budget
