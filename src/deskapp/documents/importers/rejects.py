"""The rejected rows of an import as an Excel file: the original columns, the row they came
from and the reason, so the user can fix them and import the file again."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from deskapp.documents.xlsx import Col, new_workbook, save, write_sheet


def write_rejects(path: Path, sheet: str, headers: Sequence[str], rows: Sequence[Sequence]) -> int:
    """`rows`: (original row number, cells of `headers`..., reason). Values are written as
    text (an ID number stays 18 digits)."""
    columns = [Col("原行号", 8)] + [Col(h, 14) for h in headers] + [Col("原因", 60)]
    wb = new_workbook()
    n = write_sheet(wb, f"{sheet}被拒绝的行"[:31], f"导入被拒绝的行（工作表 {sheet}）：改正后可重新导入",
                    columns, ([r[0], *(str(v) if v is not None else "" for v in r[1:])] for r in rows))
    save(wb, path)
    return n
