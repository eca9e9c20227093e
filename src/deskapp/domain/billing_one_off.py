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


# 临时收费 at the counter: the supervisor keeps the list (setting billing.adhoc_items); these are
# what a centre starts with. 有偿维修 always pays a repair order of the unit, so it is always there.
REPAIR_ITEM = "有偿维修"
ADHOC_ITEMS = ("卡费/补卡费", "建筑垃圾清运费", REPAIR_ITEM, "搬家电梯使用费", "其他")
NOTE_MAX = 100


@dataclass(frozen=True)
class Charge:
    item: str
    amount: Decimal
    note: str = ""
    repair_id: int | None = None  # the 有偿维修 order the charge pays


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


def check_adhoc(item: str, items: Iterable[str], amount: str | Decimal, note: str,
                 repair_number: str) -> Charge:
    """One 临时收费: an item of the supervisor's list (有偿维修 always allowed, and only with a
    repair order), an amount above zero, a short note. Every wrong field is named at once."""
    listed = {*items, REPAIR_ITEM}
    problems = Problems()
    item = (item or "").strip()
    if item not in listed:
        problems.add(ValidationError("收费项目", f"请从 {'、'.join(sorted(listed))} 中选择"))
    value = problems.check(parse_amount, amount, "金额", allow_zero=False)
    if len(note.strip()) > NOTE_MAX:
        problems.add(ValidationError("备注", f"最多 {NOTE_MAX} 个字"))
    if item == REPAIR_ITEM and not repair_number.strip():
        problems.add(ValidationError("维修单", "有偿维修必须选择所收费的维修单"))
    if item != REPAIR_ITEM and repair_number.strip():
        problems.add(ValidationError("维修单", "只有有偿维修关联维修单"))
    problems.raise_any()
    return Charge(item, value, note.strip())


def charge_number(year: int, seq: int) -> str:
    return f"YC{year}-{seq:06d}"
