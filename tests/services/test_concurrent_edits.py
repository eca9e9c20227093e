"""Two desks editing the same record (issue 18 §3): each form carries the version it loaded; the
second save is refused naming the first desk's user and the time of their save, and writes nothing.
Each desk is its own Database, as two PCs are; runs on both backends. The editable records: a
unit's facts, a person's details (编辑人员) and a key in custody (调整)."""
from datetime import date

import pytest

from deskapp.domain.errors import ConcurrentEdit
from deskapp.domain.keys import HoldReason, KeyKind
from deskapp.domain.local_time import local_text
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitState
from deskapp.domain.permissions import Role
from deskapp.services.keys import custody as keys
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonEdit, PersonInput
from support import make_actor

FIRST = make_actor(Role.SUPERVISOR, "王管家")
SECOND = make_actor(Role.SUPERVISOR, "李管家")


@pytest.fixture
def unit(community, admin):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                        "building_area": "98.50", "state": "出租"})
    registry_people.add_person(community, admin, uid, PersonInput("王五", "13700137000"), Relation.TENANT,
                               since=date(2026, 1, 1), lease_start=date(2026, 1, 1), lease_end=date(2026, 12, 31))
    return uid


def refusal(desk_ctx) -> str:
    return f"已被 王管家 于 {local_text(desk_ctx.clock.now(), '%H:%M')} 修改，请刷新后再改"


def test_second_unit_save_is_refused_naming_the_first(desks, unit):
    one, two = desks
    loaded_one = registry_units.unit_page(one, FIRST, unit)
    loaded_two = registry_units.unit_page(two, SECOND, unit)
    registry_units.update_unit(one, FIRST, unit, {"notes": "东边阳台漏水"}, version=loaded_one.version)
    with pytest.raises(ConcurrentEdit) as refused:
        registry_units.update_unit(two, SECOND, unit, {"notes": "换了门锁"}, version=loaded_two.version)
    assert str(refused.value) == refusal(one)
    page = registry_units.unit_page(two, SECOND, unit)
    assert page.notes == "东边阳台漏水" and page.version == loaded_one.version + 1
    # reloaded, the second desk's save goes through
    registry_units.update_unit(two, SECOND, unit, {"notes": "换了门锁"}, version=page.version)
    assert registry_units.unit_page(one, FIRST, unit).notes == "换了门锁"


def test_second_person_save_is_refused_even_when_it_changes_another_field(desks, unit):
    one, two = desks
    [loaded_one] = registry_units.unit_page(one, FIRST, unit).people
    [loaded_two] = registry_units.unit_page(two, SECOND, unit).people
    registry_people.edit_person(one, FIRST, loaded_one.tie_id, PersonEdit(
        phone="13700137001", lease_end=loaded_one.lease_end, version=loaded_one.version))
    with pytest.raises(ConcurrentEdit) as refused:
        registry_people.edit_person(two, SECOND, loaded_two.tie_id, PersonEdit(
            lease_end=date(2027, 6, 30), version=loaded_two.version))
    assert str(refused.value) == refusal(one)
    [now] = registry_units.unit_page(two, SECOND, unit).people
    assert (now.phone, now.lease_end) == ("137****7001", date(2026, 12, 31))  # nothing of the second written


def test_an_edit_without_a_loaded_version_saves_as_before(community, unit):
    registry_units.update_unit(community, FIRST, unit, {"notes": "一"})
    registry_units.update_unit(community, SECOND, unit, {"notes": "二"})
    assert registry_units.unit_page(community, FIRST, unit).notes == "二"


def test_second_key_adjustment_is_refused_naming_the_first(desks, unit):
    one, two = desks
    key_id = keys.register_key(one, FIRST, unit, KeyKind.ENTRANCE, 1, "A-01", HoldReason.VACANT, "业主书面委托").id
    [loaded_one] = keys.keys_of_unit(one, FIRST, unit)
    [loaded_two] = keys.keys_of_unit(two, SECOND, unit)
    keys.update_key(one, FIRST, key_id, location="B-07", version=loaded_one.version)
    with pytest.raises(ConcurrentEdit) as refused:
        keys.update_key(two, SECOND, key_id, copies=3, version=loaded_two.version)
    assert str(refused.value) == refusal(one)
    [now] = keys.keys_of_unit(two, SECOND, unit)
    assert (now.location, now.copies) == ("B-07", 1)


def test_a_change_nobody_signed_does_not_name_the_last_editor(desks, unit, admin):
    """A state change (its own dialog, no version) after 王管家's edit: a form loaded before it is
    refused without naming 王管家, who did not make that change."""
    one, two = desks
    page = registry_units.unit_page(one, FIRST, unit)
    registry_units.update_unit(one, FIRST, unit, {"notes": "东边阳台漏水"}, version=page.version)
    loaded = registry_units.unit_page(two, SECOND, unit)
    registry_units.set_unit_state(one, admin, unit, UnitState.VACANT, "租客退租")
    with pytest.raises(ConcurrentEdit) as refused:
        registry_units.update_unit(two, SECOND, unit, {"notes": "换了门锁"}, version=loaded.version)
    assert "王管家" not in str(refused.value) and "另一台客服台" in str(refused.value)
