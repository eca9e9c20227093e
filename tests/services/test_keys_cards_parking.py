"""Cards, vehicle cards, parking spaces and leases, vehicle charges for billing."""
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from support import CST

from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.keys import CardKind, CardState, CountItem, SpaceArea, SpaceState
from deskapp.services import hooks, settings
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import cards as keys_cards, inventory as keys_inventory, parking as keys_parking
from deskapp.services.keys.parking import LeaseInput
from deskapp.store.models.keys import Card, ParkingLease


@pytest.fixture
def unit(community, admin):
    return registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                   "building_area": "88", "state": "自住"})


@pytest.fixture
def stocked(community, admin):
    for item in (CountItem.BLANK_RESIDENT, CountItem.BLANK_ACCESS, CountItem.BLANK_VEHICLE):
        keys_inventory.receive_stock(community, admin, item, 20)
    return community


def count(ctx, model):
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar_one()


def test_card_number_already_active_is_refused(stocked, clerk, unit):
    keys_cards.issue_card(stocked, clerk, unit, CardKind.ACCESS, "mj 0001", "张三", deposit="20")
    with pytest.raises(Conflict, match="MJ0001 已是有效卡"):
        keys_cards.issue_card(stocked, clerk, unit, CardKind.RESIDENT, "MJ0001", "李四")
    assert count(stocked, Card) == 1


def test_card_limit_per_unit_is_a_setting(stocked, admin, clerk, unit):
    settings.set_value(stocked, admin, keys_cards.CARD_LIMIT, 2)
    keys_cards.issue_card(stocked, clerk, unit, CardKind.ACCESS, "A1", "张三")
    keys_cards.issue_card(stocked, clerk, unit, CardKind.RESIDENT, "A2", "张三")
    with pytest.raises(Conflict, match="上限 2"):
        keys_cards.issue_card(stocked, clerk, unit, CardKind.ACCESS, "A3", "李四")


def test_lost_replace_and_cancel_keep_the_old_card(stocked, clerk, unit):
    c = keys_cards.issue_card(stocked, clerk, unit, CardKind.ACCESS, "A1", "张三", fee="10")
    keys_cards.report_lost(stocked, clerk, c.id, "业主遗失")
    with pytest.raises(Conflict):
        keys_cards.report_lost(stocked, clerk, c.id)
    new = keys_cards.replace_card(stocked, clerk, c.id, "A9", fee="20", method=PayMethod.CASH).card
    assert new.holder_name == "张三" and new.state is CardState.ACTIVE
    states = {v.number: v.state for v in keys_cards.cards(stocked, clerk, unit_id=unit, active_only=False)}
    assert states == {"A1": CardState.REPLACED, "A9": CardState.ACTIVE}
    # the old number is free again once no active card carries it
    keys_cards.cancel_card(stocked, clerk, new.id, "迁出")
    keys_cards.issue_card(stocked, clerk, unit, CardKind.ACCESS, "A1", "王五")


def test_no_blank_card_in_stock_refuses_issue(community, clerk, unit):
    with pytest.raises(Conflict, match="库存为 0"):
        keys_cards.issue_card(community, clerk, unit, CardKind.ACCESS, "A1", "张三")


def test_vehicle_card_renewal_and_expiry_lists(stocked, clerk, unit, clock):
    card, slip = keys_cards.issue_vehicle_card(stocked, clerk, unit, "C0012", "张三", "浙a 12345", months=1,
                                               monthly_fee="150")
    assert slip.plate == "浙A12345" and card.paid_until == date(2026, 12, 26)
    assert [c.number for c in keys_cards.cards(stocked, clerk, expiring=True)] == ["C0012"]
    with pytest.raises(Conflict, match="浙A12345"):
        keys_cards.issue_vehicle_card(stocked, clerk, unit, "C0013", "李四", "浙A12345", months=1, monthly_fee="150")
    with pytest.raises(ValidationError, match="车牌号"):
        keys_cards.issue_vehicle_card(stocked, clerk, unit, "C0013", "李四", "ABC", months=1, monthly_fee="150")
    renewed = keys_cards.renew_vehicle_card(stocked, clerk, card.id, 3)
    assert renewed.paid_until == date(2027, 3, 26)
    assert keys_cards.cards(stocked, clerk, expiring=True) == []
    clock.advance(days=200)
    assert [c.number for c in keys_cards.cards(stocked, clerk, expired=True)] == ["C0012"]
    # a lapsed card starts again from today
    again = keys_cards.renew_vehicle_card(stocked, clerk, card.id, 1)
    assert again.paid_until == clock.today() + timedelta(days=30) or again.paid_until.month != 3


