"""Parking at go-live: HC小区's 车位信息 sheet (停车场编号, 车位编码, 停车场类型, 面积, 业主编号, 车牌号,
…, 出租还是出售（H出租S出售）, 开始时间, 结束时间) and a parking roster (卡号, 车牌号, 车主, 手机号码,
月租, 周期, 地址, 备注), read as one kind: each row a space, sold to a unit or let on a lease."""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import (
    Cells, FieldSpec, Finding, Severity, Target, building_code, decimal_of, define_fields, parse_date, room_code,
    stairwell_code,
)
from deskapp.domain.keys import SpaceArea, add_months, check_plate
from deskapp.domain.people import normalise_phone

FIELDS = define_fields(Target.PARKING, (
    FieldSpec("lot", "停车场编号", ("停车场编号", "停车场", "车库")),
    FieldSpec("space", "车位编码", ("车位编码", "车位号", "车位编号", "车位")),
    FieldSpec("area", "停车场类型", ("停车场类型", "车位类型", "地上地下"), example="地下"),
    FieldSpec("size", "面积", ("面积", "车位面积")),
    FieldSpec("owner_no", "业主编号", ("业主编号",)),
    FieldSpec("card", "卡号", ("卡号", "车卡号", "停车卡号", "月卡号"), example="C0001"),
    FieldSpec("plate", "车牌号", ("车牌号", "车牌", "车牌号码"), True, example="浙A12345"),
    FieldSpec("lessee", "车主", ("车主", "承租人", "车主姓名", "姓名"), example="张三"),
    FieldSpec("phone", "手机号码", ("手机号码", "手机号", "联系电话", "电话"), example="13957100001"),
    FieldSpec("rent", "月租", ("月租", "月租金", "月租费", "租金"), example="300"),
    FieldSpec("period", "周期", ("周期", "租期", "有效期"), example="2026-01-01至2026-12-31"),
    FieldSpec("address", "地址", ("地址", "房号", "房屋", "住址"), example="3-1-101"),
    FieldSpec("sale", "出租还是出售", ("出租还是出售", "租售", "出租出售", "租售类型"), example="H"),
    FieldSpec("start", "开始时间", ("开始时间", "开始日期", "起租日期", "起始日期")),
    FieldSpec("end", "结束时间", ("结束时间", "结束日期", "到期日期", "截止日期")),
    FieldSpec("notes", "备注", ("备注",)),
))


class Tenure(str, enum.Enum):
    SOLD = "出售"
    LET = "出租"


_TENURE = {"S": Tenure.SOLD, "出售": Tenure.SOLD, "售": Tenure.SOLD, "已售": Tenure.SOLD,
           "H": Tenure.LET, "出租": Tenure.LET, "租": Tenure.LET, "月租": Tenure.LET}
# HC's parking-lot types (1001 地上停车场, 2001 地下停车场) and the words people write.
_AREA = {"1001": SpaceArea.GROUND, "地上": SpaceArea.GROUND, "地面": SpaceArea.GROUND,
         "2001": SpaceArea.UNDERGROUND, "地下": SpaceArea.UNDERGROUND, "地库": SpaceArea.UNDERGROUND}
_PERIOD = re.compile(r"^(.+?)\s*(?:至|到|~|～|—|--|－)\s*(.+)$")
_ADDRESS = re.compile(r"^(?:.*?(?:小区|花园|苑))?(\w+?)(?:号楼|栋|幢|座)(?:(\w+?)单元)?(\w+?)(?:室|号)?$")


def address_code(text: str) -> str:
    """'3-1-101', '3栋1单元101室' -> '3-1-101'; raises when the text names no unit."""
    t = text.replace(" ", "").replace("—", "-")
    parts = t.split("-") if "-" in t else None
    if parts is None:
        m = _ADDRESS.match(t)
        if not m:
            raise ValidationError("地址", f"“{text}”不是房号（应为 3-1-101 或 3栋1单元101室）")
        parts = [p for p in m.groups() if p]
    if len(parts) not in (2, 3) or not all(parts):
        raise ValidationError("地址", f"“{text}”不是房号（应为 3-1-101 或 3栋1单元101室）")
    stair = stairwell_code(parts[1]) if len(parts) == 3 else None
    return "-".join(p for p in (building_code(parts[0]), stair, room_code(parts[-1])) if p)


@dataclass
class ParkingRow:
    space: str = ""  # 车位编码, or the roster's 卡号 when it names no space
    area: SpaceArea = SpaceArea.GROUND
    tenure: Tenure | None = None  # None: a space with nobody on it
    owner_no: str = ""
    plates: str = ""
    lessee: str = ""
    phone: str = ""
    rent: Decimal | None = None
    start: date | None = None
    end: date | None = None
    address: str = ""  # the unit's code as the address gives it
    note: str = ""
    findings: list[Finding] = field(default_factory=list)


