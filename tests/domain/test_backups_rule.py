from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain import backups as rules


def daily_for(days: int, start=datetime(2026, 11, 27, 8, 0)) -> list[datetime]:
    return [start - timedelta(days=i) for i in range(days)]


def test_a_year_of_daily_backups_keeps_14_daily_8_weekly_12_monthly():
    stamps = daily_for(400)
    kept = rules.keep(stamps)
    newest = max(stamps)
    # the 14 newest days are all kept
    assert all(s in kept for s in sorted(stamps, reverse=True)[:14])
    weeks = {s.isocalendar()[:2] for s in kept}
    months = {(s.year, s.month) for s in kept}
    assert len(months) == 12
    assert len(weeks) >= 8
    # nothing older than the twelfth month back is kept
    oldest_month = min(months)
    assert all((s.year, s.month) >= oldest_month for s in kept)
    assert newest in kept
    assert len(kept) <= 14 + 8 + 12


def test_several_backups_a_day_keep_the_newest_of_each_day():
    day = datetime(2026, 11, 27)
    stamps = [day.replace(hour=h) for h in (8, 12, 17)]
    assert rules.keep(stamps) == {day.replace(hour=17)}
    assert rules.prune(stamps) == {day.replace(hour=8), day.replace(hour=12)}


def test_weekly_keeps_the_newest_of_each_week_beyond_the_daily_window():
    stamps = daily_for(60)
    kept = rules.keep(stamps, daily=3, weekly=4, monthly=0)
    newest_three = sorted(stamps, reverse=True)[:3]
    assert set(newest_three) <= kept
    assert len(kept - set(newest_three)) == 3  # week of the newest day already counted once
    for s in kept - set(newest_three):
        same_week = [t for t in stamps if t.isocalendar()[:2] == s.isocalendar()[:2]]
        assert s == max(same_week)


@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)), max_size=80))
def test_prune_and_keep_partition_and_the_newest_survives(stamps):
    kept, going = rules.keep(stamps), rules.prune(stamps)
    assert kept | going == set(stamps) and not kept & going
    if stamps:
        assert max(stamps) in kept
    assert len(kept) <= 14 + 8 + 12


def test_names_and_staleness():
    at = datetime(2026, 11, 27, 9, 30, 5)
    name = rules.file_name("desk", "auto", at)
    assert name == "desk-auto-20261127-093005.sqlite"
    assert rules.stamp_of(name) == at
    assert rules.stamp_of("notes.sqlite") is None
    assert rules.is_stale(None, at)
    assert not rules.is_stale(at - timedelta(days=2), at)
    assert rules.is_stale(at - timedelta(days=2, minutes=1), at)
