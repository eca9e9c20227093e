"""Export then import changes nothing; "update existing" changes only what differs; a
cancelled import leaves the database as it was."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from deskapp.domain.idcard import make_resident_id
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitState
from deskapp.services import exports
from deskapp.domain.errors import Cancelled
from deskapp.services.importing.common import CANCELLED, ImportOptions, ImportRefused
from deskapp.services.importing.roster import import_units, preview_units
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import ChronicleEntry, Person, Unit, UnitPerson


@pytest.fixture
def filled(community, admin):
    ids = []
    for n, (stair, room, area, owners) in enumerate([
        ("1", "101", "89.50", [("张三", "13957100001")]),
        ("1", "102", "120.00", [("李四", "13957100002"), ("王芳", "13957100003")]),
        ("2", "1502", "95.25", []),
        (None, "105", "40.00", [("赵六", "0571-88886666")]),
    ]):
        uid = registry_units.create_unit(community, admin, {"building": "S" if stair is None else "3", "stairwell": stair,
                                                      "room": room, "building_area": area, "inner_area": "30",
                                                      "kind": "商铺" if stair is None else "住宅"},
                                   delivered_on=date(2020, 1, 1 + n))
        for name, phone in owners:
            registry_people.add_person(community, admin, uid, registry_people.PersonInput(
                name, phone, id_number=make_resident_id("330106", date(1980, 1, 1 + n), 10 + n)), Relation.OWNER)
        ids.append(uid)
    registry_units.set_unit_state(community, admin, ids[0], UnitState.OCCUPIED)
    return community


def _content(ctx):
    with ctx.reader() as uow:
        s = uow.session
        counts = tuple(s.execute(select(func.count()).select_from(t)).scalar()
                       for t in (Unit, Person, UnitPerson, ChronicleEntry))
        units = s.execute(select(Unit.code, Unit.floor, Unit.kind, Unit.state, Unit.building_area, Unit.inner_area,
                                 Unit.delivered_on, Unit.notes, Unit.updated_at).order_by(Unit.code)).all()
        people = s.execute(select(Person.name, Person.phone, Person.phone2, Person.id_number)
                           .order_by(Person.id)).all()
        return counts, units, people


@pytest.mark.parametrize("unmasked", [True, False])
def test_export_units_then_import_changes_nothing(filled, admin, tmp_path, unmasked):
    path = tmp_path / "units.xlsx"
    exports.run_export(filled, admin, "units", path, exports.ExportOptions(unmasked=unmasked))
    before = _content(filled)
    preview = preview_units(filled, admin, path, ImportOptions(update_existing=True))
    assert preview.header_row == 2 and preview.errors == 0 and preview.warnings == 0
    result = import_units(filled, admin, path, ImportOptions(update_existing=True))
    assert (result.created, result.updated, result.unchanged) == (0, 0, 4)
    assert _content(filled) == before


def test_update_existing_changes_only_what_differs(filled, admin, tmp_path):
    path = tmp_path / "fix.xlsx"
    wb = Workbook()
    wb.active.append(["房号", "楼栋", "单元", "建筑面积", "业主", "手机号"])
    wb.active.append(["3-1-101", "3", "1", 90, "张三", "13957100001"])  # area 89.50 -> 90
    wb.active.append(["102", "3", "1", 120, "李四", "13957100009"])  # a new phone for 李四
    wb.active.append(["1502", "3", "2", "95.25", None, None])  # as it is
    wb.active.append(["106", "S", None, 50, "孙七", None])  # new
    wb.save(path)
    with pytest.raises(ImportRefused):
        import_units(filled, admin, path)  # existing units without "update existing"
    preview = preview_units(filled, admin, path, ImportOptions(update_existing=True))
    assert [r.verdict.value for r in preview.rows] == ["更新", "更新", "不变", "新建"]
    audits = _audits(filled)
    result = import_units(filled, admin, path, ImportOptions(update_existing=True))
    assert (result.created, result.updated, result.unchanged) == (1, 2, 1)
    assert _audits(filled) == audits + 3 + 1  # one per unit created/changed, one for the file
    with filled.reader() as uow:
        s = uow.session
        u = s.execute(select(Unit).where(Unit.code == "3-1-101")).scalar_one()
        assert u.building_area == Decimal("90.00") and u.state is UnitState.OCCUPIED  # state column absent: kept
        assert s.execute(select(Person.phone).where(Person.name == "李四")).scalar() == "13957100009"
        text = s.execute(select(ChronicleEntry.text).where(ChronicleEntry.unit_id == u.id)
                         .order_by(ChronicleEntry.id.desc())).scalars().first()
        assert text.startswith("导入更新（fix.xlsx 第 2 行）") and "建筑面积 89.50→90.00" in text


def _audits(ctx):
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(AuditEntry)).scalar()


def test_cancel_leaves_the_database_as_it_was(community, admin, tmp_path):
    path = tmp_path / "big.xlsx"
    wb = Workbook()
    wb.active.append(["楼栋", "单元", "房号", "建筑面积", "业主"])
    for i in range(1200):
        wb.active.append(["7", str(i % 4 + 1), str(101 + i), 88, f"业主{i}"])
    wb.save(path)
    before = _content(community), _audits(community)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 6  # part-way through writing

    with pytest.raises(Cancelled, match=CANCELLED):
        import_units(community, admin, path, progress=lambda d, t: None, cancelled=cancelled)
    assert len(calls) > 4  # it got as far as the writes
    assert (_content(community), _audits(community)) == before


def test_import_errors_survive_pickling():
    """A bench or worker process hands them back to its parent."""
    import pickle

    refused = pickle.loads(pickle.dumps(ImportRefused("有 1 行错误")))
    assert str(refused) == "有 1 行错误" and refused.preview is None
    assert str(pickle.loads(pickle.dumps(Cancelled(CANCELLED)))) == "导入已取消，数据库没有任何改动"


def test_an_owner_on_file_is_the_same_person_in_the_import(filled, admin, tmp_path):
    """Same name and ID number: the new unit is tied to the person already on file."""
    idn = make_resident_id("330106", date(1980, 1, 1), 10)  # 张三's, see the fixture
    path = tmp_path / "more.xlsx"
    wb = Workbook()
    wb.active.append(["楼栋", "单元", "房号", "建筑面积", "业主", "身份证号"])
    wb.active.append(["3", "1", "201", 90, "张三", idn])
    wb.active.append(["3", "1", "202", 90, "李雷", idn])  # same number, another name: a warning
    wb.save(path)
    preview = preview_units(filled, admin, path)
    assert [r.verdict.value for r in preview.rows] == ["警告", "警告"]
    assert "张三、李雷" in preview.rows[0].findings[0].message
    people_before = _content(filled)[0][1]
    result = import_units(filled, admin, path, ImportOptions(accept_warnings=True))
    assert (result.created, result.people_added) == (2, 1)
    assert _content(filled)[0][1] == people_before + 1
    with filled.reader() as uow:
        s = uow.session
        zhang = s.execute(select(Person.id).where(Person.name == "张三")).scalars().all()
        assert len(zhang) == 1
        assert s.execute(select(func.count()).select_from(UnitPerson).where(UnitPerson.person_id == zhang[0])
                         ).scalar() == 2
