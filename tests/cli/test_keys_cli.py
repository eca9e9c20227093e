"""`deskapp export key-loans|keys|cards|parking|inventory` as a shell runs it."""

import pytest
from openpyxl import load_workbook

from deskapp.cli import main
from deskapp.domain.idcard import IdType
from deskapp.domain.keys import HoldReason, KeyKind, Purpose
from deskapp.domain.people import Relation
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import custody as keys, inventory as keys_inventory
from deskapp.services.keys.custody import Borrower
from deskapp.services.registry.people import PersonInput


@pytest.fixture
def db(community, admin, clerk, db_url):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "空置"})
    registry_people.add_person(community, admin, uid, PersonInput("张三", id_number="11010519491231002X"), Relation.OWNER)
    pid = registry_units.unit_page(community, admin, uid).people[0].person_id
    k = keys.register_key(community, clerk, uid, KeyKind.ENTRANCE, 1, "A柜-01", HoldReason.VACANT, "业主委托")
    keys.lend_key(community, clerk, k.id, Borrower(pid, "张三", IdType.RESIDENT, "11010519491231002X"),
                  Purpose.REPAIR)
    sheet = keys_inventory.count_sheet(community, clerk)
    keys_inventory.file_count(community, clerk, {e.ref: e.in_place for e in sheet.items}, {k.tag: "维修借出"})
    community.db.dispose()
    return db_url


@pytest.mark.parametrize("name, sheet", [("key-loans", "钥匙借用登记表"), ("keys", "托管钥匙登记表"),
                                         ("cards", "卡证登记表"), ("parking", "车位"),
                                         ("inventory", "月度盘点 11-27 #1")])
def test_keys_exports_from_the_command_line(db, tmp_path, capsys, name, sheet):
    out = tmp_path / f"{name}.xlsx"
    assert main(["--db", str(db), "export", name, "--month", "2026-11", "-o", str(out)]) == 0
    assert "已导出" in capsys.readouterr().out
    ws = load_workbook(out).worksheets[0]
    assert ws.title == sheet and ws.freeze_panes == "A3"


def test_key_loans_needs_a_month(db, tmp_path, capsys):
    assert main(["--db", str(db), "export", "key-loans", "-o", str(tmp_path / "x.xlsx")]) != 0
    captured = capsys.readouterr()
    assert "月份" in captured.out + captured.err
