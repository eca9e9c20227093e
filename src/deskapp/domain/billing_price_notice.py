"""收费标准公示 (明码标价): which fee standards are in force on a day, and how each is worded
on the notice posted at the centre (item, rate with its unit, basis, charging period)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from deskapp.domain.billing import STANDARD_ITEMS, FeeItem, Standard

PRICE_COMPLAINT_PHONE = "12358"  # 全国价格举报电话, required on every 明码标价 notice
PAPERS = ("A4", "A3")

_UNIT = {FeeItem.PROPERTY: "元/㎡·月", FeeItem.WATER: "元/m³", FeeItem.SHARED_WATER: "元/m³",
         FeeItem.SHARED_POWER: "元/kWh"}
_BASIS = {
    FeeItem.PROPERTY: "按房屋建筑面积",
    FeeItem.WATER: "按自用水表用量",
    FeeItem.SHARED_WATER: "按公摊水表用量，按建筑面积或按户分摊",
    FeeItem.SHARED_POWER: "按公摊电表用量，按建筑面积或按户分摊",
}
# The bill run charges every standard item per quarter (账单按季度开具).
CHARGING_PERIOD = "按季收取"


@dataclass(frozen=True)
class PriceLine:
    item: str  # 收费项目
    unit_kind: str  # 适用对象: the unit kind ("全部" when the standard is for every kind) or the parking place
    rate: str  # 收费标准 with its unit; tiers one per line
    basis: str  # 计费依据
    period: str  # 收费周期
    starts_on: date | None  # 执行日期; None for parking, priced on each card or lease


def in_force(standards: Sequence[Standard], on: date) -> list[Standard]:
    """Every standard in force on `on`: per item and unit kind the latest started by then."""
    latest: dict[tuple[FeeItem, str], Standard] = {}
    for s in standards:
        key = (s.item, s.unit_kind)
        if s.starts_on <= on and (key not in latest or s.starts_on > latest[key].starts_on):
            latest[key] = s
    order = {item: i for i, item in enumerate(STANDARD_ITEMS)}
    return sorted(latest.values(), key=lambda s: (order.get(s.item, len(order)), s.unit_kind))


def _n(value) -> str:
    return format(value.normalize(), "f")


def rate_text(s: Standard) -> str:
    """The price with its unit; a tiered water price as one line per tier (newline-separated)."""
    unit = _UNIT.get(s.item, "元")
    if not s.tiers:
        return f"{_n(s.price)} {unit}"
    lines, low = [], None
    for t in s.tiers:
        if t.upto is None:
            span = f"{_n(low)} m³以上" if low is not None else "全部用量"
        else:
            span = f"{_n(low)}–{_n(t.upto)} m³" if low is not None else f"{_n(t.upto)} m³及以下"
        lines.append(f"{span}：{_n(t.price)} {unit}")
        low = t.upto
    lines.append("阶梯用量按年累计" if s.tier_period == "year" else "阶梯用量按月累计")
    return "\n".join(lines)


def price_lines(standards: Sequence[Standard], on: date, parking: Sequence[ParkingPrice] = ()) -> list[PriceLine]:
    """The fee standards in force on `on`, then the parking prices in force that day."""
    return [PriceLine(s.item.value, s.unit_kind or "全部", rate_text(s), _BASIS.get(s.item, ""), CHARGING_PERIOD,
                      s.starts_on) for s in in_force(standards, on)] + parking_lines(parking)


# Parking has no fee standard: 车辆管理费 is set on each vehicle card when it is issued or renewed and
# 车位租金 in each lease (keys area), and the bill run charges both quarterly. The notice lists the
# distinct monthly prices in force on the day, per kind of place, and says where each is set.
PARKING_ITEMS = (FeeItem.VEHICLE.value, "车位租金")
_PARKING_BASIS = ("按车卡登记的月管理费，每车每月", "按租赁协议约定的月租金，每车位每月")
_PLACES = ("地上产权车位", "地下产权车位", "地上车位", "地下车位", "无固定车位")
_MANY = 4  # more distinct prices than this are printed as their range


@dataclass(frozen=True)
class ParkingPrice:
    """One monthly price of parking in force, as the keys area holds it on a vehicle card or a lease."""

    leased: bool  # 车位租金 (a lease), else 车辆管理费 (a vehicle card)
    place: str  # one of _PLACES: parking_place()
    monthly: Decimal


def parking_place(area: str | None, sold: bool = False) -> str:
    """A card's or lease's place on the notice: 地下产权车位, 地上车位, or 无固定车位 without a space."""
    if area is None:
        return "无固定车位"
    return area + ("车位", "产权车位")[sold]  # paper wording only: the GUI never shows it


def parking_lines(prices: Sequence[ParkingPrice]) -> list[PriceLine]:
    """One line per item and place: its distinct monthly prices (or their range when many), 元/月."""
    found: dict[tuple[bool, str], set[Decimal]] = {}
    for p in prices:
        found.setdefault((p.leased, p.place), set()).add(p.monthly)
    out = []
    for (leased, place), monthly in sorted(found.items(), key=lambda kv: (kv[0][0], _PLACES.index(kv[0][1]))):
        ps = sorted(monthly)
        rate = (" / ".join(_n(p) for p in ps) if len(ps) <= _MANY else f"{_n(ps[0])}–{_n(ps[-1])}")
        out.append(PriceLine(PARKING_ITEMS[leased], place, f"{rate} 元/月", _PARKING_BASIS[leased], CHARGING_PERIOD,
                             None))
    return out
