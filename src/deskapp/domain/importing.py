"""Importing rosters and meter readings from spreadsheets: the pure rules.

What a spreadsheet cell really holds (numbers for phone numbers, floats for room numbers,
serial numbers for dates, formulas without a cached result) is turned into clean text here;
header rows are recognised by synonyms; each data row gets a verdict made of findings
(errors block the import, warnings need the user's consent, notes only inform)."""
from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from deskapp.domain.errors import ValidationError
from deskapp.domain.idcard import resident_id_problem
from deskapp.domain.people import Relation, normalise_phone
from deskapp.domain.text import clean
from deskapp.domain.units import UnitKind, UnitState, check_code_part, floor_from_room, parse_area
from deskapp.domain.value_bounds import (
    FIRST_DELIVERY_YEAR, FIRST_YEAR, LAST_YEAR, MAX_AREA, MAX_FLOOR, MIN_FLOOR, date_problem, reading_problem,
)


# ----------------------------------------------------------------- what a cell can hold

@dataclass(frozen=True)
class NoCache:
    """A formula cell whose file holds no computed value (written by a program, never opened in Excel)."""

    formula: str


@dataclass(frozen=True)
class CellError:
    """An Excel error value such as #N/A or #REF!."""

    code: str


Raw = object  # str | int | float | Decimal | bool | date | datetime | NoCache | CellError | None


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def number_text(value: float | int | Decimal) -> str:
    """1001.0 -> "1001", 13800138000.0 -> "13800138000", 94.56 -> "94.56" (no float noise)."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value) if "e" not in repr(value) else format(Decimal(repr(value)), "f")
    d = value.normalize() if value == value.to_integral_value() else value
    return format(d, "f")


def text_of(value: Raw) -> str:
    """Any cell value as clean text (NFKC, odd spaces trimmed); "" for empty and unusable cells."""
    if value.__class__ is str:
        if value.isascii():  # NFKC leaves ASCII alone and the odd spaces are not ASCII
            return value.strip()
        return clean(value)
    if value is None or isinstance(value, (NoCache, CellError)):
        return ""
    if isinstance(value, (int, float, Decimal)):
        return clean(number_text(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d") if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return clean(value)


def trim(value: str) -> str:
    """Spaces, NBSP and U+3000 off both ends, nothing else changed."""
    return value.strip(" \t\r\n\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff")


def normalise_text(value: str) -> str:
    """The text normalisation on its own (idempotent: applying it twice changes nothing)."""
    return clean(value)


# ----------------------------------------------------------------- dates

T = TypeVar("T")
_EXCEL_EPOCH = date(1899, 12, 30)  # 1900 date system, Lotus leap-year bug included
_DATE_TEXT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(value: Raw, field: str, *, datemode: int = 0) -> date | None:
    """A date as spreadsheets hold it: a real date, an Excel serial number, or text
    (2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日, 20230501)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        serial = float(value)
        if 1 <= serial < 2958466 and not (19000101 <= serial <= 21001231):
            epoch = date(1904, 1, 1) if datemode == 1 else _EXCEL_EPOCH
            return epoch + timedelta(days=int(serial))
    text = text_of(value)
    if not text:
        return None
    m = _DATE_TEXT.match(text) or _DATE_COMPACT.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    raise ValidationError(field, f"“{text}”不是日期，应为 2024-05-01 这样的日期")


# ----------------------------------------------------------------- headers and fields

class Target(str, enum.Enum):
    """What a file is imported as; the command line's `deskapp import NAME` and the template's name.
    Each has its fields (define_fields, below) and its import (services/importing/kinds.py)."""

    UNITS = "units"
    READINGS = "readings"
    OPENING = "opening"  # 期初欠费 at go-live
    PAYMENTS = "payments"  # the old system's payment history
    DEPOSITS = "deposits"  # prepayments and deposits held at go-live
    PARKING = "parking"
    CARDS = "cards"
    KEYS = "keys"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # the Chinese name shown in the mapping and in messages
    synonyms: tuple[str, ...]
    required: bool = False
    fill_down: bool = False  # merged cells are filled down (only where a merge means "same as above")
    example: str = ""  # the template's sample row