def test_vehicle_charges_cover_renewals_and_leases(stocked, admin, clerk, unit):
    card, _ = keys_cards.issue_vehicle_card(stocked, clerk, unit, "C1", "张三", "浙A12345", months=2,
                                            monthly_fee="150")
    sid = keys_parking.add_space(stocked, admin, "B-017", SpaceArea.UNDERGROUND)
    keys_parking.lease_space(stocked, clerk, LeaseInput(sid, "张三", "浙A12345", date(2026, 12, 1),
                                                        date(2027, 11, 30), "300", unit_id=unit))
    with stocked.reader() as uow:
        charges = hooks.collect("vehicle_charges", uow.session, stocked, date(2027, 1, 1), date(2027, 3, 31))
    by_ref = {c.ref: c for c in charges}
    assert by_ref["C1"].start == date(2027, 1, 1) and by_ref["C1"].end == date(2027, 1, 26)
    assert by_ref["C1"].monthly_fee == Decimal("150.00") and by_ref["C1"].unit_id == unit
    lease = next(c for c in charges if c.ref.startswith("ZL"))
    assert (lease.start, lease.end, lease.monthly_fee) == (date(2027, 1, 1), date(2027, 3, 31), Decimal("300.00"))


def test_lease_refuses_sold_space_and_overlap(community, admin, clerk, unit):
    sold = keys_parking.add_space(community, admin, "A-001", SpaceArea.GROUND, SpaceState.SOLD, owner_unit_id=unit)
    free = keys_parking.add_space(community, admin, "A-002", SpaceArea.GROUND)
    with pytest.raises(ValidationError, match="已售"):
        keys_parking.lease_space(community, clerk, LeaseInput(sold, "李四", "浙A11111", date(2026, 12, 1),
                                                              date(2027, 5, 31), "200"))
    first = keys_parking.lease_space(community, clerk, LeaseInput(free, "李四", "浙A11111 浙B22222",
                                                                  date(2026, 12, 1), date(2027, 5, 31), "200",
                                                                  deposit="500", lessee_phone="13800138000",
                                                                  lessee_id_number="11010519491231002X"))
    assert first.plates == "浙A11111、浙B22222" and first.lessee_phone == "138****8000"
    assert first.lessee_id_number.startswith("110") and "*" in first.lessee_id_number
    with pytest.raises(ValidationError, match=first.number) as err:
        keys_parking.lease_space(community, clerk, LeaseInput(free, "王五", "浙A33333", date(2027, 5, 31),
                                                              date(2027, 8, 31), "200"))
    assert err.value.field == "租期"
    assert count(community, ParkingLease) == 1
    states = {s.number: s.state for s in keys_parking.spaces(community, clerk)}
    assert states == {"A-001": SpaceState.SOLD, "A-002": SpaceState.FREE}  # lease starts next month


def test_end_and_renew_a_lease(community, admin, clerk, unit, clock):
    sid = keys_parking.add_space(community, admin, "A-003", SpaceArea.GROUND)
    ls = keys_parking.lease_space(community, clerk, LeaseInput(sid, "李四", "浙A11111", date(2026, 11, 1),
                                                               date(2027, 1, 31), "200", unit_id=unit))
    assert keys_parking.spaces(community, clerk)[0].state is SpaceState.LEASED
    renewed = keys_parking.renew_lease(community, clerk, ls.id, date(2027, 7, 31), "220")
    assert renewed.start == date(2027, 2, 1) and renewed.renews == ls.number
    with pytest.raises(Conflict, match="已续租"):
        keys_parking.renew_lease(community, clerk, ls.id, date(2027, 9, 30))
    with pytest.raises(ValidationError, match="退租日期"):
        keys_parking.end_lease(community, clerk, renewed.id, date(2027, 1, 1), "车辆出售")
    keys_parking.end_lease(community, clerk, renewed.id, date(2027, 3, 31), "车辆出售")
    views = {v.number: v for v in keys_parking.leases(community, clerk)}
    assert views[renewed.number].end == date(2027, 3, 31) and views[renewed.number].ended_early
    # the space is free after the early end: a new lease from April is fine
    keys_parking.lease_space(community, clerk, LeaseInput(sid, "王五", "浙A33333", date(2027, 4, 1),
                                                          date(2027, 9, 30), "220"))
    a = keys_parking.agreement(community, clerk, ls.id)
    assert a.months == 3 and a.total_rent == Decimal("600.00")


