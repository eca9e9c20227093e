"""楼宇管家 ▸ 装修申请 ▸ 终止装修… (deposits3 §3): works stopped and never to resume are ended by
the supervisor with a reason, the deposit refunded less the deductions on a 押金退还单 — before,
such a decoration never reached 退押金 and the 押金台账 refused its deposit for good. Pressed as the
supervisor does: a reason left empty is refused in the dialog, which stays open."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidgetItem

from modal_answers import ModalAnswers, button_named, click, click_row, type_text

from deskapp.contracts.billing import DepositFilter
from deskapp.gui.rounds.decoration_tab import TerminateDialog
from deskapp.services.billing import deposits
from deskapp.services.rounds import decoration


def test_the_supervisor_terminates_stopped_works_and_settles_the_deposit(community, site, admin, qtbot, supervisors_decorations):
    decoration.stop(community, admin, site, "违规拆改承重墙")
    tab = supervisors_decorations(community)
    state = 2
    assert tab.model.data(tab.model.index(0, state)) == "停工"
    click_row(qtbot, tab.table, 0)
    seen = {}

    def fill(dialog: TerminateDialog) -> None:
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))  # no reason yet
        seen["open"], seen["said"] = dialog.isVisible(), dialog.findChild(QLabel, "formError").text()
        type_text(qtbot, dialog.reason, "业主放弃装修")
        dialog.table.setItem(0, 0, QTableWidgetItem("恢复承重墙费用"))
        dialog.table.setItem(0, 1, QTableWidgetItem("1000"))
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    answers = ModalAnswers(qtbot)
    answers.dialog(TerminateDialog, fill, accept=False)
    first = answers.message_box()  # 确认 — then refused for the missing reason
    answers.message_box()  # 确认, with the reason
    click(qtbot, button_named(tab, "decoTerminate"))
    answers.wait_all()
    assert seen["open"] and "终止原因" in seen["said"] and "不能为空" in seen["said"]
    assert "cannot be undone" in first.text or "不能撤销" in first.text
    qtbot.waitUntil(lambda: tab.model.data(tab.model.index(0, state)) == "已终止")

    click_row(qtbot, tab.table, 0)
    answers = ModalAnswers(qtbot)
    paper = answers.pdf_preview()
    click(qtbot, button_named(tab, "decoRefundForm"))
    answers.wait_all()
    assert "业主放弃装修" in tab.detail.toPlainText()  # the detail says why, as the paper does
    for field in ("装修押金退还单", "TK2026-0001", "终止装修", "业主放弃装修", "恢复承重墙费用", "1,000.00",
                  "2,000.00 元", "贰仟元整"):
        assert field in paper.pdf_text, field
    (row,) = deposits.deposit_page(community, admin, DepositFilter(state=None)).rows
    assert (row.refunded, row.forfeited, row.state) == (2000, 1000, "已结清")
