"""Helpers test modules import by name (`from support import make_actor`). Never import from
`conftest`: several conftest.py files exist and the name is ambiguous."""
from __future__ import annotations

from datetime import timedelta, timezone

from deskapp.domain.permissions import Role
from deskapp.services.context import Actor

CST = timezone(timedelta(hours=8))


def make_actor(role: Role, name: str | None = None, user_id: int | None = None) -> Actor:
    uname = name or {Role.CLERK: "clerk", Role.STEWARD: "steward", Role.SUPERVISOR: "supervisor",
                     Role.ADMIN: "admin"}[role]
    return Actor(user_id, uname, uname, role)
