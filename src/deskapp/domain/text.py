"""Normalising text as people and spreadsheets type it."""
from __future__ import annotations

import unicodedata

from deskapp.domain.errors import ValidationError

_SPACES = "\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff"


def clean(value: object) -> str:
    """NFKC (full-width digits and punctuation to half-width), odd spaces trimmed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    for ch in _SPACES:
        text = text.replace(ch, " ")
    return text.strip()


def require_text(value: str, field: str) -> str:
    """A reason, name or note that must be written, stripped: blank (spaces only) is refused, naming the field."""
    if not value.strip():
        raise ValidationError(field, "不能为空")
    return value.strip()


def bounded_text(value: str, field: str, *, required: bool, limit: int, blank: str = "不能为空") -> str:
    """A form's text field, stripped: blank refused when `required` (with `blank`, where the form says
    what to write), longer than `limit` refused, each naming the field."""
    v = value.strip()
    if required and not v:
        raise ValidationError(field, blank)
    if len(v) > limit:
        raise ValidationError(field, f"不能超过 {limit} 个字符")
    return v


# What a file's name may not hold on Windows, each put as its full-width look-alike, which it may;
# and a paper's book-title marks, which a file's name goes without.
_NAME_SAFE = str.maketrans({"/": "／", "\\": "＼", ":": "：", "*": "＊", "?": "？", '"': "＂", "<": "＜", ">": "＞",
                            "|": "｜", "《": None, "》": None})


def file_name_of(title: str) -> str:
    """A paper's title as a file's name: 《业户服务需求/投诉登记表》 → 业户服务需求／投诉登记表 (the slash
    would have made a folder of 业户服务需求 and left 投诉登记表 alone)."""
    return title.translate(_NAME_SAFE).strip()
