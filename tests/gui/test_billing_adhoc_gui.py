"""临时收费… pressed as the cashier does: type the unit, press the button, fill the form; a zero
amount is refused and the form stays open; the receipt is previewed with its item, 大写 and
交易流水号, listed under the unit and in the receipt register; the repair order shows it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import setup_units  # noqa: E402
from modal_answers import (  # noqa: E402
    ModalAnswers, button_named, click, click_tab, desk_window, open_view, type_text,
)

from deskapp.gui.billing.adhoc_dialog import AdhocDialog  # noqa: E402
from deskapp.services.reception import repairs  # noqa: E402

WX = "4200002026120500777"


@pytest.fixture
def world(community, admin, clerk):
    setup_units(community, admin)
    from deskapp.services.registry import units as registry_units
    unit_id = registry_units.find_unit_id(community, admin, "3-1-101")
    number = repairs.create_repair(community, clerk, repairs.RepairInput(
        fault="厨房水龙头漏水", reported_by="王芳", unit_id=unit_id, paid=True))
    return community, number


def _choose(qtbot, combo, text: str) -> None:
    """Pick a combo entry with the keyboard, as from a closed combo box."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while not combo.currentText().startswith(text):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_a_paid_repair_charged_at_the_counter(world, qtbot):
    ctx, repair_no = world
    window = desk_window(qtbot, ctx, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.counter)
    tab = view.counter
    type_text(qtbot, tab.code, "3-1-101")
    click(qtbot, button_named(tab, "payFind"))
    qtbot.waitUntil(lambda: tab.adhoc_btn.isEnabled())

    def fill(zero: bool):
        def act(d: AdhocDialog) -> None:
            _choose(qtbot, d.item, "有偿维修")
            _choose(qtbot, d.repair, repair_no)
            _choose(qtbot, d.method, "微信")
            d.amount.clear()
            type_text(qtbot, d.amount, "0" if zero else "85.50")
            d.pay_ref.clear()
            type_text(qtbot, d.pay_ref, WX)
            type_text(qtbot, d.note, "换阀芯")
        return act

    answers = ModalAnswers(qtbot)
    answers.dialog(AdhocDialog, fill(zero=True))
    refused = answers.message_box(QMessageBox.StandardButton.Ok, contains="金额")
    answers.dialog(AdhocDialog, fill(zero=False))
    printed = answers.pdf_preview()
    click(qtbot, button_named(tab, "payAdhoc"))
    answers.wait_all()
    assert "必须大于零" in refused.text
    text = printed.pdf_text
    assert "有偿维修" in text and f"维修单 {repair_no}" in text
    assert "捌拾伍元伍角" in text and f"交易流水号 {WX}" in text
    qtbot.waitUntil(lambda: tab.receipts.rowCount() == 1)
    shown = [tab.receipts.data(tab.receipts.index(0, c)) for c in range(tab.receipts.columnCount())]
    assert shown[0] == "SJ2026-000001" and shown[2] == "85.50" and shown[-1] == WX

    click_tab(qtbot, view.tabs, view.receipts)
    reg = view.receipts
    qtbot.waitUntil(lambda: reg.model.rowCount() == 1)
    assert "SJ2026-000001" in [reg.model.data(reg.model.index(0, c)) for c in range(reg.model.columnCount())]

    reception = open_view(qtbot, window, "reception")
    click_tab(qtbot, reception, reception.repairs)
    model = reception.repairs.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells[0] == repair_no and cells[-1] == "SJ2026-000001"
