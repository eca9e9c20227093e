"""审计日志 as the supervisor reads it to find who did what: a month filed is named by its month and a
person whose full ID number was shown by name. They read 每月汇总 8 and 人员 1 — database ids nobody
at the desk knows — so "whose ID did someone look at last week?" needed the summary to be opened."""
from __future__ import annotations

from modal_answers import click, desk_window, open_view
from support import make_actor

from deskapp.domain.people import Relation
from deskapp.domain.permissions import Role
from deskapp.services.accounts import privacy
from deskapp.services.monthpack import filing
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput

OBJECT = 5  # the 对象 column


def test_the_audit_log_names_a_filing_by_its_month_and_a_person_by_name(community, admin, desk_app, qtbot, tmp_path):
    supervisor = make_actor(Role.SUPERVISOR)
    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101",
                                                         "kind": "住宅", "building_area": "90"})
    registry_people.add_person(community, admin, unit, PersonInput("张三", "13812345678", id_number="11010519491231002X"),
                               Relation.OWNER)
    person = registry_units.unit_page(community, admin, unit).people[0].person_id
    privacy.reveal(community, supervisor, person)
    filing.file_month(community, supervisor, "2026-11", tmp_path)

    view = open_view(qtbot, desk_window(qtbot, community, "SUPERVISOR"), "audit")
    click(qtbot, view.search)
    shown = {view.model.row_at(r).action: view.model.index(r, OBJECT).data() for r in range(view.model.rowCount())}
    assert shown["monthpack.file"] == "每月汇总 2026-11", shown
    assert shown["privacy.reveal"] == "人员 张三", shown
    assert shown["registry.person.add"] == "人员 张三", shown
