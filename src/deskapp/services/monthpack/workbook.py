"""The month's registers in one workbook (每月汇总归档, issue 17 §3 (a)).

Every register that takes a month (`ExportSpec.period == "month"`) is written by its own export
— the same writer, audit entry and masking as its separate 导出 — into a scratch folder, and its
sheets are copied as they are into one workbook behind an index sheet 目录 (sheet, register,
rows). Copying the finished sheets, rather than asking each area for its rows, keeps the pack's
sheets identical to the separate exports whatever an area's writer does (split sheets, totals)."""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from copy import copy
from dataclasses import dataclass
from pathlib import Path

from deskapp.documents.xlsx import HEADER_ROW
from deskapp.domain.errors import Cancelled, DeskappError
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.output_file import check_target, replacing
from deskapp.services import exports
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions

MAKE = define("monthpack.make", "每月汇总归档", SUPERVISORS)
INDEX = "目录"
CANCELLED = "已取消每月汇总归档，没有写出文件"


@dataclass(frozen=True)
class PackSheet:
    sheet: str  # the sheet's name in the pack
    title: str  # the register's paper name
    rows: int  # data rows under the header
    note: str = ""  # why a register has no sheet this month (e.g. no count was filed)


NO_SHEET = "—"


def monthly_registers() -> list[exports.ExportSpec]:
    return [s for s in exports.all_exports().values() if s.period == "month"]


def file_name(month: str) -> str:
    return f"每月汇总-{month}.xlsx"


LATER = "归档后变更"


def write_workbook(ctx: Context, actor: Actor, month: str, folder: Path, *, later: list[list[str]] = (),
                   progress: Callable[[int, int], None] = lambda done, total: None,
                   cancelled: Callable[[], bool] = lambda: False) -> tuple[Path, list[PackSheet]]:
    """The pack's workbook in `folder`; nothing is written if cancelled part-way. `later`: the
    changes since the month was last filed, a sheet 归档后变更 after the index when there are any."""
    actor.require(MAKE)
    exports.month_range(month)  # a bad month is said before any work
    target = check_target(Path(folder) / file_name(month), "输出文件夹")
    specs = monthly_registers()

    def stop() -> bool:
        if cancelled():
            raise Cancelled(CANCELLED)
        return False

    from openpyxl import Workbook, load_workbook

    pack = Workbook()
    index = pack.active
    index.title = INDEX
    sheets: list[PackSheet] = []
    if later:
        _write_later(pack.create_sheet(LATER), month, later)
        sheets.append(PackSheet(LATER, LATER, len(later)))
    with tempfile.TemporaryDirectory(prefix="deskapp-month-") as scratch:
        for i, spec in enumerate(specs, start=1):
            stop()
            progress(i - 1, len(specs) + 1)
            part = Path(scratch) / f"{spec.name}.xlsx"
            try:
                exports.run_export(ctx, actor, spec.name, part, ExportOptions(month=month, cancelled=stop))
            except Cancelled:
                raise
            except DeskappError as refused:  # the register has nothing to give for this month
                sheets.append(PackSheet(NO_SHEET, spec.title, 0, str(refused)))
                continue
            for ws in load_workbook(part).worksheets:
                name = f"{i:02d} {ws.title}"[:31]
                _copy_sheet(ws, pack.create_sheet(name))
                sheets.append(PackSheet(name, spec.title, max(ws.max_row - HEADER_ROW, 0)))
    stop()
    _write_index(index, month, sheets)
    with replacing(target, "输出文件夹") as tmp:
        pack.save(tmp)
    progress(len(specs) + 1, len(specs) + 1)
    return target, sheets


def _write_index(ws, month: str, sheets: list[PackSheet]) -> None:
    from openpyxl.styles import Font

    ws.append([f"每月汇总归档　{month}　目录"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["工作表", "登记表", "行数", "说明"])
    for c in ws[HEADER_ROW]:
        c.font = Font(bold=True)
    for s in sheets:
        ws.append([s.sheet, s.title, s.rows, s.note])
    for col, width in zip("ABCD", (34, 44, 10, 40)):
        ws.column_dimensions[col].width = width


def _write_later(ws, month: str, rows: list[list[str]]) -> None:
    from openpyxl.styles import Font

    ws.append([f"{month} 归档后变更（上次归档之后对本月记录的改动，据审计日志）"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["归档时间", "变更时间", "操作人", "内容"])
    for row in rows:
        ws.append(row)
    for col, width in zip("ABCD", (18, 18, 12, 70)):
        ws.column_dimensions[col].width = width


def _copy_sheet(src, dst) -> None:
    """Values, number formats, fonts, fills, alignment, widths, heights, merges and print
    settings: what the separate export shows."""
    for row in src.iter_rows():
        for c in row:
            d = dst.cell(row=c.row, column=c.column, value=c.value)
            if c.has_style:
                d.font, d.fill, d.alignment = copy(c.font), copy(c.fill), copy(c.alignment)
                d.number_format, d.border = c.number_format, copy(c.border)
    for key, dim in src.column_dimensions.items():
        dst.column_dimensions[key].width = dim.width
    for key, dim in src.row_dimensions.items():
        if dim.height:
            dst.row_dimensions[key].height = dim.height
    for merged in src.merged_cells.ranges:
        dst.merge_cells(str(merged))
    dst.freeze_panes = src.freeze_panes
    dst.auto_filter.ref = src.auto_filter.ref
    dst.page_setup.orientation = src.page_setup.orientation
    dst.print_title_rows = src.print_title_rows
