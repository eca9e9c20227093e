"""The owner and unit files as a whole: completeness check (in SQL batches), the Excel
registers (units, people, completeness) and the printed 《业户档案》 / 检查表, read back."""
from datetime import date
from io import BytesIO

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from deskapp.domain.errors import Cancelled, PermissionDenied
from deskapp.domain.idcard import IdType
from deskapp.domain.people import Authority, Relation
from deskapp.services.registry import completeness
from deskapp.services.registry import instructions as registry_instructions
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry import exports as registry_exports
from deskapp.services.registry import prints as registry_print
from deskapp.services.registry import transfer as registry_transfer
from deskapp.services.exports import ExportOptions
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.accounts import AuditEntry

GOOD_ID = "11010519491231002X"


@pytest.fixture
def files(community, admin):
    """3-2-1502 complete; 3-2-1601 rented, tenant without lease end, owner named "=1+1";
    S-105 a shop with no owner; 3-1-101 not delivered."""
    ctx = community
    ids = {}
    ids["ok"] = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "inner_area": "80", "state": "自住"},
                                     delivered_on=date(2020, 1, 1))
    registry_people.add_person(ctx, admin, ids["ok"], PersonInput("张三", "13800138000", id_number=GOOD_ID), Relation.OWNER,
                        since=date(2020, 1, 1))
    ids["rented"] = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": "1601",
                                                      "building_area": "120", "state": "出租"},
                                         delivered_on=date(2020, 1, 1))
    registry_people.add_person(ctx, admin, ids["rented"], PersonInput("=1+1", "13900139000", id_number="E1234567",
                                                               id_type=IdType.PASSPORT), Relation.OWNER)
    registry_people.add_person(ctx, admin, ids["rented"], PersonInput("李四", "13700137000"), Relation.TENANT,
                        lease_start=date(2026, 1, 1))
    registry_people.add_person(ctx, admin, ids["rented"], PersonInput("王五", "13600136000", id_number=GOOD_ID),
                        Relation.AUTHORISED, authorities=(Authority.KEYS, Authority.MAIL))
    ids["shop"] = registry_units.create_unit(ctx, admin, {"building": "S", "room": "105", "building_area": "45",
                                                    "kind": "商铺", "state": "空置", "floor": "1"},
                                       delivered_on=date(2021, 3, 1))
    ids["new"] = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": "101",
                                                   "building_area": "60", "state": "未交房"})
    return ids


def sheet(path):
    return load_workbook(path).worksheets[0]


def rows(ws):
    return [list(r) for r in ws.iter_rows(min_row=3, values_only=True)]


# ----------------------------------------------------------------- completeness

def test_check_finds_what_is_missing_in_batches(files, community, admin):
    seen = []
    report = completeness.run_check(community, admin, progress=lambda d, t: seen.append((d, t)), batch=2)
    assert report.units_checked == 4
    assert seen[0] == (0, 4) and seen[-1] == (4, 4) and len(seen) == 3  # two batches of two units
    found = {(f.unit_code, f.subject, f.item) for f in report.findings}
    assert found == {
        ("3-2-1601", "李四", "证件号码"), ("3-2-1601", "李四", "租期"),  # tenant: no ID, no lease end
        ("3-2-1601", "王五", "证件号码"),  # the same ID number as 张三 under another name
        ("3-2-1502", "张三", "证件号码"),
        ("S-105", "房屋", "业主"),
    }
    assert report.units_with_findings == 3
    assert dict(report.by_item()) == {"业主": 1, "证件号码": 3, "租期": 1}


def test_check_can_be_cancelled_and_needs_the_right(files, community, admin, clerk):
    assert completeness.run_check(community, admin, cancelled=lambda: True) is None
    assert completeness.run_check(community, clerk).units_checked == 4  # the whole desk does the check


def test_completeness_pdf_and_xlsx(files, community, admin, tmp_path):
    report = completeness.run_check(community, admin)
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(completeness.report_pdf(community, admin, report))).pages)
    assert "业户档案完整性检查表" in text and "翠湖花园物业服务中心" in text
    assert "S-105" in text and "没有业主" in text
    n = completeness.write_xlsx(community, admin, report, tmp_path / "c.xlsx",
                                [f for f in report.findings if f.item == "租期"])
    ws = sheet(tmp_path / "c.xlsx")
    assert n == 1 and ws.title == "业户档案完整性检查表"
    assert [c.value for c in ws[2]] == ["序号", "房号", "对象", "项目", "问题"]
    assert rows(ws) == [[1, "3-2-1601", "李四", "租期", "租户没有租期结束日期"]]


# ----------------------------------------------------------------- exports

