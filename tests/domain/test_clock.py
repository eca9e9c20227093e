"""The centre's clock is China time whatever zone the PC is set to."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

from deskapp.domain.clock import CENTRE_TZ, Clock


def test_now_and_display_are_china_time_on_a_pc_set_to_another_zone(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        now = Clock().now()
        assert now.utcoffset() == timedelta(hours=8)
        assert abs(now - datetime.now(timezone.utc)) < timedelta(seconds=5)
        stored = datetime(2026, 11, 27, 1, 30, tzinfo=timezone.utc)  # as the store gives it back
        assert stored.astimezone(CENTRE_TZ) == datetime(2026, 11, 27, 9, 30, tzinfo=CENTRE_TZ)
        assert f"{stored.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}" == "2026-11-27 09:30"
    finally:
        monkeypatch.undo()
        time.tzset()
