"""`deskapp export key-loans|keys|cards|parking|inventory` and the printed register, read back."""
import io
from datetime import date, timedelta, timezone

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from deskapp.domain.errors import ValidationError
from deskapp.domain.idcard import IdType
from deskapp.domain.keys import CardKind, CountItem, HoldReason, KeyKind, Purpose, SpaceArea
from deskapp.domain.people import Relation
from deskapp.services import exports
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import (
    cards as keys_cards, custody as keys, documents as keys_documents, inventory as keys_inventory,
    parking as keys_parking,
)
from deskapp.services.exports import ExportOptions
from deskapp.services.keys.custody import Borrower
from deskapp.services.keys.parking import LeaseInput
from deskapp.services.registry.people import PersonInput

CST = timezone(timedelta(hours=8))
FULL_ID = "11010519491231002X"


@pytest.fixture
def data(community, admin, clerk, clock):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "空置"})
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000", id_number=FULL_ID), Relation.OWNER)
    pid = registry_units.unit_page(community, admin, uid).people[0].person_id
    k = keys.register_key(community, clerk, uid, KeyKind.ENTRANCE, 2, "A柜-12", HoldReason.VACANT, "业主张三书面委托")
    res = keys.lend_key(community, clerk, k.id, Borrower(pid, "张三", IdType.RESIDENT, FULL_ID), Purpose.REPAIR)
    clock.advance(hours=3)
    keys.return_key(community, clerk, res.loan_id, "张三")
    keys.lend_key(community, clerk, k.id, Borrower(pid, "张三", IdType.RESIDENT, FULL_ID), Purpose.VIEWING)
    keys_inventory.receive_stock(community, admin, CountItem.BLANK_VEHICLE, 5)
    keys_cards.issue_vehicle_card(community, clerk, uid, "C0012", "张三", "浙A12345", months=1, monthly_fee="150")
    sid = keys_parking.add_space(community, admin, "B-017", SpaceArea.UNDERGROUND)
    lease = keys_parking.lease_space(community, clerk, LeaseInput(sid, "张三", "浙A12345", date(2026, 12, 1),
                                                                  date(2027, 11, 30), "300", unit_id=uid,
                                                                  lessee_id_number=FULL_ID))
    return {"unit": uid, "key": k, "lease": lease}


def sheet_text(path):
    wb = load_workbook(path, read_only=True)
    return "\n".join(" ".join(str(c) for c in row if c is not None) for ws in wb for row in ws.iter_rows(values_only=True))


def test_every_register_exports(community, data, clerk, tmp_path):
    for name in ("key-loans", "keys", "cards", "parking"):
        out = tmp_path / f"{name}.xlsx"
        n = exports.run_export(community, clerk, name, out, ExportOptions(month="2026-11"))
        text = sheet_text(out)
        assert n >= 1 and FULL_ID not in text, name
    loans = sheet_text(tmp_path / "key-loans.xlsx")
    assert "钥匙借用登记表" in loans and "证件核验" in loans and "110***********002X 已核验" in loans
    assert data["key"].tag in loans and "3-2-1502" in loans
    assert "浙A12345" in sheet_text(tmp_path / "cards.xlsx")
    assert data["lease"].number in sheet_text(tmp_path / "parking.xlsx")
    with pytest.raises(ValidationError, match="月份"):
        exports.run_export(community, clerk, "key-loans", tmp_path / "x.xlsx", ExportOptions())


def titles(path):
    """Each sheet's title row up to its period: "小区 名称"."""
    wb = load_workbook(path, read_only=True)
    return [next(ws.iter_rows(max_row=1, values_only=True))[0].split("\u3000")[0] for ws in wb]


def test_a_registers_title_row_names_it_without_book_marks(community, data, clerk, tmp_path):
    """The heading of a register is its name; 《》 are for running text naming another form."""
    counted = {e.ref: e.in_place for e in keys_inventory.count_sheet(community, clerk).items}
    keys_inventory.file_count(community, clerk, counted, {data["key"].tag: "借出看房"})
    expected = {"key-loans": ["钥匙借用登记表"], "keys": ["托管钥匙登记表"], "cards": ["住户卡、门禁卡、车卡登记表"],
                "parking": ["车位登记表", "车位租赁登记表"], "inventory": ["月度盘点表"]}
    for name, names in expected.items():
        out = tmp_path / f"{name}.xlsx"
        exports.run_export(community, clerk, name, out, ExportOptions(month="2026-11"))
        assert [t.split(" ", 1)[1] for t in titles(out)] == names, name


def test_inventory_export_and_print(community, data, clerk, tmp_path):
    sheet = keys_inventory.count_sheet(community, clerk)
    counted = {e.ref: e.in_place for e in sheet.items}
    filed = keys_inventory.file_count(community, clerk, counted, {data["key"].tag: "借出看房"})
    out = tmp_path / "inv.xlsx"
    exports.run_export(community, clerk, "inventory", out, ExportOptions(month="2026-11"))
    text = sheet_text(out)
    assert "月度盘点表" in text and "借出未还 2" in text and "借出看房" in text
    pdf = keys_documents.inventory_pdf(community, clerk, filed.id)
    assert "借出看房" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    key_line = next(r for r in keys_documents.inventory_lines(filed) if r[1] == data["key"].tag)
    assert not key_line[2].startswith(data["key"].tag)  # 编号 holds the tag; 物品/位置 does not repeat it
    with pytest.raises(ValidationError, match="没有已归档"):
        exports.run_export(community, clerk, "inventory", out, ExportOptions(month="2026-10"))


def test_register_and_agreement_pdfs_from_the_services(community, data, clerk):
    pdf = keys_documents.loan_register_pdf(community, clerk, "2026-11", data["unit"])
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "钥匙借用登记表" in text and data["key"].tag in text and "3-2-1502" in text and FULL_ID not in text
    assert "110***********002" in text
    agreement = keys_documents.lease_agreement_pdf(community, clerk, data["lease"].id)
    reader = PdfReader(io.BytesIO(agreement))
    text = "".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) == 2 and data["lease"].number in text and FULL_ID not in text
    labels = keys_documents.tag_labels_pdf(community, clerk)
    assert data["key"].tag in PdfReader(io.BytesIO(labels)).pages[0].extract_text()
    card = keys_cards.cards(community, clerk, kind=CardKind.VEHICLE)[0]
    slip = keys_documents.plate_slip_pdf(community, clerk, card.id)
    assert "浙A12345" in PdfReader(io.BytesIO(slip)).pages[0].extract_text()


def test_unmasked_exports_need_a_supervisor_and_say_so(community, data, clerk, supervisor, tmp_path):
    from deskapp.domain.errors import PermissionDenied

    out = tmp_path / "full.xlsx"
    with pytest.raises(PermissionDenied):
        exports.run_export(community, clerk, "key-loans", out, ExportOptions(month="2026-11", unmasked=True))
    assert not out.exists()
    exports.run_export(community, supervisor, "key-loans", out, ExportOptions(month="2026-11", unmasked=True))
    text = sheet_text(out)
    assert FULL_ID in text and "完整证件号码" in text
    exports.run_export(community, supervisor, "parking", out, ExportOptions(unmasked=True))
    assert FULL_ID in sheet_text(out)
