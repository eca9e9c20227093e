"""domain.office_hours: the centre's office hours as typed, and hours counted in them."""
from datetime import datetime, time, timedelta, timezone

import pytest

from deskapp.domain.errors import ValidationError
from deskapp.domain.office_hours import OfficeHours, in_office_hours, parse_office_hours

CST = timezone(timedelta(hours=8))
DAY = OfficeHours(time(8, 30), time(17, 30))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=CST)


@pytest.mark.parametrize("text,want", [
    ("08:30-17:30", DAY), ("8:30–17:30", DAY), (" 08:30 至 17:30 ", DAY), ("", None), ("  ", None)])
def test_office_hours_as_typed(text, want):
    assert parse_office_hours(text) == want


@pytest.mark.parametrize("text,says", [
    ("17:30-08:30", "应晚于"), ("08:30-08:30", "应晚于"), ("8点半到5点半", "如 08:30-17:30"), ("25:00-26:00", "23:59"),
    ("08:30-17:61", "23:59")])
def test_what_cannot_be_office_hours_is_said(text, says):
    with pytest.raises(ValidationError, match=says):
        parse_office_hours(text)


@pytest.mark.parametrize("due,kept", [
    (at(7, 17, 0), at(7, 17, 0)),  # within the day: as the hours make it
    (at(8, 1, 55), at(8, 8, 30)),  # in the night: the opening that morning
    (at(7, 17, 30), at(8, 8, 30)),  # at closing: the next opening
    (at(7, 23, 59), at(8, 8, 30)),  # late evening: the next opening
    (at(7, 8, 30), at(7, 8, 30)),  # at opening: as it is
])
def test_a_due_time_outside_office_hours_is_the_next_opening(due, kept):
    assert in_office_hours(due, DAY) == kept


def test_a_due_time_on_a_day_the_centre_is_closed_is_the_next_opening_after_it():
    from datetime import date

    from deskapp.domain.office_hours import closed_on

    new_year = closed_on(DAY, frozenset({date(2027, 1, 1)}))
    first = datetime(2027, 1, 1, 16, 30, tzinfo=CST)
    assert in_office_hours(first, new_year) == datetime(2027, 1, 2, 8, 30, tzinfo=CST)
    assert in_office_hours(at(31, 23, 0), new_year) == datetime(2027, 1, 2, 8, 30, tzinfo=CST)
    assert in_office_hours(at(31, 16, 0), new_year) == at(31, 16, 0)
    assert in_office_hours(first, DAY) == first
