"""The real templates of other systems (tests/data/realdata, see ORIGINS.md): their counts,
their areas and every flaw at sheet, row and column."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskapp.domain.importing import Severity, Verdict
from deskapp.services.importing.common import ImportOptions, ImportRefused
from deskapp.services.importing.readings import import_readings, preview_readings
from deskapp.services.importing.roster import import_units, preview_units
from deskapp.services.registry import units as registry_units
from deskapp.store.models.billing_meters import Meter, MeterReading
from deskapp.store.models.registry import Unit

REAL = Path(__file__).resolve().parents[1] / "data" / "realdata"
ROOMS = REAL / "房产导入模板.xls"
ROOM_XLSX = REAL / "importRoom.xlsx"
METERS = REAL / "仪表导入模板.xls"


def flaws(preview):
    return sorted((r.row, f.severity.value, f.field, f.where(preview.sheet, r.row))
                  for r in preview.rows for f in r.findings if f.severity is not Severity.NOTE)


def test_importroom_xlsx(community, admin):
    p = preview_units(community, admin, ROOM_XLSX)
    assert (p.sheet, p.header_row, len(p.rows), p.units, p.people) == ("资产信息", 1, 1, 1, 1)
    assert p.total_area == Decimal("94.56") and p.new_buildings == ["1号楼"]
    assert flaws(p) == sorted([
        (2, "错误", "身份证号", "工作表 资产信息 第 2 行 P 列"),  # 632126199109162056: wrong check digit
        (2, "警告", "楼层", "工作表 资产信息 第 2 行 D 列"),  # room 1001 said to be on floor 1
    ])
    assert set(p.mapping) >= {"building", "stairwell", "room", "floor", "building_area", "inner_area", "owner",
                              "phone", "id_number", "relation", "state", "kind"}
    assert 18 not in p.mapping.values() and 19 not in p.mapping.values()  # instructions in S:T ignored
    unit = p._plans[0].data
    assert (unit.code, unit.floor, unit.kind.value, unit.state.value) == ("1-1-1001", 1, "住宅", "自住")
    assert unit.people[0][2] == "18909711443"
    with pytest.raises(ImportRefused):
        import_units(community, admin, ROOM_XLSX, ImportOptions(accept_warnings=True))
    result = import_units(community, admin, ROOM_XLSX,
                                    ImportOptions(accept_warnings=True, blank_invalid_ids=True))
    assert (result.created, result.people_added, result.buildings_created) == (1, 1, 1)


ROOM_ROWS = {  # excel row: (building area, inner area)
    2: (5, 98), 3: (6, 92), 4: (8, 156), 5: (9, 6), 6: (1, 456), 7: (6, 156), 8: (4, 23), 9: (8, 49), 10: (5, 25),
    11: (1, 16), 12: (23, 35), 13: (6, 789), 14: (456, 51), 15: (89, 51), 16: (4, 35),
}


def test_wg_room_template_xls(community, admin):
    p = preview_units(community, admin, ROOMS)
    assert (p.sheet, p.header_row, len(p.rows), p.units, p.people) == ("Sheet1", 1, 15, 15, 15)
    assert p.total_area == Decimal("631.00")
    assert p.new_buildings == ["1栋", "2栋", "4栋"]
    assert p.errors == 0 and p.warnings == 15
    expected = []
    for row, (area, inner) in ROOM_ROWS.items():
        where = lambda col: f"工作表 Sheet1 第 {row} 行 {col} 列"  # noqa: E731
        expected.append((row, "警告", "手机号", where("D")))  # 13800138000, the well-known sample number
        expected.append((row, "警告", "业主", where("E")))  # 小明 with that number would own all 15 units
        if area < 10:
            expected.append((row, "警告", "建筑面积", where("F")))
        if inner > area:
            expected.append((row, "警告", "套内面积", where("G")))
        expected.append((row, "警告", "公摊面积", where("H")))  # inner + shared != building area
    expected.append((2, "警告", "备注", "工作表 Sheet1 第 2 行 I 列"))  # "（可为空）" is the template's hint
    assert flaws(p) == sorted(expected)
    codes = [r.code for r in p.rows]
    assert codes[:3] == ["1-101", "1-102", "1-201"] and "2-101" in codes and "4-202" in codes
    result = import_units(community, admin, ROOMS, ImportOptions(accept_warnings=True))
    assert (result.created, result.buildings_created, result.people_added) == (15, 3, 1)  # 小明 owns all 15
    with community.reader() as uow:
        assert uow.session.execute(select(func.count()).select_from(Unit)).scalar() == 15


def test_wg_meter_template_xls(community, admin):
    empty = preview_readings(community, admin, METERS)
    assert (empty.sheet, empty.header_row, len(empty.rows)) == ("Sheet1", 1, 24)
    assert empty.errors == 24  # no such units yet
    import_units(community, admin, ROOMS, ImportOptions(accept_warnings=True))
    p = preview_readings(community, admin, METERS)
    # the readings that go down (500.55 → 300.22) are warnings, not green: the meters' own check
    assert p.errors == 6 and p.warnings == 6 and p.count(Verdict.ACCEPT) == 12
    lower = [(row, "警告", "读数", f"工作表 Sheet1 第 {row} 行 F 列") for row in (3, 6, 9, 12, 15, 17)]
    assert flaws(p) == sorted(lower + [(row, "错误", "房号", f"工作表 Sheet1 第 {row} 行 D 列")
                                       for row in range(20, 26)])
    assert all("2-102" in r.findings[0].message for r in p.rows if r.verdict is Verdict.ERROR)
    assert all("小于上期" in r.findings[0].message for r in p.rows if r.verdict is Verdict.WARNING)
    with pytest.raises(ImportRefused):
        import_readings(community, admin, METERS)
    with community.reader() as uow:
        assert uow.session.execute(select(func.count()).select_from(MeterReading)).scalar() == 0
    registry_units.create_unit(community, admin, {"building": "2", "room": "102", "building_area": "80"})
    with pytest.raises(ImportRefused):  # the warnings must be accepted
        import_readings(community, admin, METERS)
    result = import_readings(community, admin, METERS, ImportOptions(accept_warnings=True))
    assert result.readings_saved == 24
    with community.reader() as uow:
        s = uow.session
        assert s.execute(select(func.count()).select_from(Meter)).scalar() == 3
        values = s.execute(select(MeterReading.value).join(Meter).where(Meter.number == "S-1-101")
                           .order_by(MeterReading.month)).scalars().all()
    assert values[:2] == [Decimal("300.22"), Decimal("300.00")] and len(values) == 12


def test_readings_duplicates_and_bad_values(community, admin, tmp_path):
    registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101", "building_area": "80"})
    path = tmp_path / "readings.csv"
    path.write_text("楼栋,单元,房号,仪表,抄表日期,读数\n3,1,101,水表,2026-10-25,12.5\n3,1,101,水表,2026/10/28,13\n"
                    "3,1,101,燃气表,2026-10-25,1\n3,1,101,电表,2026-10-25,-4\n3,1,101,电表,,4\n", encoding="utf-8")
    p = preview_readings(community, admin, path)
    got = [(r.row, r.verdict, [f.field for f in r.findings]) for r in p.rows]
    # row 2 is the meter's first reading: a note (无上期读数), not a warning
    assert got == [(2, Verdict.ACCEPT, ["读数"]), (3, Verdict.ERROR, ["仪表"]), (4, Verdict.ERROR, ["仪表"]),
                   (5, Verdict.ERROR, ["读数"]), (6, Verdict.ERROR, ["抄表日期"])]
    assert p.rows[0].findings[0].severity is Severity.NOTE and "无上期读数" in p.rows[0].findings[0].message
    assert "第 2 行已有" in p.rows[1].findings[0].message


def test_a_roster_without_the_needed_columns(community, admin, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("姓名,电话\n张三,13900000000\n", encoding="utf-8")
    from deskapp.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="缺少必需的列：房号、建筑面积"):
        preview_units(community, admin, path)
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="没有找到房屋与业主名册的表头行"):
        preview_units(community, admin, path)
    with pytest.raises(ValidationError, match="缺少必需的列：建筑面积"):
        preview_units(community, admin, ROOMS, ImportOptions(mapping={"room": 0, "building": 1}))
    with pytest.raises(ValidationError, match="同时对应"):
        preview_units(community, admin, ROOMS, ImportOptions(mapping={"room": 0, "building": 0,
                                                                                "building_area": 5}))


def test_the_clerk_may_not_import_units(community, clerk):
    from deskapp.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        preview_units(community, clerk, ROOMS)


def test_an_empty_sheet_is_called_empty(community, admin, tmp_path):
    """An empty workbook was told it had "no header row (房号、建筑面积 …)": it has nothing at all."""
    import openpyxl

    from deskapp.domain.errors import ValidationError

    path = tmp_path / "空白.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(ValidationError, match="工作表“Sheet”是空的") as refused:
        preview_units(community, admin, path)
    assert refused.value.field == "工作表"
