"""Errors a user can act on. Each names what is wrong so the screen can point at it."""
from __future__ import annotations


class DeskappError(Exception):
    """Base: its message is shown to the user as it is."""


class ValidationError(DeskappError):
    """A value the user gave is wrong. `field` is the field's label as the user sees it."""

    def __init__(self, field: str, message: str, *, location: str | None = None):
        self.field = field
        self.message = message
        self.location = location  # e.g. "工作表 资产信息 第 5 行 F 列" for values read from a file
        prefix = f"{location}，" if location else ""
        super().__init__(f"{prefix}{field}：{message}")


class PermissionDenied(DeskappError):
    def __init__(self, role_label: str, action_label: str):
        super().__init__(f"{role_label}无权执行此操作：{action_label}")


class NotFound(DeskappError):
    pass


class Conflict(DeskappError):
    """The request contradicts what is recorded (already lent, duplicate code, ...)."""
