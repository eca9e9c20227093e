"""财务报表 (日报 / 月报 / 季报): what was charged, collected, waived and is still owed, and the
three rates the company judges a centre by.

What the figures mean (bills are posted after their quarter ends, so a period's "own" bills are
the ones posted in it):
- 当期 bills: posted from the start of the quarter the period ends in up to the period's end —
  the quarter report's own bills, the quarter to date for a day or month report (本季累计).
  历史 bills: posted before that quarter.
- Everything is counted as at the period's end: a payment on a receipt dated before the end and
  not voided by then; a waiver granted before the end.
- 应收 / 实收 / 减免 / 欠收 of the 当期 bills, by item and by building (欠收 = 应收 − 实收 − 减免).
- 收费率 = 当期实收 / 当期应收. 户收费率 = 已交户 / 收费户 (units with 当期 bills; paid up: nothing
  left owed on them). 清缴率 = 欠费追回 / (欠费追回 + 历史欠费): 欠费追回 what was paid within the
  period on 历史 bills, 历史欠费 what is still owed on them at the end.
- Arrears by length: every line still owed at the end whose 缴费期限 had passed on the period's last day
  (`billing.in_arrears`, as the 欠费 list), by the quarters since the quarter billed.
- 预收: the prepayment balance at the start, what was deposited and used in the period, the end.
- 押金 held and refunds are not in it yet: the deposits ledger is a later piece of issue 17."""
from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from deskapp.domain.billing import (
    AGE_BUCKETS, FeeItem, Owing, age_bucket, in_arrears, parse_month, parse_quarter, quarter_of,
)
from deskapp.domain.dates import parse_date
from deskapp.domain.errors import ValidationError
from deskapp.domain.unit_order import unit_sort_key
from deskapp.domain.money import ZERO

KINDS = {"day": "日报", "month": "月报", "quarter": "季报"}


