"""The clerk's walk through a repair order and a complaint: each step's button is live only when
the item chosen takes that step (no form that asks and then refuses: 检查 on an in-unit repair,
回访 on a public one, 派工 on a finished order), and the item acted on stays chosen for its next
step after the list is read again."""
from __future__ import annotations

from datetime import timedelta

from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, fill_and_save, open_view, type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from deskapp.domain.reception import CallbackResult, Department, RepairScope, RequestKind
from deskapp.gui.forms import FormDialog
from deskapp.services.reception import repairs, requests
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.reception.requests import RequestInput

STEPS = ("wxDispatch", "wxArrive", "wxFinish", "wxCheck", "wxCallback", "wxCancel")


def _live(tab, names=STEPS) -> set[str]:
    return {n for n in names if button_named(tab, n).isEnabled()}


def _row_of(table, text: str) -> int:
    model = table.model()
    return next(r for r in range(model.rowCount())
                if any(text in str(model.index(r, c).data()) for c in range(model.columnCount())))


def _form(qtbot, tab, name: str, **values) -> None:
    """Press the step's button, fill its form by the widgets' names, save."""
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill_and_save(**values))
    click(qtbot, button_named(tab, name))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [d for d in tab.findChildren(FormDialog) if d.isVisible()])


def test_repair_steps_follow_the_order_chosen(community, admin, unit_id, qtbot):
    in_unit = repairs.create_repair(community, admin, RepairInput(fault="卫生间吊顶渗水", reported_by="张伟",
                                                                  unit_id=unit_id))
    public = repairs.create_repair(community, admin, RepairInput(fault="单元门闭门器坏", reported_by="管家",
                                                                 location="3 号楼 1 单元大堂",
                                                                 scope=RepairScope.PUBLIC))
    repairs.dispatch(community, admin, public, "李师傅")
    repairs.finish(community, admin, public, "更换闭门器")
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.repairs
    click_tab(qtbot, view, tab)

    assert _live(tab, (*STEPS, "wxHistory", "wxPrint")) == set()  # nothing chosen: nothing to act on

    click_row(qtbot, tab.table, _row_of(tab.table, public))
    assert _live(tab) == {"wxCheck"}  # a finished public repair is checked, not called back

    click_row(qtbot, tab.table, _row_of(tab.table, in_unit))
    assert _live(tab) == {"wxDispatch", "wxCancel"}
    assert _live(tab, ("wxHistory", "wxPrint")) == {"wxHistory", "wxPrint"}
    _form(qtbot, tab, "wxDispatch", wxTech="王建国")
    assert tab.selected().number == in_unit  # still chosen after the list was read again
    assert _live(tab) == {"wxDispatch", "wxArrive", "wxFinish", "wxCancel"}
    click(qtbot, button_named(tab, "wxArrive"))
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().state.value == "维修中")
    assert _live(tab) == {"wxFinish"}
    _form(qtbot, tab, "wxFinish", wxWork="更换防水层")
    assert tab.selected().number == in_unit
    assert _live(tab) == {"wxCallback"}  # an in-unit repair is called back, not checked
    _form(qtbot, tab, "wxCallback", wxCallbackResult=CallbackResult.SATISFIED, wxCallbackSaid="不再渗水")
    # closed: off the open list, and no step is left live on a row that is gone
    assert in_unit not in [tab.model.row_at(r).number for r in range(tab.model.rowCount())]
    assert tab.selected() is None or tab.selected().number != in_unit
    assert "wxCallback" not in _live(tab)


def test_a_complaint_stays_chosen_from_one_step_to_the_next(community, admin, unit_id, qtbot):
    requests.record_request(community, admin, RequestInput("楼上装修噪音太大", unit_id=unit_id,
                                                           kind=RequestKind.COMPLAINT))
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.requests
    click_tab(qtbot, view, tab)
    assert not button_named(tab, "rqHistory").isEnabled()  # nothing chosen

    click_row(qtbot, tab.table, 0)
    assert button_named(tab, "rqHistory").isEnabled()
    _form(qtbot, tab, "rq_dispatch", dispatchDepartment=Department.SECURITY, dispatchHandler="保安队长")
    assert tab.selected() is not None and tab.selected().state.value == "已派单"
    _form(qtbot, tab, "rq_start")  # the next step at once, without picking the row again
    assert tab.selected().state.value == "处理中"
    _form(qtbot, tab, "rq_complete", completeResult="已与装修户沟通，调整施工时间")
    assert tab.selected().state.value == "已完成"
    assert button_named(tab, "rq_callback").isEnabled()


