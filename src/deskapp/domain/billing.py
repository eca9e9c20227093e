"""Fee rules (收费): billing periods, 物业费, 自用水费 with tiers, 水电公摊, 车辆管理费, 滞纳金,
arrears ageing. Plain Python on exact values; every bill line is rounded to the fen once."""
from __future__ import annotations

import calendar
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache

from deskapp.domain.errors import ValidationError
from deskapp.domain.money import allocate, round_fen, round_fraction


class FeeItem(str, enum.Enum):
    PROPERTY = "物业费"
    WATER = "自用水费"
    SHARED_WATER = "公摊水费"
    SHARED_POWER = "公摊电费"
    VEHICLE = "车辆管理费"
    LATE = "滞纳金"


# Items priced by a fee standard (车辆管理费 comes priced from the vehicle cards).
STANDARD_ITEMS = (FeeItem.PROPERTY, FeeItem.WATER, FeeItem.SHARED_WATER, FeeItem.SHARED_POWER)


class MeterKind(str, enum.Enum):
    WATER = "水表"
    POWER = "电表"


class PayMethod(str, enum.Enum):
    CASH = "现金"
    WECHAT = "微信"
    ALIPAY = "支付宝"
    CARD = "银行卡"
    TRANSFER = "转账"
    PREPAID = "预存款"  # settled from the unit's prepayment balance


# Methods whose money arrives through a merchant account: the cashier records the transaction
# number (交易流水号) so the day's receipts can be ticked off against the merchant statement.
REFERENCED_METHODS = (PayMethod.WECHAT, PayMethod.ALIPAY, PayMethod.CARD, PayMethod.TRANSFER)
_PAY_REF = re.compile(r"[A-Za-z0-9-]{4,40}")


def check_pay_ref(method: PayMethod, text: str | None) -> str | None:
    """The reference as stored: required (4–40 letters, digits or -) for a referenced method,
    refused for cash and 预存款, which have no merchant statement to match."""
    ref = (text or "").strip()
    if method not in REFERENCED_METHODS:
        if ref:
            raise ValidationError("交易流水号", f"{method.value}支付不填写交易流水号")
        return None
    if not ref:
        raise ValidationError("交易流水号", f"{method.value}支付必须填写交易流水号")
    if not _PAY_REF.fullmatch(ref):
        raise ValidationError("交易流水号", "应为 4–40 位字母、数字或“-”")
    return ref


class AllocationBasis(str, enum.Enum):
    AREA = "按建筑面积"
    EQUAL = "按户均摊"


class ContactMethod(str, enum.Enum):
    PHONE = "电话"
    LETTER = "信件"
    VISIT = "上门"


# ----------------------------------------------------------------- periods

@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    q: int

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.q - 2, 1)

    @property
    def end(self) -> date:
        """Last day, inclusive."""
        m = 3 * self.q
        return date(self.year, m, calendar.monthrange(self.year, m)[1])

    @property
    def months(self) -> list[date]:
        return [date(self.year, 3 * self.q - 2 + i, 1) for i in range(3)]

    @property
    def code(self) -> str:
        return f"{self.year}Q{self.q}"

    @property
    def label(self) -> str:
        return f"{self.year}年第{'一二三四'[self.q - 1]}季度"

    def previous(self) -> "Quarter":
        return Quarter(self.year - 1, 4) if self.q == 1 else Quarter(self.year, self.q - 1)

    def next(self) -> "Quarter":
        return Quarter(self.year + 1, 1) if self.q == 4 else Quarter(self.year, self.q + 1)

    def index(self) -> int:
        return self.year * 4 + self.q - 1

    def __str__(self) -> str:
        return self.code


_QUARTER = re.compile(r"^\s*(\d{4})\s*[Qq季]\s*([1-4])\s*$")


def parse_quarter(text: str, field: str = "季度") -> Quarter:
    m = _QUARTER.match(text or "")
    if not m:
        raise ValidationError(field, f"“{text}”应为如 2026Q3 的季度")
    year = _business_year(int(m.group(1)), field, text)
    return Quarter(year, int(m.group(2)))


# Years a bill, a notice or a register can be about: a typo such as 9999 or 0202 is refused
# here instead of running into the calendar's limits (a due date past the year 9999) later.
FIRST_YEAR, LAST_YEAR = 2000, 2099


def _business_year(year: int, field: str, text: str) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(field, f"“{text.strip()}”的年份应在 {FIRST_YEAR} 到 {LAST_YEAR} 之间")
    return year


