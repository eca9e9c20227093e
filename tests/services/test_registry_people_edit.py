"""编辑人员 (registry_people.edit_person) and an authorisation's last day where authority is checked:
key lending and release slips."""
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from deskapp.domain.errors import ValidationError
from deskapp.domain.idcard import IdType, check_digit
from deskapp.domain.keys import HoldReason, KeyKind, Purpose
from deskapp.domain.people import Authority, Relation
from deskapp.domain.rounds import (
    ConfirmerRelation, ConfirmMethod, OwnerConfirmation, ReleaseInput, ReleaseItem, ReleaseKind,
)
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import custody as keys
from deskapp.services.keys.custody import Borrower
from deskapp.services.registry.people import PersonEdit, PersonInput
from deskapp.services.rounds import release
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import Person, UnitPerson

AUTH_ID = "110105198001010019"[:17] + check_digit("110105198001010019"[:17])


@pytest.fixture
def unit(community, admin):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "出租"})
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000", id_number="11010519491231002X"),
                        Relation.OWNER, since=date(2020, 1, 1))
    registry_people.add_person(community, admin, uid, PersonInput("李四", "13900139000", id_number=AUTH_ID),
                        Relation.AUTHORISED, since=date(2026, 1, 1), authorities=(Authority.KEYS, Authority.RELEASE))
    registry_people.add_person(community, admin, uid, PersonInput("王五", "13700137000"), Relation.TENANT,
                        since=date(2026, 1, 1), lease_start=date(2026, 1, 1), lease_end=date(2026, 12, 31))
    return uid


def tie(ctx, actor, uid, name) -> registry_people.PersonView:
    return next(p for p in registry_units.unit_page(ctx, actor, uid).people if p.name == name)


def audit_rows(ctx, action):
    with ctx.reader() as uow:
        return [(e.summary, e.before, e.after) for e in uow.session.execute(
            select(AuditEntry).where(AuditEntry.action == action)).scalars()]


def test_phone_and_id_corrected_and_audited_masked(community, clerk, unit):
    t = tie(community, clerk, unit, "王五")
    view = registry_people.edit_person(community, clerk, t.tie_id, PersonEdit(
        phone="137 0013 7001", id_number="11010519491231002x", lease_end=date(2027, 12, 2)))
    assert (view.phone, view.id_number, view.lease_end) == ("137****7001", "110***********002X", date(2027, 12, 2))
    with community.reader() as uow:
        p = uow.session.get(Person, t.person_id)
        assert (p.phone, p.phone_last4, p.id_number, p.id_type) == ("13700137001", "7001", "11010519491231002X",
                                                                     IdType.RESIDENT.value)
    [(summary, before, after)] = audit_rows(community, "registry.person.edit")
    assert "手机号、证件号码、租期结束" in summary
    assert "137****7000" in before and "137****7001" in after and "13700137001" not in after
    assert "2027-12-02" in after and "11010519491231002X" not in after
    assert registry_units.unit_page(community, clerk, unit).chronicle[0].text == "修改租户 王五的手机号、证件号码、租期结束"


def test_blank_phone_and_id_keep_the_ones_on_file_and_no_change_writes_nothing(community, clerk, unit):
    t = tie(community, clerk, unit, "王五")
    registry_people.edit_person(community, clerk, t.tie_id, PersonEdit(lease_end=t.lease_end))
    assert audit_rows(community, "registry.person.edit") == []
    registry_people.edit_person(community, clerk, t.tie_id, PersonEdit(lease_end=None))  # 未定
    assert tie(community, clerk, unit, "王五").lease_end is None
    assert tie(community, clerk, unit, "王五").phone == "137****7000"


@pytest.mark.parametrize("edit, field", [
    (PersonEdit(phone="12345"), "手机号"),
    (PersonEdit(id_number="110105194912310021"), "证件号码"),  # wrong check digit
    (PersonEdit(lease_end=date(2025, 12, 31)), "租期结束"),  # before the lease started
])
def test_bad_values_are_refused_naming_the_field_and_nothing_is_written(community, clerk, unit, edit, field):
    t = tie(community, clerk, unit, "王五")
    with pytest.raises(ValidationError) as err:
        registry_people.edit_person(community, clerk, t.tie_id, edit)
    assert err.value.field == field
    assert tie(community, clerk, unit, "王五") == t
    assert audit_rows(community, "registry.person.edit") == []


