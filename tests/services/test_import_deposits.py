"""`import deposits`: prepayments and deposits held at go-live — prepayments onto the 预存款 ledger
as 期初预存, deposits into the 押金台账 on their own dates — reconciled per kind, kept equal to the
import record by `deskapp check`; every bad row refused at its cell and nothing written."""
from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from golive_workbooks import plain_workbook, serial
from deskapp.contracts.billing import DepositFilter
from deskapp.domain.errors import PermissionDenied
from deskapp.services import hooks
from deskapp.services.billing import deposits, refunds
from deskapp.services.importing.common import ImportRefused
from deskapp.services.importing.deposits import import_deposits, preview_deposits
from deskapp.services.registry import units as registry_units
from deskapp.store.models.billing import PrepaymentEntry
from deskapp.store.models.billing_deposits import Deposit
from deskapp.store.models.billing_opening import OpeningDepositImport

HEADER = ("类别", "楼栋", "单元", "房号", "交款人", "金额", "收取日期", "退还条件")
GOOD = [("预存款", 3, 1, 101, "张三", 600, serial(date(2025, 6, 30)), None),
        ("装修押金", 3, 1, 102, "李四", "2000.00", "2025-03-01", "装修复验合格后退还"),
        ("门禁卡押金", 3, 2, 201, "王五", 20, "2024/5/1", None),
        ("预存款", 3, 2, 201, "王五", "150.50", "2025-01-02", None)]


@pytest.fixture
def units(community, admin):
    for stair, room in (("1", "101"), ("1", "102"), ("2", "201")):
        registry_units.create_unit(community, admin, {"building": "3", "stairwell": stair, "room": room,
                                                      "building_area": "90", "kind": "住宅"})
    return community


def held_list(tmp_path, rows):
    return plain_workbook(tmp_path / "期初押金.xlsx", "押金预存", HEADER, list(rows))


def _count(ctx):
    with ctx.reader() as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(t)).scalar()
                     for t in (PrepaymentEntry, Deposit, OpeningDepositImport))


def _check(ctx):
    with ctx.reader() as uow:
        results = hooks.collect(hooks.Hook.CHECKS, uow.session, ctx)
    return next(r for r in results if r.name == "期初预存与押金 = 导入记录")


RECONCILED = ["期初预存与押金 4 笔，合计 2,770.50 元", "  预存款：2 笔，750.50 元", "  装修押金：1 笔，2,000.00 元",
              "  门禁卡押金：1 笔，20.00 元"]


def test_prepayments_and_deposits_are_posted_and_reconciled_per_kind(units, admin, supervisor, tmp_path):
    path = held_list(tmp_path, GOOD)
    p = preview_deposits(units, supervisor, path)
    assert p.errors == 0 and p.notes == RECONCILED and _count(units) == (0, 0, 0)
    result = import_deposits(units, supervisor, path)
    assert list(result.lines) == RECONCILED
    assert refunds.prepayment_available(units, admin, "3-1-101") == Decimal("600.00")
    assert refunds.prepayment_available(units, admin, "3-2-201") == Decimal("150.50")
    rows = {r.unit_code: r for r in deposits.deposit_page(units, admin, DepositFilter()).rows}
    assert (rows["3-1-102"].kind, rows["3-1-102"].held, rows["3-1-102"].taken_on) == (
        "装修", Decimal("2000.00"), date(2025, 3, 1))
    assert rows["3-1-102"].secures == "装修复验合格后退还" and rows["3-1-102"].payer == "李四"
    assert rows["3-2-201"].secures == "退卡时退还"  # the kind's own condition when the file names none
    with units.reader() as uow:
        notes = uow.session.execute(select(PrepaymentEntry.note, PrepaymentEntry.receipt_id)).all()
    assert notes == [("期初预存", None), ("期初预存", None)]
    check = _check(units)
    assert check.problems == [] and check.checked == 1


@pytest.mark.sqlite_only  # tampers through SQLite's trigger syntax
def test_check_finds_an_opening_deposit_that_no_longer_equals_its_import(units, supervisor, tmp_path):
    import_deposits(units, supervisor, held_list(tmp_path, GOOD))
    units.db.dispose()
    con = sqlite3.connect(units.db.path, isolation_level=None)
    con.execute("DROP TRIGGER prepayment_entries_no_delete")  # a tamperer drops the guard first
    con.execute("DELETE FROM prepayment_entries WHERE amount = 15050")
    con.close()
    assert _check(units).problems == [
        "期初预存与押金导入 1（期初押金.xlsx）预存款：导入记录 2 笔 750.50 元，账上 1 笔 600.00 元"]


@pytest.mark.parametrize(("row", "where", "message"), [
    (("预存款", 3, 1, 909, "张三", 600, "2025-01-01", None), "D 列（房号）", "档案中没有房屋 3-1-909"),
    (("装修押金", 3, 1, 101, "张三", 2000, "2027-01-01", None), "G 列（收取日期）", "在今天之后"),
    (("装修押金", 3, 1, 101, "张三", -20, "2025-01-01", None), "F 列（金额）", "不能为负数"),
    (("装修押金", 3, 1, 101, "张三", 0, "2025-01-01", None), "F 列（金额）", "必须大于零"),
    (("水电押金", 3, 1, 101, "张三", 20, "2025-01-01", None), "A 列（类别）", "不认识的类别“水电押金”"),
    (("预存款", 3, 1, 101, "张三", 20, None, None), "G 列（收取日期）", "缺少收取日期"),
])
def test_each_bad_row_is_refused_at_its_cell_and_nothing_is_written(units, supervisor, tmp_path, row, where, message):
    with pytest.raises(ImportRefused) as refused:
        import_deposits(units, supervisor, held_list(tmp_path, [GOOD[0], row]))
    assert any(f"[错误] 工作表 押金预存 第 3 行 {where}" in line and message in line
               for line in refused.value.preview.problems())
    assert _count(units) == (0, 0, 0)


def test_only_supervisors_import_deposits(units, clerk, tmp_path):
    with pytest.raises(PermissionDenied):
        preview_deposits(units, clerk, held_list(tmp_path, GOOD))