def quarter_of(day: date) -> Quarter:
    return Quarter(day.year, (day.month - 1) // 3 + 1)


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, n: int) -> date:
    y, m = divmod(day.month - 1 + n, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def parse_month(text: str, field: str = "月份") -> date:
    m = re.match(r"^\s*(\d{4})-(\d{1,2})\s*$", text or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError(field, f"“{text}”应为 YYYY-MM，例如 2026-07")
    return date(_business_year(int(m.group(1)), field, text), int(m.group(2)), 1)


@lru_cache(maxsize=4096)
def months_between(start: date, end: date) -> Fraction:
    """Months from `start` to `end` (both inclusive) as an exact number: whole calendar months
    count 1, a part month counts its days / the month's days (1–15 Jul = 15/31)."""
    if end < start:
        return Fraction(0)
    total = Fraction(0)
    cur = start
    while cur <= end:
        dim = calendar.monthrange(cur.year, cur.month)[1]
        last = date(cur.year, cur.month, dim)
        stop = min(end, last)
        total += Fraction((stop - cur).days + 1, dim)
        cur = last + timedelta(days=1)
    return total


def overlap(a_start: date, a_end: date, b_start: date, b_end: date) -> tuple[date, date] | None:
    s, e = max(a_start, b_start), min(a_end, b_end)
    return (s, e) if s <= e else None


def fraction_text(value: Fraction, places: int = 4) -> Decimal:
    """A quantity for display (the amount is computed from the exact value)."""
    q = Decimal(1).scaleb(-places)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(q).normalize() \
        if value.denominator != 1 else Decimal(value.numerator)


# ----------------------------------------------------------------- input checks

def parse_price(text: str | Decimal | int, field: str = "单价") -> Decimal:
    """A unit price in 元, > 0, up to 4 decimals (electricity is priced to the 厘)."""
    try:
        value = text if isinstance(text, Decimal) else Decimal(str(text).strip().replace("元", ""))
    except InvalidOperation:
        raise ValidationError(field, f"“{text}”不是数字") from None
    if not value.is_finite() or value <= 0:
        raise ValidationError(field, f"应大于 0，现为 {text}")
    if value != value.quantize(Decimal("0.0001")):
        raise ValidationError(field, "最多四位小数")
    if value >= Decimal("100000"):
        raise ValidationError(field, f"{text} 过大")
    return value


def parse_reading(text: str | Decimal | int, field: str = "本期读数") -> Decimal:
    """A meter reading: a number ≥ 0 with at most two decimals."""
    try:
        value = text if isinstance(text, Decimal) else Decimal(str(text).strip())
    except InvalidOperation:
        raise ValidationError(field, f"“{text}”不是数字") from None
    if not value.is_finite() or value < 0:
        raise ValidationError(field, f"应为不小于 0 的数字，现为 {text}")
    if value >= Decimal("100000000"):  # first: quantize raises InvalidOperation on 1e30
        raise ValidationError(field, f"{text} 过大")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(field, "最多两位小数")
    return value


# ----------------------------------------------------------------- fee standards

@dataclass(frozen=True)
class Tier:
    """Usage up to `upto` (m³/kWh, cumulative within the tier period; None = no limit) at `price`."""

    upto: Decimal | None
    price: Decimal


@dataclass(frozen=True)
class Standard:
    """A dated fee standard (收费标准) as the rules use it."""

    id: int | None
    item: FeeItem
    price: Decimal
    starts_on: date
    unit_kind: str = ""  # 住宅/商铺/办公 for 物业费; "" = any
    tiers: tuple[Tier, ...] = ()
    tier_period: str = "month"  # "month" or "year"

    def describe(self) -> str:
        unit = {FeeItem.PROPERTY: "元/㎡·月", FeeItem.WATER: "元/m³", FeeItem.SHARED_WATER: "元/m³",
                FeeItem.SHARED_POWER: "元/kWh"}.get(self.item, "元")
        text = f"{self.price.normalize():f} {unit}"
        if self.tiers:
            text = "阶梯 " + " / ".join(
                f"{'≤' + format(t.upto.normalize(), 'f') if t.upto is not None else '以上'} {t.price.normalize():f}"
                for t in self.tiers)
        return text


def validate_tiers(tiers: Sequence[Tier]) -> tuple[Tier, ...]:
    last = Decimal(0)
    for i, t in enumerate(tiers, start=1):
        parse_price(t.price, f"第 {i} 阶单价")
        if t.upto is None:
            if i != len(tiers):
                raise ValidationError(f"第 {i} 阶上限", "只有最后一阶可以不设上限")
        elif t.upto <= last:
            raise ValidationError(f"第 {i} 阶上限", "应逐阶递增且大于 0")
        else:
            last = t.upto
    if tiers and tiers[-1].upto is not None:
        raise ValidationError(f"第 {len(tiers)} 阶上限", "最后一阶不设上限")
    return tuple(tiers)


def standard_on(standards: Sequence[Standard], item: FeeItem, day: date, unit_kind: str = "") -> Standard | None:
    """The standard in force on `day`: the latest that started on or before it, a unit-kind
    specific one before a general one."""
    best: Standard | None = None
    for s in standards:
        if s.item is not item or s.starts_on > day or s.unit_kind not in ("", unit_kind):
            continue
        if best is None or (s.unit_kind, s.starts_on) > (best.unit_kind, best.starts_on):
            best = s
    return best


class StandardState(str, enum.Enum):
    """Where a standard stands on a day, as the 收费标准 tab and register show it."""
    IN_FORCE = "执行中"
    COMING = "待执行"
    SUPERSEDED = "已被取代"
    WITHDRAWN = "已撤销"


def standard_state(standards: Sequence[Standard], s: Standard, day: date) -> StandardState:
    """`s` (one of `standards`, those in force) on `day`: not started yet, the one a bill would use
    for its item and unit kind, or followed by a later one."""
    if s.starts_on > day:
        return StandardState.COMING
    chosen = standard_on(standards, s.item, day, s.unit_kind)
    return StandardState.IN_FORCE if chosen is not None and chosen.id == s.id else StandardState.SUPERSEDED


def standard_segments(standards: Sequence[Standard], item: FeeItem, start: date, end: date,
                      unit_kind: str = "") -> list[tuple[date, date, Standard | None]]:
    """Split [start, end] where the standard changes, so a price change applies from its date."""
    cuts = sorted({s.starts_on for s in standards if s.item is item and start < s.starts_on <= end})
    bounds = [start, *cuts]
    out = []
    for i, s in enumerate(bounds):
        e = (bounds[i + 1] - timedelta(days=1)) if i + 1 < len(bounds) else end
        out.append((s, e, standard_on(standards, item, s, unit_kind)))
    return out


# ----------------------------------------------------------------- charges

@dataclass(frozen=True)
class Charge:
    """One computed bill line."""

    item: FeeItem
    key: str  # identifies the line across runs (for adjustments): item + what it is for
    basis: str  # 计费依据
    quantity: Decimal  # display value
    unit_price: Decimal
    amount: Decimal
    start: date
    end: date
    standard_id: int | None = None
    meter_id: int | None = None


class Owing:
    """What is left to pay on bill lines: billed less paid less waived (欠收 = 应收 − 实收 − 减免).
    Mixed into the frozen dataclasses that carry a line's (or a sum of lines') amount, paid and waived."""

    amount: Decimal
    paid: Decimal
    waived: Decimal

    @property
    def owed(self) -> Decimal:
        return self.amount - self.paid - self.waived


def property_fee(area: Decimal, price: Decimal, start: date, end: date, *, vacant_percent: int = 100) -> Decimal:
    """物业费 = 建筑面积 × 单价 × months (part months by days) [× vacant percentage], rounded once."""
    months = months_between(start, end)
    if months.denominator == 1 and vacant_percent == 100:  # whole months: Decimal is exact
        return round_fen(area * price * months.numerator)
    return round_fraction(Fraction(area) * Fraction(price) * months * Fraction(vacant_percent, 100))


def tiered_amount(usage: Decimal, tiers: Sequence[Tier], *, used_before: Decimal = Decimal(0)) -> Decimal:
    """Price `usage` over tiers, the tier period having already consumed `used_before`.
    Usage (2 decimals) × price (4 decimals) is exact in Decimal; rounding is the caller's."""
    amount = Decimal(0)
    pos = used_before
    remaining = usage
    for t in tiers:
        if remaining <= 0:
            break
        if t.upto is not None and pos >= t.upto:
            continue
        room = remaining if t.upto is None else min(remaining, t.upto - pos)
        amount += room * t.price
        pos += room
        remaining -= room
    return amount


def water_fee(monthly_usage: Sequence[Decimal], standard: Standard, *, used_this_year: Decimal = Decimal(0)) -> Decimal:
    """自用水费 for the months' usages: flat price, or tiers per month or per year."""
    if not standard.tiers:
        return round_fen(sum(monthly_usage, Decimal(0)) * standard.price)
    if standard.tier_period == "year":
        return round_fen(tiered_amount(sum(monthly_usage, Decimal(0)), standard.tiers, used_before=used_this_year))
    return round_fen(sum((tiered_amount(u, standard.tiers) for u in monthly_usage), Decimal(0)))


@dataclass(frozen=True)
class Share:
    unit_id: int
    weight: Decimal  # building area, or 1 for equal shares


def shared_amount(meter_usage: Decimal, sub_usage: Decimal, price: Decimal) -> tuple[Decimal, Decimal]:
    """(usage to share, amount) of a shared meter: its usage less what unit meters under it
    already billed (never below zero), × price, rounded once."""
    usage = max(meter_usage - sub_usage, Decimal(0))
    return usage, round_fen(usage * price)


def allocate_shared(amount: Decimal, shares: Sequence[Share]) -> list[tuple[int, Decimal]]:
    """Largest-remainder split of a shared meter's amount; the parts add up to it exactly."""
    if not shares:
        return []
    parts = allocate(amount, [s.weight for s in shares])
    return [(s.unit_id, p) for s, p in zip(shares, parts)]


def vehicle_fee(monthly_fee: Decimal, start: date, end: date) -> tuple[Fraction, Decimal]:
    months = months_between(start, end)
    return months, round_fraction(Fraction(monthly_fee) * months)


def late_fee(overdue: Decimal, due: date, as_of: date, *, grace_days: int, daily_rate: Decimal) -> Decimal:
    """滞纳金: daily rate on the overdue amount for each day past due + grace."""
    days = (as_of - due).days - grace_days
    if days <= 0 or overdue <= 0:
        return Decimal("0.00")
    return round_fraction(Fraction(overdue) * Fraction(daily_rate) * days)


# ----------------------------------------------------------------- arrears ageing

AGE_BUCKETS = ("本季度", "1–2个季度", "2个季度以上", "一年以上")


def price_text(price: Decimal) -> str:
    """A unit price in a table of prices: at least two decimals, as money is written (2.60, 150.00),
    and every further decimal the price has (0.625, a shared meter's rate 0.3457)."""
    places = max(2, -price.normalize().as_tuple().exponent)
    return f"{price:.{places}f}"


def in_arrears(due_on: date | None, as_of: date, *, opening: bool = False) -> bool:
    """欠费 or 应收未到期: a line still owed is in arrears on `as_of` only once its bill's 缴费期限
    (到期日) has passed — the day after it. Before that it is owed but not yet due (应收未到期): the
    counter takes it and a 收费通知单 asks for it, but the arrears list, 《欠费账龄表》, the finance
    report's ageing, 催缴 and the warning before a release slip leave it out. Arrears brought forward
    at go-live (`opening`) and a bill with no deadline are overdue from the start."""
    return opening or due_on is None or due_on < as_of


def age_bucket(billed: Quarter, as_of: Quarter) -> str:
    """How old an unpaid bill is, in quarters after the one billed."""
    n = as_of.index() - billed.index()
    if n <= 0:
        return AGE_BUCKETS[0]
    if n <= 2:
        return AGE_BUCKETS[1]
    if n <= 4:
        return AGE_BUCKETS[2]
    return AGE_BUCKETS[3]


# ----------------------------------------------------------------- receipts

def receipt_number(series: str, seq: int) -> str:
    return f"{series}-{seq:06d}"


def receipt_series(day: date, prefix: str = "SJ") -> str:
    return f"{prefix}{day.year}"


def change_due(total: Decimal, tendered: Decimal | None) -> Decimal:
    """找零 for a cash payment; tendering less than the total is refused."""
    if tendered is None:
        return Decimal("0.00")
    if tendered < total:
        raise ValidationError("实收现金", f"不足应收 {total:,.2f} 元")
    return tendered - total


def split_payment(amount: Decimal, owed: Sequence[tuple[int, Decimal]]) -> list[tuple[int, Decimal]]:
    """Apply `amount` to owed lines oldest first; credits (negative lines, from an adjustment
    that lowered a bill) are settled in full first and add to what is applied. What is left
    over is the caller's (prepayment)."""
    out = [(line_id, due) for line_id, due in owed if due < 0]
    left = amount - sum((due for _, due in out), Decimal(0))
    for line_id, due in owed:
        if due <= 0:
            continue
        if left <= 0:
            break
        take = min(due, left)
        out.append((line_id, take))
        left -= take
    return out