def test_an_authorisation_gets_a_last_day_not_before_it_began(community, clerk, unit):
    t = tie(community, clerk, unit, "李四")
    with pytest.raises(ValidationError, match="授权截止：不能早于登记日期 2026-01-01"):
        registry_people.edit_person(community, clerk, t.tie_id, PersonEdit(authority_until=date(2025, 6, 30)))
    registry_people.edit_person(community, clerk, t.tie_id, PersonEdit(authority_until=date(2026, 11, 30)))
    assert tie(community, clerk, unit, "李四").authority_until == date(2026, 11, 30)
    with community.reader() as uow:
        assert uow.session.get(UnitPerson, t.tie_id).authority_until == date(2026, 11, 30)


def test_an_expired_authorisation_no_longer_lends_keys(community, clerk, unit, clock):
    t = tie(community, clerk, unit, "李四")
    registry_people.edit_person(community, clerk, t.tie_id, PersonEdit(authority_until=date(2026, 11, 27)))
    key = keys.register_key(community, clerk, unit, KeyKind.ENTRANCE, 1, "A柜-12", HoldReason.VACANT, "业主书面委托")
    borrower = Borrower(t.person_id, "李四", IdType.RESIDENT, AUTH_ID)
    assert keys.check_borrower(community, clerk, unit, borrower).verified  # its last day still counts
    clock.advance(days=1)
    assert not next(c for c in keys.lending_brief(community, clerk, unit).candidates if c.name == "李四").may_borrow
    with pytest.raises(ValidationError, match="李四 的授权已于 2026-11-27 到期"):
        keys.lend_key(community, clerk, key.id, borrower, Purpose.REPAIR)
    assert keys.open_loans_of_unit(community, clerk, unit) == []


def test_an_expired_authorisation_no_longer_confirms_a_release(community, clerk, unit, clock):
    t = tie(community, clerk, unit, "李四")
    registry_people.edit_person(community, clerk, t.tie_id, PersonEdit(authority_until=date(2026, 11, 26)))
    assert [c.name for c in release.confirmers(community, clerk, unit)] == ["张三"]
    now = community.clock.now()
    slip = ReleaseInput(unit_id=unit, kind=ReleaseKind.DECORATION, applicant="孙大力", company="居美装饰",
                        id_number=AUTH_ID, phone="13312345678", plate="", items=(ReleaseItem("旧木门", 2, "扇"),),
                        valid_from=now, valid_until=now + timedelta(hours=4),
                        confirmation=OwnerConfirmation("李四", ConfirmerRelation.AUTHORISED, ConfirmMethod.PHONE,
                                                       now - timedelta(minutes=5)))
    with pytest.raises(ValidationError, match="李四 不是 3-2-1502 登记的授权人"):
        release.issue(community, clerk, slip)
    registry_people.edit_person(community, clerk, t.tie_id, PersonEdit(authority_until=None))  # 长期 again
    assert release.issue(community, clerk, slip).confirmed_by == "李四"


def test_the_last_day_shows_in_the_people_export(community, admin, unit, tmp_path):
    from openpyxl import load_workbook

    from deskapp.services.registry import exports as registry_exports
    from deskapp.services.exports import ExportOptions

    t = tie(community, admin, unit, "李四")
    registry_people.edit_person(community, admin, t.tie_id, PersonEdit(authority_until=date(2026, 11, 30)))
    out = tmp_path / "people.xlsx"
    registry_exports.export_people(community, admin, out, ExportOptions())
    cells = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert "借用钥匙、物品放行确认（至 2026-11-30）" in cells


def test_a_note_too_long_is_refused_at_its_field_and_nothing_changes(community, admin, unit):
    tenant = tie(community, admin, unit, "王五")
    with pytest.raises(ValidationError) as refused:
        registry_people.edit_person(community, admin, tenant.tie_id, PersonEdit(note="经营" * 101))
    assert refused.value.field == "备注" and "200" in str(refused.value)
    assert tie(community, admin, unit, "王五").note == ""
    registry_people.edit_person(community, admin, tenant.tie_id, PersonEdit(note="  经营：便利店 "))
    assert tie(community, admin, unit, "王五").note == "经营：便利店"
