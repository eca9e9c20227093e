"""工作日历's rules: when each cadence falls due, what a holiday does to it, what the morning list
looks at, and an occurrence's status."""
from __future__ import annotations

from datetime import date

from deskapp.domain.calendar import Cadence, DutyStatus, Every, Occurrence, latest, occurrences, status


def _dues(cadence, first, last, holidays=()):
    return [(o.due, o.label) for o in occurrences(cadence, first, last, holidays)]


def test_each_cadence_falls_due_on_its_day():
    assert _dues(Cadence(Every.WEEKDAYS, weekdays=(1, 2)), date(2026, 12, 1), date(2026, 12, 9)) == [
        (date(2026, 12, 1), "2026-12-01"), (date(2026, 12, 2), "2026-12-02"), (date(2026, 12, 8), "2026-12-08"),
        (date(2026, 12, 9), "2026-12-09")]
    assert _dues(Cadence(Every.MONTH, day=31), date(2026, 2, 1), date(2026, 3, 31)) == [
        (date(2026, 2, 28), "2026-02"), (date(2026, 3, 31), "2026-03")]
    assert _dues(Cadence(Every.QUARTER, day=15), date(2026, 1, 1), date(2026, 12, 31)) == [
        (date(2026, 1, 15), "2026Q1"), (date(2026, 4, 15), "2026Q2"), (date(2026, 7, 15), "2026Q3"),
        (date(2026, 10, 15), "2026Q4")]
    assert _dues(Cadence(Every.QUARTER, days_before_end=15), date(2026, 10, 1), date(2026, 12, 31)) == [
        (date(2026, 12, 16), "2026Q4")]
    assert _dues(Cadence(Every.HALF_YEAR, days_before_end=0), date(2026, 1, 1), date(2026, 12, 31)) == [
        (date(2026, 6, 30), "2026H1"), (date(2026, 12, 31), "2026H2")]


def test_a_holiday_takes_a_daily_duty_off_and_moves_a_longer_ones_due_day():
    off = {date(2026, 10, d) for d in range(1, 8)}
    daily = _dues(Cadence(Every.DAY), date(2026, 9, 30), date(2026, 10, 8), off)
    assert [d for d, _ in daily] == [date(2026, 9, 30), date(2026, 10, 8)]
    assert _dues(Cadence(Every.QUARTER, day=1), date(2026, 10, 1), date(2026, 10, 31), off) == [
        (date(2026, 10, 8), "2026Q4")]
    # moved past the end of its month, the September due day still belongs to September
    end_of_month = {date(2026, 9, 30)}
    assert _dues(Cadence(Every.MONTH, day=31), date(2026, 10, 1), date(2026, 10, 1), end_of_month) == [
        (date(2026, 10, 1), "2026-09")]


def test_the_morning_list_looks_at_today_and_the_last_one_before():
    assert [o.due for o in latest(Cadence(Every.DAY), date(2026, 11, 27))] == [date(2026, 11, 26),
                                                                               date(2026, 11, 27)]
    assert [o.label for o in latest(Cadence(Every.HALF_YEAR, days_before_end=15), date(2026, 11, 27))] == ["2026H1"]


def test_status():
    o = Occurrence(date(2026, 11, 1), date(2026, 11, 30), date(2026, 11, 25))
    assert status(o, True, date(2026, 12, 1)) is DutyStatus.DONE
    assert status(o, False, date(2026, 11, 25)) is DutyStatus.DUE
    assert status(o, False, date(2026, 11, 26)) is DutyStatus.OVERDUE
    assert status(o, False, date(2026, 10, 31)) is DutyStatus.UPCOMING
