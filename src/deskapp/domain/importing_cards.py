"""Cards in use at go-live (卡号, 卡类型, 楼栋/单元/房号, 持卡人, 发卡日期, 押金, 状态): each row a card
as 发卡 records it, with its deposit held."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from deskapp.domain.importing import Cells, FieldSpec, Finding, Severity, Target, define_fields, past_date
from deskapp.domain.importing_place import PLACE_FIELDS, place_code
from deskapp.domain.keys import CardKind, check_card_number
from deskapp.domain.money import parse_amount
from deskapp.domain.people import check_name

FIELDS = define_fields(Target.CARDS, (
    FieldSpec("number", "卡号", ("卡号", "卡片编号", "卡编号", "门禁卡号"), True, example="A00123"),
    FieldSpec("kind", "卡类型", ("卡类型", "卡类", "卡片类型", "类型"), example="门禁卡"),
    *PLACE_FIELDS,
    FieldSpec("holder", "持卡人", ("持卡人", "持卡人姓名", "姓名", "业主"), True, example="张三"),
    FieldSpec("issued_on", "发卡日期", ("发卡日期", "发放日期", "办卡日期", "开卡日期"), example="2024-05-01"),
    FieldSpec("deposit", "押金", ("押金", "押金金额", "卡押金"), example="20"),
    FieldSpec("state", "状态", ("状态", "卡状态"), example="有效"),
))

_KINDS = {"住户卡": CardKind.RESIDENT, "业主卡": CardKind.RESIDENT, "IC卡": CardKind.RESIDENT, "门禁卡": CardKind.ACCESS,
          "门禁": CardKind.ACCESS, "车卡": CardKind.VEHICLE, "停车卡": CardKind.VEHICLE, "月卡": CardKind.VEHICLE}
_ACTIVE = {"", "有效", "正常", "在用", "使用中", "已发放"}


@dataclass
class CardRow:
    number: str = ""
    kind: CardKind = CardKind.ACCESS
    unit: str = ""  # the unit's code
    holder: str = ""
    issued_on: date | None = None
    deposit: Decimal = Decimal("0")
    active: bool = True
    state: str = ""
    findings: list[Finding] = field(default_factory=list)


def check_card_row(cells: Cells, today: date, *, datemode: int = 0) -> CardRow:
    r = CardRow()
    err = cells.faults_to(r.findings)

    r.number = cells.parsed("number", check_card_number, r.findings, r.number)
    r.holder = cells.parsed("holder", lambda t: check_name(t, "持卡人"), r.findings, r.holder)
    if cells.text("kind"):
        kind = _KINDS.get(cells.text("kind"))
        if kind is None:
            err("kind", f"“{cells.text('kind')}”应为 住户卡 或 门禁卡")
        elif kind is CardKind.VEHICLE:
            err("kind", "车卡连同车牌和缴费期在卡证页“发放车卡”办理，不从卡片清单导入")
        else:
            r.kind = kind
    r.unit = place_code(cells, r.findings)
    r.issued_on = past_date(cells, "issued_on", "发卡日期", today, r.findings, datemode=datemode)
    if cells.text("deposit"):
        r.deposit = cells.parsed("deposit", lambda t: parse_amount(t, "押金"), r.findings, r.deposit)
    r.state = cells.text("state")
    r.active = r.state in _ACTIVE
    if not r.active:
        r.findings.append(Finding(Severity.WARNING, cells.labels["state"], f"状态为“{r.state}”，不是有效卡，不导入",
                                  cells.columns.get("state")))
    return r