def test_units_export_columns_masking_and_formula_text(files, community, admin, tmp_path):
    out = tmp_path / "units.xlsx"
    assert registry_exports.export_units(community, admin, out, ExportOptions()) == 4
    ws = sheet(out)
    assert ws.title == "业户档案（房屋）"
    assert [c.value for c in ws[2]][:11] == ["房号", "楼栋", "单元", "楼层", "类型", "状态", "建筑面积", "套内面积",
                                            "业主", "业主电话", "交房日期"]
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:L6"
    by_code = {r[0]: r for r in rows(ws)}
    assert list(by_code) == ["3-1-101", "3-2-1502", "3-2-1601", "S-105"]  # building, stairwell, floor order
    assert by_code["3-2-1502"][1:10] == ["3", "2", 15, "住宅", "自住", 98.5, 80, "张三", "138****8000"]
    cell = next(c for c in ws["I"] if c.value == "=1+1")
    assert cell.data_type == "s"  # text, not a formula
    assert "13900139000" not in str(rows(ws))


def test_people_export_one_row_per_tie_masked(files, community, admin, tmp_path):
    page = registry_units.unit_page(community, admin, files["rented"])
    assert [p.relation for p in page.people] == [Relation.OWNER, Relation.TENANT, Relation.AUTHORISED]
    registry_people.end_tie(community, admin, page.people[-1].tie_id, date(2026, 11, 27), "授权到期")
    out = tmp_path / "people.xlsx"
    assert registry_exports.export_people(community, admin, out, ExportOptions()) == 4
    ws = sheet(out)
    assert [c.value for c in ws[2]][:10] == ["房号", "关系", "姓名", "电话", "备用电话", "证件类型", "证件号码",
                                            "起始", "结束", "租期"]
    data = rows(ws)
    assert [(r[0], r[1], r[2]) for r in data] == [("3-2-1502", "业主", "张三"), ("3-2-1601", "业主", "=1+1"),
                                                  ("3-2-1601", "租户", "李四"), ("3-2-1601", "授权人", "王五")]
    assert data[0][3] == "138****8000" and data[0][6] == "110***********002X"
    assert data[2][9] == "2026-01-01 至 未定"
    assert data[3][8].date() == date(2026, 11, 27) and data[3][10] == "借用钥匙、代取信件"
    assert GOOD_ID not in str(data)


def test_unmasked_export_needs_a_supervisor_and_is_audited(files, community, clerk, supervisor, tmp_path):
    with pytest.raises(PermissionDenied):
        registry_exports.export_people(community, clerk, tmp_path / "x.xlsx", ExportOptions(unmasked=True))
    assert not (tmp_path / "x.xlsx").exists()
    registry_exports.export_people(community, supervisor, tmp_path / "full.xlsx", ExportOptions(unmasked=True))
    ws = sheet(tmp_path / "full.xlsx")
    assert "仅限内部使用" in ws["A1"].value
    assert rows(ws)[0][6] == GOOD_ID
    with community.reader() as uow:
        n = uow.session.execute(select(func.count()).select_from(AuditEntry)
                                .where(AuditEntry.action == "privacy.export.unmasked")).scalar_one()
    assert n == 1


def test_cancelled_export_leaves_no_file(files, community, admin, tmp_path):
    out = tmp_path / "out" / "units.xlsx"
    out.parent.mkdir()
    with pytest.raises(Cancelled):
        registry_exports.export_units(community, admin, out, ExportOptions(cancelled=lambda: True))
    assert list(out.parent.iterdir()) == []


# ----------------------------------------------------------------- 《业户档案》 of one unit

def test_unit_file_pdf_shows_the_unit_with_people_masked(files, community, admin):
    registry_instructions.add_instruction(community, admin, files["rented"], "仅限业主本人借用钥匙", date(2026, 11, 1))
    pdf = registry_print.unit_file_pdf(community, admin, files["rented"])
    reader = PdfReader(BytesIO(pdf))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "业户档案" in text and "3-2-1601" in text and "仅限业主本人借用钥匙" in text
    assert "139****9000" in text and "13900139000" not in text
    fonts = {f["/BaseFont"] for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert all("WenQuanYiMicroHei" in name for name in fonts)
    descriptor = next(iter(reader.pages[0]["/Resources"]["/Font"].values()))["/FontDescriptor"]
    assert "/FontFile2" in descriptor  # embedded


def test_unit_file_lists_history_and_transfers(files, community, admin):
    registry_transfer.transfer_ownership(community, admin, files["ok"], [PersonInput("赵六", "13500135000")],
                                date(2026, 10, 1), reference="浙(2026)杭州市不动产权第0012345号")
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(
        registry_print.unit_file_pdf(community, admin, files["ok"]))).pages)
    text = "".join(text.split())  # table cells wrap long values
    assert "产权变更" in text and "不动产权第0012345号" in text and "历史人员" in text
