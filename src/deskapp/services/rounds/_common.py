"""What the rounds modules share: numbering, permissions, settings, unit look-ups. Centre names and
local times come from the shared ones (uow.registry.centre(), deskapp.domain.local_time)."""
from __future__ import annotations


from deskapp.domain import decoration as deco_rules
from deskapp.domain import rounds as rules
from deskapp.domain.errors import found
from deskapp.domain.permissions import DESK, SUPERVISORS, Role, define
from deskapp.services import settings
from deskapp.services.context import Context
from deskapp.store.models.registry import Unit
from deskapp.store.repositories.numbering import NumberingRepository
from deskapp.store.uow import Session, UnitOfWork

STEWARDS = frozenset({Role.STEWARD, Role.SUPERVISOR, Role.ADMIN})

VIEW = define("rounds.view", "查看楼宇管家工作", DESK)
PERSONAL = define("rounds.personal.view", "查看施工人员、放行申请人完整证件号", SUPERVISORS)

CHECK_ITEMS = settings.declare("rounds.decoration.check_items", list(deco_rules.DEFAULT_CHECK_ITEMS),
                               "二次装修日检表检查项目")
WORKS = settings.declare("rounds.decoration.works", list(deco_rules.DEFAULT_WORKS), "装修项目清单")
RECTIFY_DAYS = settings.declare("rounds.decoration.rectify_days", 3, "整改期限（天）", minimum=1)
SECOND_DAYS = settings.declare("rounds.decoration.second_inspection_days", 30, "初验后几天复验", minimum=1)
MOVE_IN_ITEMS = settings.declare("rounds.move_in.items", list(rules.DEFAULT_MOVE_IN_ITEMS), "交房清单")
ROUND_ITEMS = settings.declare("rounds.stairwell.items", list(rules.DEFAULT_ROUND_ITEMS), "楼道巡查检查项目")
ROUND_WEEKDAYS = settings.declare("rounds.stairwell.weekdays", list(rules.DEFAULT_ROUND_WEEKDAYS),
                                  "楼道巡查日", kind="weekdays")
UNRETURNED_DAYS = settings.declare("rounds.release.unreturned_days", 1, "放行联超过几天未交回提醒", minimum=1)


def next_number(session: Session, series: str, year: int) -> int:
    """The next number of a series in a year, from the one gap-free numbering service."""
    return NumberingRepository(session).next(series, year)


def unit_or_404(uow: UnitOfWork, unit_id: int) -> Unit:
    return found(uow.registry.unit(unit_id), f"房屋（编号 {unit_id}）不存在")


def setting(ctx: Context, key: str):
    return settings.get(ctx, key)
