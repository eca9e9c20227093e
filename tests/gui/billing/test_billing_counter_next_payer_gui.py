"""The counter's next payer starts from 现金 (walk of 2026-12-07): 3-1-101 paid by 微信, then the
clerk typed 3-1-102 for the next payer and the box still said 微信 — a cash payment pressed
through would be printed and handed over to finance as 微信. After a payment, and when another
unit is looked up, the method is 现金 again and no 交易流水号 or cash tendered is left typed."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import ModalAnswers, button_named, choose_with_keys, click, click_tab, desk_window, open_view, type_text  # noqa: E402

from deskapp.services.billing import payments, run  # noqa: E402

WX = "4200002026120700123"


@pytest.fixture
def billed(community, admin):
    billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    return community



def _find(qtbot, tab, code: str) -> None:
    tab.code.clear()
    type_text(qtbot, tab.code, code)
    click(qtbot, button_named(tab, "payFind"))
    qtbot.waitUntil(lambda: tab.header.text().startswith(code))


def _counter_at(qtbot, ctx, code: str):
    """The clerk's 前台收费 with `code` looked up."""
    view = open_view(qtbot, desk_window(qtbot, ctx, "CLERK"), "billing")
    click_tab(qtbot, view.tabs, view.counter)
    _find(qtbot, view.counter, code)
    return view.counter


def test_after_a_wechat_payment_the_next_payer_starts_from_cash(billed, qtbot, clerk):
    tab = _counter_at(qtbot, billed, "3-1-101")
    choose_with_keys(qtbot, tab.method, "微信")
    type_text(qtbot, tab.pay_ref, WX)
    answers = ModalAnswers(qtbot)
    answers.pdf_preview()
    click(qtbot, button_named(tab, "payTake"))
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.receipts.rowCount() == 1)
    assert tab.receipts.data(tab.receipts.index(0, 3)) == "微信"
    assert tab.method.currentText() == "现金" and tab.tendered.isEnabled() and not tab.pay_ref.isEnabled()

    _find(qtbot, tab, "3-1-102")
    assert tab.method.currentText() == "现金" and tab.pay_ref.text() == ""
    type_text(qtbot, tab.tendered, "500")
    answers = ModalAnswers(qtbot)
    printed = answers.pdf_preview()
    click(qtbot, button_named(tab, "payTake"))
    answers.wait_all()
    assert "支付方式：现金" in printed.pdf_text and WX not in printed.pdf_text
    listed = payments.account(billed, clerk, tab.unit_id).receipts
    assert [r.method.value for r in listed] == ["现金"]


def test_looking_up_another_unit_drops_what_was_typed_for_the_last_one(billed, qtbot):
    tab = _counter_at(qtbot, billed, "3-1-101")
    choose_with_keys(qtbot, tab.method, "支付宝")
    type_text(qtbot, tab.pay_ref, WX)
    _find(qtbot, tab, "3-1-101")  # the same payer looked up again keeps what they said
    assert tab.method.currentText() == "支付宝" and tab.pay_ref.text() == WX
    _find(qtbot, tab, "3-1-102")
    assert tab.method.currentText() == "现金" and tab.pay_ref.text() == "" and tab.tendered.isEnabled()
