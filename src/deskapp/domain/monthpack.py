"""每月汇总's sections: what each one says (a small table, and a bar chart where one helps) and
the sums they are made of, in plain Python so a test can recompute them from the records."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class Section:
    title: str  # e.g. "服务需求/投诉：类别与渠道"
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    chart: Sequence[tuple[str, int]] = field(default_factory=tuple)  # (bar label, value); empty: no chart
    chart_title: str = ""


def mean_hours(spans: Iterable[tuple[datetime, datetime]]) -> Decimal | None:
    """The average of `end - start` in hours, one decimal (None when there is none)."""
    hours = [(b - a).total_seconds() / 3600 for a, b in spans]
    if not hours:
        return None
    return Decimal(str(sum(hours) / len(hours))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def percent(part: int, whole: int) -> str:
    """"85.0%", or "—" when there is nothing to divide by."""
    if not whole:
        return "—"
    return f"{(Decimal(part) * 100 / whole).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


def hours_text(h: Decimal | None) -> str:
    return "—" if h is None else f"{h} 小时"


def with_total(counts: Sequence[tuple[str, int]]) -> list[list[str]]:
    """(label, count) rows and a 合计 row."""
    return [[k, str(n)] for k, n in counts] + [["合计", str(sum(n for _, n in counts))]]
