"""挂失 then 补办: both reasons kept in the card's history, the deposit moved or refunded by
choice and never counted twice, the replacement fee from the settings taken with a receipt."""
from decimal import Decimal

import pytest

from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import ValidationError
from deskapp.domain.keys import CardEventKind, CardKind, CardState, CountItem, DepositOutcome
from deskapp.domain.people import Relation
from deskapp.services import hooks, settings
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import cards as keys_cards, inventory as keys_inventory
from deskapp.services.billing import payments
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.keys import Card


@pytest.fixture
def unit(community, admin):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                  "building_area": "88", "state": "自住"})
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000"), Relation.OWNER)
    registry_people.add_person(community, admin, uid, PersonInput("王五", "13700137000"), Relation.TENANT)
    for item in (CountItem.BLANK_RESIDENT, CountItem.BLANK_ACCESS):
        keys_inventory.receive_stock(community, admin, item, 20)
    return uid


def test_lost_then_replaced_keeps_both_reasons(community, clerk, unit):
    c = keys_cards.issue_card(community, clerk, unit, CardKind.ACCESS, "A1", "张三", deposit="50")
    keys_cards.report_lost(community, clerk, c.id, "在地铁上遗失")
    new = keys_cards.replace_card(community, clerk, c.id, "A2", deposit=DepositOutcome.MOVE).card
    history = keys_cards.card_history(community, clerk, new.id)
    assert [e.kind for e in history] == [CardEventKind.ISSUED, CardEventKind.LOST, CardEventKind.REPLACED,
                                         CardEventKind.ISSUED, CardEventKind.DEPOSIT_MOVED]
    assert history[1].text == "A1 在地铁上遗失" and history[2].text == "A1 补办新卡 A2"
    with community.reader() as uow:
        old = uow.session.get(Card, c.id)
        assert old.end_reason == "在地铁上遗失；补办新卡 A2" and old.state is CardState.REPLACED


@pytest.mark.parametrize("outcome, new_deposit, held", [(DepositOutcome.MOVE, Decimal("50.00"), Decimal("70.00")),
                                                        (DepositOutcome.REFUND, Decimal("0.00"), Decimal("20.00"))])
def test_deposit_is_moved_or_refunded_and_never_counted_twice(community, clerk, unit, outcome, new_deposit, held):
    keys_cards.issue_card(community, clerk, unit, CardKind.RESIDENT, "R1", "王五", deposit="20")
    c = keys_cards.issue_card(community, clerk, unit, CardKind.ACCESS, "A1", "张三", deposit="50")
    assert keys_cards.deposits_held(community, clerk, unit) == Decimal("70.00")
    keys_cards.report_lost(community, clerk, c.id, "遗失")
    with pytest.raises(ValidationError) as err:
        keys_cards.replace_card(community, clerk, c.id, "A2")
    assert err.value.field == "押金"
    assert {v.number: v.state for v in keys_cards.cards(community, clerk, unit_id=unit, active_only=False)} == {
        "R1": CardState.ACTIVE, "A1": CardState.LOST}
    new = keys_cards.replace_card(community, clerk, c.id, "A2", deposit=outcome).card
    assert new.deposit == new_deposit
    assert keys_cards.deposits_held(community, clerk, unit) == held
    assert keys_cards.deposits_held(community, clerk) == held


def test_replacement_fee_from_the_settings_is_receipted(community, admin, clerk, unit):
    settings.set_value(community, admin, keys_cards.REPLACEMENT_FEE, "15")
    c = keys_cards.issue_card(community, clerk, unit, CardKind.ACCESS, "A1", "张三")
    with pytest.raises(ValidationError) as err:
        keys_cards.replace_card(community, clerk, c.id, "A2")
    assert err.value.field == "支付方式"
    result = keys_cards.replace_card(community, clerk, c.id, "A2", method=PayMethod.WECHAT)
    assert result.card.fee == Decimal("15.00") and result.receipt_number
    receipt = payments.receipt_by_number(community, clerk, result.receipt_number)
    assert receipt.amount == Decimal("15.00") and receipt.method is PayMethod.WECHAT
    assert [(x.item, x.amount) for x in receipt.lines] == [("补办门禁卡工本费", Decimal("15.00"))]
    with community.reader() as uow:
        problems = [p for r in hooks.collect("checks", uow.session, community) for p in r.problems]
    assert problems == []


def test_holders_are_the_units_people(community, clerk, unit):
    assert [(h.name, h.relation) for h in keys_cards.holders(community, clerk, unit)] == [
        ("张三", Relation.OWNER), ("王五", Relation.TENANT)]
