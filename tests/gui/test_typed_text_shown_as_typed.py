"""What people type shows as typed: Qt guesses "rich text" when a string looks like HTML, so a
person named "<b>张</b>&李" showed as a bold 张&李 on the unit page's title and in a confirmation
quoting the name (a name may hold "<": the registry does not refuse it). Every label is a
widgets.plain_label; a message box's text and a tooltip go through widgets.as_typed."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from community_support import make_units, plan
from modal_answers import ModalAnswers, button_named, click, click_row, desk_window, open_view, shown, shown_text
from support import make_actor

from deskapp.domain.people import Relation
from deskapp.domain.permissions import Role
from deskapp.gui.list_model import Col, ListModel
from deskapp.services.community import signups
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput

NAME = "<b>张</b>&李"


def test_the_unit_page_title_shows_the_owner_as_typed(main_window, desk_session):
    ctx, actor = desk_session.ctx, desk_session.actor
    uid = registry_units.create_unit(ctx, actor, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "自住"}, delivered_on=date(2020, 1, 1))
    registry_people.add_person(ctx, actor, uid, PersonInput(NAME, "13800138000"), Relation.OWNER)
    page = main_window.open_unit(uid)
    assert shown(page.title) == f"{page.page.code}  {NAME}"


def test_a_confirmation_quoting_a_name_shows_it_as_typed(community, qtbot):
    make_units(community)
    aid = plan(community, limit=6)
    signups.sign_up(community, make_actor(Role.CLERK), aid, "3-1-101", NAME, 4)
    window = desk_window(qtbot, community, "SUPERVISOR")
    tab = open_view(qtbot, window, "community").activities
    click_row(qtbot, tab.table, 0)
    click_row(qtbot, tab.signups, 0)
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No)
    click(qtbot, button_named(tab, "communityCancel"))
    answers.wait_all()
    assert f"3-1-101 {NAME}" in asked.text


def test_a_list_cell_s_tooltip_shows_the_text_as_typed(qtmodeltester):
    """The lists' tooltips (the morning list's whole item, an elided cell) are a ListModel's."""
    model = ListModel([Col(lambda: "Name", lambda r: r)])
    model.set_rows([NAME, "a<b", "张&李"])
    qtmodeltester.check(model)
    tips = [shown_text(model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole)) for r in range(3)]
    assert tips == [NAME, "a<b", "张&李"]
