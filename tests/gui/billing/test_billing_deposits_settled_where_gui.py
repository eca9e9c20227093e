"""The 押金台账 as the desk presses it: a card still out says at once, before any form, that its
deposit is given back at 注销/补办 (钥匙与卡 ▸ 卡证); a lease's refund applied from the ledger shows
as 退款待批 with its amount, not 在押, and the state filter finds it."""
from __future__ import annotations


import pytest
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from deskapp.gui.billing.deposits_tab import ForfeitDialog
from deskapp.gui.billing.refunds_tab import ApplyDialog
from support import unit_with_card_and_lease


@pytest.fixture
def world(community, admin, clerk):
    """3-1-801 with an access card MJ0001 still out (deposit 20) and a parking lease (deposit 500),
    handed back today."""
    unit_with_card_and_lease(community, admin, clerk, lessee="李四", handed_back=True)
    return community


def _ledger(qtbot, ctx, role: str = "CLERK"):
    view = open_view(qtbot, desk_window(qtbot, ctx, role), "billing")
    click_tab(qtbot, view.tabs, view.deposits)
    return view.deposits


def _cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def _row_of(model, kind: str) -> int:
    return next(i for i in range(model.rowCount()) if _cells(model, i)[0] == kind)


def test_a_card_still_out_is_refused_before_the_form(world, desk_app, qtbot):
    ledger = _ledger(qtbot, world)
    click_row(qtbot, ledger.view, _row_of(ledger.model, "门禁卡"))
    for name in ("depositRefund", "depositForfeit"):
        answers = ModalAnswers(qtbot)
        said = answers.message_box(QMessageBox.StandardButton.Ok)
        click(qtbot, button_named(ledger, name))
        answers.wait_all()
        assert "门禁卡 MJ0001（持卡人 张三）有效，尚未退卡" in said.text
        assert "钥匙与卡 ▸ 卡证 ▸ 注销…" in said.text and "钥匙与卡 ▸ 卡证 ▸ 补办…" in said.text
        assert not [d for d in ledger.findChildren(QDialog) if d.isVisible()]  # no form was opened


def test_a_running_leases_refund_is_refused_before_the_form_naming_the_lease(community, admin, clerk, desk_app,
                                                                             qtbot):
    """车位押金 while ZL2026-0001 runs to 2027-10-31: 申请退款… says so and opens no form; a supervisor
    may still deduct from it (没收…, damage), which the lease's end does not do."""
    unit_with_card_and_lease(community, admin, clerk, card=False, lessee="李四")
    ledger = _ledger(qtbot, community)
    click_row(qtbot, ledger.view, _row_of(ledger.model, "车位"))
    answers = ModalAnswers(qtbot)
    said = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(ledger, "depositRefund"))
    answers.wait_all()
    assert "车位 B-001 租约 ZL2026-0001 租期至 2027-10-31，尚未结束" in said.text
    assert "钥匙与卡 ▸ 车位 ▸ 提前退租…" in said.text
    assert not [d for d in ledger.findChildren(QDialog) if d.isVisible()]  # no form was opened
    state = ledger.model.columnCount() - 1
    assert _cells(ledger.model, _row_of(ledger.model, "车位"))[state] == "在押"  # nothing written
    answers = ModalAnswers(qtbot)
    answers.dialog(ForfeitDialog, lambda d: None, accept=False)  # the form opens: closed unsaved
    click(qtbot, button_named(ledger, "depositForfeit"))
    answers.wait_all()


def test_a_refund_applied_from_the_ledger_shows_as_waiting(world, desk_app, qtbot):
    ledger = _ledger(qtbot, world)
    state = ledger.model.columnCount() - 1
    assert sorted(_cells(ledger.model, i)[state] for i in range(ledger.model.rowCount())) == ["在押", "在押"]
    answers = ModalAnswers(qtbot)

    def fill(dialog: ApplyDialog) -> None:
        type_text(qtbot, dialog.reason, "租约结束，车位已交回")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    click_row(qtbot, ledger.view, _row_of(ledger.model, "车位"))
    answers.dialog(ApplyDialog, fill, accept=False)
    click(qtbot, button_named(ledger, "depositRefund"))
    answers.wait_all()
    qtbot.waitUntil(lambda: _cells(ledger.model, _row_of(ledger.model, "车位"))[state] == "退款待批 500.00")
    assert _cells(ledger.model, _row_of(ledger.model, "门禁卡"))[state] == "在押"
    assert ledger.state.currentText() == "在押"  # still held: 在押 lists it, saying what waits
    qtbot.keyClick(ledger.state, Qt.Key.Key_Down)  # the next choice: 退款待批
    assert ledger.state.currentText() == "退款待批"
    qtbot.waitUntil(lambda: ledger.model.rowCount() == 1)
    assert _cells(ledger.model, 0)[0] == "车位" and "1" in ledger.totals.text()


def test_cancelling_a_card_says_where_its_deposit_goes_back(world, desk_app, qtbot):
    """注销 moves no money: the clerk is told, before confirming, that the ledger gives the 20.00 back."""
    keys = open_view(qtbot, desk_window(qtbot, world, "CLERK"), "keys")
    click_tab(qtbot, keys, keys.cards)
    click_row(qtbot, keys.cards.table, 0)
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No)
    next(a for a in keys.cards.actions() if a.objectName() == "actCancelCard").trigger()
    answers.wait_all()
    assert "MJ0001" in asked.text and "20.00" in asked.text and "收费 ▸ 押金台账" in asked.text


def test_a_forfeit_applied_shows_as_waiting_at_once(world, desk_app, qtbot):
    """The list refreshes on the application itself (apply_forfeit announced no change before)."""
    ledger = _ledger(qtbot, world, "STEWARD")
    state = ledger.model.columnCount() - 1
    answers = ModalAnswers(qtbot)

    def fill(dialog: ForfeitDialog) -> None:
        dialog.amount.clear()
        type_text(qtbot, dialog.amount, "100")
        type_text(qtbot, dialog.reason, "损坏道闸")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    click_row(qtbot, ledger.view, _row_of(ledger.model, "车位"))
    answers.dialog(ForfeitDialog, fill, accept=False)
    click(qtbot, button_named(ledger, "depositForfeit"))
    answers.wait_all()
    qtbot.waitUntil(lambda: _cells(ledger.model, _row_of(ledger.model, "车位"))[state] == "没收待批 100.00")
