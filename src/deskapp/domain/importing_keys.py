"""Keys held at go-live (楼栋/单元/房号, 钥匙编号/标签, 把数, 存放位置, 交存日期, 交存人): each row a key
(set) taken into custody as 登记托管 records it."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import Cells, FieldSpec, Finding, Severity, Target, decimal_of, define_fields, \
    past_date
from deskapp.domain.importing_place import PLACE_FIELDS, place_code
from deskapp.domain.keys import KeyKind, check_copies, check_location
from deskapp.domain.people import check_name

FIELDS = define_fields(Target.KEYS, (
    *PLACE_FIELDS,
    FieldSpec("label", "钥匙编号", ("钥匙编号", "标签", "钥匙标签", "钥匙名称", "钥匙"), example="入户门"),
    FieldSpec("copies", "把数", ("把数", "数量", "钥匙数量", "份数"), True, example="2"),
    FieldSpec("location", "存放位置", ("存放位置", "位置", "钥匙柜", "存放处"), True, example="A柜-01"),
    FieldSpec("since", "交存日期", ("交存日期", "托管日期", "交付日期", "登记日期"), example="2025-03-01"),
    FieldSpec("depositor", "交存人", ("交存人", "委托人", "交钥匙人"), example="业主张三"),
))

# The kind of key, read from its label (入户门 / 单元门 / 卷帘门 / 信报箱 …).
_KIND_WORDS = (("信报箱", KeyKind.MAILBOX), ("信箱", KeyKind.MAILBOX), ("卷帘", KeyKind.SHUTTER),
               ("店面", KeyKind.SHUTTER), ("单元门", KeyKind.STAIRWELL), ("入户", KeyKind.ENTRANCE),
               ("房门", KeyKind.ENTRANCE), ("大门", KeyKind.ENTRANCE))


def kind_of(label: str) -> KeyKind:
    return next((kind for word, kind in _KIND_WORDS if word in label), KeyKind.ENTRANCE if not label else KeyKind.OTHER)


@dataclass
class KeyRow:
    unit: str = ""
    kind: KeyKind = KeyKind.ENTRANCE
    label: str = ""
    copies: int = 0
    location: str = ""
    since: date | None = None
    depositor: str = ""
    findings: list[Finding] = field(default_factory=list)


def check_key_row(cells: Cells, today: date, *, datemode: int = 0) -> KeyRow:
    r = KeyRow()
    err = cells.faults_to(r.findings)

    r.unit = place_code(cells, r.findings)
    r.label = cells.text("label")[:60]
    r.kind = kind_of(r.label)
    copies = decimal_of(cells.text("copies").removesuffix("把"))
    try:
        if copies is None or copies != int(copies):
            raise ValidationError("把数", f"“{cells.text('copies')}”不是整数")
        r.copies = check_copies(int(copies))
    except ValidationError as exc:
        err("copies", exc.message)
    r.location = cells.parsed("location", check_location, r.findings, r.location)
    r.since = past_date(cells, "since", "交存日期", today, r.findings, datemode=datemode)
    if cells.text("depositor"):
        r.depositor = cells.parsed("depositor", lambda t: check_name(t, "交存人"), r.findings, r.depositor)
    return r
