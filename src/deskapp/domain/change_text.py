"""An audit record's before/after as lines a person reads on paper ("字段：旧 → 新"), not as JSON:
the register prints them in one wrapped column of bounded width."""
from __future__ import annotations

import json

VALUE_CHARS = 40  # one value longer than this is cut: the full record stays in the database
TEXT_CHARS = 300  # the whole cell: about ten wrapped lines of a 50-character column


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _value(v) -> str:
    if v is None or v == "" or v == {} or v == []:
        return "（空）"
    if isinstance(v, dict):  # nested values read as "key value、key value", not as JSON
        v = "、".join(f"{k} {_value(x)}" for k, x in v.items())
    elif isinstance(v, list):
        v = "、".join(_value(x) for x in v)
    return _cut(str(v), VALUE_CHARS)


def _load(text: str | None):
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def change_text(before: str | None, after: str | None) -> str:
    """One line per changed field; a field only before or only after shows just its side."""
    b, a = _load(before), _load(after)
    if not isinstance(b, dict) or not isinstance(a, dict):
        if isinstance(b, dict) or isinstance(a, dict):
            b, a = (b if isinstance(b, dict) else {}), (a if isinstance(a, dict) else {})
        else:
            parts = [_value(b) if b is not None else "", _value(a) if a is not None else ""]
            return _cut(" → ".join(p for p in parts if p), TEXT_CHARS)
    lines = []
    for key in dict.fromkeys([*b, *a]):
        if key in b and key in a:
            if b[key] != a[key]:
                lines.append(f"{key}：{_value(b[key])} → {_value(a[key])}")
        elif key in a:
            lines.append(f"{key}：{_value(a[key])}")
        else:
            lines.append(f"{key}：{_value(b[key])} → （删除）")
    text = "\n".join(lines)
    if len(text) > TEXT_CHARS:
        text = text[: TEXT_CHARS - 1] + f"…（共 {len(lines)} 项）"
    return text
