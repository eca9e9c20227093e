"""The hour a new booking form proposes is one the booking rules accept."""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

import pytest

from deskapp.domain.facilities import check_times, first_free_hour

CST = timezone(timedelta(hours=8))


@pytest.mark.parametrize(("now", "proposed"), [
    (datetime(2026, 12, 6, 6, 17), datetime(2026, 12, 6, 9, 0)),     # before opening: the opening hour
    (datetime(2026, 12, 6, 10, 5), datetime(2026, 12, 6, 11, 0)),    # open: the next whole hour
    (datetime(2026, 12, 6, 19, 40), datetime(2026, 12, 6, 20, 0)),   # the last hour that fits
    (datetime(2026, 12, 6, 20, 10), datetime(2026, 12, 7, 9, 0)),    # no hour left today: tomorrow's opening
    (datetime(2026, 12, 6, 23, 30), datetime(2026, 12, 7, 9, 0)),    # past midnight's hour: tomorrow's opening
])
def test_the_proposed_hour_is_within_the_opening_hours(now, proposed):
    now, proposed = now.replace(tzinfo=CST), proposed.replace(tzinfo=CST)
    start = first_free_hour(now, time(9), time(21))
    assert start == proposed
    check_times(start, start + timedelta(hours=1), now, time(9), time(21))  # accepted as proposed


def test_an_opening_on_the_half_hour_is_kept():
    now = datetime(2026, 12, 6, 7, 0, tzinfo=CST)
    assert first_free_hour(now, time(8, 30), time(20)) == datetime(2026, 12, 6, 8, 30, tzinfo=CST)
