"""The import rules without files or a database."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import (
    Cells, Finding, NoCache, Severity, Target, Verdict, blank_ids, building_code, check_reading_row, check_unit_row,
    column_letter, fields_for, find_header, header_key, id_number_problem, parse_date, room_code, stairwell_code,
    verdict_of,
)
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitKind, UnitState


def cells(target=Target.UNITS, **values):
    labels = {s.key: s.label for s in fields_for(target)}
    return Cells(values, {k: i for i, k in enumerate(values)}, labels)


def test_header_is_found_by_synonyms_below_a_title_and_beside_notes():
    rows = [["某小区业主名册"], [], ["*房屋编码", "楼宇名称", "建筑面积(㎡)", "业主手机号码", None, "说明"],
            ["101", "1栋", 90, 13800138000.0], [None, None, None, None, None, "房号"]]
    guess = find_header(rows, Target.UNITS)
    assert guess.row == 2 and guess.mapping == {"room": 0, "building": 1, "building_area": 2, "phone": 3}
    assert guess.complete(Target.UNITS)
    assert header_key(" 套内面积（平方米）：") == "套内面积"
    assert find_header([["你好"], ["房号"]], Target.UNITS) is None


def test_codes_as_people_write_them():
    assert [building_code(x) for x in ("1栋", "三号楼", "A座", "12幢", "第2栋", "十二号楼")] == \
        ["1", "3", "A", "12", "2", "12"]
    assert stairwell_code("2单元") == "2" and stairwell_code("0") is None and stairwell_code("二单元") == "2"
    assert room_code("1502室") == "1502"
    with pytest.raises(ValidationError):
        building_code("翠苑楼")


def test_dates_as_spreadsheets_hold_them():
    assert parse_date(datetime(2020, 5, 1, 0, 0), "d") == date(2020, 5, 1)
    assert parse_date(45000, "d") == date(2023, 3, 15)
    assert parse_date(45000.0, "d", datemode=1) == date(2027, 3, 16)
    for text in ("2023-05-01", "2023/5/1", "2023.5.1", "2023年5月1日", "20230501", "２０２３－０５－０１"):
        assert parse_date(text, "d") == date(2023, 5, 1), text
    with pytest.raises(ValidationError, match="不是日期"):
        parse_date("明年", "交房日期")


def test_id_numbers_stored_as_numbers_lose_digits():
    assert "15 位有效数字" in id_number_problem(110101199003078000, "110101199003078000")
    assert "科学计数法" in id_number_problem("1.10101E+17", "1.10101E+17")
    assert "校验位" in id_number_problem("632126199109162056", "632126199109162056")
    assert id_number_problem("11010119900307803X", "11010119900307803X") in (None, "居民身份证号码无效（校验位不符）")


def test_a_unit_row_with_several_owners_and_codes_in_the_room_column():
    row = check_unit_row(cells(room="3-1-1502", building_area="89.5", owner="张三、李四",
                               phone="13957100001、13957100002", relation="1001", state="2006", kind="110"))
    assert row.code == "3-1-1502" and row.floor == 15
    assert row.people == [("张三", Relation.OWNER, "13957100001", "", ""), ("李四", Relation.OWNER, "13957100002", "", "")]
    assert row.state is UnitState.RENTED and row.kind is UnitKind.FLAT and not row.findings
    bad = check_unit_row(cells(building="4", room="3-1-1502", building_area="89.5"))
    assert [f.field for f in bad.findings] == ["房号"]


def test_masked_values_from_an_export_are_notes_not_errors():
    row = check_unit_row(cells(building="3", room="101", building_area="90", owner="张三", phone="139****0001",
                               id_number="330***********0012"))
    assert [f.severity for f in row.findings] == [Severity.NOTE, Severity.NOTE]
    assert row.people == [("张三", Relation.OWNER, "", "", "")]


def test_formula_without_value_names_the_remedy():
    row = check_unit_row(cells(building="3", room="101", building_area=NoCache("=A1*2")))
    assert row.findings[0].severity is Severity.ERROR and "Excel 打开" in row.findings[0].message


def test_verdicts_and_blanking_ids():
    err = Finding(Severity.ERROR, "身份证号", "校验位不符", 8, id_only=True)
    warn = Finding(Severity.WARNING, "建筑面积", "小于 10", 4)
    assert verdict_of(Verdict.CREATE, [err, warn]) is Verdict.ERROR
    assert verdict_of(Verdict.CREATE, [warn]) is Verdict.WARNING
    assert verdict_of(Verdict.CREATE, [Finding(Severity.NOTE, "", "x")]) is Verdict.CREATE
    out, blank = blank_ids([err, warn])
    assert blank and [f.severity for f in out] == [Severity.WARNING, Severity.WARNING]
    other = Finding(Severity.ERROR, "建筑面积", "不是数字", 4)
    assert blank_ids([err, other]) == ([err, other], False)
    assert err.describe("名册", 5) == "工作表 名册 第 5 行 I 列（身份证号）：校验位不符"
    assert [column_letter(i) for i in (0, 25, 26, 701)] == ["A", "Z", "AA", "ZZ"]


def test_reading_rows():
    ok = check_reading_row(cells(Target.READINGS, building="1栋", room=101.0, meter="水表", year=2015.0, month=1.0,
                                 reading=300.22))
    assert (ok.code, ok.period, ok.reading, ok.findings) == ("1-101", "2015-01", Decimal("300.22"), [])
    bad = check_reading_row(cells(Target.READINGS, building="1", room="101", meter="气表", year="1990", month="13",
                                  reading="-1"))
    assert [f.field for f in bad.findings] == ["仪表", "年份", "月份", "读数"]


def test_a_missing_area_is_a_warning_a_wrong_one_an_error():
    blank = check_unit_row(cells(building="3", room="101", building_area=None))
    assert [(f.severity, f.field) for f in blank.findings] == [(Severity.WARNING, "建筑面积")]
    assert blank.building_area is None
    for bad in ("0", "-5", "九十", "1e9"):
        row = check_unit_row(cells(building="3", room="101", building_area=bad))
        assert [(f.severity, f.field) for f in row.findings] == [(Severity.ERROR, "建筑面积")], bad


def test_free_text_keeps_its_punctuation_and_phones_pair_only_when_they_can():
    row = check_unit_row(cells(building="3", room="101", building_area="90", notes="\u3000顶楼，带露台 "))
    assert row.notes == "顶楼，带露台"
    ambiguous = check_unit_row(cells(building="3", room="102", building_area="90", owner="张三、李四",
                                     phone="13957100002"))
    assert [p[2] for p in ambiguous.people] == ["", ""]
    assert [(f.severity, f.field) for f in ambiguous.findings] == [(Severity.WARNING, "手机号")]
