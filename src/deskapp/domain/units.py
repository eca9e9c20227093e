"""Units (房屋): kinds, states, codes and areas."""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from deskapp.domain.errors import ValidationError
from deskapp.domain.value_bounds import MAX_AREA, shown


class UnitKind(str, enum.Enum):
    FLAT = "住宅"
    SHOP = "商铺"
    OFFICE = "办公"


class UnitState(str, enum.Enum):
    UNDELIVERED = "未交房"
    VACANT = "空置"
    OCCUPIED = "自住"
    RENTED = "出租"
    DECORATING = "装修中"


AREA_QUANT = Decimal("0.01")


def parse_area(value: str | int | Decimal | None, field: str, *, required: bool = True) -> Decimal | None:
    """An area in ㎡: a positive number with at most two decimals."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, "不能为空，应为大于 0 的面积（㎡）")
        return None
    try:
        area = value if isinstance(value, Decimal) else Decimal(str(value).strip().replace("㎡", "").replace("m2", ""))
    except InvalidOperation:
        raise ValidationError(field, f"“{value}”不是数字，应为大于 0 的面积（㎡）") from None
    if not area.is_finite() or area <= 0:
        raise ValidationError(field, f"应为大于 0 的面积（㎡），现为 {value}")
    if area > MAX_AREA:
        raise ValidationError(field, f"面积 {shown(value)} ㎡ 过大（一套房屋不超过 {MAX_AREA} ㎡）")
    return area.quantize(AREA_QUANT)


_CODE_PART = re.compile(r"^[0-9A-Za-z]{1,8}$")


def unit_code(building: str, stairwell: str | None, room: str) -> str:
    """The code read out at the counter: 3-2-1502 (building-stairwell-room), S-105 for a shop."""
    parts = [building] + ([stairwell] if stairwell else []) + [room]
    return "-".join(p.strip() for p in parts)


def check_code_part(value: str, field: str) -> str:
    v = value.strip()
    if not _CODE_PART.match(v):
        raise ValidationError(field, f"“{value}”应为 1–8 位字母或数字")
    return v


def floor_from_room(room: str) -> int | None:
    """1502 -> 15, 302 -> 3; None when the room number does not say."""
    digits = re.sub(r"\D", "", room)
    if len(digits) >= 3:
        return int(digits[:-2])
    return None


@dataclass(frozen=True)
class UnitInput:
    building: str
    stairwell: str | None
    room: str
    kind: UnitKind
    state: UnitState
    building_area: Decimal | None
    inner_area: Decimal | None = None
    floor: int | None = None
    notes: str = ""


def validate_unit_input(raw: dict) -> UnitInput:
    """Turn what a form or file gave into a UnitInput, naming the first wrong field."""
    building = check_code_part(str(raw.get("building", "")), "楼栋")
    stairwell_raw = str(raw.get("stairwell") or "").strip()
    stairwell = check_code_part(stairwell_raw, "单元") if stairwell_raw else None
    room = check_code_part(str(raw.get("room", "")), "房号")
    try:
        kind = UnitKind(raw.get("kind") or UnitKind.FLAT.value)
    except ValueError:
        raise ValidationError("类型", f"应为 {'/'.join(k.value for k in UnitKind)}") from None
    try:
        state = UnitState(raw.get("state") or UnitState.UNDELIVERED.value)
    except ValueError:
        raise ValidationError("状态", f"应为 {'/'.join(s.value for s in UnitState)}") from None
    area = parse_area(raw.get("building_area"), "建筑面积")
    inner = parse_area(raw.get("inner_area"), "套内面积", required=False)
    floor_raw = raw.get("floor")
    if floor_raw in (None, ""):
        floor = floor_from_room(room)
    else:
        try:
            floor = int(str(floor_raw).strip())
        except ValueError:
            raise ValidationError("楼层", f"“{floor_raw}”不是整数") from None
        if not -10 <= floor <= 200:
            raise ValidationError("楼层", f"{floor} 不在 -10 到 200 之间")
    return UnitInput(building, stairwell, room, kind, state, area, inner, floor, str(raw.get("notes") or ""))
