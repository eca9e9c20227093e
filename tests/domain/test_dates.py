from datetime import date, datetime, timedelta, timezone

import pytest

from deskapp.domain.dates import format_date, format_date_time, parse_date, parse_date_time


@pytest.mark.parametrize("text", ["2027-12-02", "2027/12/2", "20271202", "2027.12.2", " 2027-12-2 ",
                                  "2027年12月2日", "２０２７－１２－０２", "2027 / 12 / 02"])
def test_the_ways_a_clerk_types_a_date(text):
    assert parse_date(text) == date(2027, 12, 2)


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_empty_is_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text, reason", [
    ("2027-13-01", "没有 13 月"),
    ("2027-02-30", "2027 年 2 月没有 30 日"),
    ("20270230", "没有 30 日"),
    ("0027-12-02", "年份 27 不对"),
    ("27-12-02", "不是日期"),
    ("2027120", "不是日期"),
    ("next week", "不是日期"),
])
def test_a_wrong_date_says_why(text, reason):
    with pytest.raises(ValueError) as err:
        parse_date(text)
    assert reason in str(err.value)


def test_one_display_form():
    assert format_date(date(2026, 12, 3)) == "2026-12-03"
    assert format_date(None) == ""


CST = timezone(timedelta(hours=8))


@pytest.mark.parametrize("text", ["2027-12-02 09:30", "2027/12/2 9:30", "20271202 0930", "2027.12.2  9：30"])
def test_a_date_and_time_as_typed(text):
    assert parse_date_time(text, CST) == datetime(2027, 12, 2, 9, 30, tzinfo=CST)


@pytest.mark.parametrize("text, reason", [
    ("2027-12-02", "应为日期和时间"),
    ("2027-12-02 24:00", "没有 24:00 这个时间"),
    ("2027-12-32 09:30", "没有 32 日"),
])
def test_a_wrong_date_and_time_says_why(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse_date_time(text, CST)
    assert parse_date_time(" ", CST) is None


def test_one_display_form_of_a_time():
    assert format_date_time(datetime(2026, 12, 3, 9, 5, tzinfo=CST)) == "2026-12-03 09:05"
