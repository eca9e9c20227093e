"""Time as the services see it; tests substitute a fixed or stepping clock.

The centre keeps China Standard Time (UTC+8, no daylight saving) whatever zone the PC is set
to: a reception PC installed with another zone (or a laptop brought in) must still show 09:30
for a visit at 09:30, and the printouts and Excel registers must agree with the screen.
Times are stored in UTC (store/types.py) and shown with `.astimezone(CENTRE_TZ)` (or the
clock's own zone, `ctx.clock.now().tzinfo`, which is the same)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

CENTRE_TZ = timezone(timedelta(hours=8))


class Clock:
    def now(self) -> datetime:
        """Current time at the centre, timezone-aware."""
        return datetime.now(CENTRE_TZ)

    def today(self) -> date:
        return self.now().date()


class FixedClock(Clock):
    def __init__(self, at: datetime):
        if at.tzinfo is None:
            at = at.replace(tzinfo=CENTRE_TZ)
        self._at = at

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            at = at.replace(tzinfo=self._at.tzinfo)
        self._at = at

    def advance(self, **kwargs: float) -> None:
        self._at = self._at + timedelta(**kwargs)


# A PC's clock a few minutes off is common and harmless; a dead CMOS battery or a wrong year is
# not: receipts would carry the wrong date and draw numbers from the wrong year's series.
BEHIND_SLACK = timedelta(hours=1)   # before the newest record by more than this: the clock went back
SERVER_DRIFT = timedelta(minutes=10)  # apart from the database server's clock by more than this


def clock_trouble(now: datetime, newest_record: datetime | None, server_now: datetime | None) -> str | None:
    """What is wrong with this PC's clock, in words for the clerk; None when it looks right."""
    shown = f"{now.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}"
    if server_now is not None and abs(now - server_now) > SERVER_DRIFT:
        return (f"这台电脑的时间是 {shown}，数据库服务器的时间是 {server_now.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}，"
                "相差太多。收据、登记的日期和编号都按电脑时间，请先把这台电脑的日期和时间改对（Windows 设置 ▸ 时间和语言），"
                "再打开客服台。")
    if newest_record is not None and now < newest_record - BEHIND_SLACK:
        return (f"这台电脑的时间是 {shown}，早于数据库里最后一条记录的时间 "
                f"{newest_record.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}：电脑的时钟不对（主板电池没电或被改过？）。"
                "收据、登记的日期和编号都按电脑时间，请先把这台电脑的日期和时间改对（Windows 设置 ▸ 时间和语言），"
                "再打开客服台。")
    return None
