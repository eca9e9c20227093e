"""Two desks changing the same decoration, parking lease, vehicle card or setting from a form
(issue 18 §3, migration 2811): the form sends back the version it loaded; the second save is
refused naming the first desk's user and the time of their save, and writes nothing. Each desk
is its own Database, as two PCs are; runs on both backends."""
from datetime import date, timedelta
from decimal import Decimal

import pytest

from deskapp.domain.decoration import ApplicationInput, WorkerInput
from deskapp.domain.errors import ConcurrentEdit
from deskapp.domain.keys import CountItem, SpaceArea
from deskapp.domain.local_time import local_text
from deskapp.domain.permissions import Role
from deskapp.services import settings
from deskapp.services.keys import cards as keys_cards
from deskapp.services.keys import inventory as keys_inventory
from deskapp.services.keys import parking as keys_parking
from deskapp.services.keys.parking import LeaseInput
from deskapp.services.registry import units as registry_units
from deskapp.services.rounds import decoration
from support import make_actor

FIRST = make_actor(Role.SUPERVISOR, "王管家")
SECOND = make_actor(Role.SUPERVISOR, "李管家")


@pytest.fixture
def unit(community, admin):
    return registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "1601",
                                                         "building_area": "98.50", "state": "空置"})


def refused_by_first(desk_ctx) -> str:
    return f"已被 王管家 于 {local_text(desk_ctx.clock.now(), '%H:%M')} 修改，请刷新后再改"


def test_second_decoration_extension_is_refused_naming_the_first(desks, unit):
    one, two = desks
    today = one.clock.today()
    did = decoration.apply(one, FIRST, ApplicationInput(
        unit_id=unit, owner_name="王芳", owner_phone="13700137000", company="居美装饰工程有限公司", leader="刘师傅",
        leader_phone="13512345678", licence="JZ-2026-118", works=("水电改造",), starts_on=today,
        ends_on=today + timedelta(days=60), deposit=Decimal("3000.00"), fees=Decimal("500.00"),
        workers=(WorkerInput("孙大力", "11010519491231002X", "13312345678"),)))
    decoration.approve(one, FIRST, did)
    [row_one] = decoration.for_unit(one, FIRST, unit)
    [row_two] = decoration.for_unit(two, SECOND, unit)
    decoration.extend(one, FIRST, did, today + timedelta(days=90), "工期延长", version=row_one.version)
    with pytest.raises(ConcurrentEdit) as refused:
        decoration.extend(two, SECOND, did, today + timedelta(days=70), "材料未到", version=row_two.version)
    assert str(refused.value) == refused_by_first(one)
    [now] = decoration.for_unit(two, SECOND, unit)
    assert now.ends_on == today + timedelta(days=90) and now.version > row_one.version
    assert len(decoration.detail(two, SECOND, did).extensions) == 1  # the first desk's alone


def test_second_lease_renewal_is_refused_naming_the_first(desks, unit, admin):
    one, two = desks
    space = keys_parking.add_space(one, admin, "B-017", SpaceArea.UNDERGROUND)
    lease = keys_parking.lease_space(one, FIRST, LeaseInput(space, "张三", "浙A12345", date(2026, 12, 1),
                                                             date(2027, 11, 30), "300", unit_id=unit))
    [loaded_two] = keys_parking.leases(two, SECOND, space_id=space)
    keys_parking.renew_lease(one, FIRST, lease.id, date(2028, 11, 30), version=lease.version)
    with pytest.raises(ConcurrentEdit) as refused:
        keys_parking.renew_lease(two, SECOND, lease.id, date(2028, 5, 31), "320", version=loaded_two.version)
    assert str(refused.value) == refused_by_first(one)
    ends = sorted(ls.end for ls in keys_parking.leases(two, SECOND, space_id=space))
    assert ends == [date(2027, 11, 30), date(2028, 11, 30)]  # one renewal, the first desk's


def test_second_vehicle_card_renewal_is_refused_naming_the_first(desks, unit, admin):
    one, two = desks
    keys_inventory.receive_stock(one, admin, CountItem.BLANK_VEHICLE, 5)
    card, _ = keys_cards.issue_vehicle_card(one, FIRST, unit, "C0012", "张三", "浙A12345", months=1,
                                            monthly_fee="150")
    [loaded_two] = keys_cards.cards(two, SECOND, unit_id=unit)
    renewed = keys_cards.renew_vehicle_card(one, FIRST, card.id, 3, version=card.version)
    with pytest.raises(ConcurrentEdit) as refused:
        keys_cards.renew_vehicle_card(two, SECOND, card.id, 3, version=loaded_two.version)
    assert str(refused.value) == refused_by_first(one)
    [now] = keys_cards.cards(two, SECOND, unit_id=unit)
    assert now.paid_until == renewed.paid_until  # renewed once, not twice


def test_second_settings_save_is_refused_naming_the_first(desks):
    one, two = desks
    key = "rounds.decoration.rectify_days"
    settings.set_value(one, FIRST, key, 5)
    loaded_one = settings.current(one, FIRST, [key])
    loaded_two = settings.current(two, SECOND, [key])
    settings.set_values(one, FIRST, {key: 7}, versions={key: loaded_one[key].version})
    with pytest.raises(ConcurrentEdit) as refused:
        settings.set_values(two, SECOND, {key: 9}, versions={key: loaded_two[key].version})
    assert str(refused.value) == refused_by_first(one)
    assert settings.get(two, key) == 7


def test_a_setting_first_stored_by_another_desk_refuses_a_page_that_showed_the_default(desks):
    one, two = desks
    key = "rounds.decoration.rectify_days"
    loaded_two = settings.current(two, SECOND, [key])
    assert loaded_two[key].version == 0 and not loaded_two[key].changed
    settings.set_values(one, FIRST, {key: 4}, versions={key: settings.current(one, FIRST, [key])[key].version})
    with pytest.raises(ConcurrentEdit) as refused:
        settings.set_values(two, SECOND, {key: 9}, versions={key: loaded_two[key].version})
    assert str(refused.value) == refused_by_first(one)
    assert settings.get(two, key) == 4
