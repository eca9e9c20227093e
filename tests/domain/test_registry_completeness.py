"""档案完整性检查 rules, without Qt or a database."""
from datetime import date
from decimal import Decimal

from deskapp.domain.completeness import (
    IdHolder, PersonFacts, UnitFacts, check_unit, duplicate_id_findings, sort_findings,
)
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitState

TODAY = date(2026, 11, 27)
GOOD_ID = "11010519491231002X"


def owner(**kw) -> PersonFacts:
    values = dict(person_id=1, name="张三", relation=Relation.OWNER, phone="13800138000", id_type="居民身份证",
                  id_number=GOOD_ID)
    values.update(kw)
    return PersonFacts(**values)


def unit(*people, **kw) -> UnitFacts:
    values = dict(unit_id=7, code="3-2-1502", state=UnitState.OCCUPIED, building_area=Decimal("98.50"),
                  inner_area=Decimal("80.00"), delivered_on=date(2020, 1, 1), floor=15, people=tuple(people))
    values.update(kw)
    return UnitFacts(**values)


def problems(u: UnitFacts) -> set[tuple[str, str]]:
    return {(f.subject, f.item) for f in check_unit(u, TODAY)}


def test_a_complete_file_has_no_findings():
    assert check_unit(unit(owner()), TODAY) == []


def test_unit_facts_missing_or_wrong():
    found = problems(unit(owner(), building_area=None, floor=None, delivered_on=None))
    assert found == {("房屋", "建筑面积"), ("房屋", "楼层"), ("房屋", "交房日期")}
    assert problems(unit(owner(), inner_area=Decimal("120"))) == {("房屋", "套内面积")}
    assert problems(unit(owner(), delivered_on=date(2027, 1, 1))) == {("房屋", "交房日期")}


def test_occupied_unit_without_owner_and_undelivered_unit_with_delivery_date():
    assert problems(unit()) == {("房屋", "业主")}
    undelivered = unit(state=UnitState.UNDELIVERED, delivered_on=date(2020, 1, 1))
    assert problems(undelivered) == {("房屋", "交房日期")}
    assert problems(unit(state=UnitState.UNDELIVERED, delivered_on=None)) == set()


def test_rented_unit_needs_a_tenant_and_a_tenant_needs_a_rented_unit():
    assert problems(unit(owner(), state=UnitState.RENTED)) == {("房屋", "租户")}
    tenant = owner(person_id=2, name="李四", relation=Relation.TENANT, lease_start=date(2026, 1, 1),
                   lease_end=date(2027, 1, 1))
    assert problems(unit(owner(), tenant, state=UnitState.RENTED)) == set()
    assert problems(unit(owner(), tenant, state=UnitState.VACANT)) == {("房屋", "房屋状态")}


def test_people_without_phone_or_with_invalid_id_number():
    found = check_unit(unit(owner(phone=None, id_number="110105194912310021")), TODAY)
    assert {(f.item, f.problem) for f in found} == {
        ("联系电话", "业主没有联系电话"), ("证件号码", "居民身份证号码无效（校验位不符）")}
    assert problems(unit(owner(id_number=None))) == {("张三", "证件号码")}
    assert problems(unit(owner(id_type=None, id_number="E12345678"))) == {("张三", "证件号码")}
    # family members are not required to leave a phone or an ID number
    family = owner(person_id=3, name="张小三", relation=Relation.FAMILY, phone=None, id_number=None)
    assert problems(unit(owner(), family)) == set()


def test_tenant_lease_missing_reversed_or_over():
    def tenant(**kw):
        return owner(person_id=2, name="李四", relation=Relation.TENANT, **kw)

    def lease_problem(**kw) -> list[str]:
        return [f.problem for f in check_unit(unit(owner(), tenant(**kw), state=UnitState.RENTED), TODAY)]

    assert lease_problem(lease_start=date(2026, 1, 1)) == ["租户没有租期结束日期"]
    assert lease_problem(lease_start=date(2026, 6, 1), lease_end=date(2026, 5, 1)) == ["租期结束日期早于开始日期"]
    assert lease_problem(lease_end=date(2026, 10, 31)) == ["租期已于 2026-10-31 结束，请核实是否续租或退租"]


def test_authorised_person_without_authorities():
    helper = owner(person_id=4, name="王五", relation=Relation.AUTHORISED, authorities="")
    assert problems(unit(owner(), helper)) == {("王五", "授权事项")}
    assert problems(unit(owner(), owner(person_id=4, name="王五", relation=Relation.AUTHORISED,
                                        authorities="KEYS,MAIL"))) == set()


def test_one_id_number_under_two_names_is_flagged_in_every_place():
    holders = [IdHolder(1, "1-1-101", "张三", GOOD_ID), IdHolder(2, "2-1-101", "张三", GOOD_ID),
               IdHolder(3, "3-1-101", "张山", GOOD_ID), IdHolder(4, "4-1-101", "李四", "110105194912310037")]
    found = duplicate_id_findings(holders)
    assert [(f.unit_code, f.subject) for f in found] == [("1-1-101", "张三"), ("2-1-101", "张三"),
                                                         ("3-1-101", "张山")]
    assert found[0].problem == "证件号码与张山的相同，请核对"


def test_findings_sort_unit_first_then_people_in_item_order():
    u = unit(owner(phone=None, id_number=None), building_area=None)
    ordered = sort_findings(reversed(check_unit(u, TODAY)))
    assert [(f.subject, f.item) for f in ordered] == [("房屋", "建筑面积"), ("张三", "联系电话"), ("张三", "证件号码")]
