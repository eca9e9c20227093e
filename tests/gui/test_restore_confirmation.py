"""The restore confirmation says when the backup was taken and what a restore would lose,
read from the backup file before anything is replaced."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from deskapp.domain.billing import PayMethod
from deskapp.domain.idcard import IdType
from deskapp.domain.keys import HoldReason, KeyKind, Purpose
from deskapp.domain.people import Relation
from deskapp.gui import file_dialogs
from deskapp.gui.session import ChangeBus, DeskSession
from deskapp.services.accounts import users, backup
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import custody as keys
from deskapp.services.billing import one_off
from deskapp.services.keys.custody import Borrower
from deskapp.services.reception import requests
from deskapp.services.reception.requests import RequestInput
from deskapp.services.registry.people import PersonInput

CST = timezone(timedelta(hours=8))
OWNER_ID = "11010519491231002X"


def test_the_question_names_the_backup_time_and_what_is_lost(community, clock, desk_app, qtbot, tmp_path,
                                                            monkeypatch):
    from deskapp.gui.main_window import MainWindow

    ctx = community
    admin = users.create_first_admin(ctx, "boss", "系统管理员", "Desk-2026-pass!")
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "空置"})
    registry_people.add_person(ctx, admin, uid, PersonInput("张三", "13800138000", id_number=OWNER_ID), Relation.OWNER)
    key = keys.register_key(ctx, admin, uid, KeyKind.ENTRANCE, 2, "A柜-12", HoldReason.VACANT, "业主书面委托")
    target = tmp_path / "before.sqlite"
    backup.backup_to(ctx, admin, target)
    clock.set(datetime(2026, 11, 27, 14, 0, tzinfo=CST))
    one_off.charge(ctx, admin, uid, [("门禁卡工本费", "20")], PayMethod.CASH)
    requests.record_request(ctx, admin, RequestInput(text="电梯异响", unit_id=uid))
    pid = registry_units.unit_page(ctx, admin, uid).people[0].person_id
    keys.lend_key(ctx, admin, key.id, Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID), Purpose.REPAIR)

    window = MainWindow(DeskSession(ctx, admin, ChangeBus()))
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: target)
    asked: list[str] = []

    def answer_no():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()
        else:
            QTimer.singleShot(20, answer_no)

    QTimer.singleShot(20, answer_no)
    window.findChild(QAction, "action_file_81").trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=30000)  # asked once the file is checked
    assert len(asked) == 1
    text = asked[0]
    assert "该备份的数据截至 2026-11-27 09:30" in text
    assert "收据 1 张、需求/投诉 1 条、钥匙借出 1 次" in text
    assert registry_units.unit_page(ctx, admin, uid).people  # answered No: nothing was replaced
    assert one_off.for_unit(ctx, admin, uid)
