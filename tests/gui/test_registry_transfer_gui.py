"""产权变更 through the unit page: each arrangement of the seller is listed with its own 结束 / 保留,
the confirmation names them, and the page shows what was ended."""
from datetime import date

import pytest
from modal_steps import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from deskapp.domain.keys import HoldReason, KeyKind
from deskapp.domain.people import Authority, Relation
from deskapp.services.registry import instructions as registry_instructions
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import custody as keys
from deskapp.services.registry.people import PersonInput


@pytest.fixture
def unit_id(desk_session):
    ctx, actor = desk_session.ctx, desk_session.actor
    uid = registry_units.create_unit(ctx, actor, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "出租"})
    registry_people.add_person(ctx, actor, uid, PersonInput("张三", "13800138000"), Relation.OWNER, since=date(2020, 1, 1))
    registry_people.add_person(ctx, actor, uid, PersonInput("李四", "13900139000"), Relation.AUTHORISED,
                        authorities=(Authority.KEYS,), since=date(2021, 1, 1))
    registry_people.add_person(ctx, actor, uid, PersonInput("王五", "13700137000"), Relation.TENANT, since=date(2025, 1, 1))
    registry_instructions.add_instruction(ctx, actor, uid, "钥匙只可借给授权人李四", date(2021, 1, 1))
    keys.register_key(ctx, actor, uid, KeyKind.ENTRANCE, 2, "A柜-12", HoldReason.VACANT, "业主张三书面委托")
    return uid


def _choice_for(dialog, text):
    """The 结束/保留 combo on the line whose description contains `text`."""
    for n in range(len(dialog.arrangements)):
        if text in dialog.findChild(QLabel, f"arrangementText{n}").text():
            return dialog.findChild(QComboBox, f"arrangementChoice{n}")
    raise AssertionError(text)


def test_transfer_dialog_ends_or_keeps_each_arrangement(main_window, desk_session, unit_id, qtbot):
    page = main_window.open_unit(unit_id)
    assert page.instructions.isVisible()
    seen = {}

    def fill(dialog):
        seen["defaults"] = {text: _choice_for(dialog, text).currentText() for text in ("李四", "王五", "钥匙只可", "A柜-12")}
        dialog.findChild(QLineEdit, "ownerName1").insert("赵六")  # typed through an input method
        qtbot.keyClicks(dialog.findChild(QLineEdit, "ownerPhone1"), "13500135000")
        key_choice = _choice_for(dialog, "A柜-12")
        key_choice.setCurrentIndex(key_choice.findText("结束"))
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    answers = ModalAnswers().then(lambda w: w.objectName() == "transferDialog", fill)
    page.act_transfer.trigger()
    answers.check()
    assert seen["defaults"] == {"李四": "结束", "王五": "保留", "钥匙只可": "结束", "A柜-12": "保留"}
    assert "授权人 李四（借用钥匙）：授权结束" in seen["summary"]
    assert "租户 王五：保留，租约继续" in seen["summary"]
    assert "前台须知 钥匙只可借给授权人李四：撤销" in seen["summary"]
    assert "托管钥匙" in seen["summary"] and "注销托管（交还原业主）" in seen["summary"]
    names = [page.people.item(r, 1).text() for r in range(page.people.rowCount())]
    assert names == ["赵六", "王五"]
    assert not page.instructions.isVisible()
    assert keys.keys_of_unit(desk_session.ctx, desk_session.actor, unit_id) == []


def test_the_check_step_checks_the_new_owner_before_the_summary(main_window, desk_session, unit_id, qtbot):
    """下一步：核对 showed 变更为 赵六 as if all was well with a 10-digit phone and an ID number whose
    check digit was wrong; only 确认变更 refused it and went back. A wrong date in 变更日期 raised
    out of the button instead of being named."""
    page = main_window.open_unit(unit_id)
    seen = {}

    def fill(dialog):
        dialog.findChild(QLineEdit, "ownerName1").insert("赵六")
        phone = dialog.findChild(QLineEdit, "ownerPhone1")
        qtbot.keyClicks(phone, "1350013500")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        seen["phone"] = (dialog.stack.currentIndex(), dialog.problems.label.text())
        phone.clear()
        qtbot.keyClicks(phone, "13500135000")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "ownerIdNumber1"), "110101199003071235")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        seen["id"] = (dialog.stack.currentIndex(), dialog.problems.label.text())
        dialog.findChild(QLineEdit, "ownerIdNumber1").clear()
        dialog.on.clear()
        qtbot.keyClicks(dialog.on, "2026-02-30")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        seen["date"] = (dialog.stack.currentIndex(), dialog.problems.label.text())
        dialog.reject()

    answers = ModalAnswers().then(lambda w: w.objectName() == "transferDialog", fill)
    page.act_transfer.trigger()
    answers.check()
    assert seen["phone"][0] == 0 and "第 1 位新业主，手机号" in seen["phone"][1]
    assert seen["id"][0] == 0 and "校验位不符" in seen["id"][1]
    assert seen["date"][0] == 0 and "变更日期" in seen["date"][1]
    assert [page.people.item(r, 1).text() for r in range(page.people.rowCount())][0] == "张三"
