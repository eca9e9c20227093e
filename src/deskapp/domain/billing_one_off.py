"""一次性收费: what may be charged once outside the bill run, and the check of a charge list."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from deskapp.domain.errors import Problems, ValidationError
from deskapp.domain.money import parse_amount

# The fees the centre charges once (at move-in or at the counter); a fixed list so that the
# registers and the daily handover add them up by item instead of by whatever was typed.
ONE_OFF_ITEMS = ("装修垃圾清运费", "门禁卡工本费", "住户卡工本费", "车辆卡工本费", "水电开通费", "其他一次性费用")


@dataclass(frozen=True)
class Charge:
    item: str
    amount: Decimal


def check_charges(lines: Iterable[tuple[str, str | Decimal]]) -> list[Charge]:
    """Each line an item of the list and an amount above zero; an item at most once. Every wrong
    line is named at once."""
    out: list[Charge] = []
    seen: set[str] = set()
    problems = Problems()
    for n, (item, amount) in enumerate(lines, start=1):
        if item not in ONE_OFF_ITEMS:
            problems.add(ValidationError(f"收费项目（第 {n} 项）", f"请从 {'、'.join(ONE_OFF_ITEMS)} 中选择"))
            continue
        if item in seen:
            problems.add(ValidationError(f"收费项目（第 {n} 项）", f"{item}重复"))
            continue
        seen.add(item)
        value = problems.check(parse_amount, amount, f"{item}金额", allow_zero=False)
        if value is not None:
            out.append(Charge(item, value))
    problems.raise_any()
    return out


def charge_number(year: int, seq: int) -> str:
    return f"YC{year}-{seq:06d}"
