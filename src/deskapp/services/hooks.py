"""Extension points between areas, so that one area can ask another without importing it.

An area registers a function under a hook at import time (`@hooks.register(hooks.Hook.CHECKS)`);
the caller collects the answers of every registered function (`hooks.collect(hooks.Hook.CHECKS, ...)`).
All service modules are imported before the first collection, so nothing depends on import
order. Hook names are the members of `Hook`, each documented with its signature: a misspelt
member is an AttributeError at import, and a name that is no hook is refused when registered
or collected, never answered with a silent [].
"""
from __future__ import annotations

import importlib
import pkgutil
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from deskapp.domain.calendar import Cadence, Occurrence


class Hook(StrEnum):
    """The hooks, each with (arguments) -> what every registered function returns."""

    HANDOVER_BLOCKERS = "handover_blockers"
    """(session, ctx, actor, day: date) -> list[str]: reasons a shift handover may not close
    (keys: an overdue key without a note)."""
    START_OF_DAY = "start_of_day"
    """(session, ctx, actor, day: date) -> list[OpenItem]: unfinished items for the morning list.
    A part that reads the person (`actor.display_name`), not only the role, is registered with
    `per_person=True`: the list read ahead before anyone signs in leaves it out (reception/desk.py)."""
    UNIT_WARNINGS = "unit_warnings"
    """(session, ctx, unit_id: int) -> list[str]: e.g. arrears before a release slip."""
    VEHICLE_CHARGES = "vehicle_charges"
    """(session, ctx, start: date, end: date) -> list[VehicleCharge]: vehicle cards and parking
    leases to bill 车辆管理费 for."""
    PARKING_PRICES = "parking_prices"
    """(session, ctx, on: date) -> list[domain.billing_price_notice.ParkingPrice]: the monthly prices of
    vehicle cards and parking leases in force on `on`, for the 收费标准公示."""
    CHECKS = "checks"
    """(session, ctx) -> list[CheckResult]: invariants for `deskapp check`."""
    TRANSFER_ARRANGEMENTS = "transfer_arrangements"
    """(session, ctx, unit_id: int) -> list[domain.transfer.Arrangement]: what the seller set up
    (keys in custody)."""
    DUTIES = "duties"
    """(session, ctx) -> list[Duty]: the manual's scheduled duties the area answers for, each with
    its cadence (read from the area's settings) and a reader of the records that did it."""
    FIND_NUMBER = "find_number"
    """(session, ctx, actor, prefix: str, limit: int) -> list[Numbered]: the area's papers whose number
    (or key tag) starts with `prefix` (upper case, a letter first and a digit in it), for the search
    box; only what the actor may see."""
    DEPOSIT_GIVEN_BACK_BY = "deposit_given_back_by"
    """(session, ctx, source: str) -> list[str]: the area's own step that gives back (or keeps) the
    deposit taken for `source` while that source is still open (a key still lent: 归还钥匙; a card
    not returned: 注销 or 补办; a decoration not closed: 退押金), said to refuse a refund or forfeit
    of it from the 押金台账 — which that step would then find gone. `source_id` reads the source."""
    DEPOSIT_REFUND_WAITS_FOR = "deposit_refund_waits_for"
    """(session, ctx, source: str) -> list[str]: a source still running whose deposit the 押金台账
    gives back only once it has ended (a parking lease, with its renewals, until its last day or
    its 退租), said to refuse a refund of it — applied, approved or paid. A forfeit (deducted for
    damage) is not refused by it."""
    SETTLE_TRANSFER = "settle_transfer"
    """(session, ctx, actor, unit_id: int, choices: dict[ref, Choice], on: date, new_owners: str)
    -> None: end or keep the area's own arrangements."""

def source_id(source: str, kind: str) -> int | None:
    """The record id of a deposit's source ("card:40" → 40) when it is of `kind` ("card"), else None."""
    head, _, ref = source.partition(":")
    return int(ref) if head == kind and ref.isdigit() else None


class Place(StrEnum):
    """The list on the desk where an open item is taken on: the morning list's 转到 opens it there,
    the item chosen by its `OpenItem.record` (gui/places.py says which view and tab each is)."""

    REQUESTS = "requests"  # 需求/投诉
    RECEIPTS = "receipts"  # 收据
    KEYS = "keys"  # 钥匙托管
    REPAIRS = "repairs"  # 工程维修单
    DEFECTS = "defects"  # 工程遗留问题
    VIOLATIONS = "violations"  # 业户违章
    MAIL = "mail"  # 信件登记
    KEY_LOANS = "key_loans"  # 钥匙借用登记
    REFUNDS = "refunds"  # 退款
    DISCOUNTS = "discounts"  # 减免
    DEPOSITS = "deposits"  # 押金 (没收 awaiting approval)
    BOOKINGS = "bookings"  # 设施预约
    SITE_CHECKS = "site_checks"  # 今日装修巡查, 整改通知书
    DECORATIONS = "decorations"  # 装修申请
    RELEASE_SLIPS = "release_slips"  # 物品放行条
    STAIRWELL = "stairwell"  # 楼道巡查
    VACANT = "vacant"  # 空置房
    RENTALS = "rentals"  # 出租
    MEETINGS = "meetings"  # 早会
    LIAISON = "liaison"  # 对外联络
    BOARDS = "boards"  # 宣传板报
    CALENDAR = "calendar"  # 工作日历
    MONTH_PACK = "month_pack"  # 每月汇总归档


