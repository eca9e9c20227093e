"""What every import shares: the permissions, the options, the preview with each row's verdict,
the result, and the two ways an import ends without writing (refused here; cancelled as the
domain's Cancelled with CANCELLED)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from deskapp.domain.errors import DeskappError
from deskapp.domain.importing import FieldSpec, Finding, Severity, Target, Verdict, fields_for
from deskapp.domain.permissions import DESK, SUPERVISORS, define

IMPORT_UNITS = define("import.units", "导入房屋与业主名册", SUPERVISORS)
IMPORT_READINGS = define("import.readings", "导入抄表读数", DESK)

Progress = Callable[[int, int], None]


# What the user reads when an import is cancelled (raised as deskapp.domain.errors.Cancelled)
CANCELLED = "导入已取消，数据库没有任何改动"


class ImportRefused(DeskappError):
    """The file has rows in error (or warnings not accepted): nothing was written.
    (The reason comes first so that the exception pickles, e.g. out of a worker process.)"""

    def __init__(self, reason: str, preview: "Preview | None" = None):
        self.preview = preview
        super().__init__(reason)


@dataclass
class ImportOptions:
    sheet: str | None = None
    mapping: dict[str, int] | None = None  # field key -> 0-based column; None = as recognised
    accept_warnings: bool = False
    blank_invalid_ids: bool = False
    update_existing: bool = False
    period: str | None = None  # a kind that needs_period: the period a file leaves unnamed (2025Q3)


@dataclass(frozen=True)
class SheetInfo:
    name: str
    rows: int
    header_row: int | None  # 1-based, None when no header row was recognised
    score: int
    headers: tuple[str, ...]  # the header row's texts, by column
    mapping: dict[str, int]
    filled: int = 0  # rows under the header with something in a recognised column (not the notes beside it)


@dataclass(frozen=True)
class RowReport:
    row: int  # 1-based, as Excel numbers it
    verdict: Verdict
    code: str
    summary: str
    findings: tuple[Finding, ...]
    cells: tuple[str, ...]  # the mapped columns' texts, for the rejected-rows file
    sheet: str = ""  # a row of another sheet read with the imported one (HC's 业主信息); "" = the preview's


@dataclass
class Preview:
    target: Target
    file: str
    format: str
    encoding: str
    sheet: str
    sheets: list[SheetInfo]
    header_row: int
    headers: tuple[str, ...]
    mapping: dict[str, int]
    rows: list[RowReport]
    units: int = 0  # distinct units named (roster) / readings (readings)
    people: int = 0
    total_area: Decimal = Decimal("0.00")
    new_buildings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # a kind's own summary lines (e.g. totals per item)
    # each row's cells are the whole row of its sheet (the district fee ledger read across its sheets),
    # not the mapped columns: the rejected-rows file then keeps rows whole, with a 工作表 column
    whole_rows: bool = False
    options: ImportOptions = field(default_factory=ImportOptions)
    _plans: list = field(default_factory=list, repr=False)
    _known_people: dict = field(default_factory=dict, repr=False)  # (id number, name) -> person id on file

    def count(self, verdict: Verdict) -> int:
        return sum(1 for r in self.rows if r.verdict is verdict)

    @property
    def errors(self) -> int:
        return self.count(Verdict.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Verdict.WARNING)

    def problems(self, *, notes: bool = False) -> list[str]:
        """Every error and warning, at its sheet, row and column."""
        out = []
        for r in self.rows:
            for f in r.findings:
                if f.severity is not Severity.NOTE or notes:
                    out.append(f"[{f.severity.value}] {f.describe(self.sheet_of(r), r.row)}")
        return out

    def sheet_of(self, r: RowReport) -> str:
        return r.sheet or self.sheet

    def refusal(self) -> str | None:
        """Why this preview may not be imported, or None."""
        if self.errors:
            return f"有 {self.errors} 行错误，未导入任何数据；请改正后重新导入（可先保存被拒绝的行）"
        if self.warnings and not self.options.accept_warnings:
            return f"有 {self.warnings} 行警告，请核实后选择“接受警告”再导入"
        if not self.rows:
            return "文件中没有可导入的数据行"
        return None

    def field_columns(self) -> list[tuple[FieldSpec, int]]:
        specs = {s.key: s for s in fields_for(self.target)}
        return sorted(((specs[k], c) for k, c in self.mapping.items()), key=lambda x: x[1])


@dataclass(frozen=True)
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    people_added: int = 0
    buildings_created: int = 0
    readings_saved: int = 0
    lines: tuple[str, ...] = ()  # a go-live import's own account, e.g. the count and total per item

    def summary(self) -> str:
        if self.lines:
            return "\n".join(self.lines)
        if self.readings_saved:
            return f"已导入读数 {self.readings_saved} 条"
        return (f"新建 {self.created} 户，更新 {self.updated} 户，不变 {self.unchanged} 户；"
                f"登记人员 {self.people_added} 人，新建楼栋 {self.buildings_created} 栋")
