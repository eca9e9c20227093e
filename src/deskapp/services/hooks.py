"""Extension points between areas, so that one area can ask another without importing it.

An area registers a function under a named hook at import time; the caller collects the
answers of every registered function. All service modules are imported before the first
collection, so nothing depends on import order.

Hooks in use (name: signature -> result):
- "handover_blockers": (session, ctx, actor, day: date) -> list[str]   reasons a shift handover may not close
- "start_of_day": (session, ctx, actor, day: date) -> list[OpenItem]    unfinished items for the morning list
- "unit_warnings": (session, ctx, unit_id: int) -> list[str]            e.g. arrears before a release slip
- "checks": (session, ctx) -> list[CheckResult]                         invariants for `deskapp check`
"""
from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from typing import Any

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
