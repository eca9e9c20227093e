"""期初欠费: the arrears a unit brings at go-live, as opening-bill lines.

A line is owed for a period (a quarter 2025Q3 / 2025年第3季度, a month 2025-07 / 2025年7月, a
year 2024年, or from–to dates); it is aged by the quarter its period starts in, as a regular bill
of that quarter would be (services/billing/arrears.py). Its key starts with 期初: so that a later
quarterly run never takes it for a line of its own to adjust."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from deskapp.domain.billing import FeeItem, Quarter, quarter_of
from deskapp.domain.errors import ValidationError
from deskapp.domain.value_bounds import FIRST_YEAR, LAST_YEAR

KEY_PREFIX = "期初:"
MARK = "期初"


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    label: str  # as the paper shows it: 2025年第三季度, 2025年7月, 2025.07.01–2025.08.15

    @property
    def quarter(self) -> Quarter:
        return quarter_of(self.start)


def is_opening(key: str) -> bool:
    return key.startswith(KEY_PREFIX)


def line_key(item: FeeItem, period: Period) -> str:
    return f"{KEY_PREFIX}{item.name}:{period.start:%Y%m%d}-{period.end:%Y%m%d}"


def marked(item: str, key: str) -> str:
    """The item as the counter, the unit page, notices and receipts show it: 物业费（期初）."""
    return f"{item}（{MARK}）" if is_opening(key) else item


def quarter_period(q: Quarter) -> Period:
    return Period(q.start, q.end, q.label)


_QUARTER = re.compile(r"^(\d{4})\s*(?:[Qq]|年\s*第?)\s*([1-4一二三四])\s*(?:季度?)?$")
_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_YEAR = re.compile(r"^(\d{4})\s*年?度?$")
_DAY = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_RANGE = re.compile(rf"^{_DAY}\s*(?:至|到|~|～|—|–|--|-)\s*{_DAY}$")
_CN = {"一": 1, "二": 2, "三": 3, "四": 4}


def _year(text: str, field: str, value: str) -> int:
    y = int(text)
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise ValidationError(field, f"“{value}”的年份应在 {FIRST_YEAR} 到 {LAST_YEAR} 之间")
    return y


def _day(y: str, m: str, d: str, field: str, value: str) -> date:
    try:
        return date(_year(y, field, value), int(m), int(d))
    except ValueError:
        raise ValidationError(field, f"“{value}”中的日期不存在") from None


def parse_period(text: str, field: str = "所属期间") -> Period:
    """A period as the files write it; refused naming `field`."""
    t = text.strip().replace(" ", "")
    if m := _QUARTER.match(t):
        q = int(_CN.get(m.group(2), m.group(2)))
        return quarter_period(Quarter(_year(m.group(1), field, text), q))
    if m := _MONTH.match(t):
        y, mo = _year(m.group(1), field, text), int(m.group(2))
        if not 1 <= mo <= 12:
            raise ValidationError(field, f"“{text}”的月份应在 1 到 12 之间")
        return Period(date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), f"{y}年{mo}月")
    if m := _RANGE.match(t):
        return span(_day(*m.group(1, 2, 3), field, text), _day(*m.group(4, 5, 6), field, text), field)
    if m := _YEAR.match(t):
        y = _year(m.group(1), field, text)
        return Period(date(y, 1, 1), date(y, 12, 31), f"{y}年")
    raise ValidationError(field, f"“{text}”不是期间，应为 2025Q3、2025年第3季度、2025-07 或 2025-07-01至2025-09-30")


def span(start: date, end: date, field: str = "所属期间") -> Period:
    if end < start:
        raise ValidationError(field, f"结束日期 {end:%Y-%m-%d} 早于开始日期 {start:%Y-%m-%d}")
    return Period(start, end, f"{start:%Y.%m.%d}–{end:%Y.%m.%d}")


def future_problem(period: Period, today: date) -> str | None:
    """Arrears are owed for periods that have begun; one starting after today is a typo."""
    if period.start > today:
        return f"期间 {period.label} 尚未开始（今天 {today:%Y-%m-%d}），期初欠费只能是已开始的期间"
    return None


_HEADING = re.compile(r"(\d{4})\s*(?:年\s*第?\s*([1-4一二三四])\s*季度|[Qq]([1-4]))")


def heading_quarter(text: str) -> Quarter | None:
    """The quarter a ledger's title names ("A区物业费台账（2025年第3季度）"), or None."""
    m = _HEADING.search(text)
    if not m:
        return None
    y = int(m.group(1))
    if not FIRST_YEAR <= y <= LAST_YEAR:
        return None
    return Quarter(y, int(_CN.get(m.group(2) or "", m.group(2) or m.group(3))))
