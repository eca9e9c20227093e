"""The rejected rows as an Excel file to fix and import again."""
from __future__ import annotations

from pathlib import Path

from deskapp.documents.importers.rejects import write_rejects
from deskapp.domain.importing import Severity, Verdict, column_letter
from deskapp.services.importing.common import Preview

def save_rejects(preview: Preview, path: str | Path, *, include_warnings: bool = False) -> int:
    """The rows in error (and, if asked, those with warnings) with their original columns and
    a reason column, as an Excel file to fix and import again."""
    keep = {Verdict.ERROR} | ({Verdict.WARNING} if include_warnings else set())
    several = preview.whole_rows
    headers = ["工作表", *preview.headers] if several else \
        [preview.headers[c] if c < len(preview.headers) and preview.headers[c] else spec.label
         for spec, c in preview.field_columns()]
    rows = []
    for r in preview.rows:
        if r.verdict in keep:
            other = f"工作表 {r.sheet} " if r.sheet and r.sheet != preview.sheet else ""
            reason = other + "；".join(f"{column_letter(f.column) + '列 ' if f.column is not None else ''}"
                              f"{f.field}：{f.message}" for f in r.findings if f.severity is not Severity.NOTE)
            rows.append((r.row, *((r.sheet,) if several else ()), *r.cells, reason))
    return write_rejects(Path(path), preview.sheet, headers, rows)