def test_the_complaint_prints_its_handling_sheet_with_callback_and_steps(community, admin, unit_id, qtbot):
    rid = requests.record_request(community, admin, RequestInput(
        "楼上装修噪音太大，中午也在施工", unit_id=unit_id, caller="张伟", caller_phone="13812345678",
        kind=RequestKind.COMPLAINT, department=Department.SECURITY, handler="保安队长"))
    requests.start(community, admin, rid, "")
    requests.complete(community, admin, rid, "已劝导装修户午休时段停工")
    requests.callback(community, admin, rid, CallbackResult.SATISFIED, "中午已安静", "林晓燕")
    requests.record_request(community, admin, RequestInput("咨询装修申请需要哪些材料", unit_id=unit_id,
                                                           kind=RequestKind.ENQUIRY))
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.requests
    click_tab(qtbot, view, tab)
    tab.state.setCurrentIndex(tab.state.findData(None))  # all states: the complaint is called back
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert not button_named(tab, "rqPrint").isEnabled()  # nothing chosen

    click_row(qtbot, tab.table, _row_of(tab.table, "噪音"))
    answers = ModalAnswers(qtbot)
    printed = answers.pdf_preview()
    click(qtbot, button_named(tab, "rqPrint"))
    answers.wait_all()
    text = printed.pdf_text
    assert "业户投诉处理单" in text and "编号：KS2026-000001" in text
    today = community.clock.today()
    assert f"登记时间：{today:%Y-%m-%d}" in text and "补打" not in text  # printed the day it was registered
    for shown in ("张伟", "138****5678", "保安", "保安队长", "已劝导装修户午休时段停工", "满意", "中午已安静",
                  "回访记录", "处理经过", "派单", "登记人", "回访人"):
        assert shown in text, shown
    assert "13812345678" not in text  # masked, as on the clerk's screen

    click_row(qtbot, tab.table, _row_of(tab.table, "咨询装修"))
    printed = answers.pdf_preview()
    click(qtbot, button_named(tab, "rqPrint"))
    answers.wait_all()
    assert "业户服务需求处理单" in printed.pdf_text and "业户投诉处理单" not in printed.pdf_text


def test_a_repair_order_printed_on_a_later_day_says_it_is_a_reprint(community, admin, unit_id, qtbot):
    today = community.clock.now()
    community.clock.set(today - timedelta(days=2))
    old = repairs.create_repair(community, admin, RepairInput(fault="厨房下水堵塞", reported_by="张伟",
                                                              unit_id=unit_id))
    community.clock.set(today)
    new = repairs.create_repair(community, admin, RepairInput(fault="阳台地漏返水", reported_by="张伟",
                                                              unit_id=unit_id))
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.repairs
    click_tab(qtbot, view, tab)

    def printed(number: str) -> str:
        click_row(qtbot, tab.table, _row_of(tab.table, number))
        answers = ModalAnswers(qtbot)
        sheet = answers.pdf_preview()
        click(qtbot, button_named(tab, "wxPrint"))
        answers.wait_all()
        return sheet.pdf_text

    text = printed(old)
    assert f"{today - timedelta(days=2):%Y-%m-%d}" in text  # 报修时间: its own day
    assert f"补打（打印日期 {today:%Y-%m-%d}）" in text  # each of its three parts says so
    assert "补打" not in printed(new)  # printed the day it was reported


def test_a_caller_picked_from_the_file_brings_the_phone_on_file(community, admin, unit_id, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.requests
    click_tab(qtbot, view, tab)

    def fill(dialog: FormDialog) -> None:
        type_text(qtbot, dialog.unit_edit, "3-1-502")
        qtbot.keyClick(dialog.unit_edit, Qt.Key.Key_Tab)  # leaving 房号 lists the unit's people
        assert dialog.caller_box.currentText() == "张伟"
        phone = dialog.findChild(QLineEdit, "rqPhone")
        assert "138****5678" in phone.placeholderText() and phone.text() == ""  # on file, masked
        dialog.text_edit.setPlainText("楼上装修噪音太大")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill)
    click(qtbot, button_named(tab, "rqNew"))
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.selected() is not None and button_named(tab, "rq_dispatch").isEnabled()  # chosen, ready for 派单
    detail = requests.request_detail(community, admin, tab.selected().id)
    assert detail.caller == "张伟" and detail.caller_phone == "138****5678"  # the phone on file was kept


def test_a_repair_order_just_made_is_chosen_for_its_dispatch(community, admin, unit_id, qtbot):
    """新建维修单… saved: the new order is chosen in the list and 派单… is live at once — the owner on
    the phone, the steward had to find the new row and click it before dispatching it."""
    repairs.create_repair(community, admin, RepairInput(fault="单元门闭门器坏", reported_by="管家",
                                                        location="3 号楼 1 单元大堂", scope=RepairScope.PUBLIC))
    window = desk_window(qtbot, community, "STEWARD")
    view = open_view(qtbot, window, "reception")
    tab = view.repairs
    click_tab(qtbot, view, tab)
    assert tab.selected() is None

    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill_and_save(wxUnit="3-1-502", wxFault="厨房水龙头漏水", wxReporter="张伟"))
    click(qtbot, button_named(tab, "wxNew"))
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.selected() is not None)
    assert tab.selected().fault == "厨房水龙头漏水" and button_named(tab, "wxDispatch").isEnabled()
    _form(qtbot, tab, "wxDispatch", wxTech="赵明")  # at once, without picking the row
    assert tab.selected().state.value == "已派工" and tab.selected().fault == "厨房水龙头漏水"
