"""Where a go-live row's unit is: 楼栋/单元/房号 columns, or one 地址 column (3-1-101, 3栋1单元101室).
The card and key lists name units both ways."""
from __future__ import annotations

from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import UNIT_FIELDS, Cells, FieldSpec, Finding, Severity, building_code, room_code, \
    stairwell_code
from deskapp.domain.importing_parking import address_code

_UNIT = {s.key: s for s in UNIT_FIELDS}
PLACE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("building", "楼栋", _UNIT["building"].synonyms, False, True, example="3"),
    FieldSpec("stairwell", "单元", _UNIT["stairwell"].synonyms, False, True, example="1"),
    FieldSpec("room", "房号", _UNIT["room"].synonyms, example="101"),
    FieldSpec("address", "地址", ("地址", "房屋地址", "住址", "房屋")),
)


def place_code(cells: Cells, findings: list[Finding]) -> str:
    """The unit's code ('3-1-101'), or "" with the fault added to `findings` at its cell."""
    def err(key: str, message: str) -> str:
        findings.append(cells.finding(key, message))
        return ""

    if cells.text("address") and not cells.text("room"):
        try:
            return address_code(cells.text("address"))
        except ValidationError as exc:
            return err("address", exc.message)
    if not cells.text("room"):
        return err("room" if cells.has("room") else "address" if cells.has("address") else "building",
                   "缺少房号（楼栋、单元、房号，或地址）")
    room = cells.text("room").replace("—", "-")
    if "-" in room:  # the full code in the room column
        try:
            return address_code(room)
        except ValidationError as exc:
            return err("room", exc.message)
    try:
        building = building_code(cells.text("building")) if cells.text("building") else ""
    except ValidationError as exc:
        return err("building", exc.message)
    if not building:
        return err("building" if cells.has("building") else "room", "缺少楼栋")
    try:
        stair = stairwell_code(cells.text("stairwell")) if cells.text("stairwell") else None
    except ValidationError as exc:
        return err("stairwell", exc.message)
    try:
        return "-".join(p for p in (building, stair, room_code(room)) if p)
    except ValidationError as exc:
        return err("room", exc.message)


def unit_on_file(code: str, units: dict[str, int], cells: Cells, findings: list[Finding]) -> int | None:
    """The id of the unit `code` names (units: code -> id on file), or None; a unit not on file is
    a fault added to `findings` at the cell that named it (房号 or 地址)."""
    unit_id = units.get(code)
    if code and unit_id is None:
        key = "room" if cells.text("room") else "address"
        findings.append(Finding(Severity.ERROR, cells.labels[key], f"档案中没有房屋 {code}（请先导入房屋与业主名册）",
                                cells.columns.get(key)))
    return unit_id
