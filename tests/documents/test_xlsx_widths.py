"""A register's date and time columns are wide enough to print their value: narrower, LibreOffice
and Excel print ### in its place (the 审计日志's 时间 column, 18 wide for yyyy-mm-dd hh:mm:ss,
printed ### on every row)."""
from __future__ import annotations

from datetime import datetime

import openpyxl

from deskapp.documents import xlsx
from deskapp.services.accounts.audit_trail import COLUMNS as AUDIT_COLUMNS


def test_a_time_format_needs_its_pattern_and_the_gap():
    assert xlsx.format_room("yyyy-mm-dd hh:mm:ss") == 20
    assert xlsx.format_room(xlsx.DATETIME) == 17
    assert xlsx.format_room(xlsx.DATE) == 11
    assert xlsx.format_room("#,##0.00") == 0 and xlsx.format_room(None) == 0


def test_fitting_a_wide_sheet_never_narrows_a_time_below_its_room():
    # a sheet far over the budget: the text columns are capped, the time column keeps its room
    widths = xlsx.fit_widths([18, 60, 60, 60], floors=[20, 0, 0, 0])
    assert widths[0] == 20 and sum(widths) <= xlsx.MAX_CHARS
    assert xlsx.fit_widths([30, 60, 60, 60], floors=[20, 0, 0, 0])[0] >= 20


def test_the_audit_registers_time_column_holds_its_time(tmp_path):
    wb = xlsx.new_workbook()
    row = [1, datetime(2026, 11, 22, 10, 0, 0), "linxy", "前台接待", "收取押金", "押金 4", "2-2-101", "摘要", "金额：50.00"]
    xlsx.write_sheet(wb, "审计日志", "翠湖花园物业服务中心 审计日志", AUDIT_COLUMNS, [row])
    xlsx.save(wb, tmp_path / "audit.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "audit.xlsx").active
    assert ws["B3"].number_format.startswith("yyyy-mm-dd hh:mm:ss")
    assert ws.column_dimensions["B"].width >= len("2026-11-22 10:00:00") + 1
