"""历史缴费: the old system's payment history brought in at go-live, as rules.

Two layouts are read as they are with one list of synonyms: our template (收据号, 缴费日期,
楼栋/单元/房号 or 房屋, 收费项目, 所属期间 or 开始/结束日期, 应缴金额, 实缴金额, 付款方式,
收银员, 备注) and HC小区's sheet 房屋缴费历史 (房屋 "1-1-1001" = 楼栋-单元-房号, 收费项目,
缴费周期, 开始时间, 结束时间, 缴费时间, 应缴金额, 实缴金额, 收银员, 备注; dates as Excel
serial numbers). The rows are history: never receipts, never arrears."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import (
    UNIT_FIELDS, Cells, FieldSpec, Finding, Severity, Target, building_code, decimal_of, define_fields, parse_date,
    room_code, stairwell_code,
)
from deskapp.domain.value_bounds import date_problem
from deskapp.domain.money import ZERO

MAX_AMOUNT = Decimal("10000000")  # one historical payment line above ten million yuan is a typo

PAYMENT_FIELDS = define_fields(Target.PAYMENTS, (
    FieldSpec("receipt_no", "收据号", ("收据号", "原收据号", "收据编号", "票据号", "单据号", "收费单号"),
              example="2023-000123"),
    FieldSpec("paid_on", "缴费日期", ("缴费日期", "缴费时间", "收款日期", "收费日期", "付款日期", "交费日期"),
              True, example="2024-03-15"),
    FieldSpec("building", "楼栋", UNIT_FIELDS[0].synonyms, example="1"),
    FieldSpec("stairwell", "单元", UNIT_FIELDS[1].synonyms, example="1"),
    # HC writes the house as one text, 楼栋-单元-房号 (its roomName, "1-1-1001")
    FieldSpec("room", "房号", ("房号", "房屋", "房间", "房屋编号", "房屋编码", "房间号", "门牌号", "室号"),
              True, example="1001"),
    FieldSpec("item", "收费项目", ("收费项目", "费用项目", "收费项", "费用名称", "费用类型", "费用项"),
              True, example="物业服务费"),
    FieldSpec("period", "所属期间", ("所属期间", "所属期", "费用期间", "所属月份", "账期", "计费期间"),
              example="2024-01至2024-03"),
    FieldSpec("months", "缴费周期", ("缴费周期", "周期", "缴费月数"), example="3"),
    FieldSpec("starts_on", "开始日期", ("开始日期", "开始时间", "计费开始时间", "费用开始时间", "起始日期")),
    FieldSpec("ends_on", "结束日期", ("结束日期", "结束时间", "计费结束时间", "费用结束时间", "截止日期")),
    FieldSpec("billed", "应缴金额", ("应缴金额", "应收金额", "应缴", "应收", "应缴费用"), example="600.00"),
    FieldSpec("paid", "实缴金额", ("实缴金额", "实收金额", "实缴", "实收", "缴费金额", "收款金额"),
              True, example="600.00"),
    FieldSpec("method", "付款方式", ("付款方式", "支付方式", "缴费方式", "收款方式"), example="微信"),
    FieldSpec("cashier", "收银员", ("收银员", "收费员", "收款人", "经办人", "操作员"), example="王芳"),
    FieldSpec("notes", "备注", ("备注", "说明")),
))

_LIMITS = {"receipt_no": 30, "item": 40, "period": 40, "method": 20, "cashier": 40, "notes": 200}


@dataclass
class PaymentRow:
    """One historical payment line after the rules."""

    building: str = ""
    stairwell: str | None = None
    room: str = ""
    receipt_no: str = ""
    paid_on: date | None = None
    item: str = ""
    period: str = ""
    months: int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    billed: Decimal = ZERO
    paid: Decimal = ZERO
    method: str = ""
    cashier: str = ""
    notes: str = ""
    findings: list[Finding] = field(default_factory=list)

    @property
    def code(self) -> str:
        return "-".join(p for p in (self.building, self.stairwell, self.room) if p)

    def key(self) -> tuple:
        """What makes two rows the same receipt line (checked across the file)."""
        return (self.receipt_no, self.code, self.item, self.period, self.paid_on, self.billed, self.paid)


class _Check:
    def __init__(self, cells: Cells):
        self.cells, self.row = cells, PaymentRow()

    def err(self, key: str, message: str) -> None:
        self.row.findings.append(self.cells.finding(key, message))

    def text(self, key: str) -> str:
        t = self.cells.text(key)
        if len(t) > _LIMITS.get(key, 200):
            self.err(key, f"不能超过 {_LIMITS.get(key, 200)} 个字符")
            return ""
        return t

    def day(self, key: str, datemode: int) -> date | None:
        if not self.cells.text(key):
            return None
        try:
            value = parse_date(self.cells.values.get(key), self.cells.labels[key], datemode=datemode)
        except ValidationError as exc:
            self.err(key, exc.message)
            return None
        if value and (problem := date_problem(value)):
            self.err(key, problem)
            return None
        return value

    def amount(self, key: str) -> Decimal | None:
        t = self.cells.text(key).replace(",", "").removesuffix("元")
        d = decimal_of(t) if t else None
        if not t:
            return None
        if d is None or d != d.quantize(Decimal("0.01")) or abs(d) > MAX_AMOUNT:
            self.err(key, f"“{self.cells.text(key)}”不是金额（最多两位小数）")
            return None
        if d < 0:
            self.err(key, f"金额 {d} 不能为负数")
            return None
        return d.quantize(Decimal("0.01"))

    def place(self) -> None:
        """楼栋/单元/房号 columns, or the house as one text 1-1-1001 (HC's 房屋) in the room column."""
        r, room_text = self.row, self.cells.text("room")
        parts = room_text.replace("—", "-").split("-")
        try:
            r.building = building_code(self.cells.text("building")) if self.cells.text("building") else ""
            r.stairwell = stairwell_code(self.cells.text("stairwell")) if self.cells.text("stairwell") else None
        except ValidationError as exc:
            self.err("building" if exc.field == "楼栋" else "stairwell", exc.message)
            return
        if not room_text:
            self.err("room", "不能为空")
            return
        if len(parts) > 3 or not all(parts):
            self.err("room", f"“{room_text}”不是房号（应为 1001 或 楼栋-单元-房号，如 1-1-1001）")
            return
        try:
            r.room = room_code(parts[-1])
            if len(parts) > 1:
                r.building = r.building or building_code(parts[0])
                r.stairwell = r.stairwell or (stairwell_code(parts[1]) if len(parts) == 3 else None)
        except ValidationError as exc:
            self.err("room", exc.message)
            return
        if not r.building:
            self.err("room", f"“{room_text}”没有楼栋（请填写楼栋列，或写成 楼栋-单元-房号）")


def check_payment_row(cells: Cells, today: date, *, datemode: int = 0) -> PaymentRow:
    """Every rule the row alone decides: where, when (not after `today`), what, how much."""
    c = _Check(cells)
    r = c.row
    c.place()
    r.paid_on = c.day("paid_on", datemode)
    if not cells.text("paid_on"):
        c.err("paid_on", "不能为空")
    elif r.paid_on and r.paid_on > today:
        c.err("paid_on", f"缴费日期 {r.paid_on.isoformat()} 晚于今天（{today.isoformat()}），历史缴费不能在将来")
    r.item = c.text("item")
    if not cells.text("item"):
        c.err("item", "不能为空")
    r.starts_on, r.ends_on = c.day("starts_on", datemode), c.day("ends_on", datemode)
    if r.starts_on and r.ends_on and r.ends_on < r.starts_on:
        c.err("ends_on", f"结束日期 {r.ends_on.isoformat()} 早于开始日期 {r.starts_on.isoformat()}")
    r.period = c.text("period") or period_text(r.starts_on, r.ends_on)
    if cells.text("months"):
        m = decimal_of(cells.text("months").removesuffix("个月").removesuffix("月"))
        if m is None or m != m.to_integral_value() or not 1 <= m <= 120:
            c.err("months", f"“{cells.text('months')}”不是月数（1–120 的整数）")
        else:
            r.months = int(m)
    paid, billed = c.amount("paid"), c.amount("billed")
    if not cells.text("paid"):
        c.err("paid", "不能为空")
    r.paid = paid if paid is not None else ZERO
    r.billed = billed if billed is not None else r.paid  # no 应缴 column: billed as paid
    if paid is not None and billed is not None and paid > billed:
        c.err("paid", f"实缴 {paid} 元大于应缴 {billed} 元：历史记录中的缴费不能多于应缴")
    r.receipt_no, r.method, r.cashier, r.notes = (c.text(k) for k in ("receipt_no", "method", "cashier", "notes"))
    return r


def period_text(starts_on: date | None, ends_on: date | None) -> str:
    """2024-01-01 … 2024-03-31 → '2024-01-01至2024-03-31' (the period as HC's two dates give it)."""
    if starts_on and ends_on:
        return f"{starts_on.isoformat()}至{ends_on.isoformat()}"
    return (starts_on or ends_on).isoformat() if (starts_on or ends_on) else ""


@dataclass(frozen=True)
class ItemTotal:
    item: str
    count: int
    billed: Decimal
    paid: Decimal


def totals_by_item(rows: Iterable[tuple[str, Decimal, Decimal]]) -> list[ItemTotal]:
    """(item, billed, paid) lines → count and totals per item, by item name; the reconciliation."""
    acc: dict[str, list] = {}
    for item, billed, paid in rows:
        a = acc.setdefault(item, [0, ZERO, ZERO])
        a[0] += 1
        a[1] += billed
        a[2] += paid
    return [ItemTotal(k, *acc[k]) for k in sorted(acc)]


def reconciliation_lines(totals: list[ItemTotal]) -> list[str]:
    """The account printed after the import, on the wizard's last page and in the audit trail."""
    lines = [f"{t.item}：{t.count} 笔，应缴 {t.billed:,.2f} 元，实缴 {t.paid:,.2f} 元" for t in totals]
    count = sum(t.count for t in totals)
    billed, paid = sum((t.billed for t in totals), ZERO), sum((t.paid for t in totals), ZERO)
    lines.append(f"合计：{count} 笔，应缴 {billed:,.2f} 元，实缴 {paid:,.2f} 元")
    return lines
