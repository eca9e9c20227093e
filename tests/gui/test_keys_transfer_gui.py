"""Lending a key on the authority of a seller: the lend dialog says why it is not verified,
OK is refused without a supervisor's reason, and with one the loan is written as approved."""
from datetime import date

import pytest
from modal_answers import scroll_to_section
from modal_steps import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import select

from deskapp.domain.idcard import check_digit
from deskapp.domain.keys import HoldReason, KeyKind
from deskapp.domain.people import Authority, Relation
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry import transfer as registry_transfer
from deskapp.services.keys import custody as keys
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.registry import UnitPerson

AUTH_ID = "11010519800101001" + check_digit("11010519800101001")


@pytest.fixture
def unit_id(desk_session):
    ctx, actor = desk_session.ctx, desk_session.actor
    uid = registry_units.create_unit(ctx, actor, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "空置"})
    registry_people.add_person(ctx, actor, uid, PersonInput("张三", "13800138000"), Relation.OWNER, since=date(2020, 1, 1))
    registry_people.add_person(ctx, actor, uid, PersonInput("李四", "13900139000", id_number=AUTH_ID), Relation.AUTHORISED,
                        authorities=(Authority.KEYS,), since=date(2021, 1, 1))
    keys.register_key(ctx, actor, uid, KeyKind.ENTRANCE, 2, "A柜-12", HoldReason.VACANT, "业主张三书面委托")
    keep = {a.ref: a.default for a in registry_transfer.arrangements(ctx, actor, uid)}
    registry_transfer.transfer_ownership(ctx, actor, uid, [PersonInput("赵六")], date(2026, 11, 1), choices=keep)
    # 李四's authority as a transfer recorded before 0702_registry_transfer left it: still current,
    # given by the seller 张三 (the migration's backfill names the owner of the day it was given).
    with ctx.uow() as uow:
        s = uow.session
        seller = s.execute(select(UnitPerson.person_id).where(UnitPerson.relation == Relation.OWNER,
                                                              UnitPerson.until.is_not(None))).scalar_one()
        tie = s.execute(select(UnitPerson).where(UnitPerson.relation == Relation.AUTHORISED)).scalar_one()
        tie.until, tie.granted_by = None, seller
        uow.commit()
    return uid


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_lend_refused_on_a_sellers_authority_until_a_supervisor_approves(main_window, desk_session, unit_id, qtbot):
    page = main_window.open_unit(unit_id)
    section = scroll_to_section(qtbot, page, "keys")
    seen = {}

    def first_try(dialog):
        i = next(i for i in range(dialog.borrower.count()) if "李四" in dialog.borrower.itemText(i))
        seen["offered"] = dialog.borrower.itemText(i)
        dialog.borrower.setCurrentIndex(i)
        qtbot.keyClicks(dialog.id_number, AUTH_ID)
        seen["check"] = dialog.check.text()
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)  # refused: the error box is answered below

    def refused(box):
        seen["refusal"] = box.text()
        box.accept()

    def approve(dialog):
        dialog.reason.insert("新业主赵六电话同意")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answers = (ModalAnswers().then(lambda w: w.objectName() == "lendDialog", first_try)
               .then(lambda w: isinstance(w, QMessageBox), refused)
               .then(lambda w: w.objectName() == "lendDialog", approve))
    qtbot.mouseClick(section.lend_btn, Qt.MouseButton.LeftButton)
    answers.check()
    assert "未授权借用钥匙" in seen["offered"]  # no longer offered as one who may borrow
    assert "原业主 张三" in seen["check"] and "已不是业主" in seen["check"]
    assert "原业主 张三" in seen["refusal"] and "客服主管批准" in seen["refusal"]
    loan = keys.open_loans_of_unit(desk_session.ctx, desk_session.actor, unit_id)[0]
    assert loan.borrower_name == "李四" and "批准" in loan.id_check
    assert section.keys_table.item(0, 6).text() == "李四"