UNIT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("building", "楼栋", ("楼栋", "楼号", "楼宇名称", "楼栋编号", "楼宇", "楼栋号", "楼栋名称", "楼幢",
                                   "幢号", "栋号", "楼宇编号"), False, True),
    FieldSpec("stairwell", "单元", ("单元", "单元编号", "单元号", "梯号"), False, True),
    FieldSpec("room", "房号", ("房号", "房间", "房屋编号", "房屋编码", "房间号", "门牌号", "室号", "房号编码"), True),
    FieldSpec("floor", "楼层", ("楼层", "房屋楼层", "所在楼层", "层")),
    FieldSpec("floors_total", "总层数", ("总层数", "楼层数", "楼栋层数")),
    FieldSpec("kind", "房屋类型", ("房屋类型", "类型", "房屋性质", "用途", "房屋用途")),
    FieldSpec("state", "房屋状态", ("房屋状态", "状态")),
    FieldSpec("building_area", "建筑面积", ("建筑面积", "面积", "产权面积"), True),
    FieldSpec("inner_area", "套内面积", ("套内面积", "室内面积", "使用面积", "套内建筑面积")),
    FieldSpec("shared_area", "公摊面积", ("公摊面积", "分摊面积", "公摊")),
    FieldSpec("delivered_on", "交房日期", ("交房日期", "交付日期", "收楼日期", "入伙日期")),
    FieldSpec("owner", "业主", ("业主", "业主姓名", "业主名称", "姓名", "产权人", "住户姓名", "客户名称")),
    FieldSpec("relation", "人员类型", ("业主类型", "人员类型", "与业主关系", "身份", "住户类型")),
    FieldSpec("phone", "手机号", ("手机", "手机号", "业主手机号码", "联系电话", "手机号码", "电话", "业主电话",
                                 "联系方式", "业主手机")),
    FieldSpec("id_number", "身份证号", ("身份证号", "身份证", "身份证号码", "证件号码", "证件号", "业主身份证号")),
    FieldSpec("notes", "备注", ("备注", "描述", "房屋描述")),
)

READING_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("building", "楼栋", UNIT_FIELDS[0].synonyms, True, True),
    FieldSpec("stairwell", "单元", UNIT_FIELDS[1].synonyms, False, True),
    FieldSpec("room", "房号", UNIT_FIELDS[2].synonyms, True),
    FieldSpec("meter", "仪表", ("仪表", "表类型", "仪表类型", "表计", "表具", "仪表名称", "表名"), True),
    FieldSpec("year", "年份", ("年份", "年", "抄表年份")),
    FieldSpec("month", "月份", ("月份", "月", "抄表月份")),
    FieldSpec("read_on", "抄表日期", ("抄表日期", "日期", "抄表时间")),
    FieldSpec("reading", "读数", ("度数", "读数", "本月读数", "本期读数", "止码", "表底数", "本次读数"), True),
)


_FIELDS: dict[Target, tuple[FieldSpec, ...]] = {Target.UNITS: UNIT_FIELDS, Target.READINGS: READING_FIELDS}


def define_fields(target: Target, specs: Sequence[FieldSpec]) -> tuple[FieldSpec, ...]:
    """A go-live import's columns, declared in its own domain module (domain/importing_<what>.py)."""
    _FIELDS[target] = tuple(specs)
    return _FIELDS[target]


def fields_for(target: Target) -> tuple[FieldSpec, ...]:
    try:
        return _FIELDS[target]
    except KeyError:
        raise LookupError(f"no fields declared for import {target.value}") from None


_HEADER_NOISE = re.compile(r"[*＊:：\s]|[(（\[【].*?[)）\]】]")


def header_key(value: Raw) -> str:
    """'*建筑面积（㎡）' -> '建筑面积': required-marks, units in brackets and spaces removed."""
    return _HEADER_NOISE.sub("", text_of(value))


def match_header(value: Raw, specs: Sequence[FieldSpec]) -> str | None:
    key = header_key(value)
    if not key:
        return None
    for spec in specs:
        if key in spec.synonyms:
            return spec.key
    return None


@dataclass(frozen=True)
class HeaderGuess:
    row: int  # 0-based index of the header row
    mapping: dict[str, int]  # field key -> 0-based column
    score: int  # how many fields were recognised

    def complete(self, target: Target) -> bool:
        return all(s.key in self.mapping for s in fields_for(target) if s.required)


def named_columns(row: Sequence[Raw], specs: Sequence[FieldSpec]) -> dict[str, int]:
    """Field key -> 0-based column of the cells in `row` that name one of `specs` (the first wins)."""
    mapping: dict[str, int] = {}
    for c, value in enumerate(row):
        key = match_header(value, specs)
        if key and key not in mapping:
            mapping[key] = c
    return mapping


def find_header(rows: Sequence[Sequence[Raw]], target: Target, *, scan: int = 30) -> HeaderGuess | None:
    """The row among the first `scan` that names the most fields; text beside the table (notes,
    instructions in far columns) matches few or none and loses."""
    specs = fields_for(target)
    best: HeaderGuess | None = None
    for r, row in enumerate(rows[:scan]):
        mapping = named_columns(row, specs)
        required = sum(1 for s in specs if s.required and s.key in mapping)
        score = len(mapping) + 10 * required
        if len(mapping) >= 2 and (best is None or score > best.score):
            best = HeaderGuess(r, mapping, score)
    return best


