"""Excel sheets of the owner and unit files: 业户档案（房屋）, 业户档案（人员）, 业户档案完整性检查表.

The columns are the paper register's; the rows come from the services already masked (or
not, for a supervisor's unmasked export, which then says so in its title row)."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from deskapp.documents.xlsx import Col, new_workbook, save, write_sheet

UNITS_SHEET = "业户档案（房屋）"
PEOPLE_SHEET = "业户档案（人员）"
COMPLETENESS_SHEET = "业户档案完整性检查表"

UNIT_COLUMNS = (
    Col("房号", 12), Col("楼栋", 8), Col("单元", 6), Col("楼层", 6), Col("类型", 8), Col("状态", 8),
    Col("建筑面积", 10, "0.00"), Col("套内面积", 10, "0.00"), Col("业主", 18), Col("业主电话", 26),
    Col("交房日期", 12), Col("备注", 30),
)

PEOPLE_COLUMNS = (
    Col("房号", 12), Col("关系", 8), Col("姓名", 12), Col("电话", 14), Col("备用电话", 14), Col("证件类型", 14),
    Col("证件号码", 22), Col("起始", 12), Col("结束", 12), Col("租期", 24), Col("授权事项", 24), Col("备注", 30),
)

FINDING_COLUMNS = (Col("序号", 6), Col("房号", 12), Col("对象", 12), Col("项目", 10), Col("问题", 60))

def write_register(path: Path, sheet: str, heading: str, columns: Sequence[Col], rows: Iterable[Sequence],
                   *, progress: Callable[[int], None] | None = None) -> int:
    """One sheet, written to `path` only when complete (a failure or cancel leaves no file)."""
    wb = new_workbook()
    try:
        n = write_sheet(wb, sheet, heading, columns, rows, progress=progress)
    except BaseException:
        _discard(wb)
        raise
    save(wb, Path(path))
    return n


def _discard(wb) -> None:
    """A write-only sheet streams into a temporary file: finish and remove it, so a cancelled
    export leaves nothing behind (not even openpyxl's temp file or an unclosed stream)."""
    for ws in wb.worksheets:
        try:
            ws.close()
            out = getattr(getattr(ws, "_writer", None), "out", None)
            if isinstance(out, str) and os.path.exists(out):
                os.remove(out)
        except Exception:  # already broken half-way: nothing more to clean
            pass
