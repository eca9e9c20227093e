"""What the rounds modules share: numbering, permissions, settings, unit look-ups."""
from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain import decoration as deco_rules
from deskapp.domain import rounds as rules
from deskapp.domain.errors import NotFound
from deskapp.domain.permissions import DESK, SUPERVISORS, Role, define
from deskapp.services import settings
from deskapp.services.context import Context
from deskapp.store.models.registry import Community, Unit
from deskapp.store.repositories.numbering import NumberingRepository

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


def unit_or_404(session: Session, unit_id: int) -> Unit:
    u = session.get(Unit, unit_id)
    if u is None:
        raise NotFound(f"房屋（编号 {unit_id}）不存在")
    return u


def centre_name(session: Session) -> str:
    c = session.execute(select(Community).order_by(Community.id).limit(1)).scalar()
    return c.centre_name if c else "物业服务中心"


def community_name(session: Session) -> str:
    c = session.execute(select(Community).order_by(Community.id).limit(1)).scalar()
    return c.name if c else ""


def local(ctx: Context, dt: datetime | None) -> datetime | None:
    """In the desk's time zone (the clock's), not the machine's."""
    return dt.astimezone(ctx.clock.now().tzinfo) if dt else None


def text_at(ctx: Context, dt: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return local(ctx, dt).strftime(fmt) if dt else ""


def day_start(ctx: Context, day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=ctx.clock.now().tzinfo)


def setting(ctx: Context, key: str):
    return settings.get(ctx, key)
