"""Centre-wide settings, stored as JSON per key, with defaults declared by each area.

An area declares a setting it reads with `declare(key, default, label, ...)`; the shape of the
default gives the setting's kind (bool, int, text, list of text, dict of hours), and keyword
arguments refine it (`choices=`, `kind="decimal"|"time"|"span"|"weekdays"`, `minimum=`, `maximum=`,
`max_length=`, `blank=`, `pattern=`). `set_values` refuses anything that does not fit the kind,
before it writes anything, with a ValidationError naming the setting.

The settings page finds every setting through `catalogue()`, which imports the light service
modules listed in DECLARING_MODULES (none of them loads openpyxl, reportlab or alembic); a test
(tests/services/test_settings.py) checks that the list covers every `declare` in the services.
"""
from __future__ import annotations

import importlib
import json
import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from deskapp.domain.errors import ValidationError
from deskapp.domain.office_hours import parse_office_hours
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.store.models.settings import Setting
from deskapp.store.repositories.settings import SettingsRepository

CHANGE_SETTING = define("settings.change", "修改系统设置", SUPERVISORS)

# The service modules that declare settings; each is light (no Excel, PDF or migration library).
DECLARING_MODULES = (
    "deskapp.services.reception._common",
    "deskapp.services.keys.custody",
    "deskapp.services.keys.cards",
    "deskapp.services.billing.common",
    "deskapp.services.billing.notice_settings",
    "deskapp.services.billing.voucher_accounts",
    "deskapp.services.rounds._common",
    "deskapp.services.accounts.users",
    "deskapp.services.accounts.backup",
    "deskapp.services.accounts.updates",
    "deskapp.services.occupancy._common",
    "deskapp.services.facilities._common",
    "deskapp.services.stored_files",
    "deskapp.services.community.duties",
    "deskapp.services.billing.duties",
    "deskapp.services.keys.duties",
    "deskapp.services.rounds.duties",
    "deskapp.services.monthpack.duties",
    "deskapp.services.registry.duties",
)

# The settings page's groups, in order, by the first part of a setting's key.
GROUP_OF_PREFIX = {
    "reception": "reception", "keys": "keys", "cards": "keys", "billing": "billing",
    "rounds": "rounds", "occupancy": "rounds", "accounts": "accounts", "backup": "accounts", "update": "accounts",
    "facilities": "reception",  # the facilities are booked at the front desk
    "community": "rounds",  # boards and activities are the steward's
    "files": "accounts",  # where kept files live is a matter of the data, as the backups folder
    "monthpack": "reception",  # the month's registers are the desk's
    "registry": "rounds",  # the owner files' quarterly check is the steward's
}
# The duty calendar's days (工作日历: when each duty of the month, quarter, half-year falls due, and the
# stairwell round days) on a page of their own, whatever area answers for the duty: the supervisor sets
# the centre's calendar in one place.
CALENDAR_KEYS = ("rounds.stairwell.weekdays",)


def group_of(key: str) -> str:
    if ".duty." in key or key in CALENDAR_KEYS:
        return "calendar"
    return GROUP_OF_PREFIX.get(key.split(".", 1)[0], "other")


GROUPS = ("reception", "keys", "billing", "rounds", "calendar", "accounts", "other")

KINDS = ("bool", "int", "text", "choice", "decimal", "time", "span", "weekdays", "list", "hours", "folder")
WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
LIST_MAX_ITEMS = 60
LIST_ITEM_MAX_LENGTH = 40
HOURS_MAXIMUM = 8760  # a year
INT_MAXIMUM = 9999


@dataclass(frozen=True)
class Declared:
    """A setting as an area declared it: what the settings page shows and what it may hold."""

    key: str
    default: Any
    label: str
    kind: str
    group: str
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label)
    minimum: Any = None  # int, or a decimal string for "decimal"
    maximum: Any = None
    max_length: int | None = None  # text: the whole text; list: each item
    blank: bool = True  # text: may be empty
    pattern: str | None = None  # text: a regular expression the whole text must match
    pattern_hint: str = ""  # text: what the pattern asks for, in words
    confirm: str = ""  # asked before a changed value is saved: what the change sets going


_DECLARED: dict[str, Declared] = {}


