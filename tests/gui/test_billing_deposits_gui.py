"""押金台账 and 退款 tabs, pressed as the desk does: a deposit's refund applied from the ledger by the
clerk, approved and paid out by the supervisor, the 退款单 printed; a supervisor's own application
refused on 批准 (four eyes) and approved by the 管理员; a forfeit applied by the steward and
approved by the supervisor; the ledger exported; a clerk's payout before approval refused."""
from __future__ import annotations


import openpyxl
import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, patch_save_file, type_text,
)

from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import RefundSource
from deskapp.domain.errors import Conflict
from deskapp.gui.billing.deposits_tab import ForfeitDialog
from deskapp.gui.billing.refunds_tab import ApplyDialog, PayDialog
from deskapp.contracts.billing import DepositFilter
from deskapp.services.billing import deposits, refunds
from support import unit_with_card_and_lease


@pytest.fixture
def world(community, admin, clerk):
    """3-1-801 with an access card (deposit 20.00, taken first) and a parking lease (deposit 500.00),
    handed back today (退租): its deposit is the ledger's to give back."""
    unit_with_card_and_lease(community, admin, clerk, lessee="李四", handed_back=True)
    return community


def _cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def _tab(qtbot, window, name):
    view = open_view(qtbot, window, "billing")
    tab = getattr(view, name)
    click_tab(qtbot, view.tabs, tab)
    return view, tab


def _row_of(model, text: str) -> int:
    return next(i for i in range(model.rowCount()) if text in _cells(model, i))


def test_refund_a_deposit_from_the_ledger_approve_pay_and_print(world, qtbot, qtmodeltester):
    """The clerk applies at the desk; the supervisor approves (申请人 ≠ 审批人), pays out and prints."""
    _, ledger = _tab(qtbot, desk_window(qtbot, world, "CLERK"), "deposits")
    qtmodeltester.check(ledger.model)
    assert sorted(_cells(ledger.model, i)[0] for i in range(ledger.model.rowCount())) == ["车位", "门禁卡"]
    totals = ledger.totals.text()  # the labels in the language the desk runs in; the figures either way
    assert "500.00" in totals and "20.00" in totals and "2" in totals
    answers = ModalAnswers(qtbot)

    def fill_apply(dialog: ApplyDialog) -> None:
        assert dialog.amount.text() == "500.00" and dialog.payee.text() == "李四"
        type_text(qtbot, dialog.reason, "租约结束")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    click_row(qtbot, ledger.view, _row_of(ledger.model, "车位"))
    answers.dialog(ApplyDialog, fill_apply, accept=False)
    click(qtbot, button_named(ledger, "depositRefund"))
    answers.wait_all()

    view, tab = _tab(qtbot, desk_window(qtbot, world, "SUPERVISOR"), "refunds")
    qtmodeltester.check(tab.model)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert _cells(tab.model, 0)[0] == "TF2026-00001" and _cells(tab.model, 0)[9] == "待审批"
    assert _cells(tab.model, 0)[2] == "clerk"  # 申请人: not the supervisor who approves
    click_row(qtbot, tab.view, 0)
    answers.input_text("同意")
    click(qtbot, button_named(tab, "refundApprove"))
    answers.wait_all()
    qtbot.waitUntil(lambda: _cells(tab.model, 0)[9] == "已批准")

    def fill_pay(dialog: PayDialog) -> None:
        dialog.method.setCurrentIndex(dialog.method.findText("微信"))
        type_text(qtbot, dialog.ref, "4200002026112700001")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    click_row(qtbot, tab.view, 0)
    answers.dialog(PayDialog, fill_pay, accept=False)
    signed = answers.pdf_preview()  # paid out: the 退款单 for the payee to sign comes at once
    click(qtbot, button_named(tab, "refundPay"))
    answers.wait_all()
    assert "退款单" in signed.pdf_text and "TF2026-00001" in signed.pdf_text and "领款人" in signed.pdf_text
    qtbot.waitUntil(lambda: _cells(tab.model, 0)[9] == "已付款")
    assert _cells(tab.model, 0)[11:13] == ["微信", "4200002026112700001"]

    click_row(qtbot, tab.view, 0)
    preview = answers.pdf_preview()
    click(qtbot, button_named(tab, "refundPrint"))
    answers.wait_all()
    text = preview.pdf_text
    assert "退款单" in text and "TF2026-00001" in text and "伍佰元整" in text and "2026-11-27" in text
    assert all(word in text for word in ("申请人", "审批人", "经办人", "领款人"))

    ledger = view.deposits
    click_tab(qtbot, view.tabs, ledger)  # the ledger shows the parking deposit gone from what is held
    qtbot.waitUntil(lambda: ledger.model.rowCount() == 1)
    assert _cells(ledger.model, 0)[0] == "门禁卡"

    click_tab(qtbot, view.tabs, view.handover)  # money out on the cashier's handover
    methods = view.handover.methods
    label, amount = _cells(methods, methods.rowCount() - 1)
    assert "1" in label and amount == "-500.00"
    assert button_named(view.handover, view.handover.hand_btn.objectName()).isEnabled()


