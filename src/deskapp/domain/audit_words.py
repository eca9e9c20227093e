"""The audit trail read in words: "收据 SJ2026-000123", "状态：待处理 → 已完成".

Rows keep what was written (entity name, id, before/after as JSON, hashed into the chain); this
turns them into what a supervisor reads, for the audit view and the audit export alike."""
from __future__ import annotations

import json

EMPTY = "（空）"


def object_text(label: str, number: str | None, entity_id: str | None) -> str:
    """The object as people name it: its label and its own number when it has one, else its id."""
    return f"{label} {number or entity_id or ''}".strip()


def _value(value) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return EMPTY
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(_value(v) for v in value)
    if isinstance(value, dict):
        return "，".join(f"{k}={_value(v)}" for k, v in value.items())
    return str(value)


def _load(text: str | None) -> dict:
    if not text:
        return {}
    try:
        values = json.loads(text)
    except ValueError:
        return {"": text}  # not JSON: shown as it is
    return values if isinstance(values, dict) else {"": values}


def change_lines(before: str | None, after: str | None, labels: dict[str, str]) -> list[str]:
    """One line per field: "状态：待处理 → 已完成" when it changed, "金额：12.00" when it was only
    set or only there before; unchanged fields are left out when both sides are known."""
    old, new = _load(before), _load(after)
    lines = []
    for key in list(old) + [k for k in new if k not in old]:
        name = labels.get(key, key)
        head = f"{name}：" if name else ""
        if key in old and key in new:
            if old[key] != new[key]:
                lines.append(f"{head}{_value(old[key])} → {_value(new[key])}")
        elif key in new:
            lines.append(f"{head}{_value(new[key])}")
        else:
            lines.append(f"{head}{_value(old[key])} → {EMPTY}" if after else f"{head}{_value(old[key])}")
    return lines
