"""楼宇管家 ▸ 物品放行条 ▸ 开放行条… from the release-slip tab itself (issue 12: it only worked
from the unit page), the unit chosen in the slip's own dialog."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view, type_text

from deskapp.domain.people import Relation
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput


def test_new_slip_from_the_release_tab_issues_and_prints_it(community, admin, desk_app, qtbot):
    from deskapp.gui.rounds.release_tab import SlipDialog

    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "1502",
                                                  "state": "自住", "building_area": "98.5"},
                               delivered_on=date(2020, 1, 1))
    registry_people.add_person(community, admin, uid, PersonInput("张伟", "13812345678"), Relation.OWNER)
    window = desk_window(qtbot, community, "STEWARD")
    view = open_view(qtbot, window, "rounds")
    click_tab(qtbot, view.tabs, view.tabs.widget(2))
    tab = view.release
    qtbot.waitUntil(tab.isVisible)  # built when its tab is first shown
    assert tab.model.rowCount() == 0

    def fill(dialog: SlipDialog) -> None:
        assert not dialog.unit.isReadOnly() and dialog.unit.text() == ""  # the clerk chooses the unit here
        dialog.unit.setFocus()
        qtbot.keyClicks(dialog.unit, "3-1-1502")
        qtbot.keyClick(dialog.unit, Qt.Key.Key_Tab)  # leaving the field looks the unit up
        assert "张伟" in dialog.confirmer.currentText()
        type_text(qtbot, dialog.applicant, "李师傅")
        qtbot.keyClicks(dialog.id_number, "11010519491231002X")
        qtbot.keyClicks(dialog.phone, "13900001111")
        dialog.add_item(0, "旧沙发", 1)
        click(qtbot, dialog.confirmed)
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    answers = ModalAnswers(qtbot)
    slip = answers.dialog(SlipDialog, fill)
    printed = answers.pdf_preview()
    click(qtbot, button_named(tab, "newSlip"))
    answers.wait_all()

    assert tab.model.rowCount() == 1
    row = tab.model.row_at(0)
    assert row.unit_code == "3-1-1502" and "旧沙发" in row.items and "张伟" in row.confirmed_by
    assert row.number in printed.pdf_text and "物品放行条" in printed.pdf_text
    assert slip.done
