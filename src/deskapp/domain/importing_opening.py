"""The go-live import of opening arrears (期初欠费): its columns, the fee items other systems
name, one template row's checks, and the district fee-ledger workbook's layout (one sheet per
district, two-level merged headers: 本期应收 / 前期欠费 groups of items, 小计, 合计)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from deskapp.domain.billing import FeeItem, Quarter
from deskapp.domain.billing_opening import Period, future_problem, parse_period, quarter_period, span
from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import (
    UNIT_FIELDS, Cells, FieldSpec, Finding, Raw, Severity, Target, _broken_cells, decimal_of, define_fields,
    header_key, parse_date, text_of,
)

OPENING_FIELDS = define_fields(Target.OPENING, (
    FieldSpec("building", "楼栋", UNIT_FIELDS[0].synonyms, False, True, example="3"),
    FieldSpec("stairwell", "单元", UNIT_FIELDS[1].synonyms, False, True, example="1"),
    # a whole code 3-1-1502 in one column (房屋编号/物业编号) is read as building-stairwell-room
    FieldSpec("room", "房号", UNIT_FIELDS[2].synonyms + ("物业编号", "房屋", "房产编号"), True, example="1502"),
    FieldSpec("item", "收费项目", ("收费项目", "费用项目", "项目", "费项", "收费项", "费用名称", "项目名称"),
              example="物业管理费"),
    FieldSpec("period", "所属期间", ("所属期间", "期间", "所属期", "账期", "计费周期", "缴费周期", "计费期间", "费用期间"),
              example="2025Q3"),
    FieldSpec("start", "开始日期", ("开始日期", "起始日期", "开始时间", "计费开始日期", "计费起始日期")),
    FieldSpec("end", "结束日期", ("结束日期", "截止日期", "结束时间", "计费结束日期")),
    # 合计: the ledger's last column, so that its first header row is recognised as one
    FieldSpec("amount", "金额", ("金额", "欠费金额", "应收金额", "应缴金额", "欠费", "欠款金额", "合计"), True,
              example="456.00"),
))

# What other systems and ledgers call the fee items (header_key has taken brackets off:
# 公共用电分摊（路灯） is 公共用电分摊). 电费 has no item here: the supply company bills it.
ITEM_WORDS: dict[str, FeeItem] = {
    "物业管理费": FeeItem.PROPERTY, "物业服务费": FeeItem.PROPERTY, "物业费": FeeItem.PROPERTY, "管理费": FeeItem.PROPERTY,
    "公共用电分摊": FeeItem.SHARED_POWER, "公摊电费": FeeItem.SHARED_POWER, "公共电费": FeeItem.SHARED_POWER,
    "路灯电费": FeeItem.SHARED_POWER, "路灯": FeeItem.SHARED_POWER,
    "公共用水分摊": FeeItem.SHARED_WATER, "公摊水费": FeeItem.SHARED_WATER, "公共水费": FeeItem.SHARED_WATER,
    "水费": FeeItem.WATER, "自用水费": FeeItem.WATER, "代收水费": FeeItem.WATER,
    "滞纳金": FeeItem.LATE, "违约金": FeeItem.LATE,
    "车位管理费": FeeItem.VEHICLE, "车辆管理费": FeeItem.VEHICLE, "停车费": FeeItem.VEHICLE, "车位费": FeeItem.VEHICLE,
}


def item_of(text: str) -> FeeItem | None:
    return ITEM_WORDS.get(header_key(text))


def item_problem(text: str) -> str:
    known = "、".join(i.value for i in FeeItem)
    if header_key(text) == "电费":
        return f"“{text}”不是本系统收取的项目（电费由供电公司收取）；可导入的项目：{known}"
    return f"“{text}”不是已知的收费项目（可导入：{known}，或 物业管理费、公共用电分摊、公共用水分摊 等）"


def amount_problem(value: Decimal) -> str | None:
    if value < 0:
        return f"金额 {value} 为负数；期初欠费只导入欠款，预存款请用预存款与押金导入"
    if value != value.quantize(Decimal("0.01")):
        return f"金额 {value} 超过两位小数"
    return None


@dataclass
class OpeningRow:
    place: str = ""  # the unit as written (3-1-1502, or the three columns joined)
    building: str = ""
    stairwell: str = ""
    room: str = ""
    item: FeeItem | None = None
    period: Period | None = None
    amount: Decimal | None = None
    findings: list[Finding] = field(default_factory=list)


def check_opening_row(cells: Cells, today: date, *, datemode: int = 0) -> OpeningRow:
    """One template row: where, what item, for what period, how much; the unit itself is
    looked up by the service."""
    row = OpeningRow()
    f = row.findings
    broken = _broken_cells(cells, f)
    err = cells.faults_to(f)

    def text(key: str) -> str:
        return cells.text(key) if cells.has(key) and key not in broken else ""

    row.building, row.stairwell, row.room = text("building"), text("stairwell"), text("room")
    row.place = "-".join(p for p in (row.building, row.stairwell, row.room) if p)
    if not row.room and "room" not in broken:
        err("room", "不能为空")
    if "item" not in broken:
        t = text("item")
        row.item = item_of(t) if t else None
        if row.item is None:
            err("item", item_problem(t) if t else "不能为空")
    _period(cells, row, today, datemode, broken, err)
    if "amount" not in broken:
        t = text("amount").replace(",", "").replace("，", "")
        amount = decimal_of(t) if t else None
        if amount is None:
            err("amount", f"“{t}”不是金额" if t else "不能为空")
        elif problem := amount_problem(amount):
            err("amount", problem)
        else:
            row.amount = amount
    return row


def _period(cells: Cells, row: OpeningRow, today: date, datemode: int, broken: set[str], err) -> None:
    """所属期间, or 开始日期 and 结束日期."""
    try:
        if cells.has("period") and "period" not in broken and cells.text("period"):
            value = cells.values.get("period")
            row.period = parse_period(cells.text("period")) if not isinstance(value, date) \
                else parse_period(f"{value:%Y-%m}")
            key = "period"
        else:
            start = parse_date(cells.values.get("start"), "开始日期", datemode=datemode) if cells.has("start") else None
            end = parse_date(cells.values.get("end"), "结束日期", datemode=datemode) if cells.has("end") else None
            key = "end" if start else "start"
            if start is None or end is None:
                err("period" if cells.has("period") or not cells.has("start") else key,
                    "不能为空（填所属期间，或开始日期和结束日期）")
                return
            row.period = span(start, end, "结束日期")
    except ValidationError as exc:
        label = exc.field if exc.field in ("开始日期", "结束日期") else "所属期间"
        key = {"开始日期": "start", "结束日期": "end"}.get(label, "period")
        f = Finding(Severity.ERROR, label, exc.message, cells.columns.get(key))
        row.findings.append(f)
        return
    if problem := future_problem(row.period, today):
        err(key, problem)
        row.period = None


# ----------------------------------------------------------------- the district fee ledger

CURRENT, EARLIER = "本期应收", "前期欠费"
SUBTOTAL, TOTAL = "小计", "合计"


@dataclass(frozen=True)
class LedgerColumn:
    col: int
    group: str  # 本期应收, 前期欠费, or "" (合计, 物业编号 …)
    name: str  # 管理费, 公共用电分摊（路灯）, 小计, 合计 …
    item: FeeItem | None


@dataclass(frozen=True)
class LedgerLayout:
    header_rows: tuple[int, int]  # 0-based group row and item row
    code_col: int
    columns: tuple[LedgerColumn, ...]  # every money column, in sheet order
    heading: str  # the text above the headers (title), where a period may be named
    names: tuple[str, ...]  # each column's header, the group's put before its items: 前期欠费管理费

    def items(self) -> list[LedgerColumn]:
        return [c for c in self.columns if c.item is not None]


def _spread(rows: list[list[Raw]], merged: list[tuple[int, int, int, int]], r: int) -> list[str]:
    """Row r's texts with each merged cell's value carried over the whole merge."""
    out = [text_of(v) for v in rows[r]]
    for r1, c1, r2, c2 in merged:
        if r1 <= r <= r2 and r1 < len(rows) and c1 < len(rows[r1]):
            top = text_of(rows[r1][c1])
            out.extend([""] * (c2 + 1 - len(out)))
            for c in range(c1, c2 + 1):
                out[c] = out[c] or top
    return out


def ledger_layout(rows: list[list[Raw]], merged: list[tuple[int, int, int, int]], *, scan: int = 12
                  ) -> LedgerLayout | None:
    """The ledger's headers on a sheet: a row naming 物业编号 and 前期欠费, with the item names
    below it; None when the sheet is not laid out so (an empty or a notes sheet)."""
    for r in range(min(scan, len(rows) - 1)):
        top = [header_key(t) for t in _spread(rows, merged, r)]
        if "物业编号" not in top or EARLIER not in top:
            continue
        below = _spread(rows, merged, r + 1)
        spread = _spread(rows, merged, r)
        names = tuple(f"{spread[c]}{below[c]}" if top[c] in (CURRENT, EARLIER) and c < len(below) and below[c]
                      else spread[c] or (below[c] if c < len(below) else "") for c in range(len(top)))
        columns = []
        for c, group in enumerate(top):
            name = below[c] if c < len(below) else ""
            key = header_key(name)
            if group in (CURRENT, EARLIER) and key:
                columns.append(LedgerColumn(c, group, name, item_of(key)
                                            if key not in (SUBTOTAL, TOTAL) else None))
            elif group == TOTAL:
                columns.append(LedgerColumn(c, "", TOTAL, None))
        heading = " ".join(text_of(v) for row in rows[:r] for v in row if text_of(v))
        return LedgerLayout((r, r + 1), top.index("物业编号"), tuple(columns), heading, names)
    return None


def ledger_periods(quarter: Quarter) -> dict[str, Period]:
    """本期应收 is owed for the ledger's quarter; 前期欠费 for periods before it, which the ledger
    does not name: dated as the quarter before (the youngest it can be, so never over-aged)."""
    return {CURRENT: quarter_period(quarter), EARLIER: quarter_period(quarter.previous())}
