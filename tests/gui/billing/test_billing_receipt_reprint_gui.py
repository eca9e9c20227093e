"""A receipt printed again says so: 重印 at the counter and in 收据登记 print 补打 with the time of
this print on the receipt and in the preview's title (the audit trail records prints under that
title); the payment's own print says nothing of it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view  # noqa: E402

from deskapp.services.billing import run  # noqa: E402


@pytest.fixture
def billing(community, admin, desk_app, qtbot):
    billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    window = desk_window(qtbot, community, "CLERK")
    return open_view(qtbot, window, "billing")


def _pay_at_counter(qtbot, view) -> tuple[str, str]:
    """3-1-101's dues taken in cash; the number and the text of the payment's own receipt."""
    counter = view.counter
    click_tab(qtbot, view.tabs, counter)
    qtbot.keyClicks(counter.code, "3-1-101")
    qtbot.keyClick(counter.code, Qt.Key.Key_Return)
    qtbot.keyClicks(counter.tendered, "5000")
    answers = ModalAnswers(qtbot)
    paper = answers.pdf_preview()
    click(qtbot, button_named(counter, "payTake"))
    answers.wait_all()
    number = counter.receipts.data(counter.receipts.index(0, 0))
    assert paper.title == f"收据 {number}"
    return number, paper.pdf_text


def test_the_payments_receipt_is_no_reprint_and_the_counters_reprint_says_so(billing, qtbot):
    number, first = _pay_at_counter(qtbot, billing)
    assert number in first and "补打" not in first

    counter = billing.counter
    click_row(qtbot, counter.receipts_view, 0)
    answers = ModalAnswers(qtbot)
    again = answers.pdf_preview()
    click(qtbot, button_named(counter, "payReprint"))
    answers.wait_all()
    assert again.title == f"补打收据 {number}"
    assert number in again.pdf_text and "补打 2026-11-27 09:30" in again.pdf_text  # the time of this print


def test_the_receipts_registers_reprint_says_so(billing, qtbot, community, clerk):
    number, _ = _pay_at_counter(qtbot, billing)
    tab = billing.receipts
    click_tab(qtbot, billing.tabs, tab)
    click_row(qtbot, tab.view, 0)
    answers = ModalAnswers(qtbot)
    again = answers.pdf_preview()
    click(qtbot, button_named(tab, "receiptReprint"))
    answers.wait_all()
    assert again.title == f"补打收据 {number}" and "补打 2026-11-27 09:30" in again.pdf_text


def test_a_reprint_on_the_241_form_says_so_in_its_last_band(community, admin, clerk):
    """The 套打 form has no room beside its printed title: 补打 goes on the blank band at its foot."""
    import io

    from pypdf import PdfReader

    from deskapp.domain.billing import PayMethod
    from deskapp.services.billing import payments, prints

    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    line = payments.account(community, clerk, ids[0]).lines[0].line_id
    r = payments.take_payment(community, clerk, ids[0], [line], "50", PayMethod.CASH)

    def text(**kw) -> str:
        pdf = prints.receipt_pdf(community, clerk, r.id, paper="241 套打", **kw)
        return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()

    assert "补打" not in text() and "补打 2026-11-27 09:30" in text(reprint=True)


def _pay(qtbot, counter, amount: str) -> tuple[str, str]:
    """`amount` taken in cash at the counter (its own receipt previewed): the number and its text."""
    counter.amount.clear()
    qtbot.keyClicks(counter.amount, amount)
    counter.tendered.clear()
    qtbot.keyClicks(counter.tendered, amount)
    answers = ModalAnswers(qtbot)
    paper = answers.pdf_preview()
    click(qtbot, button_named(counter, "payTake"))
    answers.wait_all()
    return counter.receipts.data(counter.receipts.index(0, 0)), paper.pdf_text


def test_a_part_payment_says_what_the_line_still_owes_and_the_rest_says_nothing(billing, qtbot):
    """Part of a line paid: its price × quantity is the whole charge, so the receipt says it was
    paid in part and what the line still owed once it was taken — on the reprint too, after the
    rest was paid (the paper of its own event). The receipt that pays the rest says nothing of it."""
    counter = billing.counter
    click_tab(qtbot, billing.tabs, counter)
    qtbot.keyClicks(counter.code, "3-1-101")
    qtbot.keyClick(counter.code, Qt.Key.Key_Return)
    first_line = counter.owed.row_at(0)
    left = first_line.owed - 100
    part, text = _pay(qtbot, counter, "100")
    assert f"部分缴纳，缴后{first_line.item}" in text and f"尚欠 {left:,.2f} 元" in text

    rest, text = _pay(qtbot, counter, f"{left}")
    assert rest != part and "部分缴纳" not in text and "尚欠" not in text

    click_row(qtbot, counter.receipts_view, 1)  # the part payment, reprinted after the rest came
    answers = ModalAnswers(qtbot)
    again = answers.pdf_preview()
    click(qtbot, button_named(counter, "payReprint"))
    answers.wait_all()
    assert part in again.pdf_text and f"尚欠 {left:,.2f} 元" in again.pdf_text


def test_the_handover_sheet_printed_again_says_so(billing, qtbot):
    """费用移交: 移交… prints the 费用入账和费用移交表 of the handover; 打印 afterwards prints that sheet
    again, marked 补打 with the time of the print (its preview titled so for the print audit)."""
    from PySide6.QtWidgets import QMessageBox

    from modal_answers import type_text

    number, _ = _pay_at_counter(qtbot, billing)
    tab = billing.handover
    click_tab(qtbot, billing.tabs, tab)
    qtbot.waitUntil(lambda: tab.receipts.rowCount() == 1)
    type_text(qtbot, tab.counted, f"{tab.draft.cash_expected}")
    type_text(qtbot, tab.receiver, "财务 王会计")
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    first = answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverDo"))
    answers.wait_all()
    assert number in first.pdf_text and "补打" not in first.pdf_text

    again = answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverPrint"))
    answers.wait_all()
    assert again.title == "费用入账和费用移交表（补打）"
    assert number in again.pdf_text and "补打 2026-11-27 09:30" in again.pdf_text


def test_a_day_handed_over_says_so_and_the_later_receipts_wait(billing, qtbot, community, clerk):
    """A receipt taken after the day's handover: the 费用移交 tab said it was to hand over today, 移交…
    asked "将 1 张收据…移交给…？" and only then refused (已移交). Now the tab says the day went to
    finance, when and to whom, that the later receipts go on the next day's sheet, and 移交… is off."""
    from PySide6.QtWidgets import QMessageBox

    from deskapp.domain.errors import Conflict
    from deskapp.services.billing import handover
    from modal_answers import type_text

    _pay_at_counter(qtbot, billing)
    tab = billing.handover
    click_tab(qtbot, billing.tabs, tab)
    type_text(qtbot, tab.counted, f"{tab.draft.cash_expected}")
    type_text(qtbot, tab.receiver, "财务 王会计")
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverDo"))
    answers.wait_all()

    counter = billing.counter
    click_tab(qtbot, billing.tabs, counter)
    counter.code.clear()
    qtbot.keyClicks(counter.code, "3-1-102")
    qtbot.keyClick(counter.code, Qt.Key.Key_Return)
    later, _ = _pay(qtbot, counter, "100")
    click_tab(qtbot, billing.tabs, tab)
    qtbot.waitUntil(lambda: tab.receipts.rowCount() == 1)
    assert tab.summary.text() == ("2026-11-27 已于 09:30 移交给 财务 王会计。之后收的 1 张收据、100.00 元"
                                  "计入下一天的移交表。")
    assert not button_named(tab, "handoverDo").isEnabled()
    with pytest.raises(Conflict, match="已于 09:30 移交给 财务 王会计"):
        handover.check_hand_over(community, clerk, "100", "财务 王会计")
