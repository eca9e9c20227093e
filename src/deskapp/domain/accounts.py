"""Rules for desk accounts: names, passwords, lock-out after failed logins, idle lock."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskapp.domain.errors import ValidationError

MAX_FAILURES = 5
LOCK_MINUTES = 15
IDLE_MINUTES_DEFAULT = 10
MIN_PASSWORD = 8

_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{1,39}$")


def check_username(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("用户名", "不能为空")
    if name.startswith("os:") or not _USERNAME.match(name):
        raise ValidationError("用户名", "用 2–40 个英文字母、数字、点、下划线或减号，以字母开头，例如 wangli")
    return name


def check_display_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("姓名", "不能为空")
    if len(name) > 40:
        raise ValidationError("姓名", "最多 40 个字")
    return name


def check_password(password: str, username: str = "", *, field: str = "密码") -> str:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(field, f"至少 {MIN_PASSWORD} 个字符")
    if password.strip() != password:
        raise ValidationError(field, "开头和结尾不能是空格")
    if username and password.lower() == username.lower():
        raise ValidationError(field, "不能与用户名相同")
    if len(set(password)) < 3:
        raise ValidationError(field, "过于简单，请混用字母、数字或符号")
    return password


@dataclass(frozen=True)
class Lockout:
    failures: int
    locked_until: datetime | None


def after_failure(failures: int, now: datetime) -> Lockout:
    """The fifth failure in a row locks the account for 15 minutes and starts the count again."""
    failures += 1
    if failures >= MAX_FAILURES:
        return Lockout(0, now + timedelta(minutes=LOCK_MINUTES))
    return Lockout(failures, None)


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and now < locked_until


def minutes_left(locked_until: datetime, now: datetime) -> int:
    """Whole minutes the user still has to wait, rounded up (never 0 while locked)."""
    return max(1, math.ceil((locked_until - now).total_seconds() / 60))


def idle_expired(last_activity: datetime, now: datetime, minutes: int) -> bool:
    return minutes > 0 and now - last_activity >= timedelta(minutes=minutes)
