"""交易流水号 at the counter, pressed as the cashier does: the field opens for 微信 and closes for
现金, a missing reference is refused naming the field, the typed one is on the printed receipt and
in the receipt register, and 按收款方式日清单 writes the day's list by method."""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import (  # noqa: E402
    ModalAnswers, button_named, choose_with_keys, click, click_tab, desk_window, open_view, patch_save_file, type_text,
)

from deskapp.services.billing import run  # noqa: E402

WX = "4200002026112700123"


@pytest.fixture
def billed(community, admin):
    billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    return community



def test_wechat_payment_with_its_reference_then_the_day_list(billed, qtbot, monkeypatch, tmp_path):
    window = desk_window(qtbot, billed, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.counter)
    tab = view.counter
    type_text(qtbot, tab.code, "3-1-101")
    click(qtbot, button_named(tab, "payFind"))
    qtbot.waitUntil(lambda: tab.owed.rowCount() == 3)

    choose_with_keys(qtbot, tab.method, "现金")
    assert not tab.pay_ref.isEnabled()
    choose_with_keys(qtbot, tab.method, "微信")
    assert tab.pay_ref.isEnabled() and not tab.tendered.isEnabled()

    answers = ModalAnswers(qtbot)
    refused = answers.message_box(QMessageBox.StandardButton.Ok, contains="交易流水号")
    click(qtbot, button_named(tab, "payTake"))  # no reference yet
    answers.wait_all()
    assert "必须填写" in refused.text and tab.receipts.rowCount() == 0

    type_text(qtbot, tab.pay_ref, WX)
    answers = ModalAnswers(qtbot)
    printed = answers.pdf_preview()
    click(qtbot, button_named(tab, "payTake"))
    answers.wait_all()
    assert f"交易流水号 {WX}" in printed.pdf_text
    qtbot.waitUntil(lambda: tab.receipts.rowCount() == 1)
    shown = [tab.receipts.data(tab.receipts.index(0, c)) for c in range(tab.receipts.columnCount())]
    assert shown[3] == "微信" and shown[-1] == WX
    assert tab.pay_ref.text() == ""  # ready for the next payer

    click_tab(qtbot, view.tabs, view.receipts)
    reg = view.receipts
    qtbot.waitUntil(lambda: reg.model.rowCount() == 1)
    cells = [reg.model.data(reg.model.index(0, c)) for c in range(reg.model.columnCount())]
    assert "SJ2026-000001" in cells and WX in cells

    click_tab(qtbot, view.tabs, view.handover)
    out = tmp_path / "day.xlsx"
    chosen = patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(view.handover, "handoverDayList"))
    answers.wait_all()
    assert chosen.asked[0][1] == "收款方式日清单-20261127.xlsx" and "1" in told.text
    rows = [r for r in openpyxl.load_workbook(out)["收款方式日清单"].iter_rows(values_only=True)
            if r[1] == "SJ2026-000001"]
    assert [(r[0], r[3], r[4], r[5], r[6]) for r in rows] == [("微信", "3-1-101", 768.01, WX, "正常")]