def _kind_of(default: Any) -> str:
    if isinstance(default, bool):
        return "bool"
    if isinstance(default, int):
        return "int"
    if isinstance(default, str):
        return "text"
    if isinstance(default, (list, tuple)):
        return "list"
    if isinstance(default, dict):
        return "hours"
    raise TypeError(f"setting default of an unknown shape: {default!r}")


def declare(key: str, default: Any, label: str, *, kind: str | None = None,
            choices: Iterable[tuple[str, str]] | Iterable[str] | None = None,
            minimum: Any = None, maximum: Any = None, max_length: int | None = None,
            blank: bool = True, pattern: str | None = None, pattern_hint: str = "", confirm: str = "") -> str:
    """An area declares a setting it reads, with its default and a label for the settings page.

    The kind comes from the default (bool, int ≥ 0, text, list of text, dict of category →
    hours) unless given: "choice" (with `choices`, pairs of value and label), "decimal" (a
    decimal string ≥ 0), "time" ("HH:MM"), "span" (office hours "HH:MM-HH:MM", blank for none), "weekdays" (a list of 0 = Monday … 6 = Sunday),
    "folder" (a folder's full path, empty for the default, that exists and can be written in).
    `confirm`: the question the page asks before saving a change (a change that cannot simply
    be taken back, as a new receipt series)."""
    pairs = tuple((c, c) if isinstance(c, str) else (str(c[0]), str(c[1])) for c in (choices or ()))
    if pairs and kind is None:
        kind = "choice"
    kind = kind or _kind_of(default)
    if kind not in KINDS:
        raise ValueError(f"unknown setting kind {kind!r} for {key}")
    if kind == "int" and minimum is None:
        minimum = 0
    if kind == "int" and maximum is None:
        maximum = INT_MAXIMUM
    if kind == "decimal" and minimum is None:
        minimum = "0"
    if kind == "list" and max_length is None:
        max_length = LIST_ITEM_MAX_LENGTH
    if kind == "hours" and maximum is None:
        maximum = HOURS_MAXIMUM
    if isinstance(default, tuple):
        default = list(default)
    spec = Declared(key, default, label, kind, group_of(key), pairs,
                    minimum, maximum, max_length, blank, pattern, pattern_hint, confirm)
    _DECLARED[key] = spec
    check(key, default)  # a default that does not fit its own rules is a programming error
    return key


def declared() -> dict[str, tuple[Any, str]]:
    """Every setting declared so far: key → (default, label)."""
    return {k: (d.default, d.label) for k, d in _DECLARED.items()}


def catalogue() -> list[Declared]:
    """Every setting of the program, by group (GROUPS order) then in the order declared.
    Imports the modules that declare them (DECLARING_MODULES), so nothing has to be open."""
    for name in DECLARING_MODULES:
        importlib.import_module(name)
    order = {g: n for n, g in enumerate(GROUPS)}
    return sorted(_DECLARED.values(), key=lambda d: order.get(d.group, len(GROUPS)))


def spec(key: str) -> Declared:
    try:
        return _DECLARED[key]
    except KeyError:
        raise KeyError(f"no setting {key!r} is declared") from None


# ----------------------------------------------------------------- checking a value

def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _check_int(d: Declared, value: Any) -> int:
    if not _is_int(value):
        raise ValidationError(d.label, "请填写整数")
    if d.minimum is not None and value < d.minimum:
        raise ValidationError(d.label, f"不能小于 {d.minimum}")
    if d.maximum is not None and value > d.maximum:
        raise ValidationError(d.label, f"不能大于 {d.maximum}")
    return value


def _check_text(d: Declared, value: Any) -> str:
    if not isinstance(value, str):
        raise ValidationError(d.label, "请填写文字")
    text = value.strip()
    if not text and not d.blank:
        raise ValidationError(d.label, "不能为空")
    if d.max_length is not None and len(text) > d.max_length:
        raise ValidationError(d.label, f"最多 {d.max_length} 个字，现在有 {len(text)} 个")
    if text and d.pattern and not re.fullmatch(d.pattern, text):
        raise ValidationError(d.label, d.pattern_hint or "格式不对")
    return text


def _check_choice(d: Declared, value: Any) -> str:
    allowed = [v for v, _ in d.choices]
    if value not in allowed:
        raise ValidationError(d.label, "请在 " + "、".join(lbl for _, lbl in d.choices) + " 中选择一项")
    return value


_DECIMAL = re.compile(r"\d+(\.\d+)?")