def test_a_lease_is_numbered_in_the_year_it_is_signed_not_the_year_it_starts(community, admin, clerk, clock):
    """Renewed on 2026-12-28 for the new year: ZL2026-…, dated 12-28 on its agreement; the first lease
    signed in January starts the 2027 series at 0001."""
    sid = keys_parking.add_space(community, admin, "A-009", SpaceArea.GROUND)
    other = keys_parking.add_space(community, admin, "A-010", SpaceArea.GROUND)
    clock.set(datetime(2026, 6, 1, 10, 0, tzinfo=CST))
    ls = keys_parking.lease_space(community, clerk, LeaseInput(sid, "李四", "浙A11111", date(2026, 6, 1),
                                                               date(2026, 12, 31), "200"))
    clock.set(datetime(2026, 12, 28, 10, 0, tzinfo=CST))
    renewed = keys_parking.renew_lease(community, clerk, ls.id, date(2027, 12, 31), "220")
    assert (ls.number, renewed.number, renewed.start) == ("ZL2026-0001", "ZL2026-0002", date(2027, 1, 1))
    paper = keys_parking.agreement(community, clerk, renewed.id)
    assert (paper.number, paper.signed_on) == ("ZL2026-0002", date(2026, 12, 28))
    clock.set(datetime(2027, 1, 4, 9, 0, tzinfo=CST))
    first = keys_parking.lease_space(community, clerk, LeaseInput(other, "王五", "浙A33333", date(2027, 1, 4),
                                                                  date(2027, 6, 30), "220"))
    assert first.number == "ZL2027-0001"


def test_inventory_differences_and_notes(stocked, admin, clerk, unit):
    from deskapp.domain.idcard import IdType
    from deskapp.domain.keys import Difference, HoldReason, KeyKind, Purpose
    from deskapp.domain.people import Relation
    from deskapp.services.keys import custody as keys
    from deskapp.services.keys.custody import Borrower
    from deskapp.services.registry.people import PersonInput

    registry_people.add_person(stocked, admin, unit, PersonInput("张三", id_number="11010519491231002X"), Relation.OWNER)
    pid = registry_units.unit_page(stocked, admin, unit).people[0].person_id
    k1 = keys.register_key(stocked, clerk, unit, KeyKind.ENTRANCE, 2, "A-1", HoldReason.VACANT, "业主委托")
    k2 = keys.register_key(stocked, clerk, unit, KeyKind.MAILBOX, 1, "A-2", HoldReason.VACANT, "业主委托")
    k3 = keys.register_key(stocked, clerk, unit, KeyKind.OTHER, 1, "A-3", HoldReason.VACANT, "业主委托")
    keys.lend_key(stocked, clerk, k3.id, Borrower(pid, "张三", IdType.RESIDENT, "11010519491231002X"), Purpose.REPAIR)
    keys_cards.issue_card(stocked, clerk, unit, CardKind.ACCESS, "A1", "张三")  # 19 blank access cards left
    sheet = keys_inventory.count_sheet(stocked, clerk)
    assert {e.ref: (e.on_record, e.lent) for e in sheet.items}[k3.tag] == (1, 1)
    counted = {e.ref: e.in_place for e in sheet.items}
    counted[k1.tag] = 1  # one copy missing
    counted["BLANK_ACCESS"] = 21  # two extra
    lines = {ln.expected.ref: ln for ln in keys_inventory.compare(sheet, counted)}
    assert (lines[k1.tag].difference, lines[k1.tag].amount) == (Difference.MISSING, 1)
    assert (lines["BLANK_ACCESS"].difference, lines["BLANK_ACCESS"].amount) == (Difference.EXTRA, 2)
    assert lines[k3.tag].difference is Difference.LENT and lines[k2.tag].difference is Difference.NONE
    with pytest.raises(ValidationError, match="说明"):
        keys_inventory.file_count(stocked, clerk, counted, {k1.tag: "业主取走一把"})
    filed = keys_inventory.file_count(stocked, clerk, counted, {k1.tag: "业主取走一把", "BLANK_ACCESS": "上月漏记入库",
                                                               k3.tag: "维修借出"})
    assert {d.ref for d in filed.differences} == {k1.tag, "BLANK_ACCESS", k3.tag}
    assert keys_inventory.stock_levels(stocked, clerk)[CountItem.BLANK_ACCESS] == 21
    status = keys_inventory.count_status(stocked, clerk)
    assert status.last_counted == date(2026, 11, 27) and not status.due_alert
