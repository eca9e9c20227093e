from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.people import Relation
from deskapp.services.registry import community as registry_community
from deskapp.services.registry import instructions as registry_instructions
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry import transfer as registry_transfer
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import Unit

UNIT = {"building": "3", "stairwell": "2", "room": "1502", "building_area": "98.50", "inner_area": "80",
        "state": "自住"}


def count(ctx, model):
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar_one()


def test_create_unit_writes_audit_and_chronicle(community, admin):
    uid = registry_units.create_unit(community, admin, UNIT, delivered_on=date(2020, 5, 1))
    page = registry_units.unit_page(community, admin, uid)
    assert page.code == "3-2-1502" and page.floor == 15 and page.building_area == Decimal("98.50")
    assert [c.kind.value for c in page.chronicle] == ["建档"]
    with community.reader() as uow:
        actions = uow.session.execute(select(AuditEntry.action)).scalars().all()
    assert "registry.unit.create" in actions


def test_bad_values_name_the_field_and_write_nothing(community, admin):
    before = (count(community, Unit), count(community, AuditEntry))
    for raw, field in [({**UNIT, "building_area": "0"}, "建筑面积"), ({**UNIT, "building_area": "九十"}, "建筑面积"),
                       ({**UNIT, "building": "99"}, "楼栋"), ({**UNIT, "inner_area": "120"}, "套内面积")]:
        with pytest.raises(ValidationError) as err:
            registry_units.create_unit(community, admin, raw)
        assert err.value.field == field
    registry_units.create_unit(community, admin, UNIT)
    with pytest.raises(Conflict, match="已存在"):
        registry_units.create_unit(community, admin, UNIT)
    assert count(community, Unit) == before[0] + 1


def test_clerk_may_not_create_units(community, clerk):
    with pytest.raises(PermissionDenied):
        registry_units.create_unit(community, clerk, UNIT)


def test_search_by_code_name_pinyin_and_phone(community, admin):
    uid = registry_units.create_unit(community, admin, UNIT)
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000", id_number="11010519491231002X"),
                        Relation.OWNER)
    for q, why in [("1502", "房号"), ("3-2-15", "房号"), ("张三", "姓名"), ("zs", "拼音"), ("8000", "电话")]:
        hits = registry_units.search(community, admin, q)
        assert [h.code for h in hits] == ["3-2-1502"], q
        assert hits[0].why == why


def test_person_data_is_masked_in_the_page(community, admin):
    uid = registry_units.create_unit(community, admin, UNIT)
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000", id_number="11010519491231002X"),
                        Relation.OWNER)
    person = registry_units.unit_page(community, admin, uid).people[0]
    assert person.phone == "138****8000"
    assert person.id_number == "110***********002X"


def test_transfer_keeps_old_owners_as_history(community, admin):
    uid = registry_units.create_unit(community, admin, UNIT)
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000"), Relation.OWNER,
                        since=date(2020, 1, 1))
    registry_transfer.transfer_ownership(community, admin, uid, [PersonInput("李四", "13900139000")], date(2026, 10, 1),
                                reference="浙(2026)杭州市不动产权第0012345号")
    page = registry_units.unit_page(community, admin, uid)
    assert [p.name for p in page.people if p.relation is Relation.OWNER] == ["李四"]
    assert [(p.name, p.until) for p in page.history] == [("张三", date(2026, 10, 1))]
    assert page.transfers[0].previous_owners == "张三" and page.transfers[0].new_owners == "李四"
    assert page.chronicle[0].kind.value == "产权变更"


def test_instructions_show_only_while_valid(community, admin, clock):
    uid = registry_units.create_unit(community, admin, UNIT)
    registry_instructions.add_instruction(community, admin, uid, "仅限业主本人借用钥匙", date(2026, 11, 1), date(2026, 12, 31))
    registry_instructions.add_instruction(community, admin, uid, "授权王五代取信件", date(2027, 1, 1))
    assert [i.text for i in registry_units.unit_page(community, admin, uid).instructions] == ["仅限业主本人借用钥匙"]
    with pytest.raises(ValidationError) as err:
        registry_instructions.add_instruction(community, admin, uid, "x", date(2026, 12, 1), date(2026, 11, 1))
    assert err.value.field == "结束日期"


