"""Hostile and broken files (issue 14 §1): each is refused with one message naming the file
(and the sheet where there is one) before a reader can crash, hang or fill the memory, and
the import writes nothing."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskapp.documents.importers import read_workbook
from deskapp.documents.importers.limits import MAX_FILE_BYTES, MAX_ZIP_ENTRIES
from deskapp.domain.errors import ValidationError
from deskapp.services.importing.common import ImportRefused
from deskapp.services.importing.readings import import_readings, preview_readings
from deskapp.services.importing.roster import import_units, preview_units
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import Unit

REAL = Path(__file__).resolve().parents[2] / "data" / "realdata"
SHEET = "xl/worksheets/sheet1.xml"


def rezip(tmp_path: Path, name: str, change, *, extra: dict[str, bytes] | None = None) -> Path:
    """importRoom.xlsx (a real MicroCommunity template) with its sheet XML changed by `change`."""
    out = tmp_path / name
    with zipfile.ZipFile(REAL / "importRoom.xlsx") as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item.filename, change(data) if item.filename == SHEET else data)
        for part, data in (extra or {}).items():
            dst.writestr(part, data)
    return out


def before_sheet_end(extra: bytes):
    return lambda xml: xml.replace(b"</sheetData>", extra + b"</sheetData>")


def zip_bomb(tmp_path):
    # 40 MB of blanks in the sheet deflate to some 40 KB: a ratio of about 1,000
    return rezip(tmp_path, "bomb.xlsx", before_sheet_end(b" " * 40_000_000))


def declared_whole_grid(tmp_path):
    return rezip(tmp_path, "dimension.xlsx", lambda xml: xml.replace(b'ref="A1:T35"', b'ref="A1:XFD1048576"'))


def one_far_cell(tmp_path):
    # the dimension says A1:T35; one cell at the grid's last corner made calamine abort the process
    return rezip(tmp_path, "far_cell.xlsx", before_sheet_end(b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))


def malformed_reference(tmp_path):
    return rezip(tmp_path, "bad_ref.xlsx", before_sheet_end(b'<row r="40"><c r="A99999999999"><v>1</v></c></row>'))


def rows_300k(tmp_path):
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n) for n in range(36, 300_036))
    return rezip(tmp_path, "rows.xlsx", before_sheet_end(rows))


def million_csv_lines(tmp_path):
    path = tmp_path / "million.csv"
    path.write_bytes("楼栋,房号,建筑面积\n".encode() + b"3,101,90\n" * 1_000_000)
    return path


def billion_laughs(tmp_path):
    entities = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    return rezip(tmp_path, "laughs.xlsx", lambda xml: xml.replace(b"?>", b"?>" + entities, 1))


def too_many_parts(tmp_path):
    return rezip(tmp_path, "parts.xlsx", lambda xml: xml,
                 extra={f"xl/media/p{i}.bin": b"x" for i in range(MAX_ZIP_ENTRIES + 1)})


def method_99(tmp_path):
    """Every part "compressed" with method 99 (WinZip AES), which zipfile cannot open."""
    path = tmp_path / "aes.xlsx"
    data = bytearray((REAL / "importRoom.xlsx").read_bytes())
    for sig, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        for m in re.finditer(re.escape(sig), data):
            data[m.start() + offset:m.start() + offset + 2] = (99).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path


def huge_file(tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:  # sparse: no disk is used
        fh.truncate(MAX_FILE_BYTES + 1)
    return path


def truncated_zip(tmp_path):
    path = tmp_path / "truncated.xlsx"
    data = (REAL / "importRoom.xlsx").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def not_a_zip(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_text("<html><body>这是网页，不是工作簿</body></html>", encoding="utf-8")
    return path


def xls_garbage(tmp_path):
    path = tmp_path / "garbage.xls"
    data = bytearray((REAL / "房产导入模板.xls").read_bytes())
    data[512:4096] = bytes((i * 37) % 256 for i in range(512, 4096))  # the directory and first sectors scrambled
    path.write_bytes(bytes(data))
    return path


def csv_binary(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return path


def csv_utf16(tmp_path):
    path = tmp_path / "unicode.csv"
    path.write_bytes("楼栋\t房号\t建筑面积\r\n3\t101\t90\r\n".encode("utf-16"))
    return path


def csv_open_quote(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text('楼栋,房号,建筑面积\n3,"101,90\n' + "3,102,90\n" * 30_000, encoding="utf-8")
    return path


BOMBS = {
    zip_bomb: ("bomb.xlsx", "压缩比超过 200 倍"),
    declared_whole_grid: ("dimension.xlsx（工作表 资产信息）", "A1:XFD1048576，超出可导入的范围"),
    one_far_cell: ("far_cell.xlsx（工作表 资产信息）", "1,048,576 行，超过可导入的 200,000 行"),
    malformed_reference: ("bad_ref.xlsx（工作表 资产信息）", "单元格引用“A99999999999”无效"),
    rows_300k: ("rows.xlsx（工作表 资产信息）", "行，超过可导入的 200,000 行"),
    million_csv_lines: ("million.csv（工作表 million）", "有 200,001 行，超过可导入的 200,000 行"),
    billion_laughs: ("laughs.xlsx（工作表 资产信息）", "含有 DTD 声明"),
    too_many_parts: ("parts.xlsx", "压缩包里有 2,012 个部件"),
    method_99: ("aes.xlsx", "Excel 不用的压缩方式（99）"),
    huge_file: ("huge.csv", "超过可导入的 64.0 MB"),
    truncated_zip: ("truncated.xlsx", "无法作为 Excel 文件读取"),
    not_a_zip: ("report.xlsx", "不是有效的 Excel 文件"),
    xls_garbage: ("garbage.xls", "无法作为 Excel 97–2003 (.xls) 文件读取"),
    csv_binary: ("photo.csv", "不是文本文件"),
    csv_utf16: ("unicode.csv", "另存为“CSV UTF-8（逗号分隔）”"),
    csv_open_quote: ("quote.csv", "无法作为 CSV 文件读取"),
}


def _written(ctx) -> tuple[int, int]:
    with ctx.reader() as uow:
        s = uow.session
        return (s.execute(select(func.count()).select_from(Unit)).scalar(),
                s.execute(select(func.count()).select_from(AuditEntry)).scalar())


@pytest.mark.parametrize("make", list(BOMBS), ids=[f.__name__ for f in BOMBS])
def test_hostile_file_gets_one_message_and_the_import_writes_nothing(make, tmp_path, community, admin):
    path = make(tmp_path)
    where, what = BOMBS[make]
    before = _written(community)
    with pytest.raises(ValidationError) as caught:
        import_units(community, admin, path)
    message = caught.value.message
    assert message.startswith(where) or where in message, message
    assert what in message, message
    assert "Traceback" not in message
    assert _written(community) == before


def test_the_real_files_still_read_within_the_limits():
    for name, sheets in (("importRoom.xlsx", 1), ("房产导入模板.xls", 3), ("仪表导入模板.xls", 1)):
        assert len(read_workbook(REAL / name).sheets) >= sheets


def test_a_stray_cell_far_right_in_an_xls_does_not_pad_every_row(tmp_path):
    """xlrd reads ragged rows: a roster row stays as long as its own cells."""
    wb = read_workbook(REAL / "房产导入模板.xls")
    widths = {len(r) for r in wb.sheets[0].rows}
    assert max(widths) < 30 and len(widths) >= 1


def _readings_csv(tmp_path, reading: str, year: str = "2026", month: str = "1") -> Path:
    path = tmp_path / "readings.csv"
    path.write_text(f"年份,月份,楼栋,房间,仪表,读数\n{year},{month},3,101,水表,{reading}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("reading, year, field, column, says", [
    ("1e30", "2026", "读数", 5, "读数 1E+30 不在 0 到 9999999.99 之间"),
    ("12345678901234567", "2026", "读数", 5, "读数 12345678901234567 不在 0 到 9999999.99 之间"),
    ("10000000", "2026", "读数", 5, "不在 0 到 9999999.99 之间"),
    ("12.345", "2026", "读数", 5, "最多 2 位小数"),
    ("300.5", "2150", "年份", 0, "不是年份（2000–2099）"),
    ("300.5", "1e999999999", "年份", 0, "不是年份（2000–2099）"),
])
def test_readings_out_of_bounds_are_row_errors_naming_the_column(tmp_path, community, admin,
                                                                 reading, year, field, column, says):
    preview = preview_readings(community, admin, _readings_csv(tmp_path, reading, year))
    row = preview.rows[0]
    assert row.row == 2
    found = [f for f in row.findings if f.field == field]
    assert found and says in found[0].message and found[0].column == column, row.findings
    with pytest.raises(ImportRefused):
        import_readings(community, admin, _readings_csv(tmp_path, reading, year))
    assert _written(community)[0] == 0


def _roster_csv(tmp_path, header: str, value: str) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(f"楼栋,房号,建筑面积,{header}\n3,101,90,{value}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("header, value, field, says", [
    ("套内面积", "12000", "套内面积", "过大（一套房屋不超过 10000 ㎡）"),
    ("公摊面积", "99999999999999999", "公摊面积", "不是面积（0 到 10000 ㎡）"),
    ("总层数", "99999999999999999999", "总层数", "不在 1 到 200 之间"),
    ("交房日期", "1900-01-01", "交房日期", "不在 1950–2099 年之间"),
    ("交房日期", "2150-01-01", "交房日期", "不在 1950–2099 年之间"),
])
def test_roster_values_out_of_bounds_are_row_errors(tmp_path, community, admin, header, value, field, says):
    preview = preview_units(community, admin, _roster_csv(tmp_path, header, value))
    found = [f for f in preview.rows[0].findings if f.field == field]
    assert found and says in found[0].message and found[0].column == 3, preview.rows[0].findings
    assert preview.refusal()


def test_cells_without_references_are_placed_as_readers_place_them(tmp_path):
    """Some generators leave out r="A1": the cells follow one another. A normal row reads;
    a row of 300 such cells is wider than any roster and refused before a reader lays it out."""
    plain = b'<row r="40"><c t="inlineStr"><is><t>3</t></is></c><c><v>101</v></c></row>'
    assert read_workbook(rezip(tmp_path, "plain.xlsx", before_sheet_end(plain))).sheets[0].rows[39] == ["3", 101]
    wide = b"<row>" + b"<c><v>1</v></c>" * 300 + b"</row>"
    with pytest.raises(ValidationError, match=r"wide.xlsx（工作表 资产信息）：用到了第 IW 列，超过可导入的 256 列"):
        read_workbook(rezip(tmp_path, "wide.xlsx", before_sheet_end(wide)))


def test_a_sheet_moved_out_of_its_folder_is_measured_too(tmp_path):
    """Readers find sheets through the workbook's relationships, so the checks do too."""
    src_path = rezip(tmp_path, "moved_src.xlsx", before_sheet_end(b'<row r="1048576"><c r="A1048576"><v>1</v></c></row>'))
    out = tmp_path / "moved.xlsx"
    with zipfile.ZipFile(src_path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"worksheets/sheet1.xml", b"elsewhere/data.xml")
            dst.writestr("xl/elsewhere/data.xml" if item.filename == SHEET else item.filename, data)
    with pytest.raises(ValidationError, match=r"moved.xlsx（工作表 资产信息）：有 1,048,576 行"):
        read_workbook(out)
