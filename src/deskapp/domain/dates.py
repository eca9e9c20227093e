"""Dates as a clerk types them. One display form everywhere (2027-12-02); typing accepts the
forms people write on paper and in spreadsheets: 2027-12-02, 2027/12/2, 2027.12.2, 20271202,
2027年12月2日 (full-width digits too)."""
from __future__ import annotations

import re
from datetime import date, datetime, time, tzinfo

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


DISPLAY_TIME = "%Y-%m-%d %H:%M"
EXAMPLE_TIME = "2027-12-02 09:30"
_TIME = re.compile(r"^(.+?)\s+(\d{1,2})\s*[:.]?\s*(\d{2})$")


def parse_date_time(text: str, tz: tzinfo) -> datetime | None:
    """A date and a time of day as typed (2027-12-02 09:30, 2027/12/2 9:30, 20271202 0930),
    in the zone `tz` (the centre's); None when empty. Raises ValueError saying what is wrong."""
    v = clean(text).replace("：", ":")
    if not v:
        return None
    m = _TIME.match(v)
    if m is None:
        raise ValueError(f"“{v}”应为日期和时间，请按 {EXAMPLE_TIME} 的格式填写")
    day = parse_date(m.group(1))
    hour, minute = int(m.group(2)), int(m.group(3))
    if hour > 23 or minute > 59:
        raise ValueError(f"没有 {hour}:{minute:02d} 这个时间，请按 {EXAMPLE_TIME} 的格式填写")
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


def format_date_time(value: datetime | None) -> str:
    """The one display form of a time: 2027-12-02 09:30 (in the value's own zone)."""
    return value.strftime(DISPLAY_TIME) if value else ""
