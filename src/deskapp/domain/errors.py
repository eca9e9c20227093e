"""Errors a user can act on. Each names what is wrong so the screen can point at it."""
from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from deskapp.domain.local_time import local_text

T = TypeVar("T")


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

    def __reduce__(self):
        # picklable, so that an error in a worker process (demo build, notices) reaches the
        # parent as itself instead of breaking the pool's result thread
        return _validation_error, (self.field, self.message, self.location)


class PermissionDenied(DeskappError):
    def __init__(self, role_label: str, action_label: str):
        self.role_label, self.action_label = role_label, action_label
        super().__init__(f"{role_label}无权执行此操作：{action_label}")

    def __reduce__(self):
        return PermissionDenied, (self.role_label, self.action_label)


def _validation_error(field: str, message: str, location: str | None) -> ValidationError:
    return ValidationError(field, message, location=location)


class NotFound(DeskappError):
    pass


def found(item: T | None, message: str) -> T:
    """`item` looked up by id, or NotFound(message) when there is none: every lookup says it the same way."""
    if item is None:
        raise NotFound(message)
    return item


class Conflict(DeskappError):
    """The request contradicts what is recorded (already lent, duplicate code, ...)."""


class ValidationErrors(ValidationError):
    """Several values wrong at once, so that a form names them all in one message instead of one
    refusal per save. `field` is the first one's, for the form to focus."""

    def __init__(self, problems: list[ValidationError]):
        self.problems = list(problems)
        first = self.problems[0]
        super().__init__(first.field, first.message, location=first.location)
        self.args = (str(self),)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    def __reduce__(self):
        return ValidationErrors, (self.problems,)


class Problems:
    """Collects the ValidationErrors of several checks; `raise_any` raises them together."""

    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    def check(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ValidationError as exc:
            self.add(exc)
            return None

    def add(self, exc: ValidationError) -> None:
        # a check that names several problems itself adds each of them
        self.found.extend(exc.problems if isinstance(exc, ValidationErrors) else [exc])

    def raise_any(self) -> None:
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise ValidationErrors(self.found)


class Cancelled(DeskappError):
    """The user cancelled a long job part-way; its transaction was rolled back and no file was
    written. The one cancel error of every area (exports, imports, bill runs, the demo build)."""

    def __init__(self, message: str = "已取消，未写入任何数据") -> None:
        super().__init__(message)

    def __reduce__(self):
        return Cancelled, (str(self),)


class ConcurrentEdit(Conflict):
    """Another desk saved the record after this form loaded it (issue 18 §3): the later save is
    refused rather than silently overwriting the first, and says whose save came first."""


def concurrent_edit(who: str, at: datetime | None) -> ConcurrentEdit:
    """The refusal naming the user whose save came first and when, on the centre's clock."""
    who = who or "另一台客服台"
    if at is None:
        return ConcurrentEdit(f"已被 {who} 修改，请刷新后再改")
    return ConcurrentEdit(f"已被 {who} 于 {local_text(at, '%H:%M')} 修改，请刷新后再改")