# ----------------------------------------------------------------- verdicts

class Severity(str, enum.Enum):
    ERROR = "错误"
    WARNING = "警告"
    NOTE = "提示"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    field: str  # the field's Chinese label, "" when the finding is about the whole row
    message: str
    column: int | None = None  # 0-based column in the sheet
    id_only: bool = False  # an ID-number fault: the row may be imported with the ID left blank

    def where(self, sheet: str, row: int) -> str:
        col = f" {column_letter(self.column)} 列" if self.column is not None else ""
        return f"工作表 {sheet} 第 {row} 行{col}"

    def describe(self, sheet: str, row: int) -> str:
        label = f"（{self.field}）" if self.field else ""
        return f"{self.where(sheet, row)}{label}：{self.message}"


class Verdict(str, enum.Enum):
    """What the import will do with a row."""

    CREATE = "新建"
    UPDATE = "更新"
    UNCHANGED = "不变"
    ADD_PERSON = "增加人员"
    ACCEPT = "导入"  # a reading that will be saved
    WARNING = "警告"
    ERROR = "拒绝"


def verdict_of(outcome: Verdict, findings: Sequence[Finding]) -> Verdict:
    if any(f.severity is Severity.ERROR for f in findings):
        return Verdict.ERROR
    if any(f.severity is Severity.WARNING for f in findings):
        return Verdict.WARNING
    return outcome


def blank_ids(findings: Sequence[Finding]) -> tuple[list[Finding], bool]:
    """--blank-invalid-ids: when a row's only errors are ID faults, they become warnings and
    the ID is left blank. Returns the findings and whether the ID must be blanked."""
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if not errors or not all(f.id_only for f in errors):
        return list(findings), False
    out = [Finding(Severity.WARNING, f.field, f"{f.message}；按选择留空导入，档案完整性检查会列出", f.column)
           if f.severity is Severity.ERROR else f for f in findings]
    return out, True


# ----------------------------------------------------------------- value rules

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}


def chinese_number(text: str) -> str:
    """一 -> 1, 十二 -> 12, 二十三 -> 23 (numbers people write in 三号楼, 二单元)."""
    if not text or text.isascii() or any(ch not in _CN_DIGITS and ch != "十" for ch in text):
        return text
    if "十" not in text:
        return "".join(str(_CN_DIGITS[ch]) for ch in text)
    tens, _, ones = text.partition("十")
    value = (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    return str(value)


_BUILDING_SUFFIX = re.compile(r"(号楼|号栋|栋楼|栋|幢|座|号|楼)$")
_BUILDING_PREFIX = re.compile(r"^(第)")
_STAIR_SUFFIX = re.compile(r"(单元|号梯|梯)$")
_ROOM_SUFFIX = re.compile(r"(室|号房|号|房)$")


def building_code(text: str) -> str:
    """'1栋' -> '1', '三号楼' -> '3', 'A座' -> 'A'; raises when nothing code-like remains."""
    core = _BUILDING_PREFIX.sub("", _BUILDING_SUFFIX.sub("", text.replace(" ", "")))
    return check_code_part(chinese_number(core), "楼栋")


def stairwell_code(text: str) -> str | None:
    """'2单元' -> '2'; '0' (how some systems mark a shop's missing stairwell) -> None."""
    core = chinese_number(_STAIR_SUFFIX.sub("", _BUILDING_PREFIX.sub("", text.replace(" ", ""))))
    if not core or core == "0":
        return None
    return check_code_part(core, "单元")


def room_code(text: str) -> str:
    return check_code_part(_ROOM_SUFFIX.sub("", text.replace(" ", "")), "房号")


KIND_WORDS: dict[str, UnitKind] = {
    "住宅": UnitKind.FLAT, "住房": UnitKind.FLAT, "普通住宅": UnitKind.FLAT, "公寓": UnitKind.FLAT,
    "宿舍": UnitKind.FLAT, "别墅": UnitKind.FLAT, "洋房": UnitKind.FLAT, "110": UnitKind.FLAT, "119": UnitKind.FLAT,
    "商铺": UnitKind.SHOP, "店面": UnitKind.SHOP, "商业": UnitKind.SHOP, "门面": UnitKind.SHOP, "商用": UnitKind.SHOP,
    "底商": UnitKind.SHOP,
    "办公": UnitKind.OFFICE, "办公室": UnitKind.OFFICE, "写字楼": UnitKind.OFFICE, "120": UnitKind.OFFICE,
}

# Other systems' state codes (MicroCommunity: 2001 已入住 ...) and words, to deskapp's states.
STATE_WORDS: dict[str, UnitState] = {
    "2001": UnitState.OCCUPIED, "已入住": UnitState.OCCUPIED, "入住": UnitState.OCCUPIED, "自住": UnitState.OCCUPIED,
    "2002": UnitState.UNDELIVERED, "未销售": UnitState.UNDELIVERED, "未交房": UnitState.UNDELIVERED,
    "未售": UnitState.UNDELIVERED,
    "2003": UnitState.VACANT, "已交房": UnitState.VACANT, "2004": UnitState.VACANT, "未入住": UnitState.VACANT,
    "2005": UnitState.VACANT, "已装修": UnitState.VACANT, "2007": UnitState.VACANT, "已出售": UnitState.VACANT,
    "2008": UnitState.VACANT, "空闲": UnitState.VACANT, "空置": UnitState.VACANT, "空置房": UnitState.VACANT,
    "2006": UnitState.RENTED, "已出租": UnitState.RENTED, "出租": UnitState.RENTED,
    "2009": UnitState.DECORATING, "装修中": UnitState.DECORATING, "装修": UnitState.DECORATING,
}

RELATION_WORDS: dict[str, Relation] = {
    "1001": Relation.OWNER, "业主": Relation.OWNER, "产权人": Relation.OWNER, "本人": Relation.OWNER,
    "1002": Relation.FAMILY, "家庭成员": Relation.FAMILY, "家属": Relation.FAMILY, "家人": Relation.FAMILY,
    "1003": Relation.TENANT, "房屋租客": Relation.TENANT, "租客": Relation.TENANT, "租户": Relation.TENANT,
    "授权人": Relation.AUTHORISED, "委托人": Relation.AUTHORISED,
}

# Numbers templates tell people to type when they have none: real in the file, false in fact.
PLACEHOLDER_PHONES = frozenset({"13800138000", "18999999999", "13888888888", "13000000000", "18888888888"})

_TEMPLATE_HINT = re.compile(r"^[(（\[【].*(可为空|选填|必填|可不填|示例|例如|非必填).*[)）\]】]$")
_NUMBERISH_ID = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.IGNORECASE)
MIN_AREA = Decimal("10")


