"""装修申请: a step taken on the permit chosen (审批通过) re-reads the list; the permit stays chosen while
listed, and when the filter no longer lists it nothing is chosen — a focus coming back to the list
(which makes its first row current) does not choose another permit for the next step."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from deskapp.domain.decoration import ApplicationInput, DecorationState, WorkerInput
from deskapp.gui.rounds.decoration_tab import ApproveDialog
from deskapp.services.rounds import decoration


def _apply(ctx, actor, unit_id, owner, company):
    today = ctx.clock.today()
    return decoration.apply(ctx, actor, ApplicationInput(
        unit_id=unit_id, owner_name=owner, owner_phone="13800138000", company=company, leader="李工",
        leader_phone="13512345678", licence="", works=("水电改造",), starts_on=today,
        ends_on=today + timedelta(days=60), deposit=Decimal("3000"), fees=Decimal("0"),
        workers=(WorkerInput("孙大力", "11010519491231002X"),)))


def test_a_permit_approved_off_the_filtered_list_leaves_nothing_chosen(desk_session, units, admin, qtbot):
    ctx = desk_session.ctx
    _apply(ctx, admin, units["1502"], "张伟", "好家装饰有限公司")
    _apply(ctx, admin, units["1601"], "王芳", "居美装饰工程有限公司")
    window = desk_window(qtbot, ctx, "SUPERVISOR")
    view = open_view(qtbot, window, "rounds")
    click_tab(qtbot, view.tabs, view.tabs.widget(1))
    tab = view.decorations
    qtbot.waitUntil(tab.isVisible)
    tab.state.setCurrentIndex(tab.state.findData(DecorationState.APPLIED))  # 待审批 only
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    click_row(qtbot, tab.table, 1)
    acted = tab.selected().number

    answers = ModalAnswers(qtbot)
    answers.dialog(ApproveDialog, lambda d: click(qtbot, d.buttons.button(QDialogButtonBox.StandardButton.Ok)))
    click(qtbot, button_named(tab, "decoApprove"))
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)  # approved: no longer 待审批
    QApplication.sendEvent(tab.table, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert tab.selected() is None and tab.detail.toPlainText() == ""
    told = ModalAnswers(qtbot)
    box = told.message_box()
    click(qtbot, button_named(tab, "decoApprove"))  # nothing chosen: said so, the other permit not approved
    told.wait_all()
    assert "请先在列表中选择" in box.text
    assert [tab.model.row_at(r).state for r in range(tab.model.rowCount())] == [DecorationState.APPLIED]
    assert acted != tab.model.row_at(0).number
