"""Centre-wide settings, stored as JSON per key, with defaults declared by each area."""
from __future__ import annotations

import json
from typing import Any

from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.store.models.settings import Setting

CHANGE_SETTING = define("settings.change", "修改系统设置", SUPERVISORS)

_DEFAULTS: dict[str, tuple[Any, str]] = {}


def declare(key: str, default: Any, label: str) -> str:
    """An area declares a setting it reads, with its default and a label for the settings page."""
    _DEFAULTS[key] = (default, label)
    return key


def declared() -> dict[str, tuple[Any, str]]:
    return dict(_DEFAULTS)


def get(ctx: Context, key: str) -> Any:
    with ctx.reader() as uow:
        row = uow.session.get(Setting, key)
        if row is not None:
            return json.loads(row.value)
    return _DEFAULTS[key][0]


def set_value(ctx: Context, actor: Actor, key: str, value: Any) -> None:
    actor.require(CHANGE_SETTING)
    if key not in _DEFAULTS:
        raise KeyError(key)
    with ctx.uow() as uow:
        row = uow.session.get(Setting, key)
        before = json.loads(row.value) if row else _DEFAULTS[key][0]
        if row is None:
            row = Setting(key=key, value="null")
            uow.session.add(row)
        row.value = json.dumps(value, ensure_ascii=False)
        audit.record(uow.session, ctx, actor, "settings.change", "setting", key,
                     summary=f"设置 {_DEFAULTS[key][1]}", before={"value": before}, after={"value": value})
        uow.commit()