@dataclass(frozen=True)
class Numbered:
    """A paper found by its number in the search box: what it is, where it is taken on."""

    number: str  # WX2026-000136, SJ2026-000012, K0018…
    kind: str  # Chinese label: "工程维修单", "收据"…
    where: str  # the unit's code or the place ("" if neither)
    text: str  # a few words to tell it apart
    place: Place
    record: int | str


@dataclass(frozen=True)
class OpenItem:
    """Something still open, for the morning list and the shift handover."""

    area: str  # "reception", "keys", "billing", "rounds"...
    kind: str  # Chinese label: "投诉", "钥匙逾期未还", "放行条未交回"...
    unit_code: str  # "" for public areas
    text: str
    due: datetime | None = None
    overdue: bool = False
    ref: str = ""  # the item's number, e.g. WX2026-000123
    # False: on the morning list only, never carried on the shift handover (the duty calendar's
    # duties belong to a role and are read afresh from the records each morning)
    handed_over: bool = True
    place: Place | None = None  # where it is taken on (转到)
    # False: on the shift handover only, not on the morning list of what earlier days left open
    # (a key lent today and still out: nothing to chase in the morning, the next shift's at 交班)
    morning: bool = True
    record: int | str | None = None  # its id (or number) in that list


@dataclass(frozen=True)
class VehicleCharge:
    """One vehicle card's (or parking lease's) chargeable period, for 车辆管理费."""

    unit_id: int
    description: str  # e.g. "车卡 C0012 浙A12345 地下车位 B-017"
    monthly_fee: Decimal
    start: date  # first day charged (inclusive)
    end: date  # last day charged (inclusive)
    ref: str = ""


@dataclass(frozen=True)
class CheckResult:
    """One invariant checked by `deskapp check`: how many things were looked at, what is wrong."""

    name: str
    checked: int
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0  # how long it took (set by `timed` or `deskapp check`; issue 21 §4)
    note: str = ""  # how much it covered, when not everything ("自第 N 条起")


def timed(check: Callable[..., CheckResult], *args: Any) -> CheckResult:
    """`check(*args)` with the time it took, for a hook that returns several results."""
    started = time.perf_counter()
    result = check(*args)
    return replace(result, seconds=time.perf_counter() - started)


@dataclass(frozen=True)
class Duty:
    """A scheduled duty of the manual (工作日历). `done_by(session, ctx, occurrence)` reads the
    area's own records for that occurrence's period and returns what did it (None when nothing has):
    the calendar never keeps a tick of its own, so a duty is done exactly when its record exists."""

    key: str  # "billing.run"
    name: str  # Chinese label: "收费计算与缴费通知"
    role: str  # the Role value whose morning list it is on: "客服主管"
    cadence: Cadence
    done_by: Callable[[Any, Any, Occurrence], "DoneBy | None"]


@dataclass(frozen=True)
class DoneBy:
    """The record that did a duty's occurrence, in words for the calendar ("费用移交表：周婷")."""

    text: str


def done_by_first(rows: Sequence, done: Callable[..., DoneBy]) -> DoneBy | None:
    """A duty done by a record filed for its occurrence: `done(*rows[0])` names the first of the
    records read, None (not done yet) while there is none."""
    return done(*rows[0]) if rows else None


_HOOKS: dict[Hook, list[Callable]] = defaultdict(list)
_PER_PERSON: set[Callable] = set()  # registered with per_person=True


def _hook(name: Hook | str) -> Hook:
    try:
        return Hook(name)
    except ValueError:
        raise ValueError(f"no hook named {name!r}; the hooks are {', '.join(Hook)}") from None


def register(name: Hook, *, per_person: bool = False) -> Callable[[Callable], Callable]:
    """`per_person`: what the function answers depends on who the actor is, not only on the role."""
    hook = _hook(name)

    def deco(fn: Callable) -> Callable:
        if fn not in _HOOKS[hook]:
            _HOOKS[hook].append(fn)
        if per_person:
            _PER_PERSON.add(fn)
        return fn

    return deco


def per_person(fn: Callable) -> bool:
    """Whether `fn` was registered as answering for the person rather than for the role."""
    return fn in _PER_PERSON


@cache
def load_all_services() -> None:
    import deskapp.services

    for info in pkgutil.walk_packages(deskapp.services.__path__, "deskapp.services."):
        importlib.import_module(info.name)


def registered(name: Hook) -> list[Callable]:
    """The functions registered under hook `name` (every service module loaded first)."""
    hook = _hook(name)
    load_all_services()
    # in the order of the modules' names and their lines, not of their imports: which module a
    # process happened to import first (a test, a screen opened) reordered the check report's lines
    return sorted(_HOOKS[hook], key=_place_in_code)


def _place_in_code(fn: Callable) -> tuple[str, int]:
    return getattr(fn, "__module__", "") or "", getattr(getattr(fn, "__code__", None), "co_firstlineno", 0)


def collect(name: Hook, *args: Any, **kwargs: Any) -> list[Any]:
    """Call every function registered under hook `name`; list results are flattened."""
    out: list[Any] = []
    for fn in registered(name):
        out.extend(answers(fn, *args, **kwargs))
    return out


def answers(fn: Callable, *args: Any, **kwargs: Any) -> list[Any]:
    """What one registered function answers, as a list (a list flattened, None for none)."""
    result = fn(*args, **kwargs)
    if isinstance(result, list):
        return result
    return [] if result is None else [result]