def _check_decimal(d: Declared, value: Any) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not _DECIMAL.fullmatch(text):
        raise ValidationError(d.label, f"请填写不小于 {d.minimum} 的数，如 {d.default}")
    try:
        number = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern lets only plain decimals through
        raise ValidationError(d.label, f"请填写数字，如 {d.default}") from None
    if d.minimum is not None and number < Decimal(str(d.minimum)):
        raise ValidationError(d.label, f"不能小于 {d.minimum}")
    if d.maximum is not None and number > Decimal(str(d.maximum)):
        raise ValidationError(d.label, f"不能大于 {d.maximum}")
    return text


_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def _check_time(d: Declared, value: Any) -> str:
    m = _TIME.fullmatch(value.strip()) if isinstance(value, str) else None
    if not m or not (0 <= int(m.group(1)) <= 23 and 0 <= int(m.group(2)) <= 59):
        raise ValidationError(d.label, f"请按“时:分”填写 00:00 到 23:59 之间的时间，如 {d.default}")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def _check_span(d: Declared, value: Any) -> str:
    try:
        span = parse_office_hours(value if isinstance(value, str) else "?")
    except ValidationError as e:
        raise ValidationError(d.label, e.message) from None
    return str(span) if span is not None else ""


def _check_weekdays(d: Declared, value: Any) -> list[int]:
    if not isinstance(value, (list, tuple)) or not all(_is_int(v) for v in value):
        raise ValidationError(d.label, "请选择星期几")
    if not value:
        raise ValidationError(d.label, "请至少选择一天")
    if any(not 0 <= v <= 6 for v in value):
        raise ValidationError(d.label, "星期只能是 0（周一）到 6（周日）")
    if len(set(value)) != len(value):
        raise ValidationError(d.label, "同一天选了两次")
    return sorted(value)


def _check_list(d: Declared, value: Any) -> list[str]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValidationError(d.label, "应为一组文字")
    items = [v.strip() for v in value]
    if not items:
        raise ValidationError(d.label, "至少要有一项")
    if len(items) > LIST_MAX_ITEMS:
        raise ValidationError(d.label, f"最多 {LIST_MAX_ITEMS} 项")
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        if not item:
            raise ValidationError(d.label, f"第 {n} 项是空的")
        if d.max_length is not None and len(item) > d.max_length:
            raise ValidationError(d.label, f"第 {n} 项“{item}”太长（最多 {d.max_length} 个字）")
        if item in seen:
            raise ValidationError(d.label, f"“{item}”出现了两次")
        seen.add(item)
    return items


def _check_hours(d: Declared, value: Any) -> dict[str, int]:
    if not isinstance(value, Mapping):
        raise ValidationError(d.label, "应为每个类别的小时数")
    expected = list(d.default)
    if set(value) != set(expected):
        missing = [k for k in expected if k not in value]
        extra = [str(k) for k in value if k not in d.default]
        parts = ([f"缺少 {'、'.join(missing)}"] if missing else []) + ([f"没有类别 {'、'.join(extra)}"] if extra else [])
        raise ValidationError(d.label, "；".join(parts))
    for k in expected:
        hours = value[k]
        if not _is_int(hours) or hours <= 0:
            raise ValidationError(d.label, f"“{k}”的时限应为大于 0 的整数小时")
        if d.maximum is not None and hours > d.maximum:
            raise ValidationError(d.label, f"“{k}”的时限不能超过 {d.maximum} 小时")
    return {k: value[k] for k in expected}


def _check_bool(d: Declared, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(d.label, "应为“是”或“否”")
    return value


def _check_folder(d: Declared, value: Any) -> str:
    """A folder the program writes into by itself (the daily backup): said wrong when it is saved,
    not the next morning when the backup fails. Empty: the default place."""
    text = _check_text(d, value)
    if not text:
        return text
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        raise ValidationError(d.label, "请填写完整路径，如 D:\\物业备份")
    if not folder.is_dir():
        raise ValidationError(d.label, f"文件夹 {folder} 不存在" if not folder.exists() else f"{folder} 不是文件夹")
    try:  # a byte written and the file gone again: the only sure test of a share's or a folder's rights
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"\0")
            probe.flush()
    except OSError:
        raise ValidationError(d.label, f"文件夹 {folder} 不能写入（没有权限或磁盘只读）") from None
    return str(folder)


