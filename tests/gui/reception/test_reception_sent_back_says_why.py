"""Work sent back says what is still wrong: a 不满意 callback of a repair order or a complaint, and a
failed check (不合格) of a public repair, are refused without the owner's words (业主意见) or the
note (说明) — the order went back to the technician (its finish time cleared) with nothing to say
what to mend. The form stays open at the field; written, the order goes back."""
from __future__ import annotations

import pytest
from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, fill_and_save, open_view, pdf_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from deskapp.domain.errors import ValidationError
from deskapp.domain.reception import CallbackResult, Department, RepairScope, RepairState, RequestKind, RequestState
from deskapp.gui.forms import FormDialog
from deskapp.services.reception import repairs, requests
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.reception.requests import RequestInput


def _state_shown(tab) -> str:
    state = next(c for c in range(tab.model.columnCount())
                 if tab.model.headerData(c, Qt.Orientation.Horizontal) in ("State", "状态"))
    return tab.model.index(0, state).data()


def _refused_then_written(qtbot, tab, button: str, combo: str, result, said: str) -> tuple[str, str]:
    """Press `button`, choose 不满意 and save with nothing said: the refusal shown, the form still
    open, its 业主意见 box outlined; then the words written and saved. (the refusal, the outline)"""
    seen: dict[str, str] = {}

    def look(dialog: FormDialog) -> None:
        box = dialog.findChild(QPlainTextEdit, said)
        seen["outline"] = box.styleSheet()
        seen["error"] = dialog.problems.text
        fill_and_save(**{said: "还在滴水，接头处渗水"})(dialog)

    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill_and_save(**{combo: result}))
    refused = answers.message_box(QMessageBox.StandardButton.Ok, contains="哪里还没有好")
    answers.dialog(FormDialog, look)  # the same form, still open
    click(qtbot, button_named(tab, button))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [d for d in tab.findChildren(FormDialog) if d.isVisible()])
    assert "业主意见" in seen["error"] and "c62828" in seen["outline"]
    return refused.text, seen["error"]


def test_an_unsatisfied_repair_callback_needs_what_the_owner_said(community, admin, unit_id, qtbot):
    number = repairs.create_repair(community, admin, RepairInput(fault="厨房水龙头漏水", reported_by="张伟",
                                                                 unit_id=unit_id))
    repairs.dispatch(community, admin, number, "赵明")
    repairs.finish(community, admin, number, "更换垫圈")
    view = open_view(qtbot, desk_window(qtbot, community, "STEWARD"), "reception")
    tab = view.repairs
    click_tab(qtbot, view, tab)
    click_row(qtbot, tab.table, 0)

    refused, _ = _refused_then_written(qtbot, tab, "wxCallback", "wxCallbackResult", CallbackResult.UNSATISFIED,
                                       "wxCallbackSaid")
    assert refused == "业主意见：不满意或不合格时请写明哪里还没有好"
    assert _state_shown(tab) == "已派工"  # back to the technician, saying why
    detail = repairs.repair_detail(community, admin, number)
    # what the owner said ends that dispatch; the order's own 回访 boxes wait for the return visit's
    assert "还在滴水，接头处渗水" in detail.dispatches[0].reason and detail.callback_note == ""

    click_row(qtbot, tab.table, 0)  # the 工程维修单 printed again for the technician's return visit
    answers = ModalAnswers(qtbot)
    sheet = answers.pdf_preview()
    click(qtbot, button_named(tab, "wxPrint"))
    answers.wait_all()
    assert sheet.pdf_text.count("返工（第 1 次）：回访不满意：还在滴水，接头处渗水") == 3  # on each of its parts


def test_a_repair_order_printed_before_any_rework_says_nothing_of_it(community, admin, unit_id):
    number = repairs.create_repair(community, admin, RepairInput(fault="厨房水龙头漏水", reported_by="张伟",
                                                                 unit_id=unit_id))
    assert "返工" not in pdf_text(repairs.repair_pdf(community, admin, [number]))


def test_an_unsatisfied_complaint_callback_needs_what_the_owner_said(community, admin, unit_id, qtbot):
    rid = requests.record_request(community, admin, RequestInput("楼上装修噪音太大", unit_id=unit_id,
                                                                 kind=RequestKind.COMPLAINT))
    requests.dispatch(community, admin, rid, Department.SECURITY, "保安队长")
    requests.complete(community, admin, rid, "已与装修户沟通")
    view = open_view(qtbot, desk_window(qtbot, community, "STEWARD"), "reception")
    tab = view.requests
    click_tab(qtbot, view, tab)
    click_row(qtbot, tab.table, 0)

    _refused_then_written(qtbot, tab, "rq_callback", "callbackResult", CallbackResult.UNSATISFIED, "callbackSaid")
    d = requests.request_detail(community, admin, rid)
    assert d.state is RequestState.DISPATCHED and d.callback_note == "还在滴水，接头处渗水"


def test_a_failed_check_says_what_failed(community, admin):
    number = repairs.create_repair(community, admin, RepairInput(fault="楼道灯不亮", reported_by="管家",
                                                                 location="3 号楼 1 单元", scope=RepairScope.PUBLIC))
    repairs.dispatch(community, admin, number, "周海")
    repairs.finish(community, admin, number, "更换灯泡")
    with pytest.raises(ValidationError) as refused:
        repairs.check(community, admin, number, False, "  ")
    assert refused.value.field == "说明"
    assert repairs.repair_detail(community, admin, number).row.state is RepairState.FINISHED  # nothing written
    assert repairs.check(community, admin, number, False, "二楼仍不亮") is RepairState.DISPATCHED
    assert "返工（第 1 次）：检查不合格，返工：二楼仍不亮" in pdf_text(repairs.repair_pdf(community, admin, [number]))
    repairs.finish(community, admin, number, "更换二楼灯座")
    assert repairs.check(community, admin, number, True) is RepairState.CLOSED  # a pass says nothing
