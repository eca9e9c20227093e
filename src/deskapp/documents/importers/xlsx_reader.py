""".xlsx via openpyxl. Formulas are read as written and, where a formula is found, the
cached results are read too: a formula without a cached value (a file written by a program
and never opened in Excel) becomes NoCache so the row can say what to do about it."""
from __future__ import annotations

import zipfile
from pathlib import Path

from deskapp.documents.importers.tables import Sheet
from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import CellError, NoCache

_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}


def read_xlsx(path: Path) -> list[Sheet]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError("文件", f"{path.name} 无法作为 Excel 文件打开（{exc}）") from None
    cached = None
    sheets: list[Sheet] = []
    try:
        for ws in wb.worksheets:
            rows: list[list] = []
            formulas: list[tuple[int, int, str]] = []
            for r, row in enumerate(ws.iter_rows(values_only=False)):
                values = []
                for c, cell in enumerate(row):
                    v = getattr(cell, "value", None)
                    if getattr(cell, "data_type", None) == "f" or (isinstance(v, str) and v.startswith("=")
                                                                 and getattr(cell, "data_type", "") == "f"):
                        formulas.append((r, c, str(v)))
                    elif getattr(cell, "data_type", None) == "e" or (isinstance(v, str) and v in _ERRORS):
                        v = CellError(str(v))
                    values.append(v)
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
            sheets.append(Sheet(ws.title, rows, _merged_ranges(path, ws), 1 if wb.epoch.year == 1904 else 0))
    finally:
        wb.close()
        if cached is not None:
            cached.close()
    return sheets


def _merged_ranges(path: Path, ws) -> list[tuple[int, int, int, int]]:
    """Read-only worksheets do not parse <mergeCells>; read them from the sheet's XML."""
    import xml.etree.ElementTree as ET

    from openpyxl.utils.cell import range_boundaries

    src = getattr(ws, "_worksheet_path", None) or getattr(ws, "worksheet_path", None)
    if not src:
        return []
    out = []
    with zipfile.ZipFile(path) as zf:
        try:
            fh = zf.open(src.lstrip("/"))
        except KeyError:
            return []
        with fh:
            for _event, el in ET.iterparse(fh):
                if el.tag.endswith("}mergeCell"):
                    c1, r1, c2, r2 = range_boundaries(el.get("ref"))
                    out.append((r1 - 1, c1 - 1, r2 - 1, c2 - 1))
                if not el.tag.endswith("}mergeCells"):
                    el.clear()
    return out
