"""完成, 回访 and 完工 ask what the paper form carries: 处理人 and 完成时间, 回访人, 回访方式 and 回访时间,
完工时间 — filled with the one signed in (or the handler dispatched) and now; what is typed is kept,
shown in the item's details and printed on its sheet."""
from __future__ import annotations

from datetime import timedelta

from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, fill_and_save, open_view,
)
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from deskapp.domain.local_time import local_text
from deskapp.domain.reception import CallbackMethod, CallbackResult, Department
from deskapp.gui.forms import FormDialog
from deskapp.gui.reception.request_dialogs import RequestDetailDialog
from deskapp.services.reception import repairs, requests
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.reception.requests import RequestInput


def _form(qtbot, tab, name: str, seen: dict, **values) -> None:
    """Press the step's button; note what its fields show before filling them; save."""
    def fill(dialog) -> None:
        for w in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox):
            if w.objectName():
                seen[w.objectName()] = w.currentText() if isinstance(w, QComboBox) else w.text()
        fill_and_save(**values)(dialog)
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill)
    click(qtbot, button_named(tab, name))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [d for d in tab.findChildren(FormDialog) if d.isVisible()])


def _printed(qtbot, tab, name: str) -> str:
    answers = ModalAnswers(qtbot)
    sheet = answers.pdf_preview()
    click(qtbot, button_named(tab, name))
    answers.wait_all()
    return sheet.pdf_text


def test_complete_and_call_back_ask_who_how_and_when(community, admin, unit_id, qtbot):
    rid = requests.record_request(community, admin, RequestInput("楼上漏水到我家卫生间", unit_id=unit_id,
                                                                 department=Department.ENGINEERING, handler="王建国"))
    community.clock.advance(hours=3)
    tz = community.clock.now().tzinfo
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.requests
    click_tab(qtbot, view, tab)
    click_row(qtbot, tab.table, 0)
    me = tab.session.actor.display_name

    seen: dict = {}
    done = community.clock.now() - timedelta(hours=1)
    _form(qtbot, tab, "rq_complete", seen, completeResult="已修好楼上防水层", completeAt=local_text(done, tz=tz))
    assert seen["completeHandler"] == "王建国"  # the handler dispatched
    assert seen["completeAt"] == local_text(community.clock.now(), tz=tz)  # now
    community.clock.advance(hours=1)

    seen = {}
    called = community.clock.now() - timedelta(minutes=30)
    _form(qtbot, tab, "rq_callback", seen, callbackResult=CallbackResult.FAIRLY, callbackSaid="基本不漏了",
          callbackMethod=CallbackMethod.VISIT, callbackAt=local_text(called, tz=tz))
    assert seen["callbackBy"] == me and seen["callbackMethod"] == "电话"  # the one signed in; 电话 first
    assert seen["callbackAt"] == local_text(community.clock.now(), tz=tz)
    d = requests.request_detail(community, admin, rid)
    assert (d.callback_method, d.callback_by, d.callback_at, d.completed_at) == ("上门", me, called, done)

    tab.state.setCurrentIndex(tab.state.findData(None))  # all states: the item called back is closed
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    click_row(qtbot, tab.table, 0)
    click(qtbot, button_named(tab, "rqHistory"))
    detail = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RequestDetailDialog) and w.isVisible())
    info = detail.findChild(QLabel, "requestInfo").text()
    detail.close()
    assert f"完成 {local_text(done, tz=tz)}" in info or local_text(done, tz=tz) in info
    assert "上门" in info and me in info and local_text(called, tz=tz) in info
    text = _printed(qtbot, tab, "rqPrint")
    for shown in ("王建国", local_text(done, tz=tz), "回访方式", "上门", me, local_text(called, tz=tz), "基本满意"):
        assert shown in text, shown


def test_finish_and_call_back_a_repair_ask_when_and_how(community, admin, unit_id, qtbot):
    n = repairs.create_repair(community, admin, RepairInput(fault="厨房下水堵塞", reported_by="张伟", unit_id=unit_id))
    repairs.dispatch(community, admin, n, "王建国")
    community.clock.advance(hours=4)
    tz = community.clock.now().tzinfo
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.repairs
    click_tab(qtbot, view, tab)
    click_row(qtbot, tab.table, 0)
    me = tab.session.actor.display_name

    seen: dict = {}
    finished = community.clock.now() - timedelta(hours=2)
    _form(qtbot, tab, "wxFinish", seen, wxWork="疏通下水", wxFinishedAt=local_text(finished, tz=tz))
    assert seen["wxFinishedAt"] == local_text(community.clock.now(), tz=tz)
    assert tab.selected().number == n and tab.selected().finished_at == finished

    seen = {}
    called = community.clock.now() - timedelta(minutes=20)
    _form(qtbot, tab, "wxCallback", seen, wxCallbackResult=CallbackResult.SATISFIED, wxCallbackSaid="下水通畅",
          wxCallbackBy="周婷", wxCallbackMethod=CallbackMethod.SMS, wxCallbackAt=local_text(called, tz=tz))
    assert seen["wxCallbackBy"] == me and seen["wxCallbackMethod"] == "电话"
    d = repairs.repair_detail(community, admin, n)
    assert (d.checked_by, d.checked_at, d.callback_method) == ("周婷", called, "短信")

    tab.state.setCurrentIndex(tab.state.findData(None))  # all states: the order called back is closed
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    click_row(qtbot, tab.table, 0)
    click(qtbot, button_named(tab, "wxHistory"))
    info = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.findChild(QLabel, "historyInfo")
                ).findChild(QLabel, "historyInfo").text()
    assert "短信" in info and "周婷" in info and local_text(called, tz=tz) in info and local_text(finished, tz=tz) in info
    text = _printed(qtbot, tab, "wxPrint")
    for shown in ("满意（短信回访）", "周婷", local_text(called, tz=tz), local_text(finished, tz=tz)):
        assert shown in text, shown
