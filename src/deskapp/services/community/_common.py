"""What the community services share: the permissions and an activity looked up."""
from __future__ import annotations

from deskapp.domain.errors import found
from deskapp.domain.permissions import DESK, SUPERVISORS, Role, define
from deskapp.store.models.community import CommunityActivity
from deskapp.store.uow import UnitOfWork

# The steward organises the activities and makes the boards (管家的岗位职责); the clerk takes sign-ups.
STEWARDS = frozenset({Role.STEWARD, Role.SUPERVISOR, Role.ADMIN})

VIEW = define("community.view", "查看宣传板报和社区活动", DESK)
BOARDS = define("community.boards", "登记宣传板报", STEWARDS)
PLAN = define("community.plan", "策划社区活动、登记活动支出", STEWARDS)
SIGNUP = define("community.signup", "社区活动报名、取消、签到", DESK)
VOID = define("community.void", "作废社区活动支出", SUPERVISORS)


def activity_of(uow: UnitOfWork, activity_id: int) -> CommunityActivity:
    return found(uow.community.activity(activity_id), "没有这个社区活动")