_CHECKS = {
    "bool": _check_bool, "int": _check_int, "text": _check_text, "choice": _check_choice, "decimal": _check_decimal,
    "time": _check_time, "span": _check_span, "weekdays": _check_weekdays, "list": _check_list, "hours": _check_hours,
    "folder": _check_folder,
}


def check(key: str, value: Any) -> Any:
    """The value as it would be stored (trimmed, times as HH:MM, weekdays sorted), or a
    ValidationError naming the setting. Writes nothing."""
    d = spec(key)
    return _CHECKS[d.kind](d, value)


# ----------------------------------------------------------------- reading

@dataclass(frozen=True)
class Current:
    value: Any
    changed: bool  # a stored value, not the default
    version: int = 0  # the stored row's (0: none stored); set_values' `versions` sends it back


def get(ctx: Context, key: str) -> Any:
    with ctx.reader() as uow:
        row = uow.settings.setting(key)
        if row is not None:
            return json.loads(row.value)
    return _DECLARED[key].default


def read_in(session, key: str) -> Any:
    """A setting read in the caller's transaction: a hook answering inside another area's read or
    write opens no second connection."""
    row = SettingsRepository(session).setting(key)
    return json.loads(row.value) if row is not None else _DECLARED[key].default


def current(ctx: Context, actor: Actor, keys: Iterable[str] | None = None) -> dict[str, Current]:
    """The values the settings page shows (every catalogued setting unless `keys`), in one read."""
    actor.require(CHANGE_SETTING)
    wanted = list(keys) if keys is not None else [d.key for d in catalogue()]
    with ctx.reader() as uow:
        rows = uow.settings.stored_values(wanted)
    return {k: Current(json.loads(rows[k][0]), True, rows[k][1]) if k in rows else Current(_DECLARED[k].default, False)
            for k in wanted}


# ----------------------------------------------------------------- writing

def set_value(ctx: Context, actor: Actor, key: str, value: Any) -> None:
    set_values(ctx, actor, {key: value})


def reset(ctx: Context, actor: Actor, key: str) -> None:
    """Back to the declared default (the stored value is removed); audited."""
    set_values(ctx, actor, {}, reset=[key])


def set_values(ctx: Context, actor: Actor, changes: Mapping[str, Any], reset: Iterable[str] = (),
               versions: Mapping[str, int] | None = None) -> list[str]:
    """Store several settings at once, each audited; `reset` keys go back to their default.
    Every value is checked first: one bad value and nothing is written. A value equal to the
    one in force is skipped. Returns the keys that changed. `versions`: each key's version as
    the settings page loaded it (Current.version): a key another desk saved since refuses the
    whole save, naming them."""
    actor.require(CHANGE_SETTING)
    to_reset = list(reset)
    for key in [*changes, *to_reset]:
        spec(key)
    clean = {key: check(key, value) for key, value in changes.items()}
    written: list[str] = []
    with ctx.uow() as uow:
        for key in to_reset:
            row = uow.settings.setting(key)
            if row is None:
                continue
            d = _DECLARED[key]
            before = json.loads(row.value)
            _edit(uow, ctx, actor, row, versions)
            uow.settings.delete(row)
            audit.record(uow.session, ctx, actor, "settings.change", "setting", key,
                         summary=f"设置 {d.label}：恢复默认", before={"value": before}, after={"value": d.default})
            written.append(key)
        for key, value in clean.items():
            d = _DECLARED[key]
            row = uow.settings.setting(key)
            before = json.loads(row.value) if row is not None else d.default
            if before == value:
                continue
            if row is None:
                row = Setting(key=key, value="null", updated_by=actor.display_name[:80], updated_at=ctx.clock.now())
                uow.settings.add(row)
            else:
                _edit(uow, ctx, actor, row, versions)
            row.value = json.dumps(value, ensure_ascii=False)
            audit.record(uow.session, ctx, actor, "settings.change", "setting", key,
                         summary=f"设置 {d.label}", before={"value": before}, after={"value": value})
            written.append(key)
        uow.commit()
    return written


def _edit(uow, ctx: Context, actor: Actor, row: Setting, versions: Mapping[str, int] | None) -> None:
    """The stored row saved against the version the page loaded (none: whatever it is now); a
    row stored since the page showed the default (version 0) is another desk's save too."""
    loaded = None if versions is None or row.key not in versions else versions[row.key]
    uow.settings.claim(row, loaded, actor.display_name, ctx.clock.now())
