"""一次性收费 at the counter: own numbers, one receipt, the daily handover and the checks agree."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import ValidationError
from deskapp.services.registry import units as registry_units
from deskapp.services.billing import handover, one_off, payments
from deskapp.services.billing.checks import billing_checks


@pytest.fixture
def unit(community, admin):
    return registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "0201",
                                                   "building_area": "88.00", "state": "自住"})


def test_a_counter_charge_gets_numbers_a_receipt_and_counts_in_the_handover(community, unit, clerk, admin):
    out = one_off.charge(community, clerk, unit, [("住户卡工本费", "15"), ("水电开通费", "50.50")], PayMethod.CASH,
                         payer="李雷")
    assert [c.number for c in out] == ["YC2026-000001", "YC2026-000002"]
    r = payments.receipt_by_number(community, admin, out[0].receipt_number)
    assert r.total == D("65.50") and [ln.item for ln in r.lines] == ["住户卡工本费", "水电开通费"]
    assert handover.draft(community, clerk).cash_expected == D("65.50")
    with community.reader() as uow:
        assert all(not c.problems for c in billing_checks(uow.session, community))
    payments.void_receipt(community, clerk, r.id, "收错")
    assert all(c.voided for c in one_off.for_unit(community, admin, unit))


def test_items_come_from_the_list_and_amounts_are_money(community, unit, clerk):
    with pytest.raises(ValidationError, match="请从"):
        one_off.charge(community, clerk, unit, [("预交物业费三个月", "300")], PayMethod.CASH)
    with pytest.raises(ValidationError, match="最多两位小数"):
        one_off.charge(community, clerk, unit, [("门禁卡工本费", "20.001")], PayMethod.CASH)
    with pytest.raises(ValidationError, match="支付方式"):
        one_off.charge(community, clerk, unit, [("门禁卡工本费", "20")], PayMethod.PREPAID)