def is_template_hint(text: str) -> bool:
    """'（可为空）' in a data cell is the template's instruction, not data."""
    return bool(_TEMPLATE_HINT.match(text))


def id_number_problem(value: Raw, text: str) -> str | None:
    """Why an ID number read from a cell cannot be used, or None. A number cell (or text
    like 6.32126E+17) means Excel kept only 15 significant digits: the last ones are lost."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        if len(text) >= 15 or "e" in repr(value).lower():
            return ("身份证号以数字保存，Excel 只保留 15 位有效数字，后几位已丢失；"
                    "请把该列设为文本格式并重新录入号码")
        return f"“{text}”以数字保存且不是身份证号"
    if _NUMBERISH_ID.match(text):
        return "身份证号已被 Excel 改成科学计数法，后几位已丢失；请把该列设为文本格式并重新录入号码"
    problem = resident_id_problem(text)
    if problem:
        return f"居民身份证号码无效（{problem}）"
    return None


def split_names(text: str) -> list[str]:
    """'张三,李四' -> two owners (templates tell users to separate co-owners with commas)."""
    return [p.strip() for p in re.split(r"[,，、;；/]", text) if p.strip()]


def split_phones(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,，、;；/]|\s{2,}", text) if p.strip()]


def decimal_of(text: str) -> Decimal | None:
    try:
        d = Decimal(text)
    except InvalidOperation:
        return None
    # 1e999999999 is a Decimal, but comparing or rounding it overflows the context: no cell
    # this program reads is a number beyond ±10^50
    return d if d.is_finite() and -50 <= d.adjusted() <= 50 else None


@dataclass
class Cells:
    """One data row as read: raw values by field and where each came from."""

    values: dict[str, Raw]
    columns: dict[str, int]
    labels: dict[str, str]
    texts: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.texts = {k: text_of(v) for k, v in self.values.items()}
        if self.texts.get("notes") and isinstance(self.values.get("notes"), str):
            # free text keeps its Chinese punctuation (NFKC would turn ，into ,): only trimmed
            self.texts["notes"] = trim(self.values["notes"])

    def text(self, key: str) -> str:
        return self.texts.get(key, "")

    def has(self, key: str) -> bool:
        return key in self.columns

    def finding(self, key: str, message: str, severity: Severity = Severity.ERROR) -> Finding:
        """A fault (or warning) about one field, pointing at the cell it was read from."""
        return Finding(severity, self.labels[key], message, self.columns.get(key))

    def parsed(self, key: str, parse: Callable[[str], T], findings: list[Finding], default: T) -> T:
        """`parse` of the field's text; its refusal (a ValidationError) becomes a finding at the cell
        and the row keeps `default`."""
        try:
            return parse(self.text(key))
        except ValidationError as exc:
            findings.append(self.finding(key, exc.message))
            return default

    def faults_to(self, findings: list[Finding]) -> Callable[[str, str], None]:
        """`err(key, message)` for a row check: each fault pointed at its cell and added to `findings`."""
        return lambda key, message: findings.append(self.finding(key, message))


def past_date(cells: Cells, key: str, label: str, today: date, findings: list[Finding], *,
              datemode: int = 0) -> date | None:
    """An optional date cell (发卡日期, 交存日期) that cannot lie after today; a fault is added to
    `findings` at its cell."""
    def err(message: str) -> None:
        findings.append(cells.finding(key, message))

    if not cells.text(key):
        return None
    try:
        day = parse_date(cells.values.get(key), label, datemode=datemode)
    except ValidationError as exc:
        err(exc.message)
        return None
    if day and (problem := date_problem(day)):
        err(problem)
    elif day and day > today:
        err(f"{label} {day:%Y-%m-%d} 在今天之后")
    return day


@dataclass
class UnitRow:
    """A roster row after the rules: the unit's values and its people, plus what is wrong."""

    building: str = ""
    building_name: str = ""
    stairwell: str | None = None
    room: str = ""
    floor: int | None = None
    floors_total: int | None = None
    kind: UnitKind = UnitKind.FLAT
    state: UnitState = UnitState.UNDELIVERED
    building_area: Decimal | None = None
    inner_area: Decimal | None = None
    delivered_on: date | None = None
    notes: str = ""
    people: list[tuple[str, Relation, str, str, str]] = field(default_factory=list)  # name, relation, phone, phone2, id
    relation_given: bool = False
    findings: list[Finding] = field(default_factory=list)

    @property
    def code(self) -> str:
        return "-".join(p for p in (self.building, self.stairwell, self.room) if p)

    def unit_values(self) -> tuple:
        """What must agree between two rows of the same unit (one row per person layouts)."""
        return (self.floor, self.kind, self.state, self.building_area, self.inner_area, self.delivered_on)


