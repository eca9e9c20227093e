"""`deskapp import opening FILE`: the check, the dry run, --period for a ledger that names none,
the reconciliation printed, `deskapp check` afterwards, and the template."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from opening_workbooks import GOOD_ROWS, LEDGER, TEMPLATE_HEADERS, ledger, template
from sqlalchemy import text
from support import make_actor

from deskapp.cli import main
from deskapp.domain.permissions import Role


@pytest.fixture
def db(tmp_path):
    from deskapp.services.app import open_context
    from deskapp.services.registry import community, units

    path = tmp_path / "cli.sqlite"
    assert main(["--db", str(path), "init", "--community", "翠湖花园"]) == 0
    ctx = open_context(path)
    admin = make_actor(Role.ADMIN)
    community.add_building(ctx, admin, "3")
    for room in ("101", "102", "201", "202"):
        units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room, "building_area": "50",
                                       "state": "自住"})
    ctx.db.dispose()
    return path


def opening_bills(path):
    from deskapp.services.app import open_context

    ctx = open_context(path)
    try:
        with ctx.reader() as uow:
            return uow.session.execute(text("select count(*) from bills where opening")).scalar()
    finally:
        ctx.db.dispose()


def test_dry_run_then_import_prints_the_count_and_total_per_item(db, capsys, tmp_path):
    path = template(tmp_path / "期初.xlsx", GOOD_ROWS)
    assert main(["--db", str(db), "import", "opening", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "期初欠费 2 户，4 条，合计 792.75 元" in out and "可以导入" in out and opening_bills(db) == 0
    assert main(["--db", str(db), "import", "opening", str(path)]) == 0
    out = capsys.readouterr().out
    assert "导入完成：期初账单 2 张，明细 4 条，合计 792.75 元" in out
    assert "  物业费：2 条，750.00 元" in out and "  公摊电费：1 条，12.50 元" in out
    assert opening_bills(db) == 2
    assert main(["--db", str(db), "check"]) == 0
    assert "期初账单 = 期初导入记录" in capsys.readouterr().out
    # the same file again: every unit already has its opening bill
    assert main(["--db", str(db), "import", "opening", str(path)]) == 1
    out = capsys.readouterr().out
    assert "[错误] 工作表 期初欠费 第 3 行 C 列（房号）：房屋 3-1-101 已有期初账单" in out
    assert opening_bills(db) == 2


def test_a_ledger_without_its_period_needs_period(db, capsys, tmp_path):
    path = ledger(tmp_path / "台账.xlsx", LEDGER, heading=None)
    assert main(["--db", str(db), "import", "opening", str(path)]) == 2  # refused before any row is judged
    assert "--period 2025Q3" in capsys.readouterr().err and opening_bills(db) == 0
    assert main(["--db", str(db), "import", "opening", str(path), "--period", "2026Q2"]) == 0
    out = capsys.readouterr().out
    assert "工作表 A区：本期应收记为 2026年第二季度，前期欠费记为 2026年第一季度" in out
    assert "导入完成：期初账单 3 张，明细 8 条，合计 1,663.50 元" in out
    assert opening_bills(db) == 3


def test_period_is_refused_for_other_imports(db, capsys, tmp_path):
    path = template(tmp_path / "期初.xlsx", GOOD_ROWS)
    assert main(["--db", str(db), "import", "readings", str(path), "--period", "2026Q2"]) != 0
    assert "--period" in capsys.readouterr().err


def test_the_template_has_the_import_s_columns(tmp_path, capsys):
    out = tmp_path / "期初模板.xlsx"
    assert main(["import", "template", "opening", "-o", str(out)]) == 0
    headers = [c.value for c in load_workbook(out).worksheets[0][2]]
    assert [h.rstrip("*") for h in headers[:3]] == ["楼栋", "单元", "房号"]
    assert {"收费项目", "所属期间", "金额*"} <= set(headers) and TEMPLATE_HEADERS[3] in "".join(headers)


def test_the_bench_step_imports_every_demo_unit(tmp_path, capsys):
    import json

    target = tmp_path / "bench.json"
    assert main(["bench", "--units", "60", "--only", "opening", "--json", str(target)]) == 0
    figures = json.loads(target.read_text(encoding="utf-8"))
    names = figures.get("figures", figures)
    assert {"import_opening_20k_s", "import_opening_20k_rss_mb"} <= set(names)
    assert "明细 240 条" in capsys.readouterr().out  # 60 units × 4 items, all posted


def test_a_ledger_s_rejected_rows_are_saved_whole_with_their_sheet(db, capsys, tmp_path):
    bad = {"A区": [("3-1-101", 375, 750, 20, 10, 5.5, 700)], "B区": [("3-1-909", 375, 0, 0, 0, 0)]}
    rejects = tmp_path / "rejects.xlsx"
    path = ledger(tmp_path / "台账.xlsx", bad)
    assert main(["--db", str(db), "import", "opening", str(path), "--dry-run", "--rejects", str(rejects)]) == 1
    out = capsys.readouterr().out
    assert "[错误] 工作表 B区 第 4 行 B 列（房号）：档案中没有房屋 3-1-909" in out
    ws = load_workbook(rejects).worksheets[0]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(r for r in rows if r[0] == "原行号")
    assert header[1:4] == ["工作表", "序号", "物业编号"] and "前期欠费小计" in header and "合计" in header
    data = rows[rows.index(header) + 1:]
    assert [(r[0], r[1], r[3]) for r in data] == [(4, "A区", "3-1-101"), (4, "B区", "3-1-909")]
    assert "小计 700.00 ≠ 各项之和 785.50" in data[0][-1]


def test_an_import_from_the_command_line_keeps_its_sheet(db, tmp_path, capsys):
    """`deskapp import` keeps the go-live import's 《上线数据核对表》 as the wizard does: the desk lists it
    under 文件 ▸ 上线数据核对表… to print again."""
    from deskapp.domain.importing import Target
    from deskapp.services.app import open_context
    from deskapp.services.importing import go_live

    path = template(tmp_path / "期初.xlsx", GOOD_ROWS)
    assert main(["--db", str(db), "import", "opening", str(path)]) == 0
    assert "《上线数据核对表》已保存" in capsys.readouterr().out
    ctx = open_context(db)
    try:
        kept = go_live.go_live_sheets(ctx, make_actor(Role.SUPERVISOR))
    finally:
        ctx.db.dispose()
    assert [(s.target, s.file, s.rows) for s in kept] == [(Target.OPENING, "期初.xlsx", 5)]
    assert "期初账单 2 张，明细 4 条，合计 792.75 元" in kept[0].lines
