"""Prepayments and deposits held at go-live (类别, 楼栋/单元/房号, 交款人, 金额, 收取日期, 退还条件):
each row a 预存款 balance brought onto the prepayment ledger, or a deposit (装修 / 门禁卡 / 钥匙 /
车位 / 其他押金) taken into the 押金台账 with what it secures."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from deskapp.domain.billing_deposits import DepositKind
from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import Cells, FieldSpec, Finding, Severity, Target, define_fields, parse_date
from deskapp.domain.importing_place import PLACE_FIELDS, place_code
from deskapp.domain.money import parse_amount
from deskapp.domain.people import check_name
from deskapp.domain.value_bounds import date_problem

PREPAYMENT = "预存款"

FIELDS = define_fields(Target.DEPOSITS, (
    FieldSpec("kind", "类别", ("类别", "类型", "款项", "款项类别", "押金类型", "押金类别"), True, example="装修押金"),
    *PLACE_FIELDS,
    FieldSpec("payer", "交款人", ("交款人", "缴款人", "付款人", "业主", "姓名"), example="张三"),
    FieldSpec("amount", "金额", ("金额", "押金金额", "余额", "预存余额", "押金"), True, example="2000"),
    FieldSpec("taken_on", "收取日期", ("收取日期", "收款日期", "交款日期", "日期"), True, example="2025-03-01"),
    FieldSpec("secures", "退还条件", ("退还条件", "用途", "担保事项", "说明", "备注"), example="装修复验合格后退还"),
))

# What the old systems call each kind; 预存款 (None) goes onto the prepayment ledger, not the 押金台账.
KINDS: dict[str, DepositKind | None] = {
    "预存款": None, "预存": None, "预交款": None, "预缴款": None,
    "装修押金": DepositKind.DECORATION, "装修保证金": DepositKind.DECORATION,
    "门禁卡押金": DepositKind.CARD, "卡押金": DepositKind.CARD, "钥匙押金": DepositKind.KEY,
    "车位押金": DepositKind.PARKING, "停车押金": DepositKind.PARKING, "设施押金": DepositKind.FACILITY,
    "场地押金": DepositKind.FACILITY, "其他押金": DepositKind.OTHER,
}


def kind_label(kind: DepositKind | None) -> str:
    """The name the reconciliation and the template use: 预存款, 装修押金 …"""
    return PREPAYMENT if kind is None else f"{kind.value}押金"


@dataclass
class DepositRow:
    kind: DepositKind | None = None  # None: 预存款
    unit: str = ""
    payer: str = ""
    amount: Decimal = Decimal("0.00")
    taken_on: date | None = None
    secures: str = ""
    findings: list[Finding] = field(default_factory=list)

    @property
    def label(self) -> str:
        return kind_label(self.kind)


def check_deposit_row(cells: Cells, today: date, *, datemode: int = 0) -> DepositRow:
    r = DepositRow()
    err = cells.faults_to(r.findings)

    kind = cells.text("kind").replace(" ", "")
    if kind not in KINDS:
        err("kind", f"不认识的类别“{kind}”（可填：{'、'.join(kind_label(k) for k in (None, *DepositKind))}）"
            if kind else "缺少类别")
    else:
        r.kind = KINDS[kind]
    r.unit = place_code(cells, r.findings)
    if cells.text("payer"):
        r.payer = cells.parsed("payer", lambda t: check_name(t, "交款人"), r.findings, r.payer)
    r.amount = cells.parsed("amount", lambda t: parse_amount(t, "金额", allow_zero=False), r.findings, r.amount)
    try:
        r.taken_on = parse_date(cells.values.get("taken_on"), "收取日期", datemode=datemode)
    except ValidationError as exc:
        err("taken_on", exc.message)
    if r.taken_on is None and not any(f.field == cells.labels["taken_on"] for f in r.findings):
        err("taken_on", "缺少收取日期")
    elif r.taken_on and (problem := date_problem(r.taken_on)):
        err("taken_on", problem)
    elif r.taken_on and r.taken_on > today:
        err("taken_on", f"收取日期 {r.taken_on:%Y-%m-%d} 在今天之后")
    r.secures = cells.text("secures")[:200]
    return r