def _cell_problem(cells: Cells, key: str) -> Finding | None:
    value = cells.values.get(key)
    col = cells.columns.get(key)
    label = cells.labels[key]
    if isinstance(value, NoCache):
        return Finding(Severity.ERROR, label, f"是公式（{value.formula}）但文件里没有计算结果；"
                       "请用 Excel 打开该文件并保存后再导入", col, id_only=key == "id_number")
    if isinstance(value, CellError):
        return Finding(Severity.ERROR, label, f"单元格是错误值 {value.code}", col, id_only=key == "id_number")
    return None


def _broken_cells(cells: Cells, findings: list[Finding]) -> set[str]:
    """The cells no rule may read (a formula without its value, an error value), each reported once."""
    broken = set()
    for key in cells.columns:
        problem = _cell_problem(cells, key)
        if problem:
            findings.append(problem)
            broken.add(key)
    return broken


def check_unit_row(cells: Cells, *, datemode: int = 0) -> UnitRow:
    """Apply every rule that needs only the row itself: where the unit is, its facts, its people,
    its state — in that order, since the floor is read from the room and the state from the people."""
    check = _UnitRowCheck(cells, datemode)
    check.place()
    check.facts()
    check.people()
    check.state()
    return check.row


def check_people(cells: Cells, *, datemode: int = 0) -> UnitRow:
    """Only a row's people (name, relation, phones, ID number): a people sheet read beside the
    units, as HC小区's 业主信息, whose cells carry the same keys."""
    check = _UnitRowCheck(cells, datemode)
    check.people()
    return check.row


