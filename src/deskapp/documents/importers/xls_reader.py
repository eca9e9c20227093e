"""Legacy .xls via xlrd (formatting_info for merged cells and to tell dates from numbers)."""
from __future__ import annotations

from pathlib import Path

from deskapp.documents.importers.tables import Sheet
from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import CellError


def read_xls(path: Path) -> list[Sheet]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except (xlrd.XLRDError, OSError, AssertionError, IndexError, KeyError, ValueError) as exc:
        raise ValidationError("文件", f"{path.name} 无法作为 Excel 97–2003 (.xls) 文件打开（{exc}）") from None
    sheets = []
    try:
        for i in range(book.nsheets):
            sh = book.sheet_by_index(i)
            rows = []
            for r in range(sh.nrows):
                values = []
                for c in range(sh.ncols):
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
            sheets.append(Sheet(sh.name, rows, merged, book.datemode))
            book.unload_sheet(i)
    finally:
        book.release_resources()
    return sheets
