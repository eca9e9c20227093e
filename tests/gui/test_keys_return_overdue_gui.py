"""归还钥匙 of a key back late (walk of 2026-12-07): the return dialog showed the borrower, the state
and the deposit, but not that the key was days overdue — the clerk took it back as if on time and
neither asked why nor kept the deposit knowingly. The dialog now says 逾期 N 天 … and since when the
key was due, in red, before the clerk saves; the register's 逾期 column says how late each loan is;
the key's history, the unit's chronicle and the audit trail carry the lateness and the due time."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select
from modal_answers import ModalAnswers, click, click_row, click_tab, desk_window, open_view
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolButton

from deskapp.domain.idcard import IdType
from deskapp.domain.keys import HoldReason, KeyKind, KeyState, Purpose
from deskapp.domain.people import Relation
from deskapp.gui.keys.dialogs import ReturnDialog
from deskapp.services.keys import custody as keys
from deskapp.services.keys.custody import Borrower
from deskapp.services.registry import people as registry_people, units as registry_units
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import ChronicleEntry
from support import CST

OWNER_ID = "11010519491231002X"
DUE = "2026-11-27 18:00"


@pytest.fixture
def lent(community, admin, clerk, clock, desk_app):
    """3-2-1502's entrance key K0001 lent to its owner on 2026-11-27 09:30, due back at 18:00 that day;
    it is now 2026-11-30 10:40, 2 days 16 hours 40 minutes later."""
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                        "building_area": "98.50", "state": "空置"})
    pid = registry_people.add_person(community, admin, uid, PersonInput("宋磊", "13800138000", id_number=OWNER_ID),
                                     Relation.OWNER)
    key = keys.register_key(community, admin, uid, KeyKind.ENTRANCE, 2, "A柜-18", HoldReason.VACANT, "业主书面委托")
    loan = keys.lend_key(community, clerk, key.id, Borrower(pid, "宋磊", IdType.RESIDENT, OWNER_ID), Purpose.METER)
    clock.set(datetime(2026, 11, 30, 10, 40, tzinfo=CST))
    return community, uid, key, loan


def _action(tab, name: str) -> QToolButton:
    return next(b for b in tab.findChildren(QToolButton)
                if b.defaultAction() is not None and b.defaultAction().objectName() == name)


def test_the_return_dialog_says_how_late_and_since_when_and_the_record_keeps_it(lent, clerk, admin, qtbot):
    ctx, uid, key, loan = lent
    view = open_view(qtbot, desk_window(qtbot, ctx, "CLERK"), "keys")
    click_tab(qtbot, view, view.loans)
    tab = view.loans
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    late_col = tab.model.columnCount() - 1
    assert tab.model.headerData(late_col, Qt.Orientation.Horizontal) == "逾期"
    assert tab.model.data(tab.model.index(0, late_col)) == "2 天 16 小时"
    click_row(qtbot, tab.table, 0)
    seen = {}

    def walk(dlg: ReturnDialog) -> None:
        seen["overdue"] = dlg.overdue.isVisibleTo(dlg), dlg.overdue.text()
        seen["due"] = dlg.findChild(type(dlg.overdue), "returnDue").text()
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answers = ModalAnswers(qtbot)
    answers.dialog(ReturnDialog, walk)
    click(qtbot, _action(tab, "actLoanReturn"))
    answers.wait_all()
    assert seen["overdue"] == (True, f"逾期 2 天 16 小时（应于 {DUE} 归还）")
    assert seen["due"] == DUE
    assert keys.all_keys(ctx, clerk)[0].state is KeyState.IN_CUSTODY
    qtbot.waitUntil(lambda: tab.model.data(tab.model.index(0, late_col)) == "2 天 16 小时")  # late for good

    said = f"宋磊 归还，完好，逾期 2 天 16 小时（应于 {DUE} 归还）"
    assert keys.key_history(ctx, clerk, key.id)[-1].text == said
    with ctx.reader() as uow:
        told = uow.session.execute(select(ChronicleEntry.text).where(ChronicleEntry.unit_id == uid)).scalars().all()
        (summary,) = uow.session.execute(select(AuditEntry.summary).where(AuditEntry.action == "keys.return")).scalars()
    assert f"钥匙 {key.tag} 归还：{said}" in told
    assert summary == f"钥匙 {key.tag} 归还（宋磊），逾期 2 天 16 小时（应于 {DUE} 归还）"


def test_a_key_back_in_time_says_nothing_of_lateness(community, admin, clerk, desk_app, qtbot):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                        "building_area": "98.50", "state": "空置"})
    pid = registry_people.add_person(community, admin, uid, PersonInput("宋磊", "13800138000", id_number=OWNER_ID),
                                     Relation.OWNER)
    key = keys.register_key(community, admin, uid, KeyKind.ENTRANCE, 2, "A柜-18", HoldReason.VACANT, "业主书面委托")
    keys.lend_key(community, clerk, key.id, Borrower(pid, "宋磊", IdType.RESIDENT, OWNER_ID), Purpose.METER)
    view = open_view(qtbot, desk_window(qtbot, community, "CLERK"), "keys")
    click_tab(qtbot, view, view.loans)
    tab = view.loans
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.data(tab.model.index(0, tab.model.columnCount() - 1)) == ""
    click_row(qtbot, tab.table, 0)
    seen = {}

    def walk(dlg: ReturnDialog) -> None:
        seen["overdue"] = dlg.overdue.isVisibleTo(dlg)
        seen["due"] = dlg.findChild(type(dlg.overdue), "returnDue").text()
        dlg.reject()

    answers = ModalAnswers(qtbot)
    answers.dialog(ReturnDialog, walk, accept=False)
    click(qtbot, _action(tab, "actLoanReturn"))
    answers.wait_all()
    assert seen == {"overdue": False, "due": DUE}
