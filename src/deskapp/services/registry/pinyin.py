"""Pinyin keys for searching names as clerks type them (zs -> 张三)."""
from __future__ import annotations


def initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin  # loads large tables: only when a name is written

    return "".join(p[0] for p in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore") if p).lower()


def full(name: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name, errors="ignore")).lower()
