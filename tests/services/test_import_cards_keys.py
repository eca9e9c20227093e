"""`import cards` and `import keys`: cards in use and keys held at go-live, recorded by the keys
area's own services; every bad row refused at its cell and nothing written."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from golive_workbooks import plain_workbook, serial
from deskapp.domain.keys import CardKind, CountItem, KeyKind
from deskapp.services.importing.cards import import_cards, preview_cards
from deskapp.services.importing.common import ImportOptions, ImportRefused
from deskapp.services.importing.keys import import_keys, preview_keys
from deskapp.services.keys import cards, custody
from deskapp.services.registry import units as registry_units
from deskapp.store.models.keys import Card, CardEvent, CustodyKey, KeyEvent, StockItem

CARDS = ("卡号", "卡类型", "楼栋", "单元", "房号", "持卡人", "发卡日期", "押金", "状态")
KEYS = ("楼栋", "单元", "房号", "钥匙编号", "把数", "存放位置", "交存日期", "交存人")


@pytest.fixture
def units(community, admin):
    for stair, room in (("1", "101"), ("1", "102"), ("2", "201")):
        registry_units.create_unit(community, admin, {"building": "3", "stairwell": stair, "room": room,
                                                      "building_area": "90", "kind": "住宅"})
    return community


def _count(ctx, *tables):
    with ctx.reader() as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(t)).scalar() for t in tables)


def card_list(tmp_path, *rows):
    return plain_workbook(tmp_path / "cards.xlsx", "卡片", CARDS, list(rows))


def key_list(tmp_path, *rows):
    return plain_workbook(tmp_path / "keys.xlsx", "钥匙", KEYS, list(rows))


def test_cards_are_issued_on_their_own_date_with_their_deposits(units, admin, tmp_path):
    path = card_list(tmp_path, ("A001", "门禁卡", 3, 1, 101, "张三", serial(date(2023, 5, 1)), 20, "有效"),
                     ("A002", "住户卡", "3栋", "1单元", "102", "李四", "2024-02-03", "30.00", None),
                     ("A003", "门禁卡", 3, 2, 201, "王五", None, None, "已挂失"))
    p = preview_cards(units, admin, path)
    assert p.errors == 0 and p.warnings == 1
    assert p.notes == ["住户卡 1 张，押金合计 30.00 元", "门禁卡 1 张，押金合计 20.00 元", "合计 2 张，押金 50.00 元"]
    assert any("第 4 行 I 列（状态）：状态为“已挂失”，不是有效卡，不导入" in line for line in p.problems())
    result = import_cards(units, admin, path, ImportOptions(accept_warnings=True))
    assert "合计 2 张，押金 50.00 元" in result.summary()
    shown = {c.number: c for c in cards.cards(units, admin)}
    assert set(shown) == {"A001", "A002"}
    assert (shown["A001"].kind, shown["A001"].unit_code, shown["A001"].issued_on) == (
        CardKind.ACCESS, "3-1-101", date(2023, 5, 1))
    assert shown["A002"].deposit_held == Decimal("30.00")
    assert cards.deposits_held(units, admin) == Decimal("50.00")
    with units.reader() as uow:  # the issue event carries the deposit, as 发卡 writes it; no blank card taken
        amounts = uow.session.execute(select(CardEvent.amount).order_by(CardEvent.id)).scalars().all()
        stock = uow.session.get(StockItem, CountItem.BLANK_ACCESS)
    assert amounts == [Decimal("20.00"), Decimal("30.00")] and (stock is None or stock.quantity == 0)


@pytest.mark.parametrize(("row", "where", "message"), [
    (("A001", "门禁卡", 3, 1, 909, "张三", None, 20, None), "E 列（房号）", "档案中没有房屋 3-1-909"),
    (("A001", "门禁卡", 3, 1, 101, "张三", None, -20, None), "H 列（押金）", "不能为负数"),
    (("A001", "门禁卡", 3, 1, 101, "张三", "2027-01-01", 20, None), "G 列（发卡日期）", "在今天之后"),
    (("A001", "车卡", 3, 1, 101, "张三", None, 20, None), "B 列（卡类型）", "发放车卡"),
    (("A0-01", "门禁卡", 3, 1, 101, "张三", None, 20, None), "A 列（卡号）", "字母或数字"),
])
def test_each_bad_card_row_is_refused_at_its_cell(units, admin, tmp_path, row, where, message):
    with pytest.raises(ImportRefused) as refused:
        import_cards(units, admin, card_list(tmp_path, row))
    assert any(f"[错误] 工作表 卡片 第 2 行 {where}" in line and message in line
               for line in refused.value.preview.problems())
    assert _count(units, Card) == (0,)


def test_a_card_number_on_file_or_twice_in_the_file_is_refused(units, admin, tmp_path):
    import_cards(units, admin, card_list(tmp_path, ("A001", "门禁卡", 3, 1, 101, "张三", None, 20, None)))
    with pytest.raises(ImportRefused) as refused:
        import_cards(units, admin, card_list(tmp_path, ("A001", "门禁卡", 3, 1, 102, "李四", None, 0, None),
                                             ("B001", "门禁卡", 3, 1, 102, "李四", None, 0, None),
                                             ("B001", "门禁卡", 3, 2, 201, "王五", None, 0, None)))
    problems = refused.value.preview.problems()
    assert "[错误] 工作表 卡片 第 2 行 A 列（卡号）：卡号 A001 已在档案中（有效卡，持卡人 张三）" in problems
    assert "[错误] 工作表 卡片 第 4 行 A 列（卡号）：卡号 B001 在第 3 行已有" in problems
    assert _count(units, Card) == (1,)


def test_keys_are_taken_into_custody_with_their_depositor(units, admin, tmp_path):
    path = key_list(tmp_path, (3, 1, 101, "入户门", 2, "A柜-01", serial(date(2025, 3, 1)), "业主张三"),
                    ("3", "2", "201", "信报箱", 1, "A柜-02", "2025-04-01", "租户李四"))
    p = preview_keys(units, admin, path)
    assert p.errors == 0 and p.notes == ["钥匙 2 套，共 3 把，涉及 2 户"]
    result = import_keys(units, admin, path)
    assert result.summary() == "钥匙 2 套，共 3 把，涉及 2 户"
    held = {k.unit_code: k for k in custody.all_keys(units, admin)}
    assert (held["3-1-101"].copies, held["3-1-101"].location, held["3-1-101"].since) == (2, "A柜-01", date(2025, 3, 1))
    assert held["3-1-101"].label == "入户门" and held["3-1-101"].kind is KeyKind.ENTRANCE
    assert held["3-1-101"].authority == "上线导入，交存人 业主张三" and held["3-2-201"].kind is KeyKind.MAILBOX
    assert held["3-1-101"].tag.startswith("K")


@pytest.mark.parametrize(("row", "where", "message"), [
    ((3, 1, 909, "入户门", 2, "A柜-01", None, "张三"), "C 列（房号）", "档案中没有房屋 3-1-909"),
    ((3, 1, 101, "入户门", 0, "A柜-01", None, "张三"), "E 列（把数）", "至少 1 把"),
    ((3, 1, 101, "入户门", 2, None, None, "张三"), "F 列（存放位置）", "请填写钥匙柜"),
    ((3, 1, 101, "入户门", 2, "A柜-01", "2027-01-01", "张三"), "G 列（交存日期）", "在今天之后"),
])
def test_each_bad_key_row_is_refused_at_its_cell(units, admin, tmp_path, row, where, message):
    with pytest.raises(ImportRefused) as refused:
        import_keys(units, admin, key_list(tmp_path, row))
    assert any(f"[错误] 工作表 钥匙 第 2 行 {where}" in line and message in line
               for line in refused.value.preview.problems())
    assert _count(units, CustodyKey, KeyEvent) == (0, 0)


def test_a_units_key_already_held_is_refused(units, admin, tmp_path):
    import_keys(units, admin, key_list(tmp_path, (3, 1, 101, "入户门", 2, "A柜-01", None, "张三")))
    with pytest.raises(ImportRefused) as refused:
        import_keys(units, admin, key_list(tmp_path, (3, 2, 201, "入户门", 1, "A柜-03", None, "王五"),
                                           (3, 1, 101, "入户门", 1, "A柜-02", None, "张三"),
                                           (3, 2, 201, "入户门", 1, "A柜-04", None, "王五")))
    problems = refused.value.preview.problems()
    assert any(line.startswith("[错误] 工作表 钥匙 第 3 行 C 列（房号）：3-1-101 已有托管钥匙 K0001") for line in problems)
    assert "[错误] 工作表 钥匙 第 4 行 C 列（房号）：3-2-201 的钥匙在第 2 行已有" in problems
    assert _count(units, CustodyKey) == (1,)
