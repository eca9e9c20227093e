"""临时收费 at the counter: one item of the supervisor's list, its receipt in the counter's series,
the cashier's handover, the same-day void; 有偿维修 pays one of the unit's repair orders, which
then shows the receipt. Each refusal names its field and writes nothing."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import Conflict, ValidationError, ValidationErrors
from deskapp.services import settings
from deskapp.services.billing import adhoc, handover, one_off, payments
from deskapp.services.billing.checks import billing_checks
from deskapp.services.reception import repairs
from deskapp.services.registry import units as registry_units


def _unit(ctx, admin, room: str) -> int:
    return registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room,
                                                   "building_area": "88.00", "state": "自住"})


@pytest.fixture
def unit(community, admin):
    return _unit(community, admin, "0201")


@pytest.fixture
def other(community, admin):
    return _unit(community, admin, "0202")


def _repair(ctx, clerk, unit_id: int, *, paid: bool = True) -> str:
    return repairs.create_repair(ctx, clerk, repairs.RepairInput(fault="更换水龙头", reported_by="李雷",
                                                               unit_id=unit_id, paid=paid))


def _receipt_count(ctx, admin) -> int:
    return payments.receipts_page(ctx, admin).total


def test_a_card_fee_gets_a_receipt_in_the_handover_and_is_voided_with_it(community, unit, clerk, admin):
    r = adhoc.charge(community, clerk, unit, "卡费/补卡费", "20", PayMethod.WECHAT, pay_ref="420000111",
                     note="补办门禁卡一张")
    assert r.number == "SJ2026-000001" and r.pay_ref == "420000111"
    assert [(ln.item, ln.period, ln.amount) for ln in r.lines] == [("卡费/补卡费", "补办门禁卡一张", D("20.00"))]
    assert handover.draft(community, clerk).by_method["微信"] == D("20.00")
    [c] = one_off.for_unit(community, admin, unit)
    assert (c.item, c.occasion, c.receipt_number, c.voided) == ("卡费/补卡费", "临时收费", r.number, False)
    with community.reader() as uow:
        assert all(not ch.problems for ch in billing_checks(uow.session, community))
    payments.void_receipt(community, clerk, r.id, "收错")
    assert [c.voided for c in one_off.for_unit(community, admin, unit)] == [True]
    assert handover.draft(community, clerk).by_method["微信"] == D("0.00")


def test_a_paid_repair_shows_its_receipt_and_again_owes_once_voided(community, unit, clerk, admin):
    number = _repair(community, clerk, unit)
    assert [c.number for c in adhoc.payable_repairs(community, clerk, unit)] == [number]
    r = adhoc.charge(community, clerk, unit, "有偿维修", "85.50", PayMethod.CASH, repair_number=number)
    assert r.lines[0].period == f"维修单 {number}"
    assert repairs.repair_detail(community, clerk, number).row.fee_receipt == r.number
    assert adhoc.payable_repairs(community, clerk, unit) == []
    with pytest.raises(Conflict, match="已收费"):
        adhoc.charge(community, clerk, unit, "有偿维修", "85.50", PayMethod.CASH, repair_number=number)
    payments.void_receipt(community, clerk, r.id, "收错")
    assert repairs.repair_detail(community, clerk, number).row.fee_receipt == ""


def test_the_supervisor_keeps_the_item_list(community, unit, clerk, admin):
    settings.set_value(community, admin, "billing.adhoc_items", ["搬家电梯使用费", "装修出入证工本费"])
    assert adhoc.items(community, clerk) == ["搬家电梯使用费", "装修出入证工本费", "有偿维修"]
    r = adhoc.charge(community, clerk, unit, "装修出入证工本费", "10", PayMethod.CASH)
    assert r.total == D("10.00")
    with pytest.raises(ValidationError) as refused:
        adhoc.charge(community, clerk, unit, "卡费/补卡费", "10", PayMethod.CASH)
    assert refused.value.field == "收费项目"


@pytest.mark.parametrize("item, amount, kwargs, field", [
    ("卡费/补卡费", "0", {}, "金额"),
    ("卡费/补卡费", "-5", {}, "金额"),
    ("卡费/补卡费", "abc", {}, "金额"),
    ("预交物业费", "10", {}, "收费项目"),
    ("有偿维修", "50", {}, "维修单"),
    ("卡费/补卡费", "10", {"method": PayMethod.ALIPAY}, "交易流水号"),
    ("卡费/补卡费", "10", {"method": PayMethod.PREPAID}, "支付方式"),
    ("卡费/补卡费", "10", {"note": "长" * 101}, "备注"),
])
def test_bad_input_is_refused_naming_the_field_and_nothing_is_written(community, unit, clerk, admin, item, amount,
                                                                       kwargs, field):
    kwargs = dict(kwargs)  # the parameters' dict is shared by both backends' runs: not popped from
    method = kwargs.pop("method", PayMethod.CASH)
    with pytest.raises(ValidationError) as refused:
        adhoc.charge(community, clerk, unit, item, amount, method, **kwargs)
    assert refused.value.field == field
    assert _receipt_count(community, admin) == 0 and one_off.for_unit(community, admin, unit) == []


def test_a_repair_of_another_unit_or_a_free_one_is_refused(community, unit, other, clerk, admin):
    theirs = _repair(community, clerk, other)
    free = _repair(community, clerk, unit, paid=False)
    for number, said in ((theirs, "不是本房屋"), (free, "免费"), ("WX2026-999999", "不存在")):
        with pytest.raises(ValidationError, match=said) as refused:
            adhoc.charge(community, clerk, unit, "有偿维修", "50", PayMethod.CASH, repair_number=number)
        assert refused.value.field == "维修单"
    assert _receipt_count(community, admin) == 0


def test_several_wrong_fields_are_named_together(community, unit, clerk):
    with pytest.raises(ValidationErrors) as refused:
        adhoc.charge(community, clerk, unit, "有偿维修", "0", PayMethod.CASH)
    assert {p.field for p in refused.value.problems} == {"金额", "维修单"}
