"""A card deposit taken in cash reaches the cashier's handover, pressed as the desk does: the card
is issued through the 卡证 tab (a 微信 deposit without its transaction number is refused first),
then the 费用移交 tab shows the deposit as 押金收取 and expects its cash in the drawer, and the
handed-over 费用移交表 prints it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view, type_text

from deskapp.domain.keys import CountItem
from deskapp.domain.people import Relation
from deskapp.gui.keys.dialogs import CardDialog
from deskapp.services.keys import inventory as keys_inventory
from deskapp.services.registry import people as registry_people, units as registry_units
from deskapp.services.registry.people import PersonInput


def _cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_a_card_deposit_in_cash_is_in_the_handovers_expected_cash(community, admin, desk_app, qtbot, qtmodeltester):
    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                         "building_area": "88", "state": "自住"})
    registry_people.add_person(community, admin, unit, PersonInput("张三", "13800138000"), Relation.OWNER)
    keys_inventory.receive_stock(community, admin, CountItem.BLANK_ACCESS, 5)
    window = desk_window(qtbot, community, "CLERK")
    keys = open_view(qtbot, window, "keys")
    click_tab(qtbot, keys, keys.cards)
    seen = {}
    answers = ModalAnswers(qtbot)

    def fill(d: CardDialog) -> None:
        seen["method"], seen["ref_enabled"] = d.deposit_money.method.currentText(), d.deposit_money.pay_ref.isEnabled()
        d.kind.setCurrentIndex(d.kind.findText("门禁卡"))
        type_text(qtbot, d.unit, "3-1-801")
        qtbot.keyClick(d.unit, Qt.Key.Key_Tab)  # leaving the unit field fills the holder list
        d.holder.setCurrentIndex(d.holder.findText("张三（业主）"))
        type_text(qtbot, d.number, "MJ0001")
        d.deposit.clear()
        type_text(qtbot, d.deposit, "500")
        d.deposit_money.method.setCurrentIndex(d.deposit_money.method.findText("微信"))
        ok = d.buttons.button(QDialogButtonBox.StandardButton.Ok)
        click(qtbot, ok)  # refused: 微信 needs its transaction number (the message box answered below)
        seen["still_open"] = d.isVisible()
        d.deposit_money.method.setCurrentIndex(d.deposit_money.method.findText("现金"))
        click(qtbot, ok)

    answers.dialog(CardDialog, fill)
    refusal = answers.message_box(QMessageBox.StandardButton.Ok, contains="交易流水号")
    next(a for a in keys.cards.actions() if a.objectName() == "actIssueCard").trigger()
    answers.wait_all()
    assert (seen["method"], seen["ref_enabled"]) == ("现金", False)
    assert "微信支付必须填写交易流水号" in refusal.text and seen["still_open"]
    qtbot.waitUntil(lambda: keys.cards.table.rowCount() == 1)

    billing = open_view(qtbot, window, "billing")
    tab = billing.handover
    click_tab(qtbot, billing.tabs, tab)
    qtmodeltester.check(tab.deposits)
    qtbot.waitUntil(lambda: tab.deposits.rowCount() == 1)
    assert _cells(tab.deposits, 0)[1:] == ["门禁卡押金 卡 MJ0001", "3-1-801", "张三", "现金", "", "500.00"]
    assert "500.00" in tab.summary.text()
    # the drawer should hold it: counted, not copied — the field asks for the count, the sum its hint
    assert tab.counted.text() == "" and "应有 500.00 元" in tab.counted.placeholderText()
    type_text(qtbot, tab.counted, "500.00")
    label, amount = _cells(tab.methods, tab.methods.rowCount() - 1)
    assert "1" in label and amount == "500.00"

    type_text(qtbot, tab.receiver, "财务王")
    answers.message_box()
    preview = answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverDo"))
    answers.wait_all()
    assert "押金收取" in preview.pdf_text and "门禁卡押金 卡 MJ0001" in preview.pdf_text
    qtbot.waitUntil(lambda: tab.deposits.rowCount() == 0)  # handed over once: gone from the next sheet


def test_a_decoration_deposit_taken_by_transfer_at_approval_is_on_the_approvers_handover(community, admin, qtbot):
    """The supervisor approves through the 装修 tab: the confirmation asks how the deposit was paid;
    a 转账 with its number is on the supervisor's handover, not in the cash expected."""
    from datetime import timedelta
    from decimal import Decimal

    from deskapp.domain.decoration import ApplicationInput, WorkerInput
    from deskapp.gui.rounds.decoration_tab import ApproveDialog
    from deskapp.services.rounds import decoration
    from modal_answers import click_row

    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "1601",
                                                         "building_area": "88", "state": "空置"})
    registry_people.add_person(community, admin, unit, PersonInput("王芳", "13700137000"), Relation.OWNER)
    today = community.clock.today()
    decoration.apply(community, admin, ApplicationInput(
        unit_id=unit, owner_name="王芳", owner_phone="13700137000", company="美家装饰", leader="钱师傅",
        leader_phone="13512345679", licence="", works=("水电改造",), starts_on=today,
        ends_on=today + timedelta(days=60), deposit=Decimal("3000"), fees=Decimal("0"),
        workers=(WorkerInput("周小军", "11010519491231002X"),)))
    window = desk_window(qtbot, community, "SUPERVISOR")
    rounds = open_view(qtbot, window, "rounds")
    click_tab(qtbot, rounds.tabs, rounds.tabs.widget(1))
    tab = rounds._ensure(1)
    qtbot.waitUntil(tab.isVisible)  # a widget added to a shown parent is shown queued
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    click_row(qtbot, tab.table, 0)
    answers = ModalAnswers(qtbot)

    def fill(d: ApproveDialog) -> None:
        d.money.method.setCurrentIndex(d.money.method.findText("转账"))
        type_text(qtbot, d.money.pay_ref, "TR-20261127")
        click(qtbot, d.buttons.button(QDialogButtonBox.StandardButton.Ok))

    answers.dialog(ApproveDialog, fill)
    click(qtbot, button_named(tab, "decoApprove"))
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.model.row_at(0).state.value == "装修中")

    billing = open_view(qtbot, window, "billing")
    click_tab(qtbot, billing.tabs, billing.handover)
    qtbot.waitUntil(lambda: billing.handover.deposits.rowCount() == 1)
    cells = _cells(billing.handover.deposits, 0)
    assert cells[1].startswith("装修押金 ") and cells[4:] == ["转账", "TR-20261127", "3,000.00"]
    assert billing.handover.counted.text() == "0.00"  # nothing in cash
