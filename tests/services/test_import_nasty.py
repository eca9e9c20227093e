"""The "nasty roster": a workbook made here with every case the issue names, and the exact
verdict (and findings) expected for each of its rows."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from deskapp.domain.idcard import make_resident_id
from deskapp.domain.importing import Severity, Verdict
from deskapp.services.importing.common import ImportOptions, ImportRefused
from deskapp.services.importing.rejects import save_rejects
from deskapp.services.importing.roster import import_units, preview_units
from deskapp.services.registry import units as registry_units
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import Building, ChronicleEntry, Person, Unit, UnitPerson

GOOD_ID = make_resident_id("330106", datetime(1980, 5, 17).date(), 21)
SHARED_ID = make_resident_id("330106", datetime(1975, 1, 2).date(), 33)
BAD_CHECK = GOOD_ID[:17] + ("0" if GOOD_ID[17] != "0" else "1")

HEADER = ["楼栋编号", "单元", "房屋编号", "房屋楼层", "建筑面积（㎡）", "室内面积", "业主姓名", "联系电话", "身份证号",
          "交房日期", "备注"]

# (excel row, values A..K, expected verdict, expected (severity, field) findings besides notes)
E, W = Severity.ERROR, Severity.WARNING
ROWS = [
    (3, ["3", "1", 1001.0, 10, 95.5, 80, "张三", 13957112345.0, GOOD_ID, datetime(2020, 6, 1), "首批交房"],
     Verdict.CREATE, []),
    (4, [None, None, "１００２", None, "９０.５", None, "\u00a0李四\u3000", "139 5711 2346", None, 45000, None],
     Verdict.CREATE, []),
    (5, [None, "2单元", 201, None, 88, None, "钱七", "13957112347", 110101199003078000, None, None],
     Verdict.ERROR, [(E, "身份证号")]),
    (6, ["3", "2", "202", None, 88, None, "孙八", "13957112348", BAD_CHECK, None, None],
     Verdict.ERROR, [(E, "身份证号")]),
    (7, ["3", "2", "203", None, "=80+15", None, "周九", None, None, None, None],
     Verdict.ERROR, [(E, "建筑面积")]),
    (8, ["3", "1", "1001", None, 95.5, None, "张三", None, None, None, None],
     Verdict.ERROR, [(E, "房号")]),
    (9, ["3", "1", "101", None, 60, None, None, None, None, None, None],
     Verdict.ERROR, [(E, "房号")]),
    (10, ["3", "1", "102", None, 0, None, None, None, None, None, None],
     Verdict.ERROR, [(E, "建筑面积")]),
    (11, ["3", "1", "103", None, "约九十", None, None, None, None, None, None],
     Verdict.ERROR, [(E, "建筑面积")]),
    (12, ["3", "1", "104", None, 90, None, "吴十", 1380013800, None, None, None],
     Verdict.ERROR, [(E, "手机号")]),
    (13, ["3", "1", "105", None, 90, None, "郑一", "0571-88886666", None, None, None],
     Verdict.CREATE, []),
    (14, ["3", "1", "106", None, 90, 95, "冯二", None, None, None, None],
     Verdict.WARNING, [(W, "套内面积")]),
    (15, ["3", "1", "107", None, 8.5, None, None, None, None, None, None],
     Verdict.WARNING, [(W, "建筑面积")]),
    (16, ["3", "1", "108", None, 90, None, "王五", None, SHARED_ID, None, None],
     Verdict.WARNING, [(W, "身份证号")]),
    (17, ["3", "1", "109", None, 90, None, "赵六", None, SHARED_ID, None, None],
     Verdict.WARNING, [(W, "身份证号")]),
    (18, ["9栋", None, "101", None, 70, None, None, None, None, None, None],
     Verdict.CREATE, []),
    (19, ["3", "1", "110", None, 90, None, "陈二", None, None, "2023年5月1日", None],
     Verdict.CREATE, []),
    (20, ["3", "1", "111", None, 90, None, None, None, None, "2023-13-45", None],
     Verdict.ERROR, [(E, "交房日期")]),
    (23, ["3", "1", "112", None, 9, None, "褚三", None, BAD_CHECK, None, None],
     Verdict.ERROR, [(E, "身份证号"), (W, "建筑面积")]),
    (24, ["3", "1", "113", None, 90, None, "卫四", None, "1.10101E+17", None, None],
     Verdict.ERROR, [(E, "身份证号")]),
]
EXPECTED = {row: (verdict, sorted(findings)) for row, _v, verdict, findings in ROWS}


def write_nasty(path):
    wb = Workbook()
    notes = wb.active
    notes.title = "填写说明"
    notes.append(["请在“名册”工作表填写，每户一行。"])
    notes.append(["房号", "请填写门牌号"])  # a lone header word must not win the sheet
    ws = wb.create_sheet("名册")
    wb.create_sheet("Sheet3")
    ws.append(["翠湖花园业主名册（2026 年 11 月整理）"])
    ws.append(HEADER + [None, None, "填写说明：面积单位为平方米"])
    for row, values, _v, _f in ROWS:
        for col, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row=row, column=col, value=value)
    ws.cell(row=21, column=14, value="注：以下为补录房屋")  # text beside the table, far column
    ws.cell(row=10, column=14, value="面积为 0 的请核实")
    ws.merge_cells("A3:A5")  # building filled down through merged cells
    ws.merge_cells("B3:B4")  # stairwell too
    wb.save(path)
    return path


@pytest.fixture
def nasty(tmp_path, community, admin):
    registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101", "building_area": "60"})
    return write_nasty(tmp_path / "nasty.xlsx")


def _findings(report):
    return sorted((f.severity, f.field) for f in report.findings if f.severity is not Severity.NOTE)


def test_nasty_roster_gives_exactly_the_expected_verdicts(community, admin, nasty):
    preview = preview_units(community, admin, nasty)
    assert preview.sheet == "名册" and preview.header_row == 2
    got = {r.row: (r.verdict, _findings(r)) for r in preview.rows}
    assert got == EXPECTED
    by_row = {r.row: r for r in preview.rows}
    assert by_row[3].code == "3-1-1001" and by_row[4].code == "3-1-1002"  # merged A3:A5, B3:B4 filled down
    assert by_row[5].code == "3-2-201"
    assert by_row[18].code == "9-101"
    assert any(f.severity is Severity.NOTE and "新建楼栋 9栋" in f.message for f in by_row[18].findings)
    assert "Excel 只保留 15 位" in by_row[5].findings[0].message
    assert "打开该文件并保存" in by_row[7].findings[0].message
    assert "第 3 行已有" in by_row[8].findings[0].message
    assert "已在档案中" in by_row[9].findings[0].message
    assert "科学计数法" in by_row[24].findings[0].message
    assert preview.problems()[0].startswith("[错误] 工作表 名册 第 5 行 I 列（身份证号）")


def test_values_are_read_as_spreadsheets_hold_them(community, admin, nasty):
    preview = preview_units(community, admin, nasty)
    plans = {p.first_row: p.data for p in preview._plans}
    first, second = plans[3], plans[4]
    assert first.room == "1001" and first.floor == 10
    assert first.people == [("张三", first.people[0][1], "13957112345", "", GOOD_ID)]
    assert first.delivered_on == datetime(2020, 6, 1).date()
    assert second.room == "1002" and second.building_area == Decimal("90.50")
    assert second.people[0][0] == "李四" and second.people[0][2] == "13957112346"
    assert second.delivered_on == datetime(2023, 3, 15).date()  # Excel serial 45000
    assert plans[19].delivered_on == datetime(2023, 5, 1).date()
    assert plans[13].people[0][2] == "0571-88886666"


def _content(ctx):
    with ctx.reader() as uow:
        s = uow.session
        return tuple(s.execute(select(func.count()).select_from(t)).scalar()
                     for t in (Unit, Building, Person, UnitPerson, ChronicleEntry, AuditEntry))


def test_any_error_means_nothing_is_written(community, admin, nasty):
    before = _content(community)
    with pytest.raises(ImportRefused) as info:
        import_units(community, admin, nasty, ImportOptions(accept_warnings=True, blank_invalid_ids=True))
    assert "行错误" in str(info.value)
    assert _content(community) == before


def test_warnings_need_consent(community, admin, tmp_path):
    path = tmp_path / "small.xlsx"
    wb = Workbook()
    wb.active.append(["楼栋", "房号", "建筑面积"])
    wb.active.append(["3", "901", 8])
    wb.save(path)
    with pytest.raises(ImportRefused, match="警告"):
        import_units(community, admin, path)
    result = import_units(community, admin, path, ImportOptions(accept_warnings=True))
    assert result.created == 1


def test_blank_invalid_ids_imports_rows_whose_only_fault_is_the_id(community, admin, tmp_path):
    path = tmp_path / "ids.xlsx"
    wb = Workbook()
    wb.active.append(["楼栋", "房号", "建筑面积", "业主", "身份证号"])
    wb.active.append(["3", "901", 90, "张三", BAD_CHECK])
    wb.active.append(["3", "902", 90, "李四", 110101199003078000])
    wb.save(path)
    preview = preview_units(community, admin, path, ImportOptions(blank_invalid_ids=True))
    assert [r.verdict for r in preview.rows] == [Verdict.WARNING, Verdict.WARNING]
    result = import_units(community, admin, path, ImportOptions(blank_invalid_ids=True,
                                                                           accept_warnings=True))
    assert (result.created, result.people_added) == (2, 2)
    with community.reader() as uow:
        assert uow.session.execute(select(Person.id_number).where(Person.name == "张三")).scalar() is None
    from deskapp.services.registry import completeness

    report = completeness.run_check(community, admin)
    problems = [f for f in report.findings if f.subject == "张三"]
    assert any(f.item == "证件号码" for f in problems)


def test_nasty_roster_imports_once_fixed(community, admin, nasty, tmp_path):
    """The rejected rows saved to Excel carry a reason; the rest imports with one audit and
    one chronicle entry per unit."""
    preview = preview_units(community, admin, nasty)
    rejects = tmp_path / "rejects.xlsx"
    assert save_rejects(preview, rejects) == sum(1 for v, _ in EXPECTED.values() if v is Verdict.ERROR)
    from openpyxl import load_workbook

    ws = load_workbook(rejects).active
    header = [c.value for c in ws[2]]
    assert header[0] == "原行号" and header[-1] == "原因" and "房屋编号" in header
    first = [c.value for c in ws[3]]
    assert first[0] == 5 and "身份证号" in first[-1]
    assert "110101199003078000" in first  # kept as text, so the user sees what Excel did

    ok_rows = [r for r in ROWS if r[2] is not Verdict.ERROR]
    good = tmp_path / "good.xlsx"
    wb = Workbook()
    wb.active.append(HEADER)
    for _row, values, _v, _f in ok_rows:
        wb.active.append(values if values[0] else ["3", "1", *values[2:]])  # no merged cells here
    wb.save(good)
    audit_before = _content(community)[5]
    result = import_units(community, admin, good, ImportOptions(accept_warnings=True))
    assert (result.created, result.updated, result.unchanged) == (len(ok_rows), 0, 0)
    with community.reader() as uow:
        s = uow.session
        imported = s.execute(select(func.count()).select_from(AuditEntry)
                             .where(AuditEntry.action == "registry.unit.import")).scalar()
        assert imported == len(ok_rows)
        chron = s.execute(select(func.count()).select_from(ChronicleEntry)
                          .where(ChronicleEntry.text.like("导入建档%"))).scalar()
        assert chron == len(ok_rows)
        assert s.execute(select(Building.name).where(Building.code == "9")).scalar() == "9栋"
    # units + one building + the file's own summary entry
    assert _content(community)[5] == audit_before + len(ok_rows) + 2
