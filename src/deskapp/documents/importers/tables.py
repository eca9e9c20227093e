"""One entry point for every spreadsheet format; the format is told by the file's content
first (a .xls renamed .xlsx still opens) and its suffix second."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import Raw


@dataclass
class Sheet:
    name: str
    rows: list[list[Raw]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based first/last row, first/last col
    datemode: int = 0  # 1 for workbooks in the 1904 date system

    def filled_down(self, columns: set[int]) -> list[list[Raw]]:
        """Rows with the merged cells of `columns` carrying the merge's top value (only those
        columns: a merge in the area column does not mean two units have one area)."""
        rows = self.rows
        for r1, c1, r2, c2 in self.merged:
            inside = sorted(c for c in columns if c1 <= c <= c2)  # not every column of a wide merge
            if not inside or r1 >= len(rows):
                continue
            top = rows[r1][c1] if c1 < len(rows[r1]) else None
            for r in range(r1, min(r2, len(rows) - 1) + 1):
                row = rows[r]
                for c in inside:
                    if c >= len(row):
                        row.extend([None] * (c + 1 - len(row)))
                    row[c] = top
        return rows


@dataclass
class Workbook:
    path: Path
    format: str  # "xlsx", "xls", "csv"
    sheets: list[Sheet]
    encoding: str = ""  # for CSV: the encoding the file was read in

    def sheet(self, name: str) -> Sheet:
        for s in self.sheets:
            if s.name == name:
                return s
        raise ValidationError("工作表", f"文件中没有名为“{name}”的工作表（有：{'、'.join(s.name for s in self.sheets)}）")


def sniff_format(path: Path) -> str:
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls"):
        raise ValidationError("文件", f"{path.name} 不是有效的 Excel 文件（可能已损坏，或只是改了扩展名）")
    return "csv"


def read_workbook(path: str | Path, *, progress=None) -> Workbook:
    """The readers refuse what is too large and name the sheet a damaged file fails in; this
    catches what fails outside any one sheet."""
    from deskapp.documents.importers.limits import reader_errors

    path = Path(path)
    if not path.is_file():
        raise ValidationError("文件", f"找不到文件 {path}")
    with reader_errors(path):
        fmt = sniff_format(path)
        if fmt == "xlsx":
            from deskapp.documents.importers.xlsx_reader import read_xlsx

            return Workbook(path, fmt, read_xlsx(path))
        if fmt == "xls":
            from deskapp.documents.importers.xls_reader import read_xls

            return Workbook(path, fmt, read_xls(path))
        from deskapp.documents.importers.csv_reader import read_csv

        sheet, encoding = read_csv(path)
        return Workbook(path, fmt, [sheet], encoding)
