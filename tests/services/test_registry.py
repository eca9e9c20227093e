from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.people import Relation
from deskapp.services import registry
from deskapp.services.registry import PersonInput
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import Unit

UNIT = {"building": "3", "stairwell": "2", "room": "1502", "building_area": "98.50", "inner_area": "80",
        "state": "自住"}


def count(ctx, model):
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar_one()


def test_create_unit_writes_audit_and_chronicle(community, admin):
    uid = registry.create_unit(community, admin, UNIT, delivered_on=date(2020, 5, 1))
    page = registry.unit_page(community, admin, uid)
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
            registry.create_unit(community, admin, raw)
        assert err.value.field == field
    registry.create_unit(community, admin, UNIT)
    with pytest.raises(Conflict, match="已存在"):
        registry.create_unit(community, admin, UNIT)
    assert count(community, Unit) == before[0] + 1


def test_clerk_may_not_create_units(community, clerk):
    with pytest.raises(PermissionDenied):
        registry.create_unit(community, clerk, UNIT)


def test_search_by_code_name_pinyin_and_phone(community, admin):
    uid = registry.create_unit(community, admin, UNIT)
    registry.add_person(community, admin, uid, PersonInput("张三", "13800138000", id_number="11010519491231002X"),
                        Relation.OWNER)
    for q, why in [("1502", "房号"), ("3-2-15", "房号"), ("张三", "姓名"), ("zs", "拼音"), ("8000", "电话")]:
        hits = registry.search(community, admin, q)
        assert [h.code for h in hits] == ["3-2-1502"], q
        assert hits[0].why == why


def test_person_data_is_masked_in_the_page(community, admin):
    uid = registry.create_unit(community, admin, UNIT)
    registry.add_person(community, admin, uid, PersonInput("张三", "13800138000", id_number="11010519491231002X"),
                        Relation.OWNER)
    person = registry.unit_page(community, admin, uid).people[0]
    assert person.phone == "138****8000"
    assert person.id_number == "110***********002X"


def test_transfer_keeps_old_owners_as_history(community, admin):
    uid = registry.create_unit(community, admin, UNIT)
    registry.add_person(community, admin, uid, PersonInput("张三", "13800138000"), Relation.OWNER,
                        since=date(2020, 1, 1))
    registry.transfer_ownership(community, admin, uid, [PersonInput("李四", "13900139000")], date(2026, 10, 1),
                                reference="浙(2026)杭州市不动产权第0012345号")
    page = registry.unit_page(community, admin, uid)
    assert [p.name for p in page.people if p.relation is Relation.OWNER] == ["李四"]
    assert [(p.name, p.until) for p in page.history] == [("张三", date(2026, 10, 1))]
    assert page.transfers[0].previous_owners == "张三" and page.transfers[0].new_owners == "李四"
    assert page.chronicle[0].kind.value == "产权变更"


def test_instructions_show_only_while_valid(community, admin, clock):
    uid = registry.create_unit(community, admin, UNIT)
    registry.add_instruction(community, admin, uid, "仅限业主本人借用钥匙", date(2026, 11, 1), date(2026, 12, 31))
    registry.add_instruction(community, admin, uid, "授权王五代取信件", date(2027, 1, 1))
    assert [i.text for i in registry.unit_page(community, admin, uid).instructions] == ["仅限业主本人借用钥匙"]
    with pytest.raises(ValidationError) as err:
        registry.add_instruction(community, admin, uid, "x", date(2026, 12, 1), date(2026, 11, 1))
    assert err.value.field == "结束日期"
