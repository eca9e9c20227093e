"""Roles and what each may do. Each area declares its actions with `define` at import time;
the service layer asks `allowed` before every action."""
from __future__ import annotations

import enum
from dataclasses import dataclass

from deskapp.domain.errors import PermissionDenied


class Role(str, enum.Enum):
    CLERK = "前台接待"
    STEWARD = "楼宇管家"
    SUPERVISOR = "客服主管"
    ADMIN = "管理员"


ALL_ROLES = frozenset(Role)
DESK = frozenset({Role.CLERK, Role.STEWARD, Role.SUPERVISOR, Role.ADMIN})
SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMIN})


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    roles: frozenset[Role]


_ACTIONS: dict[str, Action] = {}


def define(name: str, label: str, roles: frozenset[Role] | set[Role]) -> str:
    """Declare an action; returns its name so a module can keep it as a constant."""
    action = Action(name, label, frozenset(roles))
    existing = _ACTIONS.get(name)
    if existing is not None and existing != action:
        raise ValueError(f"action {name} defined twice differently")
    _ACTIONS[name] = action
    return name


def actions() -> dict[str, Action]:
    return dict(_ACTIONS)


def allowed(role: Role, action: str) -> bool:
    return role in _ACTIONS[action].roles


def require(role: Role, action: str) -> None:
    if not allowed(role, action):
        raise PermissionDenied(role.value, _ACTIONS[action].label)
