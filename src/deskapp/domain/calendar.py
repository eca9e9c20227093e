"""工作日历: when the manual's duties fall due, and what state each occurrence is in.

A duty has a cadence (daily, on set weekdays, monthly, quarterly, half-yearly, yearly). Each occurrence
covers a period (the day, the month, the quarter, the half-year, the year) and is due on one day of it;
the records done within the period mark it done (the areas read their own records). A holiday
takes a daily or weekday duty off that day, and moves a later cadence's due day to the next day
that is no holiday.
"""
from __future__ import annotations

import calendar as _cal
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from deskapp.domain.errors import ValidationError
from deskapp.domain.text import require_text


class Every(str, Enum):
    DAY = "每日"
    WEEKDAYS = "每周"
    MONTH = "每月"
    QUARTER = "每季"
    HALF_YEAR = "每半年"
    YEAR = "每年"


class DutyStatus(str, Enum):
    DONE = "已完成"
    DUE = "待办"
    OVERDUE = "逾期"
    UPCOMING = "未到"


_MONTHS = {Every.MONTH: 1, Every.QUARTER: 3, Every.HALF_YEAR: 6, Every.YEAR: 12}
HOLIDAY_NAME_MAX = 30
FIRST_YEAR, LAST_YEAR = 2000, 2099  # as the registers' (domain.billing)
# longer than a half-year: the last occurrence of every cadence is in it (a yearly one missed stays on
# the morning list this long, then is the calendar's history)
LOOKBACK = timedelta(days=200)


@dataclass(frozen=True)
class Cadence:
    """`weekdays` (0 = Monday) for WEEKDAYS. The longer cadences are due on the period's `day`
    (1 = its first day; past its end = its last day) or, when `days_before_end` is given, that many
    days before its last day (0 = the last day)."""

    every: Every
    weekdays: tuple[int, ...] = ()
    day: int = 31
    days_before_end: int | None = None


@dataclass(frozen=True)
class Occurrence:
    start: date  # the period's first day
    end: date  # the period's last day
    due: date

    @property
    def label(self) -> str:
        """The period as the registers write it: 2026-12-03, 2026-12, 2026Q4, 2026H2, 2026."""
        if self.start == self.end:
            return f"{self.start:%Y-%m-%d}"
        months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
        if months == 1:
            return f"{self.start:%Y-%m}"
        if months == 3:
            return f"{self.start.year}Q{(self.start.month - 1) // 3 + 1}"
        if months == 12:
            return f"{self.start.year}"
        return f"{self.start.year}H{1 if self.start.month == 1 else 2}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def _period_of(every: Every, day: date) -> tuple[date, date]:
    """The month, quarter, half-year or year that holds `day`."""
    n = _MONTHS[every]
    first_month = (day.month - 1) // n * n + 1
    return date(day.year, first_month, 1), _month_end(day.year, first_month + n - 1)


def next_working_day(day: date, holidays: Collection[date]) -> date:
    """`day`, or when it is a holiday the first day after it that is none: a due day (a duty's, a
    paper's 缴费期限) that falls on 元旦 is the 2nd."""
    while day in holidays:
        day += timedelta(days=1)
    return day


def _due_in(cadence: Cadence, start: date, end: date) -> date:
    if cadence.days_before_end is not None:
        return max(end - timedelta(days=cadence.days_before_end), start)
    return min(start + timedelta(days=max(cadence.day, 1) - 1), end)


def occurrences(cadence: Cadence, first: date, last: date, holidays: Collection[date] = ()) -> list[Occurrence]:
    """The occurrences due from `first` to `last` (both inclusive), in order."""
    out: list[Occurrence] = []
    if cadence.every in (Every.DAY, Every.WEEKDAYS):
        day = first
        while day <= last:
            if day not in holidays and (cadence.every is Every.DAY or day.weekday() in cadence.weekdays):
                out.append(Occurrence(day, day, day))
            day += timedelta(days=1)
        return out
    # a period whose due day is moved past its end by holidays still counts: start a period early
    start, _ = _period_of(cadence.every, first - timedelta(days=31))
    while start <= last:
        period_start, period_end = _period_of(cadence.every, start)
        due = next_working_day(_due_in(cadence, period_start, period_end), holidays)
        if first <= due <= last:
            out.append(Occurrence(period_start, period_end, due))
        start = period_end + timedelta(days=1)
    return out


def latest(cadence: Cadence, today: date, holidays: Collection[date] = ()) -> list[Occurrence]:
    """What the morning list looks at: the occurrence due today, if any, and the last one due
    before today (a missed one stays until the next falls due; older ones are history)."""
    found = occurrences(cadence, today - LOOKBACK, today, holidays)
    today_s = [o for o in found if o.due == today]
    earlier = [o for o in found if o.due < today]
    return earlier[-1:] + today_s


def status(occurrence: Occurrence, done: bool, today: date) -> DutyStatus:
    if done:
        return DutyStatus.DONE
    if occurrence.due < today:
        return DutyStatus.OVERDUE
    if occurrence.start <= today:
        return DutyStatus.DUE
    return DutyStatus.UPCOMING


def check_month(year: int, month: int) -> date:
    """The month's first day; a year outside the registers' years is refused (naming 月份)."""
    if not FIRST_YEAR <= year <= LAST_YEAR or not 1 <= month <= 12:
        raise ValidationError("月份", f"应为 {FIRST_YEAR} 年到 {LAST_YEAR} 年间的月份")
    return date(year, month, 1)


HOLIDAY_SPAN_MAX = 31  # days marked in one go: 春节's eight, 国庆's seven — not a month typed by mistake


def check_holiday_days(first: date | None, last: date | None, name: str) -> tuple[str, list[date]]:
    """A holiday of one day, or of `first` to `last` (至, optional) marked in one go — 春节 and 国庆 are a
    week each, which was seven forms filled in one by one. Returns the name and the days."""
    text = check_holiday(first, name)
    if last is None or last == first:
        return text, [first]
    if last < first:
        raise ValidationError("至", f"不能早于起始日期 {first:%Y-%m-%d}")
    span = (last - first).days + 1
    if span > HOLIDAY_SPAN_MAX:
        raise ValidationError("至", f"一次最多标记 {HOLIDAY_SPAN_MAX} 天（{first:%Y-%m-%d} 至 {last:%Y-%m-%d} 是 {span} 天）")
    if last.year > LAST_YEAR:
        raise ValidationError("至", f"应为 {FIRST_YEAR} 年到 {LAST_YEAR} 年间的日期")
    return text, [first + timedelta(days=n) for n in range(span)]


def check_holiday(day: date | None, name: str) -> str:
    if day is None:
        raise ValidationError("日期", "请填写节假日的日期")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError("日期", f"应为 {FIRST_YEAR} 年到 {LAST_YEAR} 年间的日期")
    text = require_text(name, "名称")
    if len(text) > HOLIDAY_NAME_MAX:
        raise ValidationError("名称", f"最多 {HOLIDAY_NAME_MAX} 个字")
    return text