@dataclass(frozen=True)
class ReportPeriod:
    kind: str  # day, month, quarter
    start: date
    end: date  # the day after the last

    @property
    def last(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def quarter_start(self) -> date:
        """Where the 当期 bills start: the quarter the period ends in."""
        return quarter_of(self.last).start

    @property
    def label(self) -> str:
        if self.kind == "day":
            return f"{self.start:%Y-%m-%d}"
        if self.kind == "month":
            return f"{self.start.year}年{self.start.month}月"
        return quarter_of(self.start).label

    @property
    def title(self) -> str:
        return f"收费{KINDS[self.kind]}"


def report_period(*, day: str | date | None = None, month: str | None = None,
                  quarter: str | None = None) -> ReportPeriod:
    """Exactly one of a day (2026-11-27), a month (2026-11) or a quarter (2026Q4)."""
    given = [x for x in (day, month, quarter) if x]
    if len(given) != 1:
        raise ValidationError("报表期间", "请指定日期、月份或季度之一")
    if day:
        d = day if isinstance(day, date) else _day(str(day))
        return ReportPeriod("day", d, d + timedelta(days=1))
    if month:
        m = parse_month(month)
        return ReportPeriod("month", m, m + timedelta(days=calendar.monthrange(m.year, m.month)[1]))
    q = parse_quarter(str(quarter))
    return ReportPeriod("quarter", q.start, q.end + timedelta(days=1))


def default_period(kind: str, today: date) -> ReportPeriod:
    """The period a report of `kind` is asked for unless another is chosen: 日报 today, 月报 this
    month, 季报 the last quarter that has ended — on 2 January or 3 April finance asks for the
    quarter just closed, not the one a day or two old."""
    if kind == "day":
        return report_period(day=today)
    if kind == "month":
        return report_period(month=f"{today:%Y-%m}")
    return report_period(quarter=quarter_of(today).previous().code)


def _day(text: str) -> date:
    try:
        d = parse_date(text)
    except ValueError as exc:
        raise ValidationError("日期", str(exc)) from None
    if d is None:
        raise ValidationError("日期", "不能为空")
    return d


@dataclass(frozen=True)
class LineSums(Owing):
    """Bill lines of one building, item and quarter billed, 当期 or not, summed as at the period's end."""

    building: str
    item: str
    quarter: str  # the quarter billed, "2026Q3"
    current: bool  # a 当期 bill (posted in the period's quarter up to its end)
    amount: Decimal
    paid: Decimal  # paid before the end, on receipts not voided by then
    paid_in: Decimal  # of which paid within the period
    waived: Decimal  # waived before the end


@dataclass(frozen=True)
class UnitSums(Owing):
    """One unit's lines of a quarter billed (of bills with one 缴费期限) with something still owed at the
    period's end."""

    unit_id: int
    quarter: str
    amount: Decimal
    paid: Decimal
    waived: Decimal
    due_on: date | None = None  # the bills' 缴费期限: before it has passed they are not arrears
    opening: bool = False  # 期初欠费, overdue from go-live


@dataclass(frozen=True)
class Row:
    key: str
    receivable: Decimal = ZERO
    received: Decimal = ZERO
    waived: Decimal = ZERO

    @property
    def owed(self) -> Decimal:
        return self.receivable - self.received - self.waived

    @property
    def rate(self) -> Decimal | None:
        return percent(self.received, self.receivable)


@dataclass(frozen=True)
class Prepayments:
    opening: Decimal
    deposited: Decimal
    used: Decimal  # taken by receipts and reversed by voids, as a positive amount
    closing: Decimal


@dataclass(frozen=True)
class FinanceReport:
    period: ReportPeriod
    by_item: tuple[Row, ...]
    by_building: tuple[Row, ...]
    total: Row
    households: int  # 收费户
    paid_households: int  # 已交户
    recovered: Decimal  # 欠费追回
    historic_owed: Decimal  # 历史欠费
    arrears_by_age: tuple[tuple[str, int, Decimal], ...]  # (age, units, amount)
    prepayments: Prepayments
    waivers: tuple[tuple[str, int, Decimal], ...]  # granted in the period: (item, lines, amount)
    never_billed: tuple[str, ...]  # unit codes

    @property
    def collection_rate(self) -> Decimal | None:
        return self.total.rate

    @property
    def household_rate(self) -> Decimal | None:
        return percent(Decimal(self.paid_households), Decimal(self.households))

    @property
    def clearance_rate(self) -> Decimal | None:
        return percent(self.recovered, self.recovered + self.historic_owed)


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """A rate in per cent to two places; None where there is nothing to divide by."""
    if not whole:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _rows(sums: Iterable[LineSums], key, order: Sequence[str] = (), sort_key=None) -> tuple[Row, ...]:
    # plain lists while adding up: a quarter of a big estate has some 100,000 sums
    acc: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    for s in sums:
        a = acc[key(s)]
        a[0] += s.amount
        a[1] += s.paid
        a[2] += s.waived
    known = [k for k in order if k in acc]
    return tuple(Row(k, *acc[k]) for k in known + sorted((k for k in acc if k not in known), key=sort_key))


def _arrears(sums: Sequence[UnitSums], as_of: date) -> tuple[tuple[str, int, Decimal], ...]:
    units: dict[str, set[int]] = defaultdict(set)
    amounts: dict[str, Decimal] = defaultdict(lambda: ZERO)
    buckets: dict[str, str] = {}
    for s in sums:
        # arrears as the 欠费 list has them: owed and past the 缴费期限 on the period's last day
        if s.owed > 0 and in_arrears(s.due_on, as_of, opening=s.opening):
            if s.quarter not in buckets:
                buckets[s.quarter] = age_bucket(parse_quarter(s.quarter), quarter_of(as_of))
            bucket = buckets[s.quarter]
            units[bucket].add(s.unit_id)
            amounts[bucket] += s.owed
    return tuple((b, len(units[b]), amounts[b]) for b in AGE_BUCKETS)


def finance_report(period: ReportPeriod, sums: Sequence[LineSums], owing: Sequence[UnitSums],
                   households: tuple[int, int], prepayments: Prepayments,
                   waivers: Iterable[tuple[str, int, Decimal]], never_billed: Iterable[str]) -> FinanceReport:
    """`owing`: units' quarters with something owed at the end; `households`: (收费户, 已交户)."""
    current = [s for s in sums if s.current]
    historic = [s for s in sums if not s.current]
    total = _rows(current, lambda s: "合计") or (Row("合计"),)
    return FinanceReport(
        period=period, by_item=_rows(current, lambda s: s.item, [i.value for i in FeeItem]),
        by_building=_rows(current, lambda s: s.building, sort_key=unit_sort_key), total=total[0],
        households=households[0], paid_households=households[1],
        recovered=sum((s.paid_in for s in historic), ZERO),
        historic_owed=sum((s.owed for s in historic), ZERO), arrears_by_age=_arrears(owing, period.last),
        prepayments=prepayments, waivers=tuple(waivers), never_billed=tuple(never_billed))