def test_a_supervisor_cannot_approve_his_own_refund_application(world, supervisor, admin, qtbot):
    """申请人 and 审批人 sign the 退款单 as two people: the supervisor's own application is refused on
    批准 at once (no note asked, nothing written), saying who approves it; the 管理员 (the project
    manager's account) — or another supervisor — does. He may still withdraw it (驳回)."""
    deposit = next(r for r in deposits.deposit_page(world, admin, DepositFilter()).rows if r.kind == "车位")
    own = refunds.apply(world, supervisor, RefundSource.DEPOSIT, "500", "租约结束", "李四",
                        deposit_id=deposit.id)
    _, tab = _tab(qtbot, desk_window(qtbot, world, "SUPERVISOR"), "refunds")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    click_row(qtbot, tab.view, 0)
    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "refundApprove"))
    answers.wait_all()
    assert told.text == ("退款申请 TF2026-00001 是 supervisor 本人申请的：申请人与审批人不能是同一人，"
                         "请另一位客服主管或管理员审批")
    assert _cells(tab.model, 0)[9] == "待审批"
    with pytest.raises(Conflict, match="申请人与审批人不能是同一人"):
        refunds.approve(world, supervisor, own.id)
    assert refunds.approve(world, admin, own.id, "核对无误").decided_by == "admin"


def test_a_forfeit_applied_by_the_steward_is_approved_by_the_supervisor(world, desk_app, qtbot, tmp_path, monkeypatch):
    window = desk_window(qtbot, world, "STEWARD")
    _, ledger = _tab(qtbot, window, "deposits")
    assert not ledger.decide.isVisible()
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
    assert _cells(ledger.model, _row_of(ledger.model, "车位"))[9] == "500.00"  # waits for the supervisor
    window.close()

    boss = desk_window(qtbot, world, "SUPERVISOR")
    _, ledger = _tab(qtbot, boss, "deposits")
    assert ledger.forfeits.rowCount() == 1
    click_row(qtbot, ledger.forfeit_view, 0)
    asked = answers.message_box(QMessageBox.StandardButton.No)  # asked first: 否 keeps it waiting
    click(qtbot, button_named(ledger, "forfeitApprove"))
    answers.wait_all()
    assert asked.text.startswith("没收 100.00 元（车位押金 ") and asked.text.endswith("损坏道闸，申请人 steward）？没收后不能撤回。")
    assert ledger.forfeits.rowCount() == 1
    assert _cells(ledger.model, _row_of(ledger.model, "车位"))[8:10] == ["0.00", "500.00"]
    answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, button_named(ledger, "forfeitApprove"))
    answers.wait_all()
    qtbot.waitUntil(lambda: ledger.forfeits.rowCount() == 0)
    row = _cells(ledger.model, _row_of(ledger.model, "车位"))
    assert row[8:10] == ["100.00", "400.00"]

    out = tmp_path / "押金台账.xlsx"
    patch_save_file(monkeypatch, out)
    done = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(ledger, "depositExport"))
    answers.wait_all()
    assert "2" in done.text
    sheet = openpyxl.load_workbook(out)["押金台账"]
    assert sorted((sheet.cell(r, 1).value, sheet.cell(r, 10).value) for r in range(3, sheet.max_row + 1)) == [
        ("车位", 400), ("门禁卡", 20)]


