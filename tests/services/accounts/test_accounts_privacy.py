"""Revealing one record and exporting full numbers: supervisors only, each time audited."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.people import Relation
from deskapp.services.accounts import privacy
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.accounts import AuditEntry

ID = "11010519491231002X"


@pytest.fixture
def person(community, admin):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101", "kind": "住宅",
                                                  "building_area": "90"})
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13812345678", id_number=ID), Relation.OWNER)
    return uid, registry_units.unit_page(community, admin, uid).people[0].person_id


def audit_rows(ctx, action):
    with ctx.reader() as uow:
        return [(a.actor_name, a.unit_id, a.summary) for a in uow.session.execute(
            select(AuditEntry).where(AuditEntry.action == action)).scalars()]


def test_views_are_masked_and_a_supervisor_reveals_one_record(community, supervisor, clerk, person):
    uid, pid = person
    assert registry_units.unit_page(community, clerk, uid).people[0].id_number == "110***********002X"
    assert privacy.reveal(community, supervisor, pid) == ID
    assert privacy.reveal(community, supervisor, pid, "phone") == "13812345678"
    assert audit_rows(community, "privacy.reveal") == [
        ("supervisor", uid, "查看 张三 的完整证件号码"), ("supervisor", uid, "查看 张三 的完整手机号")]
    with pytest.raises(PermissionDenied):
        privacy.reveal(community, clerk, pid)
    with pytest.raises(ValidationError):
        privacy.reveal(community, supervisor, pid, "notes")


def test_masker_for_exports(community, supervisor, steward, tmp_path):
    masked, notice = privacy.masker(community, steward, "people", tmp_path / "p.xlsx", False)
    assert masked.id_number(ID) == "110***********002X" and masked.phone("13812345678") == "138****5678"
    assert notice == "" and not masked.unmasked
    with pytest.raises(PermissionDenied):
        privacy.masker(community, steward, "people", tmp_path / "p.xlsx", True)
    full, notice = privacy.masker(community, supervisor, "people", tmp_path / "p.xlsx", True)
    assert full.id_number(ID) == ID and full.unmasked
    assert notice.startswith("本表含完整证件号码和电话") and "客服主管" in notice
    assert audit_rows(community, "privacy.export.unmasked")[0][0] == "supervisor"
