"""编辑人员 over another desk's save (issue 18 §3): the form loaded the person, someone else saved
the same person through the service meanwhile; pressing OK keeps the form open with the message
naming them, and nothing of this form is written."""
from datetime import date

from modal_answers import ModalAnswers, click, click_row
from PySide6.QtWidgets import QDialogButtonBox, QToolButton

from deskapp.domain.local_time import local_text
from deskapp.domain.people import Relation
from deskapp.domain.permissions import Role
from deskapp.gui.registry.person_dialogs import EditPersonDialog
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonEdit, PersonInput
from support import make_actor


def test_saving_over_another_desks_edit_shows_who_saved_first(main_window, desk_session, qtbot):
    ctx, actor = desk_session.ctx, desk_session.actor
    uid = registry_units.create_unit(ctx, actor, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "出租"})
    registry_people.add_person(ctx, actor, uid, PersonInput("李四", "13900139000"), Relation.TENANT,
                               since=date(2026, 1, 1), lease_start=date(2026, 1, 1), lease_end=date(2026, 12, 31))
    other_desk = make_actor(Role.STEWARD, "王管家")
    page = main_window.open_unit(uid)
    click_row(qtbot, page.people, 0)
    seen: list[tuple] = []

    def fill(dialog: EditPersonDialog) -> None:
        qtbot.keyClicks(dialog.phone, "13900139001")
        [person] = registry_units.unit_page(ctx, other_desk, uid).people
        registry_people.edit_person(ctx, other_desk, person.tie_id, PersonEdit(
            phone="13900139002", lease_end=person.lease_end, version=person.version))
        click(qtbot, dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok))
        seen.append((dialog.isVisible(), dialog.error.text()))

    answers = ModalAnswers(qtbot)
    answers.dialog(EditPersonDialog, fill, accept=False)
    click(qtbot, next(b for b in page.findChildren(QToolButton) if b.defaultAction() is page.act_edit_person))
    answers.wait_all()
    qtbot.waitUntil(lambda: bool(seen))  # the answer acts just after it is matched
    [(still_open, message)] = seen
    assert still_open
    assert f"已被 王管家 于 {local_text(ctx.clock.now(), '%H:%M')} 修改，请刷新后再改" in message
    [person] = registry_units.unit_page(ctx, actor, uid).people
    assert person.phone == "139****9002"  # the other desk's save stands, this form's is not written