def test_transfer_names_the_new_owner_whose_field_is_wrong(community, admin):
    uid = registry_units.create_unit(community, admin, UNIT)
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000"), Relation.OWNER,
                        since=date(2020, 1, 1))
    before = count(community, AuditEntry)
    with pytest.raises(ValidationError) as err:
        registry_transfer.transfer_ownership(community, admin, uid, [PersonInput("李四", "13900139000"),
                                                            PersonInput("王五", id_number="110105194912310021")],
                                    date(2026, 10, 1))
    assert (err.value.location, err.value.field) == ("第 2 位新业主", "证件号码")
    assert "第 2 位新业主，证件号码：" in str(err.value)
    assert count(community, AuditEntry) == before
    assert [p.name for p in registry_units.unit_page(community, admin, uid).people] == ["张三"]


def test_clerk_may_not_transfer_ownership(community, admin, clerk):
    uid = registry_units.create_unit(community, admin, UNIT)
    with pytest.raises(PermissionDenied):
        registry_transfer.transfer_ownership(community, clerk, uid, [PersonInput("李四")], date(2026, 10, 1))


def test_authorised_person_needs_an_authority_and_tie_ends_not_before_it_began(community, admin):
    from deskapp.domain.people import Authority

    uid = registry_units.create_unit(community, admin, UNIT)
    with pytest.raises(ValidationError) as err:
        registry_people.add_person(community, admin, uid, PersonInput("王五", "13600136000"), Relation.AUTHORISED)
    assert err.value.field == "授权事项"
    tie = registry_people.add_person(community, admin, uid, PersonInput("王五", "13600136000"), Relation.AUTHORISED,
                              authorities=(Authority.MAIL,), since=date(2026, 11, 1))
    with pytest.raises(ValidationError) as err:
        registry_people.end_tie(community, admin, tie, date(2026, 10, 1))
    assert err.value.field == "结束日期"
    registry_people.end_tie(community, admin, tie, date(2026, 11, 20), "授权到期")
    page = registry_units.unit_page(community, admin, uid)
    assert page.people == [] and page.history[0].authorities == (Authority.MAIL,)
    assert page.chronicle[0].text == "授权人 王五 迁出/结束：授权到期"


def test_withdrawable_instructions_include_coming_ones(community, admin):
    uid = registry_units.create_unit(community, admin, UNIT)
    registry_instructions.add_instruction(community, admin, uid, "已过期", date(2026, 1, 1), date(2026, 6, 30))
    now = registry_instructions.add_instruction(community, admin, uid, "仅限业主本人借用钥匙", date(2026, 11, 1))
    registry_instructions.add_instruction(community, admin, uid, "授权王五代取信件", date(2027, 1, 1))
    texts = [i.text for i in registry_instructions.current_and_coming_instructions(community, admin, uid)]
    assert texts == ["仅限业主本人借用钥匙", "授权王五代取信件"]
    registry_instructions.withdraw_instruction(community, admin, now)
    assert registry_units.unit_page(community, admin, uid).instructions == []
    with pytest.raises(Exception, match="已撤销"):
        registry_instructions.withdraw_instruction(community, admin, now)


def test_community_view_outlives_its_session(community):
    c = registry_community.community(community)
    assert (c.name, c.centre_name, c.phone) == ("翠湖花园", "翠湖花园物业服务中心", "0571-88886666")


@pytest.mark.parametrize("floors, said", [("十八", "应为整数"), ("0", "1 到 200"), ("999", "1 到 200")])
def test_a_building_from_the_form_names_its_floors_when_they_are_wrong(community, admin, floors, said):
    with pytest.raises(ValidationError, match=said) as refused:
        registry_community.add_building(community, admin, "9", "", floors)
    assert refused.value.field == "层数"
    assert "9" not in {b.code for b in registry_community.buildings(community, admin)}
    registry_community.add_building(community, admin, "9", "", " 18 ")
    assert {b.code: b.floors for b in registry_community.buildings(community, admin)}["9"] == 18


def test_a_unit_in_a_building_not_made_says_where_to_make_it(community, admin):
    with pytest.raises(ValidationError, match="新建楼栋"):
        registry_units.create_unit(community, admin, {"building": "77", "room": "101", "building_area": "90"})
