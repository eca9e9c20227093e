"""钥匙与卡 ▸ 卡证's 押金 column reads the 押金台账 (deposits3 §1): a card cancelled (注销) and its
deposit refunded from the ledger no longer shows it held — before, the card's record said 20.00
for good — and the list catches up when the refund is paid out on the same desk."""
from __future__ import annotations

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from deskapp.contracts.billing import DepositFilter
from deskapp.domain.billing_deposits import RefundSource
from deskapp.domain.keys import CardKind, CountItem
from deskapp.gui.billing.refunds_tab import PayDialog
from deskapp.services.billing import deposits, refunds
from deskapp.services.keys import cards as keys_cards, inventory as keys_inventory
from deskapp.services.registry import units as registry_units


def test_a_cancelled_card_whose_deposit_the_ledger_refunded_shows_none_held(community, admin, clerk, supervisor,
                                                                          qtbot):
    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                         "building_area": "88", "state": "自住"})
    keys_inventory.receive_stock(community, admin, CountItem.BLANK_ACCESS, 5)
    card = keys_cards.issue_card(community, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="20")
    keys_cards.cancel_card(community, clerk, card.id, "退卡")  # 注销 moves no money: the ledger gives it back
    deposit = deposits.deposit_page(community, clerk, DepositFilter()).rows[0].id
    refund = refunds.apply(community, clerk, RefundSource.DEPOSIT, "20", "退卡", "张三", deposit_id=deposit)
    refunds.approve(community, supervisor, refund.id)

    window = desk_window(qtbot, community, "SUPERVISOR")
    keys = open_view(qtbot, window, "keys")
    click_tab(qtbot, keys, keys.cards)
    tab = keys.cards
    tab.show.setFocus()
    for _ in range(4):  # 有效 → … → 已挂失 → 全部（含已结束）: the cancelled card is listed
        qtbot.keyClick(tab.show, Qt.Key.Key_Down)
    assert tab.show.currentData() == "all"
    held = tab.table.columnCount() - 1
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, 0).text() == "MJ0001" and tab.table.item(0, held).text() == "20.00"  # not paid yet

    billing = open_view(qtbot, window, "billing")  # the refund paid out at the desk
    click_tab(qtbot, billing.tabs, billing.refunds)
    qtbot.waitUntil(lambda: billing.refunds.model.rowCount() == 1)
    click_row(qtbot, billing.refunds.view, 0)
    answers = ModalAnswers(qtbot)

    def pay(dialog: PayDialog) -> None:
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    answers.dialog(PayDialog, pay, accept=False)
    answers.pdf_preview()
    click(qtbot, button_named(billing.refunds, "refundPay"))
    answers.wait_all()

    keys = open_view(qtbot, window, "keys")
    click_tab(qtbot, keys, keys.cards)
    qtbot.waitUntil(lambda: tab.table.item(0, held).text() == "0.00")
    assert "0.00" in tab.count.text()
