"""Reading the file: its sheets, the one to import, the column mapping, and its data rows."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from deskapp.documents.importers import Workbook, read_workbook
from deskapp.domain.errors import Cancelled, ValidationError
from deskapp.domain.importing import (
    Cells, Finding, NoCache, Target, Verdict, column_letter, fields_for, find_header, text_of, verdict_of,
)
from deskapp.services.importing.common import CANCELLED, ImportOptions, Preview, Progress, RowReport, SheetInfo


def open_file(path: str | Path) -> Workbook:
    return read_workbook(path)


def sheets_of(wb: Workbook, target: Target) -> list[SheetInfo]:
    out = []
    for s in wb.sheets:
        guess = find_header(s.rows, target)
        if guess is None:
            out.append(SheetInfo(s.name, len(s.rows), None, 0, (), {}))
        else:
            headers = tuple(text_of(v) for v in s.rows[guess.row])
            score = guess.score if guess.complete(target) else guess.score // 10
            out.append(SheetInfo(s.name, len(s.rows), guess.row + 1, score, headers, dict(guess.mapping),
                                 _filled(s.rows[guess.row + 1:], list(guess.mapping.values()))))
    return out


def _filled(rows, columns: list[int]) -> int:
    """Rows with a value in one of the recognised columns: importRoom.xlsx has 22 rows, 21 of them
    only the instructions written in far columns, and one unit."""
    return sum(1 for row in rows if any(0 <= c < len(row) and text_of(row[c]) for c in columns))


def _choose(wb: Workbook, target: Target, options: ImportOptions) -> tuple[SheetInfo, list[SheetInfo]]:
    infos = sheets_of(wb, target)
    if options.sheet:
        wb.sheet(options.sheet)  # names the sheets when it is not there
        info = next(i for i in infos if i.name == options.sheet)
    else:
        info = max(infos, key=lambda i: i.score, default=None)
    from deskapp.services.importing.kinds import kind_of  # kinds import every module here, this one too

    what = kind_of(target).title
    if info is not None and info.rows == 0:  # an empty sheet has no header row to look for
        raise ValidationError("工作表", f"工作表“{info.name}”是空的，没有任何内容；请选择填有{what}的工作表或文件")
    if info is None or info.header_row is None:
        raise ValidationError("工作表", f"没有找到{what}的表头行（应有 "
                              + "、".join(s.label for s in fields_for(target) if s.required) + " 等列）")
    return info, infos


def choose_sheet(wb: Workbook, target: Target, options: ImportOptions | None = None) -> SheetInfo:
    """The sheet to import (the one named, or the one whose headers fit best) and its guessed mapping."""
    return _choose(wb, target, options or ImportOptions())[0]


def validate_mapping(info: SheetInfo, target: Target, mapping: dict[str, int]) -> dict[str, int]:
    """The user's corrected mapping, refused (naming the fields) when a needed column is missing
    or one column is given to two fields."""
    return _mapping(info, target, ImportOptions(mapping=mapping))


def _mapping(info: SheetInfo, target: Target, options: ImportOptions) -> dict[str, int]:
    mapping = dict(info.mapping if options.mapping is None else
                   {k: v for k, v in options.mapping.items() if v is not None and v >= 0})
    specs = fields_for(target)
    known = {s.key for s in specs}
    unknown = set(mapping) - known
    if unknown:
        raise ValidationError("列对应", f"未知的字段：{'、'.join(sorted(unknown))}")
    used: dict[int, str] = {}
    for key, col in mapping.items():
        if col in used:
            labels = {s.key: s.label for s in specs}
            raise ValidationError("列对应", f"{column_letter(col)} 列同时对应了“{labels[used[col]]}”和“{labels[key]}”")
        used[col] = key
    missing = [s.label for s in specs if s.required and s.key not in mapping]
    if missing:
        raise ValidationError("列对应", f"缺少必需的列：{'、'.join(missing)}（工作表 {info.name}）")
    return mapping


@dataclass(frozen=True)
class ChosenSheet:
    """The sheet a kind imports: it among the sheets looked at, its column mapping, and the mapped
    fields in column order (the order a row's cells are shown in)."""

    wb: Workbook
    target: Target
    options: ImportOptions
    info: SheetInfo
    infos: list[SheetInfo]
    mapping: dict[str, int]
    order: list[str]

    def data_rows(self):
        return _data_rows(self.wb, self.info, self.target, self.mapping)

    @property
    def total(self) -> int:
        """The rows below the header, for the progress bar."""
        return max(len(self.wb.sheet(self.info.name).rows) - self.info.header_row, 1)

    def preview(self, reports: list[RowReport]) -> Preview:
        i = self.info
        return Preview(self.target, str(self.wb.path), self.wb.format, self.wb.encoding, i.name, self.infos,
                       i.header_row, i.headers, self.mapping, reports, options=self.options)


def chosen_sheet(wb: Workbook, target: Target, options: ImportOptions) -> ChosenSheet:
    """The sheet to import and its columns, refused (naming the field) when a needed one is missing."""
    info, infos = _choose(wb, target, options)
    mapping = _mapping(info, target, options)
    return ChosenSheet(wb, target, options, info, infos, mapping,
                       [k for k, _ in sorted(mapping.items(), key=lambda kv: kv[1])])


def _data_rows(wb: Workbook, info: SheetInfo, target: Target, mapping: dict[str, int]):
    """(1-based row number, Cells) for each non-blank row below the header."""
    sheet = wb.sheet(info.name)
    specs = fields_for(target)
    fill = {mapping[s.key] for s in specs if s.fill_down and s.key in mapping}
    rows = sheet.filled_down(fill) if sheet.merged else sheet.rows
    labels = {s.key: s.label for s in specs}
    for r in range(info.header_row, len(rows)):
        row = rows[r]
        values = {k: (row[c] if c < len(row) else None) for k, c in mapping.items()}
        if all(v is None or (isinstance(v, str) and not text_of(v)) for v in values.values()):
            continue  # blank, or only text beside the table
        yield r + 1, Cells(values, mapping, labels), sheet.datemode


def _cells_text(cells: Cells, order: list[str]) -> tuple[str, ...]:
    """As the user typed it; a formula without a value keeps its formula text."""
    return tuple(v.formula if isinstance(v := cells.values.get(k), NoCache) else cells.text(k) for k in order)


def row_report(row: int, verdict: Verdict, code: str, summary: str, findings: list[Finding], cells: Cells,
               order: list[str]) -> RowReport:
    """A checked row as the preview lists it, with its cells as typed (for the rejected-rows file)."""
    return RowReport(row, verdict, code, summary, tuple(findings), _cells_text(cells, order))


def row_passes(reports: list[RowReport], row: int, fine: Verdict, code: str, summary: str, findings: list[Finding],
               cells: Cells, order: list[str]) -> bool:
    """A checked row's report added to `reports` — `fine` (新建, 接受) unless its findings say worse —
    and whether its plan goes ahead (it is not an error)."""
    verdict = verdict_of(fine, findings)
    reports.append(row_report(row, verdict, code, summary, findings, cells, order))
    return verdict is not Verdict.ERROR


def _tick(progress: Progress | None, cancelled: Callable[[], bool] | None, done: int, total: int) -> None:
    if done % 250 == 0:
        if cancelled is not None and cancelled():
            raise Cancelled(CANCELLED)
        if progress is not None:
            progress(done, total)
