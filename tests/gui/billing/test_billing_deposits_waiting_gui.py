"""The 押金台账 with several applications waiting on one deposit, as the desk presses it: the state
cell names every one of them (deposits3 §5), and the refund form offers only what they leave free,
saying what is set aside and by which application (§2)."""
from __future__ import annotations


import pytest
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from deskapp.gui.billing.deposits_tab import ForfeitDialog
from deskapp.gui.billing.refunds_tab import ApplyDialog
from deskapp.services.billing import deposits
from support import unit_with_card_and_lease


@pytest.fixture
def world(community, admin, clerk):
    """3-1-801 with a parking lease, handed back today, whose deposit (500.00) only the ledger gives back."""
    unit_with_card_and_lease(community, admin, clerk, card=False, lessee="李四", handed_back=True)
    return community


def _ledger(qtbot, ctx, role: str = "CLERK"):
    view = open_view(qtbot, desk_window(qtbot, ctx, role), "billing")
    click_tab(qtbot, view.tabs, view.deposits)
    return view.deposits


def _state(ledger) -> str:
    return ledger.model.data(ledger.model.index(0, ledger.model.columnCount() - 1))


def _apply_refund(qtbot, ledger, amount: str, reason: str, refusal: bool = False) -> dict:
    """申请退款… on the lease's row: what the form offered, then `amount` asked for `reason`."""
    seen = {}

    def fill(dialog: ApplyDialog) -> None:
        reserved = dialog.findChild(QLabel, "refundReserved")
        seen["amount"], seen["reserved"] = dialog.amount.text(), reserved.text() if reserved is not None else ""
        dialog.amount.clear()
        type_text(qtbot, dialog.amount, amount)
        type_text(qtbot, dialog.reason, reason)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        seen["stayed open"] = dialog.isVisible()  # refused: the form keeps what was typed
        if seen["stayed open"]:
            dialog.reject()

    answers = ModalAnswers(qtbot)
    click_row(qtbot, ledger.view, 0)
    answers.dialog(ApplyDialog, fill, accept=False)
    refused = answers.message_box(QMessageBox.StandardButton.Ok) if refusal else None
    click(qtbot, button_named(ledger, "depositRefund"))
    answers.wait_all()
    seen["refusal"] = refused.text if refused else ""
    return seen


def test_every_application_waiting_on_a_deposit_shows_in_its_state(world, qtbot):
    ledger = _ledger(qtbot, world)
    assert _state(ledger) == "在押"
    _apply_refund(qtbot, ledger, "200", "租约提前结束")
    qtbot.waitUntil(lambda: _state(ledger) == "退款待批 200.00")
    _apply_refund(qtbot, ledger, "100", "多收押金")
    qtbot.waitUntil(lambda: _state(ledger) == "退款待批 300.00（2 笔）")

    def forfeit(dialog: ForfeitDialog) -> None:
        dialog.amount.clear()
        type_text(qtbot, dialog.amount, "50")
        type_text(qtbot, dialog.reason, "损坏道闸")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    answers = ModalAnswers(qtbot)
    click_row(qtbot, ledger.view, 0)
    answers.dialog(ForfeitDialog, forfeit, accept=False)
    click(qtbot, button_named(ledger, "depositForfeit"))
    answers.wait_all()
    qtbot.waitUntil(lambda: _state(ledger) == "退款待批 300.00（2 笔）、没收待批 50.00")

    boss = _ledger(qtbot, world, "SUPERVISOR")  # one refund approved: money about to leave comes first
    view = boss.parent()
    while not hasattr(view, "refunds"):
        view = view.parent()
    click_tab(qtbot, view.tabs, view.refunds)
    qtbot.waitUntil(lambda: view.refunds.model.rowCount() == 2)
    click_row(qtbot, view.refunds.view, 1)  # newest first: the 200.00 applied first is the second row
    answers.input_text("同意")
    click(qtbot, button_named(view.refunds, "refundApprove"))
    answers.wait_all()
    click_tab(qtbot, view.tabs, boss)
    qtbot.waitUntil(lambda: _state(boss) == "退款待付 200.00、退款待批 100.00、没收待批 50.00")


def test_the_refund_form_offers_what_waiting_applications_leave_free_and_names_them(world, steward, qtbot):
    ledger = _ledger(qtbot, world)
    first = _apply_refund(qtbot, ledger, "200", "租约提前结束")
    assert (first["amount"], first["reserved"]) == ("500.00", "")  # nothing waits: the whole deposit, nothing said
    qtbot.waitUntil(lambda: _state(ledger) == "退款待批 200.00")
    second = _apply_refund(qtbot, ledger, "100", "多收押金")
    assert second["amount"] == "300.00"  # not the 500.00 held: 200.00 is set aside by the first
    assert "TF2026-00001" in second["reserved"] and "200.00" in second["reserved"] and "300.00" in second["reserved"]
    qtbot.waitUntil(lambda: _state(ledger) == "退款待批 300.00（2 笔）")
    deposits.apply_forfeit(world, steward, ledger.model.row_at(0).id, "50", "损坏道闸")  # a forfeit sets aside too
    ledger.reload()

    seen = {}

    def forfeit(dialog: ForfeitDialog) -> None:
        seen["amount"] = dialog.amount.text()
        seen["reserved"] = dialog.findChild(QLabel, "forfeitReserved").text()
        dialog.reject()

    answers = ModalAnswers(qtbot)
    click_row(qtbot, ledger.view, 0)
    answers.dialog(ForfeitDialog, forfeit, accept=False)
    click(qtbot, button_named(ledger, "depositForfeit"))
    answers.wait_all()
    assert seen["amount"] == "150.00"
    assert all(x in seen["reserved"] for x in ("TF2026-00001", "TF2026-00002", "损坏道闸", "50.00", "150.00"))

    too_much = _apply_refund(qtbot, ledger, "200", "再退", refusal=True)  # more than is free: refused
    assert too_much["amount"] == "150.00" and too_much["stayed open"]
    assert "超过押金尚可退金额 150.00 元" in too_much["refusal"]


def test_the_deposit_acted_on_stays_chosen_after_the_list_is_read_again(world, qtbot):
    """After 申请退款… the ledger is read again; the deposit applied on stays chosen (it was lost, and
    every button asked for a deposit to be chosen again)."""
    ledger = _ledger(qtbot, world)
    _apply_refund(qtbot, ledger, "200", "租约提前结束")
    qtbot.waitUntil(lambda: _state(ledger) == "退款待批 200.00")
    assert ledger.view.currentIndex().row() == 0 and ledger.view.selectionModel().isRowSelected(0)
