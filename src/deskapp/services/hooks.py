"""Extension points between areas, so that one area can ask another without importing it.

An area registers a function under a named hook at import time; the caller collects the
answers of every registered function. All service modules are imported before the first
collection, so nothing depends on import order.

Hooks in use (name: signature -> result):
- "handover_blockers": (session, ctx, actor, day: date) -> list[str]   reasons a shift handover may not close
                                                                        (keys: an overdue key without a note)
- "start_of_day": (session, ctx, actor, day: date) -> list[OpenItem]    unfinished items for the morning list
- "unit_warnings": (session, ctx, unit_id: int) -> list[str]            e.g. arrears before a release slip
- "vehicle_charges": (session, ctx, start: date, end: date) -> list[VehicleCharge]
                                                                        vehicle cards / leases billing charges for
- "checks": (session, ctx) -> list[CheckResult]                         invariants for `deskapp check`
- "transfer_arrangements": (session, ctx, unit_id) -> list[domain.transfer.Arrangement]
                                                                        what the seller set up (keys in custody)
- "settle_transfer": (session, ctx, actor, unit_id, choices: dict[ref, Choice], on: date, new_owners: str) -> None
                                                                        end or keep the area's own arrangements
"""
from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

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


_HOOKS: dict[str, list[Callable]] = defaultdict(list)


def register(name: str) -> Callable[[Callable], Callable]:
    def deco(fn: Callable) -> Callable:
        if fn not in _HOOKS[name]:
            _HOOKS[name].append(fn)
        return fn

    return deco


@cache
def load_all_services() -> None:
    import deskapp.services

    for info in pkgutil.walk_packages(deskapp.services.__path__, "deskapp.services."):
        importlib.import_module(info.name)


def collect(name: str, *args: Any, **kwargs: Any) -> list[Any]:
    """Call every function registered under `name`; list results are flattened."""
    load_all_services()
    out: list[Any] = []
    for fn in _HOOKS[name]:
        result = fn(*args, **kwargs)
        if isinstance(result, list):
            out.extend(result)
        elif result is not None:
            out.append(result)
    return out
