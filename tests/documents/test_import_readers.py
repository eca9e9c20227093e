"""Readers for .xlsx, legacy .xls and CSV: what each cell really holds comes through."""
from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from deskapp.documents.importers import read_workbook
from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import CellError, NoCache, text_of

REAL = Path(__file__).resolve().parents[1] / "data" / "realdata"


def test_microcommunity_xlsx_keeps_numbers_as_numbers_and_the_instructions_aside():
    wb = read_workbook(REAL / "importRoom.xlsx")
    assert wb.format == "xlsx" and [s.name for s in wb.sheets] == ["资产信息"]
    sheet = wb.sheets[0]
    assert len(sheet.rows) == 22 and sheet.merged == []
    header, data = sheet.rows[0], sheet.rows[1]
    assert header[:3] == ["楼号", "单元", "房间"] and len(header) == 17
    assert data[2] == 1001 and data[14] == 18909711443  # stored as numbers
    assert text_of(data[14]) == "18909711443" and text_of(data[8]) == "94.56"
    assert data[15] == "632126199109162056"
    assert sheet.rows[5][18:] == ["说明", "请一定看下面说明"]  # the instructions in columns S:T


def test_legacy_xls_templates():
    rooms = read_workbook(REAL / "房产导入模板.xls")
    assert rooms.format == "xls" and [s.name for s in rooms.sheets] == ["Sheet1", "Sheet2", "Sheet3"]
    s1 = rooms.sheets[0]
    assert len(s1.rows) == 16 and s1.rows[1][3] == 13800138000.0 and text_of(s1.rows[1][3]) == "13800138000"
    assert rooms.sheets[1].rows == [] and s1.datemode == 0
    meters = read_workbook(REAL / "仪表导入模板.xls")
    first = meters.sheets[0].rows[1]
    assert first == [2015.0, 1.0, "1栋", 101.0, "水表", 300.22]
    assert [text_of(v) for v in first] == ["2015", "1", "1栋", "101", "水表", "300.22"]


@pytest.mark.parametrize("encoding, bom", [("utf-8", True), ("utf-8", False), ("gbk", False)])
def test_csv_in_the_encodings_chinese_excel_writes(tmp_path, encoding, bom):
    nbsp = "" if encoding == "gbk" else "\u00a0"  # GBK has no NBSP
    text = f"楼栋,房号,建筑面积,业主\r\n3,1502,89.5,张三\r\n3,１５０３,90,\u3000李四{nbsp}\r\n"
    path = tmp_path / "roster.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    wb = read_workbook(path)
    assert wb.format == "csv" and wb.encoding == {"gbk": "GBK", "utf-8": "UTF-8 (BOM)" if bom else "UTF-8"}[encoding]
    rows = wb.sheets[0].rows
    assert rows[0] == ["楼栋", "房号", "建筑面积", "业主"]
    assert [text_of(v) for v in rows[2]] == ["3", "1503", "90", "李四"]


def test_csv_with_semicolons(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("楼栋;房号;建筑面积\n3;101;90\n", encoding="utf-8")
    assert read_workbook(path).sheets[0].rows[1] == ["3", "101", "90"]


def _with_cached_value(path: Path, formula: str, cached: str) -> None:
    """openpyxl writes formulas without results; put one in as Excel would after a save."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(f"<f>{formula}</f><v></v>".encode(), f"<f>{formula}</f><v>{cached}</v>".encode())
                data = data.replace(f"<f>{formula}</f><v />".encode(), f"<f>{formula}</f><v>{cached}</v>".encode())
            dst.writestr(item, data)
    tmp.replace(path)


def test_formulas_errors_merges_and_dates_in_xlsx(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["楼栋", "单元", "房号", "建筑面积", "套内面积", "交房日期"])
    ws.append(["3", "1", "101", "=80+15", "=A9", datetime(2020, 5, 1)])
    ws.append([None, None, "102", "=40*2", "#N/A", None])
    ws.append([None, "2", "201", 88, None, None])
    ws.merge_cells("A2:A4")
    ws.merge_cells("B2:B3")
    ws.merge_cells("D3:D4")  # a merged area column is NOT filled down (openpyxl empties D4)
    path = tmp_path / "f.xlsx"
    wb.save(path)
    _with_cached_value(path, "80+15", "95")
    sheet = read_workbook(path).sheets[0]
    assert sheet.rows[1][3] == 95  # cached result used
    assert sheet.rows[2][3] == NoCache("=40*2")  # never computed
    assert isinstance(sheet.rows[1][4], NoCache)
    assert sheet.rows[2][4] == CellError("#N/A")
    assert sheet.rows[1][5] == datetime(2020, 5, 1)
    assert (1, 0, 3, 0) in sheet.merged and (1, 1, 2, 1) in sheet.merged
    rows = sheet.filled_down({0, 1})
    assert [r[0] for r in rows[1:]] == ["3", "3", "3"]
    assert [r[1] for r in rows[1:]] == ["1", "1", "2"]
    assert len(rows[3]) <= 3 and rows[2][3] == NoCache("=40*2")  # D4 stays empty


def test_not_a_spreadsheet(tmp_path):
    fake = tmp_path / "名册.xlsx"
    fake.write_text("hello")
    with pytest.raises(ValidationError, match="不是有效的 Excel 文件"):
        read_workbook(fake)
    broken = tmp_path / "broken.xls"
    broken.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(ValidationError, match="无法作为 Excel 97–2003"):
        read_workbook(broken)
    with pytest.raises(ValidationError, match="找不到文件"):
        read_workbook(tmp_path / "none.csv")


def test_the_fast_reader_and_openpyxl_read_the_same(tmp_path):
    """Plain workbooks go through python-calamine; it must give what openpyxl gives."""
    from deskapp.documents.importers.xlsx_reader import _read_fast, _read_openpyxl, read_xlsx

    wb = Workbook()
    ws = wb.active
    ws.title = "名册"
    ws["B2"] = "楼栋"
    ws["C2"] = "房号"
    ws["D2"] = "交房日期"
    ws["E2"] = "手机号"
    ws.append([None, "3", 1001, datetime(2020, 5, 1), 13957112345])
    ws.append([None, None, "１００２", None, "139 5711 2346"])
    ws.merge_cells("B3:B4")
    path = tmp_path / "plain.xlsx"
    wb.save(path)
    for source in (path, REAL / "importRoom.xlsx"):
        fast, slow = _read_fast(source, 0), _read_openpyxl(source)
        assert [s.name for s in fast] == [s.name for s in slow]
        for a, b in zip(fast, slow):
            assert [[text_of(v) for v in r] for r in a.rows] == [[text_of(v) for v in r] for r in b.rows]
            assert sorted(a.merged) == sorted(b.merged)
    sheet = read_xlsx(path)[0]
    assert sheet.merged == [(2, 1, 3, 1)]
    assert [r[1] for r in sheet.filled_down({1})[2:]] == ["3", "3"]
