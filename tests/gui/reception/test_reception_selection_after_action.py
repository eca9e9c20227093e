"""After an action on the chosen request or repair order (回访, 完成, 派工, 关闭 …), the list is read
again: the item acted on stays chosen for its next step (and 打印处理单 prints ITS sheet); when it has
left the filtered list, nothing is chosen and the buttons that act on a row are off — never another
row, whose slip the clerk would then print."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, fill_and_save, open_view,
)

from deskapp.domain.reception import CallbackResult, Department, RequestKind
from deskapp.gui.forms import FormDialog
from deskapp.services.reception import repairs, requests
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.reception.requests import RequestInput

ROW_BUTTONS = ("rqHistory", "rqPrint", "rqRepair", "rq_dispatch", "rq_start", "rq_defer", "rq_complete",
               "rq_callback", "rq_close", "rq_reopen")


def _row_of(table, number: str) -> int:
    model = table.model()
    return next(r for r in range(model.rowCount()) if model.row_at(r).number == number)


def _form(qtbot, tab, name: str, **values) -> None:
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill_and_save(**values))
    click(qtbot, button_named(tab, name))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [d for d in tab.findChildren(FormDialog) if d.isVisible()])


def _printed(qtbot, tab, name: str) -> str:
    answers = ModalAnswers(qtbot)
    sheet = answers.pdf_preview()
    click(qtbot, button_named(tab, name))
    answers.wait_all()
    return sheet.pdf_text


def _focus_back(table) -> None:
    """The focus comes back to the list (the step's button under it turned off, or a Tab): Qt makes
    its first row current when none is — which must not choose it."""
    QApplication.sendEvent(table, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))


def _done(ctx, actor, unit_id, text: str) -> int:
    rid = requests.record_request(ctx, actor, RequestInput(text, unit_id=unit_id, kind=RequestKind.COMPLAINT,
                                                           department=Department.SECURITY, handler="保安队长"))
    requests.start(ctx, actor, rid, "")
    requests.complete(ctx, actor, rid, "已处理")
    return rid


def test_after_each_step_the_request_acted_on_stays_chosen(community, admin, unit_id, qtbot):
    for text in ("楼道堆物", "电梯异响", "楼上漏水"):
        requests.record_request(community, admin, RequestInput(text, unit_id=unit_id))
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.requests
    click_tab(qtbot, view, tab)
    middle = tab.model.row_at(1).number
    click_row(qtbot, tab.table, 1)

    steps = [("rq_dispatch", dict(dispatchDepartment=Department.ENGINEERING, dispatchHandler="李师傅")),
             ("rq_start", {}), ("rq_defer", dict(deferReason="等配件")), ("rq_start", {}),
             ("rq_complete", dict(completeResult="已修好"))]
    for name, values in steps:
        _form(qtbot, tab, name, **values)
        _focus_back(tab.table)
        assert tab.selected() is not None and tab.selected().number == middle, name
        assert tab.table.selectionModel().isRowSelected(_row_of(tab.table, middle)), name
    assert f"编号：{middle}" in _printed(qtbot, tab, "rqPrint")


def test_a_request_called_back_leaves_the_open_list_and_nothing_stays_chosen(community, admin, unit_id, qtbot):
    for text in ("楼道堆物", "电梯异响", "楼上漏水"):
        _done(community, admin, unit_id, text)
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.requests
    click_tab(qtbot, view, tab)
    assert tab.model.rowCount() == 3
    acted = tab.model.row_at(1).number
    click_row(qtbot, tab.table, 1)

    _form(qtbot, tab, "rq_callback", callbackResult=CallbackResult.SATISFIED)
    _focus_back(tab.table)
    assert acted not in [tab.model.row_at(r).number for r in range(tab.model.rowCount())]  # closed: gone
    assert tab.selected() is None
    assert not tab.table.selectionModel().hasSelection()
    assert {n for n in ROW_BUTTONS if button_named(tab, n).isEnabled()} == set()

    tab.state.setCurrentIndex(tab.state.findData(None))  # all states: it is listed again, pick and print it
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    click_row(qtbot, tab.table, _row_of(tab.table, acted))
    _form(qtbot, tab, "rq_reopen", reasonEdit="业主说仍有问题")
    assert tab.selected() is not None and tab.selected().number == acted
    assert f"编号：{acted}" in _printed(qtbot, tab, "rqPrint")


def test_after_each_step_the_repair_order_acted_on_stays_chosen(community, admin, unit_id, qtbot):
    numbers = [repairs.create_repair(community, admin, RepairInput(fault=f, reported_by="张伟", unit_id=unit_id))
               for f in ("厨房下水堵塞", "阳台地漏返水", "卫生间吊顶渗水")]
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.repairs
    click_tab(qtbot, view, tab)
    acted = numbers[1]
    click_row(qtbot, tab.table, _row_of(tab.table, acted))

    _form(qtbot, tab, "wxDispatch", wxTech="王建国")
    assert tab.selected().number == acted
    click(qtbot, button_named(tab, "wxArrive"))
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().state.value == "维修中")
    assert tab.selected().number == acted
    _form(qtbot, tab, "wxFinish", wxWork="疏通地漏")
    assert tab.selected().number == acted
    assert tab.table.selectionModel().isRowSelected(_row_of(tab.table, acted))
    assert acted in _printed(qtbot, tab, "wxPrint")

    _form(qtbot, tab, "wxCallback", wxCallbackResult=CallbackResult.SATISFIED, wxCallbackSaid="不再返水")
    _focus_back(tab.table)
    assert acted not in [tab.model.row_at(r).number for r in range(tab.model.rowCount())]
    assert tab.selected() is None and not tab.table.selectionModel().hasSelection()
    assert {n for n in ("wxHistory", "wxPrint", *("wxDispatch", "wxArrive", "wxFinish", "wxCheck",
                                                   "wxCallback", "wxCancel")) if button_named(tab, n).isEnabled()} == set()
