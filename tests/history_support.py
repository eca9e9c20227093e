"""Payment-history workbooks as the old systems write them, for the 历史缴费 import's tests
(services, command line, wizard): HC小区's sheet 房屋缴费历史 with Excel serial dates, and our
own template."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

HC_HEADERS = ("房屋", "收费项目", "缴费周期", "开始时间", "结束时间", "缴费时间", "应缴金额", "实缴金额", "收银员", "备注")
OUR_HEADERS = ("收据号", "缴费日期", "楼栋", "单元", "房号", "收费项目", "所属期间", "应缴金额", "实缴金额",
               "付款方式", "收银员", "备注")


def serial(d: date) -> int:
    """The Excel serial number HC's sheet holds for a date (45292 = 2024-01-01)."""
    return (d - date(1899, 12, 30)).days


# 房屋, 收费项目, 缴费周期, 开始, 结束, 缴费时间, 应缴, 实缴, 收银员, 备注
HC_ROWS = [
    ("3-1-101", "物业费", 3, serial(date(2024, 1, 1)), serial(date(2024, 3, 31)), serial(date(2024, 1, 5)),
     600, 600, "李娜", ""),
    ("3-1-101", "物业费", 3, serial(date(2024, 4, 1)), serial(date(2024, 6, 30)), "2024-04-08", 600, 550, "李娜",
     "优惠 50"),
    ("3-2-1502", "物业费", 12, serial(date(2024, 1, 1)), serial(date(2024, 12, 31)), serial(date(2024, 2, 1)),
     2400.5, 2400.5, "王芳", ""),
    ("3-2-1502", "垃圾清运费", 1, serial(date(2024, 2, 1)), serial(date(2024, 2, 29)), serial(date(2024, 2, 1)),
     50, 50, "王芳", ""),
]


def hc_workbook(path: Path, rows=HC_ROWS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "房屋缴费历史"
    ws.append(HC_HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


OUR_ROWS = [
    ("SJ2023-0101", "2023-06-01", "3", "1", "102", "物业费", "2023年第2季度", 450, 450, "微信", "赵敏", ""),
    ("SJ2023-0102", date(2023, 7, 2), "3", "1", "102", "车位管理费", "2023-07", 120, 100, "现金", "赵敏", "欠 20"),
]


def our_workbook(path: Path, rows=OUR_ROWS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "历史缴费"
    ws.append(OUR_HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def make_units(ctx, admin) -> dict[str, int]:
    """Building 3's units the workbooks name: 3-1-101, 3-1-102, 3-2-1502."""
    from deskapp.services.registry import units as registry_units

    out = {}
    for stair, room in (("1", "101"), ("1", "102"), ("2", "1502")):
        out[f"3-{stair}-{room}"] = registry_units.create_unit(
            ctx, admin, {"building": "3", "stairwell": stair, "room": room, "building_area": "89.50"})
    return out
