"""Excel registers as the supervisor reads them: Chinese title row, header row frozen with
filters, A4 landscape print set-up repeating the header; values that Excel would take for a
formula are written as text."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.output_file import replacing

if TYPE_CHECKING:
    from openpyxl import Workbook

# openpyxl is imported where a sheet is written: the services that export import this
# module at start-up, and openpyxl alone would add more than half a second to it.

FORMULA_STARTS = ("=", "+", "-", "@")
HEADER_ROW = 2  # row 1 is the title (and the unmasked warning, when there is one)


@dataclass(frozen=True)
class Col:
    header: str
    width: float = 12
    number_format: str | None = None  # e.g. "0.00" for money and areas


def safe(value):
    """Decimal stays exact (as a number), dates stay dates, text never becomes a formula."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, (int, float, date, datetime)) or value is None:
        return value
    return str(value)


def write_sheet(wb: Workbook, title: str, heading: str, columns: Sequence[Col], rows: Iterable[Sequence],
                *, progress: Callable[[int], None] | None = None) -> int:
    """Add one register sheet to a write-only workbook; returns the number of data rows."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    ws = wb.create_sheet(title=title[:31])
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4  # write-only sheets lack the constant
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for i, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    title_cell = WriteOnlyCell(ws, heading)
    title_cell.font = Font(bold=True, size=14)
    ws.append([title_cell])
    header = []
    for col in columns:
        c = WriteOnlyCell(ws, col.header)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(horizontal="center")
        header.append(c)
    ws.append(header)
    n = 0
    for row in rows:
        cells = []
        for col, value in zip(columns, row):
            # A styled cell object only where one is needed: plain values are appended as they
            # are, which halves the work openpyxl does per cell (20,000-unit registers).
            v = safe(value)
            if isinstance(v, str):
                if v.startswith(FORMULA_STARTS):
                    cell = WriteOnlyCell(ws, v)
                    cell.data_type = "s"  # text, not a formula (CSV/Excel injection)
                    v = cell
            elif col.number_format and isinstance(v, (int, float, Decimal)):
                v = WriteOnlyCell(ws, v)
                v.number_format = col.number_format
            elif isinstance(v, datetime):
                v = WriteOnlyCell(ws, v)
                v.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(v, date):
                v = WriteOnlyCell(ws, v)
                v.number_format = "yyyy-mm-dd"
            cells.append(v)
        ws.append(cells)
        n += 1
        if progress and n % 500 == 0:
            progress(n)
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(n, 1)}"
    return n


def new_workbook() -> Workbook:
    from openpyxl import Workbook

    return Workbook(write_only=True)


def save(wb: Workbook, path: Path) -> None:
    """Write next to the target and rename, so a cancelled or failed export leaves no half file."""
    with replacing(path) as tmp:
        wb.save(tmp)
