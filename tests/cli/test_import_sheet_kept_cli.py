"""`deskapp import` keeps the go-live import's 《上线数据核对表》 as the wizard does: the desk lists it
under 文件 ▸ 上线数据核对表… to print again."""
from __future__ import annotations

from opening_workbooks import GOOD_ROWS, template
from support import make_actor

from deskapp.cli import main
from deskapp.domain.importing import Target
from deskapp.domain.permissions import Role


def test_an_import_from_the_command_line_keeps_its_sheet(tmp_path, capsys):
    from deskapp.services.app import open_context
    from deskapp.services.importing import go_live
    from deskapp.services.registry import community, units

    db = tmp_path / "cli.sqlite"
    assert main(["--db", str(db), "init", "--community", "翠湖花园"]) == 0
    ctx = open_context(db)
    admin = make_actor(Role.ADMIN)
    community.add_building(ctx, admin, "3")
    for room in ("101", "102", "201", "202"):
        units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room, "building_area": "50",
                                       "state": "自住"})
    ctx.db.dispose()
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
