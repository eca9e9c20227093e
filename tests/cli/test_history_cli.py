"""`deskapp import payments FILE` and `deskapp export payments-history`: the old system's payment
history from the command line, its reconciliation printed, the same file refused twice."""
from __future__ import annotations

from decimal import Decimal

import pytest
from history_support import hc_workbook, make_units
from openpyxl import load_workbook

from deskapp.cli import main
from deskapp.domain.permissions import Role
from support import make_actor


@pytest.fixture
def db(tmp_path):
    from deskapp.services.app import open_context

    path = tmp_path / "cli.sqlite"
    assert main(["--db", str(path), "init", "--community", "翠湖花园"]) == 0
    ctx = open_context(path)
    try:
        from deskapp.services.registry import community as registry_community

        registry_community.add_building(ctx, make_actor(Role.ADMIN), "3")
        make_units(ctx, make_actor(Role.ADMIN))
    finally:
        ctx.db.dispose()
    return path


def test_dry_run_then_import_prints_the_count_and_total_per_item(db, tmp_path, capsys):
    path = hc_workbook(tmp_path / "房屋缴费历史.xlsx")
    assert main(["--db", str(db), "import", "payments", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "工作表 房屋缴费历史，表头在第 1 行" in out and "物业费：3 笔，应缴 3,600.50 元，实缴 3,550.50 元" in out
    assert "导入完成" not in out
    assert main(["--db", str(db), "import", "payments", str(path)]) == 0
    out = capsys.readouterr().out
    assert "导入完成" in out and "合计：4 笔，应缴 3,650.50 元，实缴 3,600.50 元" in out
    assert main(["--db", str(db), "import", "payments", str(path)]) != 0
    assert "不能重复导入" in capsys.readouterr().err
    assert main(["--db", str(db), "check"]) == 0
    assert "历史缴费 = 导入记录" in capsys.readouterr().out


def test_export_payments_history_reads_back(db, tmp_path, capsys):
    assert main(["--db", str(db), "import", "payments", str(hc_workbook(tmp_path / "hc.xlsx"))]) == 0
    out = tmp_path / "历史缴费记录.xlsx"
    assert main(["--db", str(db), "export", "payments-history", "-o", str(out)]) == 0
    assert "已导出 4 行" in capsys.readouterr().out
    ws = load_workbook(out).active
    rows = [r for r in ws.iter_rows(values_only=True) if r[0] is not None]
    assert "历史缴费记录（原系统）" in rows[0][0]
    header = rows[1]
    assert header[:7] == ("缴费日期", "房号", "原收据号", "收费项目", "所属期间", "应缴金额", "实缴金额")
    body = rows[2:]
    assert [(r[1], r[3], r[4], Decimal(str(r[6]))) for r in body][:2] == [
        ("3-1-101", "物业费", "2024-01-01至2024-03-31", Decimal("600")),
        ("3-2-1502", "物业费", "2024-01-01至2024-12-31", Decimal("2400.5"))]
    assert len(body) == 4
    # one month's lines only
    assert main(["--db", str(db), "export", "payments-history", "--month", "2024-02", "-o", str(out)]) == 0
    assert "已导出 2 行" in capsys.readouterr().out


def test_the_template_carries_both_layouts_columns(tmp_path, capsys):
    out = tmp_path / "历史缴费模板.xlsx"
    assert main(["import", "template", "payments", "-o", str(out)]) == 0
    wb = load_workbook(out, read_only=True)
    header = [c.value for c in next(wb[wb.sheetnames[0]].iter_rows(min_row=2, max_row=2))]
    assert header[:5] == ["收据号", "缴费日期*", "楼栋", "单元", "房号*"] and "实缴金额*" in header
