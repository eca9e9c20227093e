"""HC小区's setup workbook through the roster import: 楼栋单元, 业主信息 and 房屋信息 read
together, owners attached to their units by 业主编号 and never dropped unsaid."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from golive_workbooks import ID_WU, hc_workbook, plain_workbook
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitState
from deskapp.services.importing.common import ImportOptions, ImportRefused
from deskapp.services.importing.rejects import save_rejects
from deskapp.services.importing.roster import import_units, preview_units
from deskapp.store.models.registry import Person, Unit, UnitPerson


def _counts(ctx):
    with ctx.reader() as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(t)).scalar() for t in (Unit, Person, UnitPerson))


def test_preview_links_owners_and_warns_of_the_one_without_a_flat(community, admin, tmp_path):
    p = preview_units(community, admin, hc_workbook(tmp_path / "hc.xlsx"))
    assert p.sheet == "房屋信息" and p.units == 4 and p.errors == 0
    assert "工作表 业主信息：4 人，已关联 3 人到 3 套房屋，未关联 1 人（见警告，不会导入）" in p.notes
    assert any(line.startswith("[警告] 工作表 业主信息 第 4 行 A 列（业主编号）：业主编号 1003") and "周强" in line
               for line in p.problems())
    flat = next(r for r in p.rows if r.code == "1-1-1001")
    assert "吴学文" in flat.summary and "吴小文" in flat.summary
    assert _counts(community) == (0, 0, 0)


def test_import_attaches_owners_family_and_floors(community, admin, tmp_path):
    result = import_units(community, admin, hc_workbook(tmp_path / "hc.xlsx"), ImportOptions(accept_warnings=True))
    assert result.created == 4
    with community.reader() as uow:
        s = uow.session
        ties = {(u.code, p.name, tie.relation) for tie, u, p in s.execute(
            select(UnitPerson, Unit, Person).join(Unit, Unit.id == UnitPerson.unit_id)
            .join(Person, Person.id == UnitPerson.person_id))}
        wu = s.execute(select(Person.id_number).where(Person.name == "吴学文")).scalars().all()
        states = dict(s.execute(select(Unit.code, Unit.state)).all())
    assert ("1-1-1001", "吴学文", Relation.OWNER) in ties and ("1-2-1501", "吴学文", Relation.OWNER) in ties
    assert ("1-1-1001", "吴小文", Relation.FAMILY) in ties and ("1-1-1002", "李娜", Relation.OWNER) in ties
    assert not any(name == "周强" for _c, name, _r in ties)
    assert wu == [ID_WU]  # one person owning two flats
    assert states["1-1-1001"] is UnitState.OCCUPIED and states["1-2-1502"] is not UnitState.OCCUPIED


def test_warnings_not_accepted_write_nothing(community, admin, tmp_path):
    with pytest.raises(ImportRefused, match="警告"):
        import_units(community, admin, hc_workbook(tmp_path / "hc.xlsx"))
    assert _counts(community) == (0, 0, 0)


def test_a_flat_naming_an_unknown_owner_number_is_refused_at_its_cell(community, admin, tmp_path):
    path = hc_workbook(tmp_path / "hc.xlsx", rooms=[(1001, 1, 1, 10, 10102, 94.56, 1009, None, None, 110, 80.5, 0)])
    with pytest.raises(ImportRefused) as refused:
        import_units(community, admin, path, ImportOptions(accept_warnings=True))
    assert "[错误] 工作表 房屋信息 第 2 行 G 列（业主编号）：工作表 业主信息 中没有业主编号 1009" \
        in refused.value.preview.problems()
    assert _counts(community) == (0, 0, 0)
    rejects = tmp_path / "rejects.xlsx"
    save_rejects(refused.value.preview, rejects)
    ws = load_workbook(rejects).active
    assert "业主编号 1009" in ws.cell(row=3, column=ws.max_column).value


def test_an_owner_row_in_error_and_a_duplicate_number_are_refused(community, admin, tmp_path):
    path = hc_workbook(tmp_path / "hc.xlsx", owners=[
        (1001, "吴学文", "男", 35, "1890971144", ID_WU, 1001, None),
        (1001, "李娜", "女", 40, 13957100002, None, 1001, None),
    ], rooms=[(1001, 1, 1, 10, 10102, 94.56, 1001, None, None, 110, 80.5, 0)])
    p = preview_units(community, admin, path)
    problems = "\n".join(p.problems())
    assert "[错误] 工作表 业主信息 第 2 行 E 列（手机号）" in problems
    assert "[错误] 工作表 业主信息 第 3 行 A 列（业主编号）：业主编号 1001 与第 2 行重复" in problems
    with pytest.raises(ImportRefused):
        import_units(community, admin, path, ImportOptions(accept_warnings=True))
    assert _counts(community) == (0, 0, 0)


def test_a_unit_whose_stairwell_is_not_in_the_floors_sheet_is_refused(community, admin, tmp_path):
    path = hc_workbook(tmp_path / "hc.xlsx", rooms=[(301, 1, 3, 3, 10102, 90, None, None, None, 110, 80, 0)])
    p = preview_units(community, admin, path)
    assert any("第 2 行 C 列（单元）：工作表 楼栋单元 中没有楼栋 1 单元 3" in line for line in p.problems())


def test_a_people_sheet_that_cannot_be_linked_is_said(community, admin, tmp_path):
    """A units sheet without 业主编号 and a sheet of people: each person is a warning, none dropped unsaid."""
    from openpyxl import Workbook

    path = tmp_path / "two.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "房屋"
    ws.append(("楼栋", "单元", "房号", "建筑面积"))
    ws.append(("3", "1", "101", 89.5))
    people = wb.create_sheet("住户")
    people.append(("姓名", "手机号"))
    people.append(("张三", "13957100001"))
    wb.save(path)
    p = preview_units(community, admin, path)
    assert "工作表 住户 有 1 人，但无法与房屋关联（工作表 房屋 没有“业主编号”列），均未导入" in p.notes
    assert any(line.startswith("[警告] 工作表 住户 第 2 行") and "张三无法关联到房屋，不会导入" in line
               for line in p.problems())


def test_a_single_sheet_roster_is_as_before(community, admin, tmp_path):
    path = plain_workbook(tmp_path / "one.xlsx", "名册", ("楼栋", "单元", "房号", "建筑面积", "业主", "手机号"),
                          [("3", "1", "101", 89.5, "张三", "13957100001")])
    p = preview_units(community, admin, path)
    # no note of the HC sheets; the one note is that its lived-in unit has no 交房日期 (not billed until given)
    assert p.notes == ["1 户没有交房日期：填写交房日期（业户档案 ▸ 修改房屋）之前，出账不计这些房屋的费用"]
    assert p.errors == 0 and p.warnings == 0 and p.people == 1