def test_a_clerk_cannot_approve_and_cannot_pay_before_approval(world, desk_app, qtbot):
    window = desk_window(qtbot, world, "CLERK")
    view, tab = _tab(qtbot, window, "refunds")
    assert not button_named(tab, "refundApprove").isVisible()
    answers = ModalAnswers(qtbot)

    def fill_apply(dialog: ApplyDialog) -> None:
        type_text(qtbot, dialog.unit, "3-1-801")
        dialog.amount.setFocus()
        type_text(qtbot, dialog.amount, "10")
        type_text(qtbot, dialog.payee, "张三")
        type_text(qtbot, dialog.reason, "多交")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        seen["open"], seen["available"] = dialog.isVisible(), dialog.available.text()
        dialog.reject()

    seen = {}
    answers.dialog(ApplyDialog, fill_apply, accept=False)
    refusal = answers.message_box()
    click(qtbot, button_named(tab, "refundApply"))
    answers.wait_all()
    assert "超过预存款可退余额 0.00 元" in refusal.text  # no prepayment: refused, the form stayed open
    assert seen == {"open": True, "available": "0.00"}
    assert tab.model.rowCount() == 0

    _, ledger = _tab(qtbot, window, "deposits")

    def fill_lease(dialog: ApplyDialog) -> None:  # (the card is still out: 注销 or 补办 gives its deposit back)
        type_text(qtbot, dialog.reason, "租约结束")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    click_row(qtbot, ledger.view, _row_of(ledger.model, "车位"))
    answers.dialog(ApplyDialog, fill_lease, accept=False)
    click(qtbot, button_named(ledger, "depositRefund"))
    answers.wait_all()
    click_tab(qtbot, view.tabs, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    pay = button_named(tab, "refundPay")
    assert not pay.isEnabled()  # nothing chosen
    click_row(qtbot, tab.view, 0)
    # not approved yet: 付款… stays greyed and says why, instead of opening a form the service refuses
    assert not pay.isEnabled() and pay.toolTip() == "这一条为“待审批”"
    assert button_named(tab, "refundPrint").isEnabled()
    assert _cells(tab.model, 0)[9] == "待审批"
    with pytest.raises(Conflict, match="已批准的申请才能付款"):  # and the service holds the rule itself
        refunds.pay(world, window.session.actor, tab.model.row_at(0).id, PayMethod.CASH)


def _lease_deposit(ctx, actor) -> int:
    return next(r.id for r in deposits.deposit_page(ctx, actor, DepositFilter()).rows if r.kind == "车位")


def test_the_supervisor_refuses_a_forfeit_with_a_reason_asked_on_a_line(world, steward, qtbot):
    """驳回没收: the reason is one line asked through forms.ask_line; left empty it is refused and
    the line stays open for the reason, and the application leaves the waiting list."""
    deposits.apply_forfeit(world, steward, _lease_deposit(world, steward), "100", "损坏道闸")
    boss = desk_window(qtbot, world, "SUPERVISOR")
    _, ledger = _tab(qtbot, boss, "deposits")
    assert ledger.forfeits.rowCount() == 1
    click_row(qtbot, ledger.forfeit_view, 0)
    answers = ModalAnswers(qtbot)
    blank = answers.asked_line("")
    refused = answers.message_box(QMessageBox.StandardButton.Ok, contains="驳回理由")
    again = answers.asked_line("非承租人造成")  # the same form, still open
    click(qtbot, button_named(ledger, "forfeitRefuse"))
    answers.wait_all()
    assert "100.00" in blank.text and "车位押金" in again.text and "不能为空" in refused.text
    qtbot.waitUntil(lambda: ledger.forfeits.rowCount() == 0)
    assert _cells(ledger.model, _row_of(ledger.model, "车位"))[9:] == ["500.00", "租约结束、车位交回后退还", "在押"]


def test_a_supervisors_own_forfeit_is_asked_before_it_takes_the_money(world, desk_app, qtbot):
    """The supervisor's 没收… is final at once (no one approves it after): the form asks first; 否
    leaves the form open and the deposit whole, 是 forfeits."""
    window = desk_window(qtbot, world, "SUPERVISOR")
    _, ledger = _tab(qtbot, window, "deposits")
    answers = ModalAnswers(qtbot)
    seen = {}

    def fill(dialog: ForfeitDialog) -> None:
        dialog.amount.clear()
        type_text(qtbot, dialog.amount, "200")
        type_text(qtbot, dialog.reason, "损坏道闸")
        asked = answers.message_box(QMessageBox.StandardButton.No)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        seen["question"], seen["open after no"] = asked.text, dialog.isVisible()
        answers.message_box(QMessageBox.StandardButton.Yes)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    click_row(qtbot, ledger.view, _row_of(ledger.model, "车位"))
    answers.dialog(ForfeitDialog, fill, accept=False)
    click(qtbot, button_named(ledger, "depositForfeit"))
    answers.wait_all()
    assert seen["question"].startswith("现在没收 ") and "200 元" in seen["question"]
    assert seen["question"].endswith("主管没收立即生效，不能撤回。") and seen["open after no"]
    qtbot.waitUntil(lambda: _cells(ledger.model, _row_of(ledger.model, "车位"))[8:10] == ["200.00", "300.00"])
