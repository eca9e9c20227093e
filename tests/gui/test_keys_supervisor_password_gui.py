"""The supervisor's approval typed at the clerk's desk (借钥匙 to someone not on file, 主管批准): a
wrong password said only "用户名或密码不对" — no field named, nothing outlined, the cursor where the
clerk left it — and the clerk could not tell which of the two boxes to fix. Now each refusal names
its field (主管密码 or 主管用户名), the dialog stays open with everything typed kept, that field
outlined, focused and its text selected for retyping; no loan is written. A clerk's own name and
password are refused on 主管用户名. The one place deskapp asks a supervisor's password at another's
desk is this dialog (voids, refunds and forfeits are decided by the supervisor signed in)."""
from __future__ import annotations

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from deskapp.domain.keys import HoldReason, KeyKind
from deskapp.domain.people import Relation
from deskapp.domain.permissions import Role
from deskapp.gui.forms import ERROR_STYLE
from deskapp.gui.keys.dialogs import LendDialog
from deskapp.services.accounts import users
from deskapp.services.keys import custody as keys
from deskapp.services.registry import people as registry_people, units as registry_units
from deskapp.services.registry.people import PersonInput
from support import make_actor, make_session


@pytest.fixture
def lending(community, admin, desk_app, qtbot):
    """A clerk lending 3-2-1502's entrance key to its tenant 王五, whose ID is not on file: a
    supervisor (王丽华, wanglh) must approve at the clerk's desk."""
    users.create_user(community, admin, "wanglh", "王丽华", Role.SUPERVISOR, "Supervisor-2026!")
    users.create_user(community, admin, "zhouting", "周婷", Role.CLERK, "Clerk-2026!x")
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                        "building_area": "98.50", "state": "空置"})
    registry_people.add_person(community, admin, uid, PersonInput("王五", "13700137000"), Relation.TENANT)
    key = keys.register_key(community, admin, uid, KeyKind.ENTRANCE, 1, "A柜-01", HoldReason.VACANT, "业主委托")
    dlg = LendDialog(make_session(community, make_actor(Role.CLERK)), uid, key.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.keyClicks(dlg.id_number, "110105199001010012")
    dlg.reason.insert("业主来电同意租户取钥匙")  # Chinese comes through the input method, not key by key
    return community, uid, dlg


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def _ok(qtbot, dlg, *told: str) -> None:
    """Press 确定; a refusal's message box names `told`."""
    answers = ModalAnswers(qtbot)
    for said in told:
        answers.message_box(contains=said)
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    answers.wait_all()


def _refused_at(dlg, field, message: str) -> None:
    assert dlg.isVisible() and dlg.result() != dlg.DialogCode.Accepted
    assert dlg.problems.text == message
    assert field.styleSheet() == ERROR_STYLE
    assert dlg.focusWidget() is field
    assert field.selectedText() == field.text()  # selected: retyping replaces it


def test_a_wrong_supervisor_password_names_the_field_and_writes_nothing(lending, admin, qtbot):
    ctx, uid, dlg = lending
    _type(qtbot, dlg.sup_user, "wanglh")
    _type(qtbot, dlg.sup_password, "wrong-one")
    _ok(qtbot, dlg, "主管密码")
    _refused_at(dlg, dlg.sup_password, "主管密码：用户名或密码不对")
    assert dlg.sup_user.text() == "wanglh" and dlg.reason.text() == "业主来电同意租户取钥匙"  # kept
    assert keys.open_loans_of_unit(ctx, admin, uid) == []

    qtbot.keyClicks(dlg.sup_password, "Supervisor-2026!")  # the selection is replaced by what is typed
    assert dlg.sup_password.styleSheet() == "" and not dlg.problems.label.isVisibleTo(dlg)
    _ok(qtbot, dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert "王丽华 批准" in keys.open_loans_of_unit(ctx, admin, uid)[0].id_check


def test_a_blank_name_or_password_and_a_clerks_sign_in_each_name_their_field(lending, admin, qtbot):
    ctx, uid, dlg = lending
    _ok(qtbot, dlg, "主管用户名")
    assert dlg.problems.text == "主管用户名：请主管输入其用户名"
    assert dlg.sup_user.styleSheet() == ERROR_STYLE and dlg.focusWidget() is dlg.sup_user
    _type(qtbot, dlg.sup_user, "wanglh")
    _ok(qtbot, dlg, "主管密码")
    assert dlg.problems.text == "主管密码：请主管输入其密码"
    assert dlg.focusWidget() is dlg.sup_password
    _type(qtbot, dlg.sup_user, "zhouting")  # another clerk cannot approve
    _type(qtbot, dlg.sup_password, "Clerk-2026!x")
    _ok(qtbot, dlg, "主管用户名")
    _refused_at(dlg, dlg.sup_user, "主管用户名：周婷（前台接待）无权批准非授权人借用钥匙，须由客服主管输入")
    assert keys.open_loans_of_unit(ctx, admin, uid) == []
