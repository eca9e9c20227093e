"""`import parking`: HC小区's 车位信息 (read with its 业主信息 and 房屋信息) and a parking roster,
into the keys area's spaces and leases; every bad row refused at its cell, nothing written."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from golive_workbooks import hc_workbook, plain_workbook, serial
from deskapp.domain.keys import SpaceArea, SpaceState
from deskapp.services.importing.common import ImportOptions, ImportRefused
from deskapp.services.importing.parking import import_parking, preview_parking
from deskapp.services.importing.roster import import_units
from deskapp.services.keys import parking
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.keys import ParkingLease, ParkingSpace

ROSTER = ("卡号", "车牌号", "车主", "手机号码", "月租", "周期", "地址", "备注")


@pytest.fixture
def hc(community, admin, tmp_path):
    """The HC workbook's units and owners already imported, as a centre would do first."""
    path = hc_workbook(tmp_path / "hc.xlsx")
    import_units(community, admin, path, ImportOptions(accept_warnings=True))
    return path


def _written(ctx):
    with ctx.reader() as uow:
        s = uow.session
        return tuple(s.execute(select(func.count()).select_from(t)).scalar() for t in (ParkingSpace, ParkingLease))


def roster(tmp_path, *rows):
    return plain_workbook(tmp_path / "parking.xlsx", "月租车", ROSTER, list(rows))


def test_hc_parking_sheet_sells_and_lets_through_the_owner_numbers(community, admin, hc):
    p = preview_parking(community, admin, hc)
    assert p.sheet == "车位信息" and p.errors == 0
    assert p.notes[:2] == ["车位 2 个：已售 1，出租 1，空置 0", "租约 1 份，月租合计 0.00 元"]
    result = import_parking(community, admin, hc)
    assert "车位 2 个：已售 1，出租 1，空置 0" in result.summary()
    spaces = {v.number: v for v in parking.spaces(community, admin)}
    assert spaces["B-001"].state is SpaceState.SOLD and spaces["B-001"].owner_unit == "1-1-1001"
    assert spaces["B-001"].area is SpaceArea.UNDERGROUND and "车牌 浙A12345" in spaces["B-001"].note
    lease = parking.leases(community, admin, space_id=spaces["B-002"].id)[0]
    assert (lease.lessee_name, lease.plates, lease.unit_code) == ("李娜", "浙A6789D", "1-1-1002")
    assert (lease.start, lease.end, lease.monthly_rent) == (date(2026, 1, 1), date(2026, 12, 31), Decimal("0.00"))
    with community.reader() as uow:
        assert uow.session.execute(select(func.count()).select_from(AuditEntry)
                                   .where(AuditEntry.action == "import.parking")).scalar() == 1


def test_a_roster_becomes_leases_on_the_units_named_by_address(community, admin, hc, tmp_path):
    path = roster(tmp_path, ("C001", "浙A11111", "张三", 13957100001, 300, "2026-01-01至2026-12-31", "1-1-1001", "地下"),
                  ("C002", "浙B22222 浙B33333", "王五", None, "250.50", "2026.3.1-2027.2.28", "1栋2单元1501室", None))
    p = preview_parking(community, admin, path)
    assert p.errors == 0 and "租约 2 份，月租合计 550.50 元" in p.notes
    import_parking(community, admin, path)
    by_space = {ls.space: ls for ls in parking.leases(community, admin)}
    assert by_space["C001"].unit_code == "1-1-1001" and by_space["C001"].monthly_rent == Decimal("300.00")
    assert by_space["C002"].plates == "浙B22222、浙B33333" and by_space["C002"].end == date(2027, 2, 28)


@pytest.mark.parametrize(("row", "where", "message"), [
    (("C001", "浙A11111", "张三", None, 300, "2026-01-01至2026-12-31", "9-9-909", None), "G 列（地址）",
     "档案中没有房屋 9-9-909"),
    (("C001", "浙A11111", "张三", None, 300, "2026-12-31至2026-01-01", "1-1-1001", None), "F 列（周期）",
     "结束 2026-01-01 早于开始 2026-12-31"),
    (("C001", "浙A11111", "张三", None, -5, "2026-01-01至2026-12-31", "1-1-1001", None), "E 列（月租）",
     "月租不能为负数"),
    (("C001", "浙A1", "张三", None, 300, "2026-01-01至2026-12-31", "1-1-1001", None), "B 列（车牌号）",
     "不是有效的车牌号"),
])
def test_each_bad_roster_row_is_refused_at_its_cell(community, admin, hc, tmp_path, row, where, message):
    path = roster(tmp_path, row)
    with pytest.raises(ImportRefused) as refused:
        import_parking(community, admin, path)
    assert any(f"[错误] 工作表 月租车 第 2 行 {where}" in line and message in line
               for line in refused.value.preview.problems())
    assert _written(community) == (0, 0)


def test_a_plate_on_two_running_leases_is_refused(community, admin, hc, tmp_path):
    path = roster(tmp_path, ("C001", "浙A11111", "张三", None, 300, "2026-01-01至2026-12-31", "1-1-1001", None),
                  ("C002", "浙A11111", "张三", None, 300, "2026-06-01至2027-05-31", "1-1-1001", None))
    with pytest.raises(ImportRefused) as refused:
        import_parking(community, admin, path)
    assert "[错误] 工作表 月租车 第 3 行 B 列（车牌号）：车牌 浙A11111 在第 2 行已有租约（租期重叠）" \
        in refused.value.preview.problems()
    assert _written(community) == (0, 0)
    import_parking(community, admin, roster(tmp_path, ("C001", "浙A11111", "张三", None, 300,
                                                       "2026-01-01至2026-12-31", "1-1-1001", None)))
    again = preview_parking(community, admin, roster(tmp_path, ("C009", "浙A11111", "张三", None, 300,
                                                               "2026-06-01至2026-08-31", "1-1-1001", None)))
    assert any("车牌 浙A11111 已有租约 ZL2026-0001" in line for line in again.problems())


def test_hc_rows_naming_an_unknown_owner_or_a_space_twice_are_refused(community, admin, hc, tmp_path):
    path = hc_workbook(tmp_path / "bad.xlsx", spaces=[
        ("P1", "B-009", 1001, 12, 1009, "浙A12345", "", "", "", "S", serial(date(2020, 1, 1)), serial(date(2050, 1, 1))),
        ("P1", "B-010", 1001, 12, None, None, None, None, None, None, None, None),
        ("P1", "B-010", 1001, 12, None, None, None, None, None, None, None, None),
    ])
    with pytest.raises(ImportRefused) as refused:
        import_parking(community, admin, path)
    problems = refused.value.preview.problems()
    assert "[错误] 工作表 车位信息 第 2 行 E 列（业主编号）：业主信息中没有业主编号 1009" in problems
    assert "[错误] 工作表 车位信息 第 4 行 B 列（车位编码）：车位 B-010 在第 3 行已有" in problems
    assert _written(community) == (0, 0)
