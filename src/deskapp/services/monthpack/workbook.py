"""The month's registers in one workbook (每月汇总归档, issue 17 §3 (a)).

Every register that takes a month (`ExportSpec.period == "month"`) is written by its own export
— the same writer, audit entry and masking as its separate 导出 — straight into its sheets of one
write-only workbook (documents.xlsx.into_pack), behind an index sheet 目录 (sheet, register, rows).
Letting each export write its own sheets, rather than asking each area for its rows, keeps the
pack's sheets identical to the separate exports whatever an area's writer does (split sheets,
totals); writing them into the pack directly, rather than saving each export to a scratch file
and copying its cells over, is what makes a 20,000-unit month take seconds instead of minutes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from deskapp.documents import xlsx
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


def records(sheets: list[PackSheet]) -> dict[str, int]:
    """Each register's records this month: the rows of its first sheet. A register's further sheets
    are the rest of its columns for the same rows (（续）) or its own summary (月度汇总, 汇总), so
    adding their rows would count its records twice. The 归档后变更 sheet is no register."""
    counts: dict[str, int] = {}
    for s in sheets:
        if s.sheet != LATER:
            counts.setdefault(s.title, s.rows)
    return counts


def monthly_registers() -> list[exports.ExportSpec]:
    return [s for s in exports.all_exports().values() if s.period == "month"]


def filed_again(filing: int) -> str:
    """What a month's later filing adds to its files' names and titles: （第2次归档）; nothing the first time."""
    return f"（第{filing}次归档）" if filing > 1 else ""


def file_name(month: str, filing: int = 1) -> str:
    """每月汇总-2026-11.xlsx; filed again, 每月汇总-2026-11（第2次归档）.xlsx — beside the first, never over it."""
    return f"每月汇总-{month}{filed_again(filing)}.xlsx"


LATER = "归档后变更"


def write_workbook(ctx: Context, actor: Actor, month: str, folder: Path, *, later: list[list[str]] = (),
                   progress: Callable[[int, int], None] = lambda done, total: None,
                   cancelled: Callable[[], bool] = lambda: False, filing: int = 1) -> tuple[Path, list[PackSheet]]:
    """The pack's workbook in `folder`; nothing is written if cancelled part-way. `later`: the
    changes since the month was last filed, a sheet 归档后变更 after the index when there are any.
    `filing`: the how-manieth filing of the month this is (its name and index title say so after the first)."""
    actor.require(MAKE)
    exports.month_range(month)  # a bad month is said before any work
    target = check_target(Path(folder) / file_name(month, filing), "输出文件夹")
    specs = monthly_registers()

    def stop() -> bool:
        if cancelled():
            raise Cancelled(CANCELLED)
        return False

    pack = xlsx.new_workbook()
    index = pack.create_sheet(INDEX)  # first: a write-only workbook keeps its sheets' creation order
    sheets: list[PackSheet] = []
    if later:
        _write_later(pack.create_sheet(LATER), month, later)
        sheets.append(PackSheet(LATER, LATER, len(later)))
    for i, spec in enumerate(specs, start=1):
        stop()
        progress(i - 1, len(specs) + 1)
        with xlsx.into_pack(pack, f"{i:02d} ") as part:
            try:
                # named in the export's audit entry (as the pack it went into); nothing is written to it here
                exports.run_export(ctx, actor, spec.name, target, ExportOptions(month=month, cancelled=stop))
            except Cancelled:
                raise
            except DeskappError as refused:  # the register has nothing to give for this month
                part.drop()
                sheets.append(PackSheet(NO_SHEET, spec.title, 0, str(refused)))
                continue
        sheets += [PackSheet(name, spec.title, rows) for name, rows in part.written()]
    stop()
    start, _ = exports.month_range(month)
    _write_index(index, exports.register_heading(ctx, actor, f"每月汇总归档 目录{filed_again(filing)}", f"{start.year}年{start.month}月",
                                                of_centre=True), sheets)
    with replacing(target, "输出文件夹") as tmp:
        pack.save(tmp)
    progress(len(specs) + 1, len(specs) + 1)
    return target, sheets


def _styled(ws, values: list, **font) -> list:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cells = []
    for v in values:
        c = WriteOnlyCell(ws, v)
        c.font = Font(**font)
        cells.append(c)
    return cells


# A4 portrait less the margins holds about 92 characters of 11-pt text: the index prints at full size
INDEX_COLUMNS = (("工作表", 24), ("登记表", 30), ("行数", 8), ("说明", 30))


def _write_index(ws, heading: str, sheets: list[PackSheet]) -> None:
    """The index as it is printed and filed: the centre, the month and who made it in its title,
    one A4 portrait page wide at full size, the header repeated on every page, the rows' total."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    for col, (_, width) in zip("ABCD", INDEX_COLUMNS):  # a write-only sheet takes its widths before its rows
        ws.column_dimensions[col].width = width
    xlsx.page_setup(ws, "portrait")
    ws.print_title_rows = f"{xlsx.HEADER_ROW}:{xlsx.HEADER_ROW}"
    ws.append(_styled(ws, [heading], bold=True, size=12))
    ws.append(_styled(ws, [h for h, _ in INDEX_COLUMNS], bold=True))
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, s in enumerate(sheets, start=xlsx.HEADER_ROW + 1):
        values = (s.sheet, s.title, s.rows, s.note)
        cells = [WriteOnlyCell(ws, v) for v in values]
        for c in cells:
            c.alignment = wrap
        lines = max(xlsx.lines_needed(str(v), w) for v, (_, w) in zip(values, INDEX_COLUMNS))
        if lines > 1:  # a long reason wraps in its cell: the row is given the height of its lines
            ws.row_dimensions[row].height = xlsx.LINE_PT * lines
        ws.append(cells)
    counts = records(sheets)
    ws.append(_styled(ws, ["合计", f"{len(counts)} 种登记表", sum(counts.values()), "（各登记表本月记录数之和）"], bold=True))


def _write_later(ws, month: str, rows: list[list[str]]) -> None:
    for col, width in zip("ABCD", (18, 18, 12, 70)):
        ws.column_dimensions[col].width = width
    xlsx.page_setup(ws)  # A4 landscape, one page wide (118 characters: full size), header on each page
    ws.print_title_rows = f"{xlsx.HEADER_ROW}:{xlsx.HEADER_ROW}"
    ws.append(_styled(ws, [f"{month} 归档后变更（上次归档之后对本月记录的改动，据审计日志）"], bold=True, size=14))
    ws.append(["归档时间", "变更时间", "操作人", "内容"])
    for row in rows:
        ws.append(row)
