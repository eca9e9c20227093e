"""`deskapp import units|parking|cards|keys FILE` for a centre coming from HC小区: its setup
workbook read as it is, then the parking, cards and keys it held; and the templates."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from golive_workbooks import hc_workbook, plain_workbook, serial
from deskapp.cli import main
from deskapp.store.models.keys import Card, CustodyKey, ParkingLease, ParkingSpace


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.sqlite"
    assert main(["--db", str(path), "init", "--community", "翠湖花园"]) == 0
    return path


def counts(path):
    from deskapp.services.app import open_context

    ctx = open_context(path)
    try:
        with ctx.reader() as uow:
            return tuple(uow.session.execute(select(func.count()).select_from(t)).scalar()
                         for t in (ParkingSpace, ParkingLease, Card, CustodyKey))
    finally:
        ctx.db.dispose()


def test_a_centre_coming_from_hc_brings_its_units_parking_cards_and_keys(db, tmp_path, capsys):
    hc = hc_workbook(tmp_path / "hc.xlsx")
    assert main(["--db", str(db), "import", "units", str(hc), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "工作表 房屋信息，表头在第 1 行" in out
    assert "工作表 业主信息：4 人，已关联 3 人到 3 套房屋，未关联 1 人（见警告，不会导入）" in out
    assert "[警告] 工作表 业主信息 第 4 行 A 列（业主编号）" in out
    assert main(["--db", str(db), "import", "units", str(hc), "--accept-warnings"]) == 0
    assert "新建 4 户" in capsys.readouterr().out

    assert main(["--db", str(db), "import", "parking", str(hc)]) == 0
    out = capsys.readouterr().out
    assert "工作表 车位信息" in out and "导入完成：车位 2 个：已售 1，出租 1，空置 0" in out

    cards = plain_workbook(tmp_path / "cards.xlsx", "卡片", ("卡号", "卡类型", "楼栋", "单元", "房号", "持卡人", "发卡日期",
                                                          "押金", "状态"),
                           [("A001", "门禁卡", 1, 1, 1001, "吴学文", serial(date(2023, 5, 1)), 20, "有效")])
    assert main(["--db", str(db), "import", "cards", str(cards)]) == 0
    assert "合计 1 张，押金 20.00 元" in capsys.readouterr().out
    keys = plain_workbook(tmp_path / "keys.xlsx", "钥匙", ("楼栋", "单元", "房号", "钥匙编号", "把数", "存放位置",
                                                         "交存日期", "交存人"),
                          [(1, 2, 1502, "入户门", 2, "A柜-01", serial(date(2025, 3, 1)), "开发商")])
    assert main(["--db", str(db), "import", "keys", str(keys)]) == 0
    assert "钥匙 1 套，共 2 把，涉及 1 户" in capsys.readouterr().out
    assert counts(db) == (2, 1, 1, 1)


def test_a_refused_parking_file_writes_nothing_and_saves_its_rejects(db, tmp_path, capsys):
    assert main(["--db", str(db), "import", "units", str(hc_workbook(tmp_path / "hc.xlsx")), "--accept-warnings"]) == 0
    roster = plain_workbook(tmp_path / "parking.xlsx", "月租车", ("卡号", "车牌号", "车主", "手机号码", "月租", "周期",
                                                                "地址", "备注"),
                            [("C001", "浙A11111", "张三", None, 300, "2026-01-01至2026-12-31", "1-1-1001", None),
                             ("C002", "浙A22222", "李四", None, -1, "2026-01-01至2026-12-31", "8-8-808", None)])
    rejects = tmp_path / "rejects.xlsx"
    code = main(["--db", str(db), "import", "parking", str(roster), "--rejects", str(rejects)])
    captured = capsys.readouterr()
    assert code == 1 and "[错误] 工作表 月租车 第 3 行 E 列（月租）：月租不能为负数（-1）" in captured.out
    assert "[错误] 工作表 月租车 第 3 行 G 列（地址）：档案中没有房屋 8-8-808" in captured.out
    assert counts(db) == (0, 0, 0, 0)
    ws = load_workbook(rejects).active
    assert ws["A3"].value == 3 and "月租不能为负数" in ws.cell(row=3, column=ws.max_column).value


@pytest.mark.parametrize(("kind", "title", "columns"), [
    ("parking", "车位与租约", {"车牌号*", "车主", "月租", "周期", "地址", "出租还是出售"}),
    ("cards", "卡证清单", {"卡号*", "卡类型", "持卡人*", "发卡日期", "押金", "状态"}),
    ("keys", "托管钥匙", {"钥匙编号", "把数*", "存放位置*", "交存日期", "交存人"}),
])
def test_each_kind_has_its_template(db, tmp_path, capsys, kind, title, columns):
    out = tmp_path / f"{kind}.xlsx"
    assert main(["import", "template", kind, "-o", str(out)]) == 0
    wb = load_workbook(out, read_only=True)
    header = {c.value for c in next(wb[title].iter_rows(min_row=2, max_row=2))}
    assert columns <= header
    # the template read back: every column recognised, only the sample row refused or empty
    main(["--db", str(db), "import", kind, str(out), "--dry-run"])
    assert "列对应：" in capsys.readouterr().out and counts(db) == (0, 0, 0, 0)