class _UnitRowCheck:
    """One row's checks, each stage filling `row` and its findings; a broken cell (a formula
    without its value, an error value) is reported once and read by no stage."""

    def __init__(self, cells: Cells, datemode: int):
        self.cells, self.datemode = cells, datemode
        self.row = UnitRow()
        self.broken = _broken_cells(cells, self.row.findings)

    def usable(self, key: str) -> bool:
        return self.cells.has(key) and key not in self.broken

    def _finding(self, severity: Severity, key: str, message: str, id_only: bool = False) -> None:
        self.row.findings.append(Finding(severity, self.cells.labels[key], message, self.cells.columns.get(key), id_only))

    def err(self, key: str, message: str, *, id_only: bool = False) -> None:
        self._finding(Severity.ERROR, key, message, id_only)

    def warn(self, key: str, message: str) -> None:
        self._finding(Severity.WARNING, key, message)

    def note(self, key: str, message: str) -> None:
        self._finding(Severity.NOTE, key, message)

    def place(self) -> None:
        """Where the unit is: 楼栋/单元/房号 columns, or a full code 3-1-1502 in the room column."""
        room_text = self.cells.text("room") if self.usable("room") else ""
        parts = room_text.replace("—", "-").split("-") if "-" in room_text else [room_text]
        building_text = self.cells.text("building") if self.usable("building") else ""
        stair_text = self.cells.text("stairwell") if self.usable("stairwell") else ""
        try:
            if building_text:
                self.row.building = building_code(building_text)
                self.row.building_name = building_text if building_text != self.row.building else ""
        except ValidationError as exc:
            self.err("building", f"“{building_text}”应为楼栋编号（字母或数字，如 3 或 3栋）：{exc.message}")
        try:
            if stair_text:
                self.row.stairwell = stairwell_code(stair_text)
        except ValidationError as exc:
            self.err("stairwell", exc.message)
        if self.usable("room"):
            if not room_text:
                self.err("room", "不能为空")
            elif len(parts) > 3 or not all(parts):
                self.err("room", f"“{room_text}”不是房号")
            else:
                try:
                    self.row.room = room_code(parts[-1])
                    if len(parts) > 1:
                        coded_building = building_code(parts[0])
                        coded_stair = stairwell_code(parts[1]) if len(parts) == 3 else None
                        if building_text and coded_building != self.row.building or stair_text and coded_stair != self.row.stairwell:
                            self.err("room", f"房号 {room_text} 与楼栋 {building_text}、单元 {stair_text or '（无）'} 不符")
                        self.row.building = self.row.building or coded_building
                        self.row.stairwell = self.row.stairwell or coded_stair
                except ValidationError as exc:
                    self.err("room", exc.message)
        if not self.row.building and not building_text and not any(x.field == self.cells.labels["building"] for x in self.row.findings):
            self.err("building", "不能为空")

    def facts(self) -> None:
        """The unit's facts: floor, floors, kind, areas, delivery date, notes."""
        if self.usable("floor") and self.cells.text("floor"):
            t = self.cells.text("floor").removesuffix("层").removeprefix("第")
            try:
                self.row.floor = int(chinese_number(t))
                if not MIN_FLOOR <= self.row.floor <= MAX_FLOOR:
                    self.err("floor", f"{self.row.floor} 不在 {MIN_FLOOR} 到 {MAX_FLOOR} 之间")
                    self.row.floor = None
            except ValueError:
                self.err("floor", f"“{self.cells.text('floor')}”不是整数")
        if self.row.floor is None and self.row.room:
            self.row.floor = floor_from_room(self.row.room)
        elif self.row.floor is not None and self.row.room and floor_from_room(self.row.room) not in (None, self.row.floor):
            self.warn("floor", f"房号 {self.row.room} 看来在 {floor_from_room(self.row.room)} 层，表中楼层为 {self.row.floor}，请核实")
        if self.usable("floors_total") and self.cells.text("floors_total"):
            try:
                self.row.floors_total = int(self.cells.text("floors_total").removesuffix("层"))
                if not 1 <= self.row.floors_total <= MAX_FLOOR:
                    self.err("floors_total", f"{self.row.floors_total} 不在 1 到 {MAX_FLOOR} 之间")
                    self.row.floors_total = None
            except ValueError:
                self.err("floors_total", f"“{self.cells.text('floors_total')}”不是整数")
        if self.usable("kind") and self.cells.text("kind"):
            kind = KIND_WORDS.get(self.cells.text("kind"))
            if kind is None:
                self.err("kind", f"“{self.cells.text('kind')}”不是已知的房屋类型（住宅、商铺、办公）")
            else:
                self.row.kind = kind
        for key, attr in (("building_area", "building_area"), ("inner_area", "inner_area")):
            if not self.usable(key):
                continue
            t = self.cells.text(key)
            if not t:
                if key == "building_area":  # the files allow it; the completeness check lists it
                    self.warn(key, "缺少建筑面积，档案完整性检查会列出")
                continue
            try:
                setattr(self.row, attr, parse_area(t, self.cells.labels[key]))
            except ValidationError as exc:
                self.err(key, exc.message)
        if self.row.building_area is not None and self.row.building_area < MIN_AREA:
            self.warn("building_area", f"建筑面积 {self.row.building_area} ㎡ 小于 10 ㎡，请核实")
        if self.row.inner_area is not None and self.row.building_area is not None and self.row.inner_area > self.row.building_area:
            self.warn("inner_area", f"套内面积 {self.row.inner_area} ㎡ 大于建筑面积 {self.row.building_area} ㎡")
        if self.usable("shared_area") and self.cells.text("shared_area"):
            shared = decimal_of(self.cells.text("shared_area"))
            if shared is None or shared < 0 or shared > MAX_AREA:
                self.err("shared_area", f"“{self.cells.text('shared_area')}”不是面积（0 到 {MAX_AREA} ㎡）")
            elif self.row.building_area is not None and self.row.inner_area is not None \
                    and abs(self.row.inner_area + shared - self.row.building_area) > Decimal("0.05"):
                self.warn("shared_area", f"套内面积 {self.row.inner_area} ㎡ + 公摊面积 {shared} ㎡ ≠ 建筑面积 {self.row.building_area} ㎡")
        if self.usable("delivered_on"):
            try:
                self.row.delivered_on = parse_date(self.cells.values.get("delivered_on"), "交房日期", datemode=self.datemode)
            except ValidationError as exc:
                self.err("delivered_on", exc.message)
            if self.row.delivered_on and (problem := date_problem(self.row.delivered_on, FIRST_DELIVERY_YEAR)):
                self.err("delivered_on", problem)
                self.row.delivered_on = None
        if self.usable("notes"):
            notes = self.cells.text("notes")
            if is_template_hint(notes):
                self.warn("notes", f"“{notes}”是模板的填写说明，不作为备注导入")
            else:
                self.row.notes = notes

    def people(self) -> None:
        """The people: owners (co-owners split), relation, phones, ID number."""
        names = split_names(self.cells.text("owner")) if self.usable("owner") else []
        relation = Relation.OWNER
        if self.usable("relation") and self.cells.text("relation"):
            self.row.relation_given = True
            rel = RELATION_WORDS.get(self.cells.text("relation"))
            if rel is None:
                self.err("relation", f"“{self.cells.text('relation')}”不是可登记的人员类型（业主、家属、租户、授权人）")
            else:
                relation = rel
        phones: list[str] = []
        if self.usable("phone") and self.cells.text("phone"):
            for p in split_phones(self.cells.text("phone"))[:4]:
                if "*" in p:
                    self.note("phone", "号码已遮蔽（导出时未选完整号码），不导入该号码")
                    continue
                try:
                    phones.append(normalise_phone(p, self.cells.labels["phone"]))
                except ValidationError as exc:
                    self.err("phone", exc.message)
                    continue
                if phones[-1] in PLACEHOLDER_PHONES:
                    self.warn("phone", f"{phones[-1]} 是模板常用的示例号码，请核实")
            if phones and not names:
                self.err("owner", "有联系电话但没有姓名")
        id_number = ""
        if self.usable("id_number") and self.cells.text("id_number"):
            raw = self.cells.values.get("id_number")
            t = self.cells.text("id_number").upper().replace(" ", "")
            if "*" in t:
                self.note("id_number", "身份证号已遮蔽（导出时未选完整号码），不导入该号码")
            else:
                problem = id_number_problem(raw, t)
                if problem:
                    self.err("id_number", problem, id_only=True)
                else:
                    id_number = t
            if not names:
                self.err("owner", "有身份证号但没有姓名")
        if len(names) > 1 and phones and len(phones) != len(names):
            self.warn("phone", f"{len(names)} 位业主、{len(phones)} 个电话，无法确定谁的电话，电话未导入")
        for i, name in enumerate(names):
            if len(name) > 40:
                self.err("owner", "姓名不能超过 40 个字符")
                break
            if len(names) > 1:  # co-owners "张三、李四" with phones "p1、p2": one each, in order
                phone, phone2 = (phones[i] if len(phones) == len(names) else ""), ""
            else:
                phone, phone2 = (phones[0] if phones else ""), (phones[1] if len(phones) > 1 else "")
            self.row.people.append((name, relation, phone, phone2, id_number if i == 0 else ""))

    def state(self) -> None:
        """The state as given, or 已入住 when an owner is on file."""
        if self.usable("state") and self.cells.text("state"):
            state = STATE_WORDS.get(self.cells.text("state"))
            if state is None:
                self.err("state", f"“{self.cells.text('state')}”不是已知的房屋状态（{'、'.join(s.value for s in UnitState)}）")
            else:
                self.row.state = state
        elif any(p[1] is Relation.OWNER for p in self.row.people):
            self.row.state = UnitState.OCCUPIED  # an owner is on file, so the unit has been handed over


