"""Issue 12 §3: a repair order opened from a complaint, completed and called back through its
buttons, completes and calls back the complaint too — the clerk does not do both twice."""
from __future__ import annotations


from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, fill_and_save
from PySide6.QtCore import Qt

from deskapp.domain.reception import CallbackResult
from deskapp.gui.forms import FormDialog
from deskapp.services.accounts import audit_trail
from deskapp.services.reception import requests


def _press(qtbot, tab, name: str, **values) -> None:
    click_row(qtbot, tab.table, 0)  # the one order, as the clerk picks it
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill_and_save(**values))
    click(qtbot, button_named(tab, name))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [d for d in tab.findChildren(FormDialog) if d.isVisible()])  # saved


def _state_shown(tab) -> str:
    state = next(c for c in range(tab.model.columnCount()) if tab.model.headerData(c, Qt.Orientation.Horizontal) in ("State", "状态"))
    return tab.model.index(0, state).data()


def test_calling_back_the_repair_completes_the_complaint(community, admin, complaint_chosen, qtbot):
    rid, view = complaint_chosen
    answers = ModalAnswers(qtbot)
    answers.message_box(contains="开《工程维修单》")  # asked first
    answers.message_box()
    click(qtbot, button_named(view.requests, "rqRepair"))
    answers.wait_all()
    assert view.currentWidget() is view.repairs

    _press(qtbot, view.repairs, "wxDispatch", wxTech="李师傅")
    _press(qtbot, view.repairs, "wxFinish", wxWork="更换吊顶上方水管接头")
    _press(qtbot, view.repairs, "wxCallback", wxCallbackResult=CallbackResult.SATISFIED, wxCallbackSaid="不再渗水")

    click_tab(qtbot, view, view.requests)
    view.requests.state.setCurrentIndex(view.requests.state.findText("全部状态"))  # the clerk picks every state
    qtbot.waitUntil(lambda: view.requests.model.rowCount() == 1)
    assert _state_shown(view.requests) == "已回访"
    detail = requests.request_detail(community, admin, rid)
    assert detail.callback_result is CallbackResult.SATISFIED and "更换吊顶上方水管接头" in detail.result
    trail = audit_trail.browse(community, admin, audit_trail.TrailFilter(action="reception.request.complete")).rows
    assert any("随维修单" in e.summary and "已回访" in (e.after or "") for e in trail)

def test_an_unsatisfied_callback_leaves_the_complaint_open(community, admin, complaint_chosen, qtbot):
    _, view = complaint_chosen
    answers = ModalAnswers(qtbot)
    answers.message_box(contains="开《工程维修单》")  # asked first
    answers.message_box()
    click(qtbot, button_named(view.requests, "rqRepair"))
    answers.wait_all()
    _press(qtbot, view.repairs, "wxDispatch", wxTech="李师傅")
    _press(qtbot, view.repairs, "wxFinish", wxWork="更换接头")
    _press(qtbot, view.repairs, "wxCallback", wxCallbackResult=CallbackResult.UNSATISFIED, wxCallbackSaid="还在滴")

    click_tab(qtbot, view, view.requests)
    assert _state_shown(view.requests) == "已派单"

