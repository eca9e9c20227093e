"""Workbooks for the 期初欠费 import tests (services, command line, wizard): our template, and
a district fee ledger laid out as the centres keep it (a leading empty sheet, one sheet per
district, two-level merged headers 本期应收 / 前期欠费, 小计 and 合计)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from deskapp.services.registry import units as registry_units


def units(ctx, admin, rooms=("101", "102", "201")) -> dict[str, int]:
    """Units 3-1-101 … of the `community` fixture's building 3."""
    return {f"3-1-{room}": registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room,
                                                                   "building_area": "50", "state": "自住"},
                                                     delivered_on=date(2020, 1, 1))
            for room in rooms}


TEMPLATE_HEADERS = ("楼栋", "单元", "房号", "收费项目", "所属期间", "金额")


def template(path: Path, rows) -> Path:
    """Our template: title row, header row, then the rows (楼栋, 单元, 房号, 收费项目, 所属期间, 金额)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "期初欠费"
    ws.append(["期初欠费导入模板"])
    ws.append(list(TEMPLATE_HEADERS))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


GOOD_ROWS = (
    ("3", "1", "101", "物业管理费", "2025Q3", 375),
    ("3", "1", "101", "物业管理费", "2025年第4季度", 375),
    ("3", "1", "101", "公共用电分摊", "2025-09", 12.5),
    ("3", "1", "102", "滞纳金", "2026Q1", 30.25),
    ("3", "1", "102", "水费", "2025-07-01至2025-09-30", 0),
)

LEDGER_HEAD = ("序号", "物业编号", "状态", "建筑面积", "本期应收", "前期欠费", None, None, None, None, "合计")
LEDGER_SUB = (None, None, None, None, "管理费", "管理费", "公共用电分摊（路灯）", "公共用水分摊", "滞纳金", "小计", None)


def ledger(path: Path, districts: dict[str, list[tuple]], *, heading: str | None = "2026年第3季度") -> Path:
    """`districts`: sheet name -> rows (物业编号, 本期管理费, 前期管理费, 路灯, 用水, 滞纳金[, 小计, 合计]);
    小计 and 合计 are computed when not given."""
    wb = openpyxl.Workbook()
    wb.active.title = "说明"  # the leading empty sheet
    for name, rows in districts.items():
        ws = wb.create_sheet(name)
        top = 1
        if heading:
            ws.append([f"{name}物业费收费台账（{heading}）"])
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=11)
            top = 2
        ws.append(list(LEDGER_HEAD))
        ws.append(list(LEDGER_SUB))
        for c in (1, 2, 3, 4, 11):  # 序号 … 建筑面积 and 合计 span both header rows
            ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
        ws.merge_cells(start_row=top, start_column=6, end_row=top, end_column=10)
        for i, r in enumerate(rows, start=1):
            code, current, *earlier = r[:6]
            subtotal = r[6] if len(r) > 6 else sum(earlier)
            total = r[7] if len(r) > 7 else current + sum(earlier)
            ws.append([i, code, "已入住", 50, current, *earlier, subtotal, total])
        ws.append(["合计", None, None, None, sum(r[1] for r in rows)])
    wb.save(path)
    return path


LEDGER = {
    "A区": [("3-1-101", 375, 750, 20, 10, 5.5)],
    "B区": [("3-1-102", 375, 0, 0, 0, 0), ("3-1-201", 0, 0, 0, 0, 0)],
    "C区": [("3-1-202", 0, 120, 0, 8, 0)],
}


def go_live_example(ctx, actor, folder: Path):
    """One go-live import in a demo centre, as its wizard's last page ends it (the printed 核对表's
    and the golden file's example): 期初欠费 of the first three units with a three-part code, two
    quarters of 物业费 and a 公摊电费 line each, from our template's single code column."""
    import sqlite3

    from deskapp.domain.importing import Target
    from deskapp.services.importing import go_live
    from deskapp.services.importing.opening import import_opening, preview_opening

    con = sqlite3.connect(ctx.db.path)
    try:
        codes = [r[0] for r in con.execute("SELECT code FROM units WHERE code LIKE '%-%-%' AND id NOT IN "
                                           "(SELECT unit_id FROM bills WHERE opening) ORDER BY id LIMIT 3")]
    finally:
        con.close()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "期初欠费"
    ws.append(["房屋编号", "收费项目", "所属期间", "金额"])
    for n, code in enumerate(codes):
        ws.append([code, "物业管理费", "2025Q3", 360 + 15 * n])
        ws.append([code, "物业管理费", "2025Q4", 360 + 15 * n])
        ws.append([code, "公共用电分摊", "2025Q4", 12.4 + n])
    path = folder / "原系统期初欠费.xlsx"
    wb.save(path)
    preview = preview_opening(ctx, actor, path)
    return go_live.imported(ctx, actor, Target.OPENING, preview, import_opening(ctx, actor, path))
