"""Legacy .xls via xlrd (formatting_info for merged cells and to tell dates from numbers;
ragged rows, so a stray cell far right does not pad every row out to it)."""
from __future__ import annotations

from pathlib import Path

from deskapp.documents.importers.limits import check_extent, check_file, check_merges, reader_errors
from deskapp.documents.importers.tables import Sheet
from deskapp.domain.importing import CellError

XLS = "Excel 97–2003 (.xls) 文件"


def read_xls(path: Path) -> list[Sheet]:
    import xlrd

    check_file(path)
    with reader_errors(path, what=XLS):
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True, ragged_rows=True)
    sheets = []
    try:
        names = book.sheet_names()
        for i in range(book.nsheets):
            name = names[i] if i < len(names) else None
            with reader_errors(path, name, XLS):
                sh = book.sheet_by_index(i)
                check_extent(path, sh.name, sh.nrows, sh.ncols)
                rows = []
                for r in range(sh.nrows):
                    values = []
                    for c in range(sh.row_len(r)):
                        cell = sh.cell(r, c)
                        t = cell.ctype
                        if t in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                            v = None
                        elif t == xlrd.XL_CELL_DATE:
                            try:
                                v = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                            except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                                v = cell.value
                        elif t == xlrd.XL_CELL_BOOLEAN:
                            v = bool(cell.value)
                        elif t == xlrd.XL_CELL_ERROR:
                            v = CellError(xlrd.error_text_from_code.get(cell.value, "#ERR"))
                        else:
                            v = cell.value
                        values.append(v)
                    while values and values[-1] is None:
                        values.pop()
                    rows.append(values)
                while rows and not rows[-1]:
                    rows.pop()
                merged = [(r1, c1, r2 - 1, c2 - 1) for r1, r2, c1, c2 in sh.merged_cells]
                check_merges(path, sh.name, merged)
                sheets.append(Sheet(sh.name, rows, merged, book.datemode))
                book.unload_sheet(i)
    finally:
        book.release_resources()
    return sheets
