"""Issue 12 §3, key lending pressed through its button: the dialog opens at full size although
the unit's 前台须知 pops up, and the register names a tenant as a tenant with the document seen."""
from __future__ import annotations

from datetime import date

import pytest
from modal_answers import Answer, ModalAnswers, click, click_row, click_tab, desk_window, open_view
from PySide6.QtWidgets import QMessageBox, QToolButton

from deskapp.domain.keys import HoldReason, KeyKind
from deskapp.domain.people import Relation
from deskapp.gui.keys.dialogs import LendDialog
from deskapp.services.registry import instructions as registry_instructions
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import custody as keys
from deskapp.services.registry.people import PersonInput

TENANT_ID = "110105199001010010"


@pytest.fixture
def unit(community, admin, desk_app):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "出租"})
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000", id_number="11010519491231002X"),
                        Relation.OWNER)
    registry_people.add_person(community, admin, uid, PersonInput("王五", "13700137000", id_number=TENANT_ID),
                        Relation.TENANT)
    registry_instructions.add_instruction(community, admin, uid, "业主出国，借钥匙先电话联系业主", date(2026, 11, 1))
    keys.register_key(community, admin, uid, KeyKind.ENTRANCE, 2, "A柜-12", HoldReason.VACANT, "业主张三书面委托")
    return uid


def _lend_button(tab) -> QToolButton:
    return next(b for b in tab.findChildren(QToolButton)
                if b.defaultAction() is not None and b.defaultAction().objectName() == "actLendKey")


def test_lend_opens_full_size_and_the_register_names_the_tenant(community, unit, qtbot):
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "keys")
    click_row(qtbot, view.custody.table, 0)
    measured = {}

    def fill(dlg: LendDialog) -> None:
        measured["height"], measured["hint"] = dlg.height(), dlg.sizeHint().height()
        measured["typing into"] = dlg.focusWidget().objectName()  # the document number, key and borrower chosen
        index = next(i for i in range(dlg.borrower.count()) if "王五" in dlg.borrower.itemText(i))
        dlg.borrower.setCurrentIndex(index)
        dlg.id_number.setText(TENANT_ID)
        dlg.reason.setText("业主来电同意租户取钥匙")

    def read_warning(box: QMessageBox) -> None:
        # the dialog as the clerk sees it behind the 前台须知: already at full size
        lend = next(w for w in view.findChildren(LendDialog) if w.isVisible())
        measured["behind"] = lend.height()
        measured["exposed"] = lend.windowHandle().isExposed()  # on screen, not still inside show()
        box.button(QMessageBox.StandardButton.Ok).click()

    answers = ModalAnswers(qtbot)
    warned = answers.add(Answer("前台须知", lambda w: isinstance(w, QMessageBox) and "业主出国" in w.text(),
                                read_warning))
    answers.dialog(LendDialog, fill)
    click(qtbot, _lend_button(view.custody))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [w for w in view.findChildren(LendDialog) if w.isVisible()])

    assert "业主出国" in warned.text
    assert measured["behind"] >= measured["hint"] > 200  # not a 30-pixel strip
    assert measured["height"] >= measured["hint"]
    assert measured["exposed"], measured
    assert measured["typing into"] == "lendIdNumber"
    click_tab(qtbot, view, view.loans)
    view.loans.all_months.setChecked(True)
    model = view.loans.model
    qtbot.waitUntil(lambda: model.total == 1)
    borrower, id_check = model.data(model.index(0, 3)), model.data(model.index(0, 4))
    assert borrower == "王五（租户）"
    assert "已核验" in id_check and "批准" in id_check and "未核验" not in id_check
