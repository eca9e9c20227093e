"""Dates as a clerk types them. One display form everywhere (2027-12-02); typing accepts the
forms people write on paper and in spreadsheets: 2027-12-02, 2027/12/2, 2027.12.2, 20271202,
2027年12月2日 (full-width digits too)."""
from __future__ import annotations

import re
from datetime import date

from deskapp.domain.text import clean

DISPLAY = "%Y-%m-%d"
EXAMPLE = "2027-12-02"
# a year outside this range is a typing slip (a two-digit year, a digit too many), not a date
FIRST_YEAR, LAST_YEAR = 1900, 2200

_SEPARATED = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(text: str) -> date | None:
    """The date in `text`, or None when it is empty. Raises ValueError whose message (Chinese)
    says what is wrong, for the form to show beside the field's name."""
    v = clean(text)
    if not v:
        return None
    m = _SEPARATED.match(v) or _DIGITS.match(v)
    if m is None:
        raise ValueError(f"“{v}”不是日期，请按 {EXAMPLE} 的格式填写")
    year, month, day = (int(g) for g in m.groups())
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"年份 {year} 不对，请填写四位年份，如 {EXAMPLE}")
    if not 1 <= month <= 12:
        raise ValueError(f"没有 {month} 月，请按 {EXAMPLE} 的格式填写")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"{year} 年 {month} 月没有 {day} 日") from None


def format_date(value: date | None) -> str:
    """The one display form: 2027-12-02; no date shows as nothing."""
    return value.strftime(DISPLAY) if value else ""
