"""The question before the day is handed to finance names a cash difference (walk of 2026-12-07):
the cashier counted 480.00 against 500.00 expected, wrote why, and was asked only "将 … 及实点现金
480.00 元移交给 王会计？" — the shortage she was signing away was not in the question. It now says
短款 20.00 元 with the expected sum and her explanation; answered No, nothing is handed over; a
count that matches asks as before."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import setup_units  # noqa: E402
from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view, type_text  # noqa: E402
from support import CST  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.services.billing import payments  # noqa: E402

WHY = "短款二十元待查"


@pytest.fixture
def day(community, admin, clerk, clock, desk_app):
    units = setup_units(community, admin)
    clock.set(datetime(2026, 12, 7, 9, 0, tzinfo=CST))
    payments.take_payment(community, clerk, units[0], [], "500.00", PayMethod.CASH, to_prepayment=True)
    payments.take_payment(community, clerk, units[1], [], "698.67", PayMethod.WECHAT, to_prepayment=True,
                          pay_ref="4200001234202612071234")
    clock.set(datetime(2026, 12, 7, 17, 30, tzinfo=CST))
    return community


def _tab(qtbot, ctx):
    view = open_view(qtbot, desk_window(qtbot, ctx, "CLERK"), "billing")
    click_tab(qtbot, view.tabs, view.handover)
    return view.handover


def test_a_short_count_is_named_in_the_question_and_no_hands_nothing_over(day, qtbot):
    tab = _tab(qtbot, day)
    type_text(qtbot, tab.counted, "480")
    type_text(qtbot, tab.receiver, "王会计")
    type_text(qtbot, tab.explanation, WHY)
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No, contains="将 2026-12-07 的")
    click(qtbot, button_named(tab, "handoverDo"))
    answers.wait_all()
    assert "实点现金 480.00 元" in asked.text
    assert f"短款 20.00 元（应有现金 500.00 元）：{WHY}" in asked.text
    assert tab.done is None and button_named(tab, "handoverDo").isEnabled()

    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes, contains="短款 20.00 元")
    paper = answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverDo"))
    answers.wait_all()
    assert tab.done is not None and WHY in paper.pdf_text


def test_a_matching_count_asks_without_a_difference(day, qtbot):
    tab = _tab(qtbot, day)
    type_text(qtbot, tab.counted, "500.00")
    type_text(qtbot, tab.receiver, "王会计")
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No, contains="将 2026-12-07 的")
    click(qtbot, button_named(tab, "handoverDo"))
    answers.wait_all()
    assert "短款" not in asked.text and "长款" not in asked.text and "实点现金 500.00 元" in asked.text