# ----------------------------------------------------------------- meter readings

class MeterKind(str, enum.Enum):
    WATER = "水表"
    ELECTRICITY = "电表"


METER_WORDS: dict[str, MeterKind] = {
    "水表": MeterKind.WATER, "水": MeterKind.WATER, "冷水表": MeterKind.WATER, "自来水": MeterKind.WATER,
    "电表": MeterKind.ELECTRICITY, "电": MeterKind.ELECTRICITY, "电度表": MeterKind.ELECTRICITY,
}


@dataclass
class ReadingRow:
    building: str = ""
    stairwell: str | None = None
    room: str = ""
    meter: MeterKind | None = None
    year: int | None = None
    month: int | None = None
    read_on: date | None = None
    reading: Decimal | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def code(self) -> str:
        return "-".join(p for p in (self.building, self.stairwell, self.room) if p)

    @property
    def period(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.year and self.month else ""


def _int_of(text: str) -> int | None:
    d = decimal_of(text)
    if d is None or d != d.to_integral_value():
        return None
    return int(d)


def check_reading_row(cells: Cells, *, datemode: int = 0) -> ReadingRow:
    row = ReadingRow()
    f = row.findings
    err = cells.faults_to(f)
    broken = _broken_cells(cells, f)

    def usable(key: str) -> bool:
        return cells.has(key) and key not in broken

    def required(key: str, parse: Callable[[str], str]) -> str:
        """A code the row must give: its value, or "" with the error said."""
        t = cells.text(key)
        if not t:
            err(key, "不能为空")
            return ""
        try:
            return parse(t)
        except ValidationError as exc:
            err(key, exc.message)
            return ""

    if usable("building"):
        row.building = required("building", building_code)
    if usable("stairwell") and cells.text("stairwell"):
        try:
            row.stairwell = stairwell_code(cells.text("stairwell"))
        except ValidationError as exc:
            err("stairwell", exc.message)
    if usable("room"):
        row.room = required("room", room_code)
    if usable("meter"):
        kind = METER_WORDS.get(cells.text("meter"))
        if kind is None:
            err("meter", f"“{cells.text('meter')}”应为 水表 或 电表")
        row.meter = kind
    if usable("read_on") and cells.text("read_on"):
        try:
            row.read_on = parse_date(cells.values.get("read_on"), "抄表日期", datemode=datemode)
        except ValidationError as exc:
            err("read_on", exc.message)
        if row.read_on and (problem := date_problem(row.read_on)):
            err("read_on", problem)
            row.read_on = None
        if row.read_on:
            row.year, row.month = row.read_on.year, row.read_on.month
    if usable("year") and cells.text("year"):
        y = _int_of(cells.text("year").removesuffix("年"))
        if y is None or not FIRST_YEAR <= y <= LAST_YEAR:
            err("year", f"“{cells.text('year')}”不是年份（{FIRST_YEAR}–{LAST_YEAR}）")
        else:
            row.year = y
    if usable("month") and cells.text("month"):
        m = _int_of(cells.text("month").removesuffix("月"))
        if m is None or not 1 <= m <= 12:
            err("month", f"“{cells.text('month')}”不是月份（1–12）")
        else:
            row.month = m
    if row.year is None or row.month is None:
        if not any(x.severity is Severity.ERROR and x.field in ("年份", "月份", "抄表日期") for x in f):
            key = "read_on" if cells.has("read_on") else ("year" if row.year is None else "month")
            f.append(Finding(Severity.ERROR, cells.labels.get(key, "年份"), "缺少抄表年月（年份和月份，或抄表日期）",
                             cells.columns.get(key)))
    if usable("reading"):
        t = cells.text("reading")
        d = decimal_of(t) if t else None
        if not t:
            err("reading", "不能为空")
        elif d is None or d < 0:
            err("reading", f"“{t}”不是读数（应为不小于 0 的数）")
        elif problem := reading_problem(d):
            err("reading", problem)
        else:
            row.reading = d
    return row


# An import that makes one person the owner of more units than this is more likely sample rows
# or a developer's name than a real owner: the rows are warned about, not silently merged.
MANY_UNITS = 5


def owner_key(name: str, phone: str, idn: str) -> tuple | None:
    """How an import tells that two rows name one person (as it registers them): same name and
    ID number, or same name and phone; None when a row gives neither."""
    if idn:
        return (name, "id", idn)
    if phone:
        return (name, "tel", phone)
    return None


def many_units(owners: Iterable[tuple[tuple, str, int]], limit: int = MANY_UNITS) -> dict[tuple, tuple[set, list]]:
    """`owners`: (person key, unit code, row) for each owner on each row. The people who would own
    more than `limit` units, with those units and the rows naming them."""
    units: dict[tuple, set] = defaultdict(set)
    rows: dict[tuple, list] = defaultdict(list)
    for key, code, row in owners:
        units[key].add(code)
        rows[key].append(row)
    return {k: (units[k], sorted(set(rows[k]))) for k in units if len(units[k]) > limit}
