"""期初欠费 at go-live: per unit, item, period and amount, from our template or from a district
fee-ledger workbook read as it is (every district sheet, two-level headers). The preview judges
every row and writes nothing; the import posts the opening bills (services/billing/opening.py)
all or nothing, with its record and the count and total per item."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from deskapp.documents.importers import Workbook
from deskapp.domain.billing import FeeItem, quarter_of
from deskapp.domain.billing_opening import Period, future_problem, heading_quarter, parse_period
from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import (
    Finding, Severity, Target, Verdict, building_code, decimal_of, room_code, stairwell_code, text_of, verdict_of,
)
from deskapp.domain.importing_opening import (
    CURRENT, EARLIER, LedgerLayout, amount_problem, check_opening_row, ledger_layout, ledger_periods,
)
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.domain.units import unit_code
from deskapp.domain.money import ZERO
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.importing import kinds, steps
from deskapp.services.importing.common import (
    ImportOptions, ImportResult, Preview, Progress, RowReport,
)
from deskapp.services.importing.files import _cells_text, _tick, chosen_sheet, sheets_of
from deskapp.store.queries import importing as q
from deskapp.store.uow import Session

IMPORT_OPENING = define("import.opening", "导入期初欠费", SUPERVISORS)


@dataclass(frozen=True)
class _Plan:
    unit_id: int
    item: FeeItem
    period: Period
    amount: Decimal


class _Judge:
    """What every row is judged against: the units on file, those with an opening bill, the
    unit/item/period already seen in the file, today."""

    def __init__(self, session: Session, today: date):
        from deskapp.services.billing import opening

        self.today = today
        self.by_code = q.unit_ids(session)
        self.opened = opening.units_with_opening(session)
        self.seen: dict[tuple, str] = {}
        self.plans: list[_Plan] = []
        self.totals: dict[FeeItem, tuple[int, Decimal]] = {}

    def unit(self, building: str, stairwell: str, room: str) -> tuple[int | None, str]:
        """The unit a row names, by its three parts or by a whole code 3-1-1502 in one cell."""
        if room in self.by_code and not building:
            return self.by_code[room], room
        try:
            if building:
                code = unit_code(building_code(building), stairwell_code(stairwell) if stairwell else None,
                                 room_code(room))
            else:
                parts = room.replace("—", "-").split("-")
                if len(parts) == 1:
                    return None, room
                code = unit_code(building_code(parts[0]), stairwell_code(parts[1]) if len(parts) == 3 else None,
                                 room_code(parts[-1]))
        except ValidationError:
            return None, "-".join(p for p in (building, stairwell, room) if p)
        return self.by_code.get(code), code

    def place(self, findings: list[Finding], unit_id: int | None, code: str, column: int | None) -> bool:
        if unit_id is None:
            findings.append(Finding(Severity.ERROR, "房号", f"档案中没有房屋 {code}（请先导入房屋名册）", column))
            return False
        if unit_id in self.opened:
            findings.append(Finding(Severity.ERROR, "房号", f"房屋 {code} 已有期初账单（期初欠费已导入过），不能再次导入",
                                    column))
            return False
        return True

    def line(self, findings: list[Finding], where: str, unit_id: int, code: str, item: FeeItem, period: Period,
             amount: Decimal, column: int | None) -> None:
        key = (unit_id, item, period.start, period.end)
        if key in self.seen:
            findings.append(Finding(Severity.ERROR, "收费项目", f"{code} {item.value} {period.label} 在{self.seen[key]}"
                                    "已有，同一房屋、项目、期间只能有一行", column))
            return
        self.seen[key] = where
        self.plans.append(_Plan(unit_id, item, period, amount))

    def count(self, plans: list[_Plan]) -> None:
        for p in plans:
            n, t = self.totals.get(p.item, (0, ZERO))
            self.totals[p.item] = (n + 1, t + p.amount)

    def notes(self) -> list[str]:
        total = sum((t for _, t in self.totals.values()), ZERO)
        units = len({p.unit_id for p in self.plans})
        out = [f"期初欠费 {units} 户，{len(self.plans)} 条，合计 {total:,.2f} 元"]
        out += [f"  {i.value}：{self.totals[i][0]} 条，{self.totals[i][1]:,.2f} 元" for i in FeeItem if i in self.totals]
        # the quarterly run bills the current quarter as usual, beside these: said before it is posted
        current = quarter_of(self.today).code
        if n := sum(1 for p in self.plans if p.period.quarter.code >= current):
            out.append(f"其中 {n} 条属于本季度 {current}：本季度出账时仍按收费标准出账，请核对，勿重复收取")
        return out


def _report(reports: list[RowReport], row: int, sheet: str, code: str, summary: str, findings: list[Finding],
            cells: tuple[str, ...], zero: bool) -> None:
    outcome = Verdict.UNCHANGED if zero else Verdict.ACCEPT
    reports.append(RowReport(row, verdict_of(outcome, findings), code, summary, tuple(findings), cells, sheet))


# ----------------------------------------------------------------- our template

def _analyse_template(judge: _Judge, wb: Workbook, options: ImportOptions, progress, cancelled) -> Preview:
    sheet = chosen_sheet(wb, Target.OPENING, options)
    if "item" not in sheet.mapping:
        raise ValidationError("列对应", f"缺少必需的列：收费项目（工作表 {sheet.info.name}）")
    if "period" not in sheet.mapping and not {"start", "end"} <= set(sheet.mapping):
        raise ValidationError("列对应",
                              f"缺少所属期间列，或开始日期和结束日期两列（工作表 {sheet.info.name}）")
    reports: list[RowReport] = []
    total = sheet.total
    for n, (row_no, cells, datemode) in enumerate(sheet.data_rows(), start=1):
        r = check_opening_row(cells, judge.today, datemode=datemode)
        findings = r.findings
        room_col = cells.columns.get("room")
        unit_id, code = judge.unit(r.building, r.stairwell, r.room) if r.room else (None, r.place)
        zero = r.amount == 0
        if zero and not findings:
            findings.append(Finding(Severity.NOTE, "金额", "金额为 0，跳过", cells.columns.get("amount")))
        elif r.room and judge.place(findings, unit_id, code, room_col) and not findings \
                and r.item and r.period and r.amount is not None:
            judge.line(findings, f"第 {row_no} 行", unit_id, code, r.item, r.period, r.amount, cells.columns.get("item"))
        summary = f"{r.item.value if r.item else ''} {r.period.label if r.period else ''} {r.amount or ''}".strip()
        _report(reports, row_no, "", code, summary, findings, _cells_text(cells, sheet.order), zero)
        _tick(progress, cancelled, n, total)
    return sheet.preview(reports)


# ----------------------------------------------------------------- the district fee ledger

def _ledger_period(layout: LedgerLayout, sheet: str, options: ImportOptions, today: date) -> dict[str, Period]:
    quarter = heading_quarter(layout.heading)
    if quarter is None:
        if not options.period:
            raise ValidationError("期间", f"工作表 {sheet} 没有写明台账的期间（如“2025年第3季度”）；"
                                        "请指定期间（命令行 --period 2025Q3，向导第一页的“期间”）")
        period = parse_period(options.period, "期间")
        quarter = period.quarter
    periods = ledger_periods(quarter)
    if problem := future_problem(periods[CURRENT], today):
        raise ValidationError("期间", f"工作表 {sheet}：{problem}")
    return periods


def _ledger_row(judge: _Judge, sheet: str, row_no: int, row: list, layout: LedgerLayout,
                periods: dict[str, Period]) -> tuple[str, list[Finding], bool]:
    """One unit's row: its amounts by column, 小计 and 合计 checked against their parts."""
    findings: list[Finding] = []
    code_text = text_of(row[layout.code_col]) if layout.code_col < len(row) else ""
    amounts: dict[int, Decimal] = {}
    for c in layout.columns:
        t = text_of(row[c.col]).replace(",", "") if c.col < len(row) else ""
        value = decimal_of(t) if t else ZERO
        if value is None:
            findings.append(Finding(Severity.ERROR, f"{c.group}{c.name}", f"“{t}”不是金额", c.col))
        else:
            amounts[c.col] = value
    if not code_text:
        findings.append(Finding(Severity.ERROR, "物业编号", "不能为空", layout.code_col))
    if findings:
        return code_text, findings, False
    _sums(layout, amounts, findings)
    unit_id, code = judge.unit("", "", code_text)
    lines = [(c, amounts[c.col]) for c in layout.items() if amounts[c.col] != 0]
    for c, value in lines:
        if problem := amount_problem(value):
            findings.append(Finding(Severity.ERROR, f"{c.group}{c.name}", problem, c.col))
    if not lines and not findings:
        findings.append(Finding(Severity.NOTE, "", "各项金额均为 0，跳过"))
        return code, findings, True
    if judge.place(findings, unit_id, code_text, layout.code_col) and not findings:
        for c, value in lines:
            judge.line(findings, f"工作表 {sheet} 第 {row_no} 行", unit_id, code, c.item, periods[c.group], value, c.col)
    return code, findings, False


