"""This PC's clock against the newest record and the server's clock (domain/clock.py)."""
from datetime import datetime, timedelta

from deskapp.domain.clock import CENTRE_TZ, clock_trouble

NOW = datetime(2026, 12, 6, 9, 30, tzinfo=CENTRE_TZ)


def test_a_clock_that_looks_right_says_nothing():
    assert clock_trouble(NOW, None, None) is None  # a new database: nothing to compare with
    assert clock_trouble(NOW, NOW - timedelta(days=3), None) is None
    assert clock_trouble(NOW, NOW + timedelta(minutes=50), None) is None  # another desk's clock a little ahead
    assert clock_trouble(NOW, None, NOW + timedelta(minutes=9)) is None


def test_a_clock_gone_back_behind_the_records_is_named_with_both_times():
    said = clock_trouble(datetime(2009, 1, 1, 0, 5, tzinfo=CENTRE_TZ), NOW, None)
    assert "2009-01-01 00:05" in said and "2026-12-06 09:30" in said and "改对" in said


def test_a_clock_apart_from_the_servers_is_named():
    said = clock_trouble(NOW, NOW - timedelta(hours=2), NOW + timedelta(hours=3))
    assert "数据库服务器的时间是 2026-12-06 12:30" in said
