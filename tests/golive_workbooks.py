"""Go-live workbooks in the layouts other systems hand over, built with openpyxl for the tests:
HC小区's setup workbook (java110/MicroCommunity AssetImportSMOImpl reads 楼栋单元, 业主信息,
房屋信息, 车位信息 by position, numbers stored as numbers, dates as Excel serials), a parking
roster, a card list and a key list."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from deskapp.domain.idcard import make_resident_id

FLOORS = ("楼栋号", "单元编号", "总层数", "是否有电梯")
OWNERS = ("业主编号", "业主名称", "性别", "年龄", "手机号", "身份证号", "业主类型", "所属业主编号")
ROOMS = ("房屋编号", "楼栋编号", "单元编号", "房屋楼层", "房屋户型", "建筑面积", "业主编号", "房屋费用",
         "费用到期时间", "房屋类型", "室内面积", "租金")
SPACES = ("停车场编号", "车位编码", "停车场类型", "面积", "业主编号", "车牌号", "车品牌", "车类型", "颜色",
          "出租还是出售（H出租S出售）", "开始时间", "结束时间")

ID_WU = make_resident_id("632126", date(1991, 9, 16), 205)
ID_LI = make_resident_id("330106", date(1985, 3, 2), 31)


def serial(d: date) -> int:
    """The Excel serial number HC's sheets hold for a date."""
    return (d - date(1899, 12, 30)).days


def sheet(wb: Workbook, title: str, header: tuple, rows: list[tuple]) -> None:
    ws = wb.create_sheet(title)
    ws.append(header)
    for r in rows:
        ws.append(r)


def hc_workbook(path: Path, *, owners: list[tuple] | None = None, rooms: list[tuple] | None = None,
                spaces: list[tuple] | None = None) -> Path:
    """Building 1, stairwells 1 and 2; owners 1001 吴学文 (two flats), 1002 李娜, 1003 with no
    flat, 1004 吴学文's family member; 车位信息 with one space sold and one let."""
    wb = Workbook()
    wb.remove(wb.active)
    sheet(wb, "楼栋单元", FLOORS, [(1, 1, 33, "有"), (1, 2, 33, "有")])
    sheet(wb, "业主信息", OWNERS, owners if owners is not None else [
        (1001, "吴学文", "男", 35, 18909711443, ID_WU, 1001, None),
        (1002, "李娜", "女", 40, 13957100002, ID_LI, 1001, None),
        (1003, "周强", "男", 50, 13957100003, None, 1001, None),
        (1004, "吴小文", "女", 10, None, None, 1002, 1001),
    ])
    sheet(wb, "房屋信息", ROOMS, rooms if rooms is not None else [
        (1001, 1, 1, 10, 10102, 94.56, 1001, None, None, 110, 80.5, 0),
        (1002, 1, 1, 10, 10102, 94.56, 1002, None, None, 110, 80.5, 0),
        (1501, 1, 2, 15, 10102, 120.0, 1001, None, None, 110, 100, 0),
        (1502, 1, 2, 15, 10102, 120.0, None, None, None, 110, 100, 0),
    ])
    sheet(wb, "车位信息", SPACES, spaces if spaces is not None else [
        ("P1", "B-001", 2001, 12.5, 1001, "浙A12345", "大众", "轿车", "白", "S",
         serial(date(2020, 1, 1)), serial(date(2050, 12, 31))),
        ("P1", "B-002", 2001, 12.5, 1002, "浙A6789D", "丰田", "轿车", "黑", "H",
         serial(date(2026, 1, 1)), serial(date(2026, 12, 31))),
    ])
    wb.save(path)
    return path


def plain_workbook(path: Path, title: str, header: tuple, rows: list[tuple]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    sheet(wb, title, header, rows)
    wb.save(path)
    return path
