""".xlsx files. A workbook without formulas or error cells (the usual roster, and what the
exporters write) is read with python-calamine, a Rust reader some twenty times faster than
openpyxl; one with formulas goes through openpyxl, which tells a formula from its cached
result: a formula without a cached value (a file written by a program and never opened in
Excel) becomes NoCache so the row can say what to do about it."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from deskapp.documents.importers.limits import (
    MAX_ROWS, check_extent, check_merges, check_xlsx, reader_errors,
)
from deskapp.documents.importers.tables import Sheet
from deskapp.domain.importing import CellError, NoCache

_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}


_FORMULA_OR_ERROR = re.compile(rb"<(?:\w+:)?f[\s>/]|\st=\"e\"")
_DATE1904 = re.compile(rb"date1904=\"(1|true)\"")


def read_xlsx(path: Path) -> list[Sheet]:
    with reader_errors(path):
        check_xlsx(path)  # before any reader sees it: sizes, ratios, cell extents
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
            plain = not any(_FORMULA_OR_ERROR.search(zf.read(n)) for n in names)
            date1904 = bool(_DATE1904.search(zf.read("xl/workbook.xml"))) if "xl/workbook.xml" in zf.namelist() else False
    if plain:
        try:
            return _read_fast(path, 1 if date1904 else 0)
        except ImportError:  # python-calamine missing: openpyxl reads everything too, only slower
            pass
    return _read_openpyxl(path)


def _read_fast(path: Path, datemode: int) -> list[Sheet]:
    from python_calamine import CalamineWorkbook

    with reader_errors(path):
        book = CalamineWorkbook.from_path(str(path))
        names = book.sheet_names
    sheets = []
    for name in names:
        with reader_errors(path, name):
            sheet = book.get_sheet_by_name(name)
            check_extent(path, name, sheet.height, sheet.width)
            rows = []
            for row in sheet.to_python(skip_empty_area=False):  # padded from A1: row numbers stay Excel's
                values = [None if v == "" else v for v in row]
                while values and values[-1] is None:
                    values.pop()
                rows.append(values)
            while rows and not rows[-1]:
                rows.pop()
            merged = [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])]
            check_merges(path, name, merged)
            sheets.append(Sheet(name, rows, merged, datemode))
    return sheets


def _read_openpyxl(path: Path) -> list[Sheet]:
    from openpyxl import load_workbook

    with reader_errors(path):
        wb = load_workbook(path, read_only=True, data_only=False)
    cached = None
    sheets: list[Sheet] = []
    try:
        for ws in wb.worksheets:
            with reader_errors(path, ws.title):
                rows: list[list] = []
                formulas: list[tuple[int, int, str]] = []
                # values_only is several times faster than cell objects; a formula then shows as
                # its "=..." text, and is looked up among the cached results below.
                for r, row in enumerate(ws.iter_rows(values_only=True)):
                    if r == MAX_ROWS:  # the extent was checked; a reader's own idea of it is bounded too
                        check_extent(path, ws.title, r + 1, len(row))
                    values = list(row)
                    for c, v in enumerate(values):
                        if v.__class__ is str and v:
                            if v[0] == "=":
                                formulas.append((r, c, v))
                            elif v in _ERRORS:
                                values[c] = CellError(v)
                    while values and values[-1] is None:
                        values.pop()
                    rows.append(values)
                while rows and not rows[-1]:
                    rows.pop()
                if formulas:
                    if cached is None:
                        cached = load_workbook(path, read_only=True, data_only=True)
                    cached_rows = [list(r) for r in cached[ws.title].iter_rows(values_only=True)]
                    for r, c, formula in formulas:
                        value = cached_rows[r][c] if r < len(cached_rows) and c < len(cached_rows[r]) else None
                        if value is None:
                            rows[r][c] = NoCache(formula)
                        elif isinstance(value, str) and value in _ERRORS:
                            rows[r][c] = CellError(value)
                        else:
                            rows[r][c] = value
                merged = _merged_ranges(path, ws)
                check_merges(path, ws.title, merged)
                sheets.append(Sheet(ws.title, rows, merged, 1 if wb.epoch.year == 1904 else 0))
    finally:
        wb.close()
        if cached is not None:
            cached.close()
    return sheets


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)\"")


def _merged_ranges(path: Path, ws) -> list[tuple[int, int, int, int]]:
    """Read-only worksheets do not parse <mergeCells>; find them in the sheet's XML (a
    regular expression over the bytes: parsing 20,000 rows of XML twice would double the
    reading time)."""
    from openpyxl.utils.cell import range_boundaries

    src = getattr(ws, "_worksheet_path", None) or getattr(ws, "worksheet_path", None)
    if not src:
        return []
    with zipfile.ZipFile(path) as zf:
        try:
            data = zf.read(src.lstrip("/"))
        except KeyError:
            return []
    out = []
    for ref in _MERGE.findall(data):
        c1, r1, c2, r2 = range_boundaries(ref.decode())
        out.append((r1 - 1, c1 - 1, r2 - 1, c2 - 1))
    return out
