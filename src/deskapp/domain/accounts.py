"""Rules for desk accounts: names, passwords, the growing wait after failed logins, idle lock."""
from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from functools import cache

from deskapp.domain.errors import ValidationError
from deskapp.resources_path import resource

# Failed sign-ins slow the next try down step by step instead of locking the account: a lock
# that anyone at the counter can trigger by typing a name five times locks the supervisor out.
# Two slips cost nothing; from the third failure in a row the next try waits 5 s, doubling
# with each failure to at most 15 minutes (about 100 guesses a day).
FREE_TRIES = 3
FIRST_DELAY_SECONDS = 5
MAX_DELAY_SECONDS = 15 * 60
IDLE_MINUTES_DEFAULT = 10
MIN_PASSWORD = 8

_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{1,39}$")
_EDGE_DIGITS = re.compile(r"^\d+|\d+$")


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


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list (resources/accounts/common-passwords.txt), lower case."""
    text = resource("accounts", "common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _is_name(password: str, name: str) -> bool:
    """The password is the name, alone or with digits before or after it (wangli2026,
    翠湖花园8888): the first thing anyone guesses."""
    name = name.strip().lower()
    core = _EDGE_DIGITS.sub("", name)
    return bool(core) and _EDGE_DIGITS.sub("", password) == core


def check_password(password: str, username: str = "", *, names: tuple[str, ...] = (),
                   field: str = "密码") -> str:
    """At least 8 characters, not on the common-password list, not the user name nor one of
    `names` (the community and its service centre)."""
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(field, f"至少 {MIN_PASSWORD} 个字符")
    if password.strip() != password:
        raise ValidationError(field, "开头和结尾不能是空格")
    lowered = password.lower()
    if username and _is_name(lowered, username):
        raise ValidationError(field, "不能用用户名做密码")
    if any(_is_name(lowered, name) for name in names):
        raise ValidationError(field, "不能用小区或服务中心的名称做密码")
    if len(set(password)) < 3:
        raise ValidationError(field, "过于简单，请混用字母、数字或符号")
    if lowered in common_passwords():
        raise ValidationError(field, "这是常见密码，很容易被猜中，请换一个")
    return password


def delay_after(failures: int) -> timedelta:
    """How long the next try must wait after `failures` failed tries in a row."""
    if failures < FREE_TRIES:
        return timedelta(0)
    return timedelta(seconds=min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_TRIES)))


def seconds_left(next_try_at: datetime | None, now: datetime) -> int:
    """Whole seconds still to wait, rounded up; 0 when a try is allowed now."""
    if next_try_at is None or now >= next_try_at:
        return 0
    return max(1, math.ceil((next_try_at - now).total_seconds()))


def wait_text(seconds: int) -> str:
    """“30 秒”, “2 分钟”, “1 分 30 秒” for the login message."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} 秒"
    return f"{minutes} 分钟" if not rest else f"{minutes} 分 {rest} 秒"


def idle_expired(last_activity: datetime, now: datetime, minutes: int) -> bool:
    return minutes > 0 and now - last_activity >= timedelta(minutes=minutes)


# Desks signed in to one database (issue 18 §5): a desk renews its presence every minute; three
# minutes without it, the desk is taken to be gone (a crash, a pulled cable), not still working.
DESK_HEARTBEAT = timedelta(minutes=1)
DESK_GONE_AFTER = timedelta(minutes=3)


def desks_connected_after(now: datetime) -> datetime:
    """A desk whose last heartbeat is later than this is still connected."""
    return now - DESK_GONE_AFTER


def upgrade_refused(desks: list[str]) -> str:
    """Why the schema is not upgraded while others work on it, naming them."""
    return f"还有客服台连着这个数据库（{'、'.join(desks)}）：请先让他们退出登录，再升级表结构。"