def _sums(layout: LedgerLayout, amounts: dict[int, Decimal], findings: list[Finding]) -> None:
    """前期欠费 小计 = its items; 合计 = 本期应收 + 前期欠费 items. Checked, never imported."""
    parts = {g: sum((amounts[c.col] for c in layout.items() if c.group == g), ZERO) for g in (CURRENT, EARLIER)}
    for c in layout.columns:
        if c.item is not None:
            continue
        want = parts[c.group] if c.group else parts[CURRENT] + parts[EARLIER]
        if amounts[c.col] != want:
            findings.append(Finding(Severity.ERROR, f"{c.group}{c.name}",
                                    f"{c.name} {amounts[c.col]:,.2f} ≠ 各项之和 {want:,.2f}", c.col))


def _analyse_ledger(judge: _Judge, wb: Workbook, options: ImportOptions, layouts: list, progress,
                    cancelled) -> Preview:
    reports: list[RowReport] = []
    read, notes = [], []
    total = max(sum(len(s.rows) for s, _ in layouts), 1)
    n = 0
    for sheet, layout in layouts:
        if layout is None:
            filled = any(text_of(v) for row in sheet.rows for v in row)
            notes.append(f"工作表 {sheet.name} {'不是分区收费台账的格式' if filled else '是空表'}，已跳过")
            continue
        periods = _ledger_period(layout, sheet.name, options, judge.today)
        read.append((sheet.name, layout))
        notes.append(f"工作表 {sheet.name}：本期应收记为 {periods[CURRENT].label}，前期欠费记为 "
                     f"{periods[EARLIER].label}（台账未写明前期欠费的所属期间，按台账期间的上一季度计龄）")
        for r in range(layout.header_rows[1] + 1, len(sheet.rows)):
            n += 1
            row = sheet.rows[r]
            texts = [text_of(v) for v in row]
            code_given = layout.code_col < len(texts) and texts[layout.code_col]
            if not any(texts) or not code_given and any(t in ("合计", "总计") for t in texts):
                continue  # blank, or the sheet's own total row
            code, findings, zero = _ledger_row(judge, sheet.name, r + 1, row, layout, periods)
            summary = "，".join(f"{c.group}{c.name} {texts[c.col]}" for c in layout.items()
                               if c.col < len(texts) and texts[c.col] not in ("", "0", "0.00"))
            _report(reports, r + 1, sheet.name, code, summary, findings, tuple(texts), zero)
            _tick(progress, cancelled, n, total)
    if not read:
        raise ValidationError("工作表", "没有找到分区收费台账的工作表")
    first = read[0][1]
    preview = Preview(Target.OPENING, str(wb.path), wb.format, wb.encoding, "、".join(name for name, _ in read),
                      sheets_of(wb, Target.OPENING), first.header_rows[1] + 1, first.names,
                      {"room": first.code_col}, reports, options=options)
    preview.notes = notes
    preview.whole_rows = True
    return preview


