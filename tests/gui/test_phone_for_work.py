"""A clerk sees one full mobile when the work needs it (回访, 催缴), stating why; each reveal
is audited. The printed 工程维修单 carries the reporter's full phone for the technician."""
from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from deskapp.domain.people import Relation
from deskapp.domain.permissions import Role
from deskapp.gui.session import ChangeBus, DeskSession
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.accounts import AuditEntry
from modal_answers import ModalAnswers
from support import make_actor


def _unit_with_owner(ctx):
    admin = make_actor(Role.ADMIN)
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": "101", "kind": "住宅",
                                            "building_area": "90"})
    registry_people.add_person(ctx, admin, uid, PersonInput("张三", "13812345678", id_number="11010519491231002X"),
                        Relation.OWNER)
    return uid


def _audit(ctx, action):
    with ctx.reader() as uow:
        return uow.session.execute(select(AuditEntry.summary, AuditEntry.actor_name)
                                   .where(AuditEntry.action == action)).all()


def test_clerk_reveals_one_mobile_for_a_callback(community, qtbot):
    from deskapp.gui.accounts.reveal import PurposeDialog, RevealSection

    uid = _unit_with_owner(community)
    clerk = make_actor(Role.CLERK)
    section = RevealSection(DeskSession(community, clerk, ChangeBus()), uid)
    qtbot.addWidget(section)
    section.show()
    assert section.table.item(0, 2).text() == "138****5678"
    assert not section.reveal_id.isVisible()  # ID numbers stay the supervisor's
    section.table.selectRow(0)

    def fill(dialog):
        dialog.purpose.setCurrentText("回访")
        dialog.note.setText("WX2026-000001 维修回访")

    answers = ModalAnswers(qtbot)
    answers.dialog(PurposeDialog, fill)
    qtbot.mouseClick(section.reveal_phone, Qt.MouseButton.LeftButton)
    answers.wait_all()
    assert section.table.item(0, 2).text() == "13812345678"
    assert section.table.item(0, 1).text() == "110***********002X"
    assert _audit(community, "privacy.reveal.work") == [
        ("为回访查看 张三 的完整手机号（WX2026-000001 维修回访）", clerk.display_name)]
    section.refresh()
    assert section.table.item(0, 2).text() == "138****5678"


def test_cancelling_the_purpose_shows_and_audits_nothing(community, qtbot):
    from deskapp.gui.accounts.reveal import PurposeDialog, RevealSection

    uid = _unit_with_owner(community)
    section = RevealSection(DeskSession(community, make_actor(Role.CLERK), ChangeBus()), uid)
    qtbot.addWidget(section)
    section.show()
    section.table.selectRow(0)
    answers = ModalAnswers(qtbot)
    answers.dialog(PurposeDialog, lambda d: d.purpose.setCurrentText("催缴"), accept=False)
    qtbot.mouseClick(section.reveal_phone, Qt.MouseButton.LeftButton)
    answers.wait_all()
    assert section.table.item(0, 2).text() == "138****5678"
    assert _audit(community, "privacy.reveal.work") == []