class _Check:
    def __init__(self, cells: Cells, datemode: int):
        self.cells, self.datemode, self.row = cells, datemode, ParkingRow()

    def err(self, key: str, message: str) -> None:
        self.row.findings.append(self.cells.finding(key, message))

    def text(self, key: str) -> str:
        return self.cells.text(key) if self.cells.has(key) else ""

    def date(self, key: str) -> date | None:
        try:
            return parse_date(self.cells.values.get(key), self.cells.labels[key], datemode=self.datemode)
        except ValidationError as exc:
            self.err(key, exc.message)
            return None


def check_parking_row(cells: Cells, *, datemode: int = 0) -> ParkingRow:
    c = _Check(cells, datemode)
    r = c.row
    r.space = (c.text("space") or c.text("card")).upper()
    if not r.space:
        c.err("space" if cells.has("space") else "card" if cells.has("card") else "plate",
              "缺少车位编码或卡号，无法登记车位")
    elif len(r.space) > 20:
        c.err("space" if c.text("space") else "card", "不能超过 20 个字符")
    if c.text("area"):
        area = _AREA.get(c.text("area"))
        if area is None:
            c.err("area", f"“{c.text('area')}”应为 地上（1001）或 地下（2001）")
        else:
            r.area = area
    r.owner_no, r.lessee, r.note = c.text("owner_no"), c.text("lessee"), c.text("notes")
    _people(c)
    _tenure(c)
    if r.tenure is Tenure.LET:
        _lease_terms(c)
    return r


def _people(c: _Check) -> None:
    r = c.row
    plates = [p for p in re.split(r"[,，、/\s]+", c.text("plate")) if p]
    try:
        r.plates = "、".join(check_plate(p) for p in plates)
    except ValidationError as exc:
        c.err("plate", exc.message)
    if c.text("phone"):
        try:
            r.phone = normalise_phone(c.text("phone"), c.cells.labels["phone"])
        except ValidationError as exc:
            c.err("phone", exc.message)
    if c.text("address"):
        try:
            r.address = address_code(c.text("address"))
        except ValidationError as exc:
            c.err("address", exc.message)


def _tenure(c: _Check) -> None:
    """HC names the tenure (H/S); a roster's row with a plate and a rent is a lease."""
    r = c.row
    word = c.text("sale").upper()
    if word:
        r.tenure = _TENURE.get(word)
        if r.tenure is None:
            c.err("sale", f"“{c.text('sale')}”应为 H（出租）或 S（出售）")
    elif r.plates or c.text("rent") or c.text("lessee"):
        r.tenure = Tenure.LET
    if r.tenure is not None and not (r.owner_no or r.lessee):
        c.err("lessee" if c.cells.has("lessee") else "owner_no", "出租或出售的车位应有车主（或业主编号）")
    if r.tenure is Tenure.LET and not r.plates:
        c.err("plate", "出租车位至少登记一个车牌")


def _lease_terms(c: _Check) -> None:
    r = c.row
    if c.text("rent"):
        rent = decimal_of(c.text("rent").replace("元", "").replace(",", ""))
        if rent is None or rent != rent.quantize(Decimal("0.01")):
            c.err("rent", f"“{c.text('rent')}”不是金额")
        elif rent < 0:
            c.err("rent", f"月租不能为负数（{rent}）")
        else:
            r.rent = rent
    r.start = c.date("start") if c.text("start") else None
    r.end = c.date("end") if c.text("end") else None
    if c.text("period"):
        _period(c, c.text("period"))
    if r.start is None or r.end is None:
        if not any(f.severity is Severity.ERROR for f in r.findings):
            key = "period" if c.cells.has("period") else "start" if r.start is None else "end"
            c.err(key, "缺少租期（开始和结束日期）")
    elif r.end < r.start:
        key = "end" if c.text("end") else "period"
        c.err(key, f"结束 {r.end:%Y-%m-%d} 早于开始 {r.start:%Y-%m-%d}")


def _period(c: _Check, text: str) -> None:
    """'2026-01-01至2026-12-31' (or 2026.1.1-2026.12.31), or a number of months from 开始时间."""
    r = c.row
    months = decimal_of(text.removesuffix("个月").removesuffix("月"))
    if months is not None and r.start is not None and months == int(months) and 1 <= months <= 60:
        r.end = add_months(r.start, int(months)) - timedelta(days=1)
        return
    m = _PERIOD.match(text)
    if m is None:  # 2026.1.1-2026.12.31, 2026-01-01-2026-12-31
        m = re.match(r"^(\d{4}[-./]\d{1,2}[-./]\d{1,2})-(\d{4}[-./]\d{1,2}[-./]\d{1,2})$", text)
    if m is None:
        c.err("period", f"“{text}”不是租期（应为 2026-01-01至2026-12-31）")
        return
    try:
        r.start = parse_date(m.group(1), "周期")
        r.end = parse_date(m.group(2), "周期")
    except ValidationError as exc:
        c.err("period", exc.message)
