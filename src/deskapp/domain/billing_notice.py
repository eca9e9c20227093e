"""What a 收费通知单 states besides the bill: its deadline and when it is overdue, the late-fee
rule it quotes, and tiered water split by month and tier so that every printed line reads
数量 × 单价 = 金额."""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from deskapp.domain.billing import Tier
from deskapp.domain.calendar import next_working_day


def notice_deadline(issued_on: date, days: int, holidays: Collection[date] = ()) -> date:
    """缴费期限: `days` after the paper was issued, never before the issue date itself; a deadline that
    falls on a holiday of the duty calendar is the first working day after it (a notice issued on
    12-17 with 15 days is due on 1-2, not on 元旦, when the desk is closed: 民法典 §203)."""
    return next_working_day(issued_on + timedelta(days=max(days, 0)), holidays)


def is_overdue(deadline: date, printed_on: date, still_owed: Decimal) -> bool:
    """A notice printed after its deadline for a unit that still owes says 已逾期."""
    return printed_on > deadline and still_owed > 0


def late_fee_rule(enabled: bool, daily_rate: Decimal, grace_days: int) -> str:
    """The late-fee rule as an overdue notice states it (the bill run applies the same settings)."""
    if not enabled:
        return "本中心未收取滞纳金；逾期欠费将予催缴。"
    percent = format((daily_rate * 100).normalize(), "f")
    grace = f"账单到期后宽限 {grace_days} 天，" if grace_days else "账单到期后"
    return f"逾期未缴的欠费，{grace}按每日 {percent}% 计收滞纳金。"


@dataclass(frozen=True)
class WaterPart:
    """One month's usage within one tier, at that tier's price; `amount` is exact (not rounded:
    the bill line is rounded once, over all its parts)."""

    month: date
    tier: int  # 1-based; 0 for a flat price
    upto: Decimal | None  # the tier's upper bound (m³, cumulative in the tier period)
    quantity: Decimal
    price: Decimal

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.price


def water_parts(monthly_usage: Sequence[tuple[date, Decimal]], tiers: Sequence[Tier], *,
                per_year: bool = False, used_before: Decimal = Decimal(0)) -> list[WaterPart]:
    """Each month's usage split over the tiers (per month, or cumulative over the year when
    `per_year`, with `used_before` already used this year) — the parts of billing.water_fee."""
    parts: list[WaterPart] = []
    pos = used_before if per_year else Decimal(0)
    for month, used in monthly_usage:
        if not per_year:
            pos = Decimal(0)
        remaining = used
        for i, t in enumerate(tiers, start=1):
            if remaining <= 0:
                break
            if t.upto is not None and pos >= t.upto:
                continue
            room = remaining if t.upto is None else min(remaining, t.upto - pos)
            parts.append(WaterPart(month, i, t.upto, room, t.price))
            pos += room
            remaining -= room
    return parts