# ----------------------------------------------------------------- preview and import

def _analyse(session: Session, wb: Workbook, options: ImportOptions, today: date, progress: Progress | None,
             cancelled: Callable[[], bool] | None) -> Preview:
    judge = _Judge(session, today)
    layouts = [(s, ledger_layout(s.rows, s.merged)) for s in wb.sheets]
    if any(layout for _, layout in layouts):
        preview = _analyse_ledger(judge, wb, options, layouts, progress, cancelled)
    else:
        preview = _analyse_template(judge, wb, options, progress, cancelled)
    bad = {r.row for r in preview.rows if r.verdict is Verdict.ERROR}
    judge.count(judge.plans)
    preview.notes = judge.notes() + preview.notes + (["有错误的行不会导入：全部改正后才导入"] if bad else [])
    preview.units = len({p.unit_id for p in judge.plans})
    preview._plans = judge.plans
    return preview


def preview_opening(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                    *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Preview:
    return steps.judged(ctx, actor, IMPORT_OPENING, source, options, steps.as_of_today(ctx, _analyse), progress,
                        cancelled)


@changes(Change.BILLS, Change.DUNNING)
def import_opening(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                   *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """All or nothing: posted only when no row is in error; the result is the count and total per
    item as posted (equal to the preview's, which `deskapp check` keeps verifying)."""
    from deskapp.services.billing import opening

    with steps.all_or_nothing(ctx, actor, IMPORT_OPENING, source, options, steps.as_of_today(ctx, _analyse), progress,
                              cancelled, nothing="文件中没有金额不为 0 的期初欠费") as (uow, preview):
        lines = [opening.OpeningLine(p.unit_id, p.item, p.period, p.amount) for p in preview._plans]
        source_info = opening.OpeningSource(Path(preview.file).name, steps.file_sha256(Path(preview.file)),
                                            tuple(preview.sheet.split("、")), len(preview.rows))
        posted = opening.post_opening(uow.session, ctx, actor, lines, source_info)
    return ImportResult(lines=posted.lines())


kinds.register(kinds.ImportKind(Target.OPENING, "期初欠费", IMPORT_OPENING, preview_opening, import_opening,
                                order=30, needs_period=True))
