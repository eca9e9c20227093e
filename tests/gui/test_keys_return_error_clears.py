"""A refusal in a form goes when the clerk changes what it was about (walk of 2026-12-07): returning
K0018 the clerk chose 缺少钥匙 without a note, was told "归还说明：归还状态为“缺少钥匙”时请写明情况",
set the state back to 完好 — and the red message and outline stayed, with the OK button pushed
down under them. Now a field edited by hand takes the message away; 确定 then returns the key.
The same in the mail form: a 房号 corrected clears "没有房号 9-9-999"."""
from __future__ import annotations

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QToolButton

from deskapp.domain.idcard import IdType
from deskapp.domain.keys import HoldReason, KeyKind, KeyState, Purpose
from deskapp.domain.people import Relation
from deskapp.gui.forms import ERROR_STYLE, FormDialog
from deskapp.gui.keys.dialogs import ReturnDialog
from deskapp.services.keys import custody as keys
from deskapp.services.keys.custody import Borrower
from deskapp.services.registry import people as registry_people, units as registry_units
from deskapp.services.registry.people import PersonInput

OWNER_ID = "11010519491231002X"


def _choose(qtbot, combo, text: str) -> None:
    """Pick an item with the keyboard, as the clerk does on a closed combo box."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_a_return_refused_for_its_note_clears_when_the_state_is_set_back(community, admin, clerk, desk_app, qtbot):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                        "building_area": "98.50", "state": "空置"})
    pid = registry_people.add_person(community, admin, uid, PersonInput("宋磊", "13800138000", id_number=OWNER_ID),
                                     Relation.OWNER)
    key = keys.register_key(community, admin, uid, KeyKind.ENTRANCE, 3, "A柜-18", HoldReason.VACANT, "租户退租交回")
    keys.lend_key(community, clerk, key.id, Borrower(pid, "宋磊", IdType.RESIDENT, OWNER_ID), Purpose.METER)
    view = open_view(qtbot, desk_window(qtbot, community, "CLERK"), "keys")
    tab = view.custody
    click_row(qtbot, tab.table, 0)
    button = next(b for b in tab.findChildren(QToolButton)
                  if b.defaultAction() is not None and b.defaultAction().objectName() == "actReturnKey")
    seen = {}

    def walk(dlg: ReturnDialog) -> None:
        ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok) or \
            dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
        _choose(qtbot, dlg.state, "缺少钥匙")
        told = ModalAnswers(qtbot)
        told.message_box(contains="归还说明")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        told.wait_all()
        seen["refused"] = dlg.problems.label.isVisibleTo(dlg) and dlg.problems.text
        seen["outlined"] = dlg.note.styleSheet() == ERROR_STYLE
        _choose(qtbot, dlg.state, "完好")
        seen["after"] = dlg.problems.label.isVisibleTo(dlg), dlg.problems.text, dlg.note.styleSheet()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answers = ModalAnswers(qtbot)
    answers.dialog(ReturnDialog, walk)
    click(qtbot, button)
    answers.wait_all()
    assert seen["refused"] and "归还说明" in seen["refused"] and seen["outlined"]
    assert seen["after"] == (False, "", "")
    assert keys.all_keys(community, clerk)[0].state is KeyState.IN_CUSTODY


def test_the_mail_form_clears_the_unknown_unit_when_it_is_corrected(community, admin, desk_app, qtbot):
    registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "301",
                                                  "building_area": "88", "state": "自住"})
    view = open_view(qtbot, desk_window(qtbot, community, "CLERK"), "reception")
    click_tab(qtbot, view, view.mail)
    seen = {}

    def walk(dlg: FormDialog) -> None:
        unit = dlg.findChild(QLineEdit, "mailUnit")
        unit.setFocus()
        qtbot.keyClicks(unit, "9-9-999")
        told = ModalAnswers(qtbot)
        told.message_box(contains="9-9-999")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        told.wait_all()
        seen["refused"] = dlg.problems.text
        qtbot.keyClick(unit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(unit, "3-2-301")
        seen["after"] = dlg.problems.label.isVisibleTo(dlg), unit.styleSheet()
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, walk)
    click(qtbot, button_named(view.mail, "mailNew"))
    answers.wait_all()
    assert "9-9-999" in seen["refused"]
    assert seen["after"] == (False, "")
    qtbot.waitUntil(lambda: view.mail.table.rowCount() == 1)
    assert view.mail.table.item(0, 1).text() == "3-2-301"
