"""收费标准公示 (明码标价): which fee standards are in force on a day, and how each is worded
on the notice posted at the centre (item, rate with its unit, basis, charging period)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

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
    unit_kind: str  # 适用房屋, "全部" when the standard is for every kind
    rate: str  # 收费标准 with its unit; tiers one per line
    basis: str  # 计费依据
    period: str  # 收费周期
    starts_on: date  # 执行日期


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


def price_lines(standards: Sequence[Standard], on: date) -> list[PriceLine]:
    return [PriceLine(s.item.value, s.unit_kind or "全部", rate_text(s), _BASIS.get(s.item, ""), CHARGING_PERIOD,
                      s.starts_on) for s in in_force(standards, on)]
