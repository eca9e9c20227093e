"""交房 as it happens: defects found at handover, no gas, fees charged through billing, and
every wrong value named at once."""
from __future__ import annotations

import pytest

from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import ValidationError, ValidationErrors
from deskapp.domain.reception import DefectKind
from deskapp.domain.units import UnitState
from deskapp.services.registry import units as registry_units
from deskapp.services.billing import one_off, payments
from deskapp.services.reception import registers as reception
from deskapp.services.rounds import movein


def data(ctx, unit_id, **changes) -> movein.MoveInInput:
    values = dict(unit_id=unit_id, handed_over_on=ctx.clock.today(), owner_name="赵强",
                  ticked=tuple(movein.checklist(ctx)), keys_count=3,
                  readings={"水": "12.5", "电": "803", "燃气": "0"}, state_after=UnitState.OCCUPIED)
    values.update(changes)
    return movein.MoveInInput(**values)


def test_defects_found_at_handover_become_engineering_defects(community, units, clerk, admin):
    movein.move_in(community, clerk, data(community, units.undelivered, defects=(
        movein.HandoverDefect(DefectKind.LEAK, "主卧窗台渗水", "主卧"),
        movein.HandoverDefect(DefectKind.CRACK, "客厅墙面裂缝 30cm"))))
    rows = reception.defect_register(community, admin, unit_id=units.undelivered)
    assert sorted(r.description for r in rows) == ["主卧窗台渗水", "客厅墙面裂缝 30cm"]
    assert all(r.state.value == "已登记" for r in rows)
    assert "遗留问题 2 项" in registry_units.unit_page(community, admin, units.undelivered).chronicle[0].text


def test_no_gas_reading_when_the_unit_has_no_gas(community, units, clerk, admin):
    mid = movein.move_in(community, clerk, data(community, units.undelivered, has_gas=False,
                                                readings={"水": "12.5", "电": "803"}))
    assert movein.for_unit(community, admin, units.undelivered).readings == {"水": "12.50", "电": "803.00"}
    assert mid


def test_fees_are_charged_through_billing_with_a_receipt(community, units, clerk, admin):
    movein.move_in(community, clerk, data(community, units.undelivered, pay_method=PayMethod.WECHAT,
                                          fees=(("装修垃圾清运费", "300"), ("门禁卡工本费", "20.00"))))
    charged = one_off.for_unit(community, admin, units.undelivered)
    assert [(c.item, str(c.amount), c.occasion) for c in charged] == [("装修垃圾清运费", "300.00", "交房"),
                                                                      ("门禁卡工本费", "20.00", "交房")]
    assert charged[0].number.startswith("YC2026-") and charged[0].number != charged[1].number
    receipt = payments.receipt_by_number(community, admin, charged[0].receipt_number)
    assert receipt.amount == 320 and receipt.method is PayMethod.WECHAT and receipt.payer == "赵强"
    v = movein.for_unit(community, admin, units.undelivered)
    assert v.fees_note == f"装修垃圾清运费 300.00 元；门禁卡工本费 20.00 元（收据 {receipt.number}）"


def test_every_wrong_value_is_named_at_once_and_nothing_is_kept(community, units, clerk, admin):
    with pytest.raises(ValidationErrors) as caught:
        movein.move_in(community, clerk, data(community, units.undelivered, owner_name="张伟", ticked=(),
                                              readings={"水": "", "电": "abc", "燃气": "1"},
                                              fees=(("门禁卡工本费", "-5"), ("水电开通费", "abc")),
                                              defects=(movein.HandoverDefect(DefectKind.LEAK, " "),)))
    text = str(caught.value)
    for field in ("交房清单", "水表起始读数", "电表起始读数", "门禁卡工本费金额", "水电开通费金额", "遗留问题（第 1 项）描述",
                  "业主"):
        assert field in text
    assert isinstance(caught.value, ValidationError) and caught.value.field == "交房清单"
    assert registry_units.unit_page(community, admin, units.undelivered).state is UnitState.UNDELIVERED
    assert reception.defect_register(community, admin, unit_id=units.undelivered) == []
