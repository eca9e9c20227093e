"""`deskapp import units|readings FILE` from the command line, on the real templates."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from deskapp.cli import main
from deskapp.store.models.registry import Unit

REAL = Path(__file__).resolve().parents[1] / "data" / "realdata"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.sqlite"
    assert main(["--db", str(path), "init", "--community", "翠湖花园"]) == 0
    return path


def units(path):
    from deskapp.services.app import open_context

    ctx = open_context(path)
    try:
        with ctx.reader() as uow:
            return uow.session.execute(select(func.count()).select_from(Unit)).scalar()
    finally:
        ctx.db.dispose()


def test_dry_run_reports_counts_and_every_flaw(db, capsys):
    assert main(["--db", str(db), "import", "units", str(REAL / "房产导入模板.xls"), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "工作表 Sheet1，表头在第 1 行" in out
    assert "数据行 15：警告 15" in out and "房屋 15 户，人员 15 人，建筑面积合计 631.00 ㎡" in out
    assert "新建楼栋：1栋、2栋、4栋" in out
    assert "[警告] 工作表 Sheet1 第 6 行 F 列（建筑面积）：建筑面积 1.00 ㎡ 小于 10 ㎡" in out
    assert "未写入" in out and units(db) == 0


def test_refused_import_writes_nothing_and_saves_the_rejects(db, capsys, tmp_path):
    rejects = tmp_path / "rejects.xlsx"
    code = main(["--db", str(db), "import", "units", str(REAL / "importRoom.xlsx"), "--accept-warnings",
                 "--rejects", str(rejects)])
    captured = capsys.readouterr()
    assert code == 1 and "[错误] 工作表 资产信息 第 2 行 P 列（身份证号）" in captured.out
    assert "行错误" in captured.err and units(db) == 0
    ws = load_workbook(rejects).active
    assert ws["A3"].value == 2 and "校验位不符" in ws.cell(row=3, column=ws.max_column).value
    code = main(["--db", str(db), "import", "units", str(REAL / "importRoom.xlsx"), "--accept-warnings",
                 "--blank-invalid-ids"])
    assert code == 0 and "新建 1 户" in capsys.readouterr().out and units(db) == 1


def test_units_then_readings_with_a_corrected_mapping(db, capsys):
    assert main(["--db", str(db), "import", "units", str(REAL / "房产导入模板.xls"), "--accept-warnings"]) == 0
    assert "新建 15 户" in capsys.readouterr().out
    code = main(["--db", str(db), "import", "readings", str(REAL / "仪表导入模板.xls"), "--map", "房号=D",
                 "--sheet", "Sheet1"])
    captured = capsys.readouterr()
    assert code == 1 and "数据行 24：导入 12，警告 6，拒绝 6" in captured.out
    # readings that go down (500.55 → 300.22) are warnings, named with the previous reading
    assert "[警告] 工作表 Sheet1 第 6 行 F 列（读数）：读数 300.22 小于上期 500.55" in captured.out
    assert "第 20 行 D 列（房号）：档案中没有房屋 2-102" in captured.out


def test_bad_mapping_is_a_message(db, capsys):
    code = main(["--db", str(db), "import", "units", str(REAL / "房产导入模板.xls"), "--map", "面积=Z9"])
    assert code == 2 and "--map" in capsys.readouterr().err


def test_a_template_carries_the_columns_the_import_reads_and_imports_as_empty(db, tmp_path, capsys):
    out = tmp_path / "名册模板"
    assert main(["import", "template", "units", "-o", str(out)]) == 0
    assert "已保存到" in capsys.readouterr().out
    wb = load_workbook(out.with_suffix(".xlsx"), read_only=True)
    assert wb.sheetnames == ["房屋与业主名册", "填写说明"]
    # the heading names the template itself, without 《》 (those are for running text naming another form)
    assert next(wb["房屋与业主名册"].iter_rows(max_row=1, values_only=True))[0].startswith("房屋与业主名册导入模板：")
    assert next(wb["填写说明"].iter_rows(max_row=1, values_only=True))[0] == "房屋与业主名册导入模板 各列说明"
    header = [c.value for c in next(wb["房屋与业主名册"].iter_rows(min_row=2, max_row=2))]
    assert header[:3] == ["楼栋", "单元", "房号*"] and "建筑面积*" in header
    notes = {r[0]: r for r in wb["填写说明"].iter_rows(min_row=3, values_only=True)}
    assert notes["房号"][1] == "是" and "门牌号" in notes["房号"][3]
    # the template read back: every column recognised, no data rows, nothing written
    assert main(["--db", str(db), "import", "units", str(out.with_suffix(".xlsx"))]) == 1
    assert "文件中没有可导入的数据行" in capsys.readouterr().err
    assert units(db) == 0


def test_a_template_needs_its_file_named(capsys):
    assert main(["import", "template", "units"]) != 0
    assert "-o" in capsys.readouterr().err


def test_an_option_the_import_does_not_take_is_refused(db, capsys):
    assert main(["--db", str(db), "import", "readings", str(REAL / "仪表导入模板.xls"), "--update-existing"]) != 0
    assert "--update-existing" in capsys.readouterr().err


def test_deposits_held_are_imported_and_reconciled_per_kind(db, capsys, tmp_path):
    from golive_workbooks import plain_workbook

    assert main(["--db", str(db), "import", "units", str(REAL / "房产导入模板.xls"), "--accept-warnings"]) == 0
    capsys.readouterr()
    header = ("类别", "房屋", "交款人", "金额", "收取日期", "退还条件")
    bad = plain_workbook(tmp_path / "bad.xlsx", "押金", header, [("钥匙押金", "9-9-999", "张三", 50, "2025-01-01", None)])
    assert main(["--db", str(db), "import", "deposits", str(bad)]) == 1
    assert "[错误] 工作表 押金 第 2 行 B 列（地址）：档案中没有房屋 9-9-999" in capsys.readouterr().out
    good = plain_workbook(tmp_path / "good.xlsx", "押金", header, [("钥匙押金", "1-101", "张三", 50, "2025-01-01", None),
                                                                   ("预存款", "1-101", "张三", "99.5", "2025-02-01", None)])
    assert main(["--db", str(db), "import", "deposits", str(good)]) == 0
    out = capsys.readouterr().out
    assert "期初预存与押金 2 笔，合计 149.50 元" in out and "钥匙押金：1 笔，50.00 元" in out
    assert main(["--db", str(db), "check"]) == 0  # the refused file wrote nothing: the ledger equals its one import
