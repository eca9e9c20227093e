"""收费's money buttons pressed as a clerk does (issue 12): 作废…, 移交… and 打印, 催缴通知单."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from audit_anchor_support import printed_anchor_agrees
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.services.billing import handover, payments, run  # noqa: E402


@pytest.fixture
def billed(community, admin, desk_app):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    return community, ids


def _counter(qtbot, window, code: str):
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.counter)
    counter = view.counter
    counter.code.clear()
    qtbot.keyClicks(counter.code, code)
    qtbot.keyClick(counter.code, Qt.Key.Key_Return)
    assert counter.header.text().startswith(code)
    return view, counter


def _pay_all_in_cash(qtbot, counter, answers: ModalAnswers, tendered: str):
    counter.method.setCurrentIndex(counter.method.findData(PayMethod.CASH.name))
    qtbot.keyClicks(counter.tendered, tendered)
    receipt = answers.pdf_preview()  # "preview and print the receipt" is ticked
    click(qtbot, button_named(counter, "payTake"))
    answers.wait_all()
    return receipt


@pytest.mark.parametrize("role", ["CLERK", "SUPERVISOR"])
def test_void_button_asks_the_reason_and_the_row_shows_void(billed, role, qtbot):
    ctx, ids = billed
    window = desk_window(qtbot, ctx, role)
    answers = ModalAnswers(qtbot)
    view, counter = _counter(qtbot, window, "3-1-101")
    receipt = _pay_all_in_cash(qtbot, counter, answers, "800")
    assert "SJ2026-000001" in receipt.pdf_text
    assert counter.receipts.rowCount() == 1 and counter.owed.rowCount() == 0

    click_row(qtbot, counter.receipts_view, 0)
    reason = answers.asked_line("收错项目")
    sure = answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, button_named(counter, "payVoid"))
    answers.wait_all()

    assert "SJ2026-000001" in reason.text and "SJ2026-000001" in sure.text
    status = counter.receipts.data(counter.receipts.index(0, 5))
    assert "作废" in status and "收错项目" in status
    assert counter.owed.rowCount() == 3  # owed again
    assert payments.account(ctx, window.session.actor, ids[0]).receipts[0].voided


def test_handover_asks_shows_the_sheet_and_print_gives_it_again(billed, qtbot):
    ctx, ids = billed
    window = desk_window(qtbot, ctx, "CLERK")
    answers = ModalAnswers(qtbot)
    view, counter = _counter(qtbot, window, "3-1-101")
    _pay_all_in_cash(qtbot, counter, answers, "800")
    _counter(qtbot, window, "3-1-102")
    _pay_all_in_cash(qtbot, counter, answers, "500")
    paid = handover.draft(ctx, window.session.actor).total

    tab = view.handover
    click_tab(qtbot, view.tabs, tab)
    assert tab.receipts.rowCount() == 2
    type_text(qtbot, tab.receiver, "财务 王会计")
    # the cash is counted, not copied: 移交… with the count left empty is refused before it asks
    assert tab.counted.text() == "" and f"{paid:,.2f}" in tab.counted.placeholderText()
    refused = answers.message_box()
    click(qtbot, button_named(tab, "handoverDo"))
    answers.wait_all()
    assert "实点现金" in refused.text and handover.draft(ctx, window.session.actor).receipts
    type_text(qtbot, tab.counted, f"{paid}")
    sure = answers.message_box(QMessageBox.StandardButton.Yes)
    sheet = answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverDo"))
    answers.wait_all()

    total = f"{paid:,.2f}"
    assert "2" in sure.text and total in sure.text and "王会计" in sure.text and f"实点现金 {total} 元" in sure.text
    text = sheet.pdf_text
    assert "费用入账和费用移交表" in text and "张数：2" in text and total in text and "王会计" in text
    assert handover.draft(ctx, window.session.actor).receipts == ()  # handed over
    assert tab.receipts.rowCount() == 0

    again = answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverPrint"))
    answers.wait_all()
    printed = again.pdf_text
    assert "张数：2" in printed and total in printed and "张数：0" not in printed
    assert printed_anchor_agrees(ctx, printed)  # the audit chain's head on paper (issue 14 §4)



def test_handover_refused_at_the_question_hands_nothing_over(billed, qtbot):
    ctx, ids = billed
    window = desk_window(qtbot, ctx, "CLERK")
    answers = ModalAnswers(qtbot)
    view, counter = _counter(qtbot, window, "3-1-101")
    _pay_all_in_cash(qtbot, counter, answers, "800")
    click_tab(qtbot, view.tabs, view.handover)
    type_text(qtbot, view.handover.counted, f"{view.handover.draft.cash_expected}")
    type_text(qtbot, view.handover.receiver, "财务 王会计")
    asked = answers.message_box(QMessageBox.StandardButton.No)
    click(qtbot, button_named(view.handover, "handoverDo"))
    answers.wait_all()
    assert "移交给 财务 王会计" in asked.text  # the question itself was declined
    assert len(handover.draft(ctx, window.session.actor).receipts) == 1
    assert view.handover.receipts.rowCount() == 1


def test_dunning_button_numbers_and_shows_the_letters(billed, qtbot):
    ctx, ids = billed
    window = desk_window(qtbot, ctx, "CLERK")
    view = open_view(qtbot, window, "billing")
    tab = view.arrears
    click_tab(qtbot, view.tabs, tab)
    assert tab.model.rowCount() == 3
    click_row(qtbot, tab.view, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)  # ticks the unit
    assert len(tab.model.checked_rows()) == 1
    unit = tab.model.checked_rows()[0]
    answers = ModalAnswers(qtbot)
    sure = answers.message_box(QMessageBox.StandardButton.Yes)
    letter = answers.pdf_preview()
    click(qtbot, button_named(tab, "arrearsDun"))
    answers.wait_all()

    assert "1" in sure.text
    text = letter.pdf_text
    assert "催缴通知单" in text and unit.code in text and f"{unit.total:,.2f}" in text
    assert letter.title and tab.model.row_at(0).last_contact  # logged as sent, shown in the list


def test_tick_all_letters_every_unit_and_untick_all_none(billed, desk_app, qtbot):
    """全选 ticks every unit owing (a supervisor does not tick 87 boxes one by one), 全不选 none;
    记录联系… waits for a unit to be chosen."""
    ctx, ids = billed
    window = desk_window(qtbot, ctx, "CLERK")
    view = open_view(qtbot, window, "billing")
    tab = view.arrears
    click_tab(qtbot, view.tabs, tab)
    assert not button_named(tab, "arrearsContact").isEnabled()
    every, none = button_named(tab, "arrearsTickAll"), button_named(tab, "arrearsTickNone")
    assert (every.text(), none.text()) == ("全选", "全不选")
    click(qtbot, every)
    assert len(tab.model.checked_rows()) == tab.model.rowCount() == 3
    click(qtbot, none)
    assert tab.model.checked_rows() == []
    click(qtbot, every)
    answers = ModalAnswers(qtbot)
    sure = answers.message_box(QMessageBox.StandardButton.Yes)
    letters = answers.pdf_preview()
    click(qtbot, button_named(tab, "arrearsDun"))
    answers.wait_all()
    assert "3" in sure.text
    assert all(tab.model.row_at(i).code in letters.pdf_text for i in range(3))
    click_row(qtbot, tab.view, 0)
    assert button_named(tab, "arrearsContact").isEnabled()


def test_untick_all_then_one_line_takes_a_single_line_at_the_counter(billed, desk_app, qtbot):
    ctx, ids = billed
    window = desk_window(qtbot, ctx, "CLERK")
    view, counter = _counter(qtbot, window, "3-1-101")
    lines = counter.owed.rowCount()
    assert lines > 1 and len(counter.owed.checked_rows()) == lines  # all offered at first
    click(qtbot, button_named(counter, "payLinesTickNone"))
    assert counter.owed.checked_rows() == [] and counter.selected.text().startswith("已选 0 项")
    counter.owed.setData(counter.owed.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    one = counter.owed.row_at(0)
    assert counter.amount.text() == f"{one.owed:.2f}"
    click(qtbot, button_named(counter, "payLinesTickAll"))
    assert len(counter.owed.checked_rows()) == lines


def test_a_cash_payment_from_the_keyboard_alone(billed, qtbot):
    """房号 and Enter puts the cursor in 实收现金; the cash typed and Ctrl+Enter takes the payment;
    the cursor is back in 房号, its text selected, for the next payer."""
    ctx, ids = billed
    window = desk_window(qtbot, ctx, "CLERK")
    view, counter = _counter(qtbot, window, "3-1-101")
    qtbot.waitUntil(lambda: counter.tendered.hasFocus())
    due = counter.selected_due()
    qtbot.keyClicks(window.focusWidget(), "1000")
    assert counter.tendered.text() == "1000"
    answers = ModalAnswers(qtbot)
    paper = answers.pdf_preview()
    qtbot.keyClick(counter.tendered, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answers.wait_all()
    assert f"{due:,.2f}" in paper.pdf_text and counter.owed.rowCount() == 0
    qtbot.waitUntil(lambda: window.focusWidget() is counter.code)  # where typing goes once the window is back
    assert counter.code.selectedText() == "3-1-101"
    qtbot.keyClicks(counter.code, "3-1-102")  # typing replaces the last unit
    qtbot.keyClick(counter.code, Qt.Key.Key_Return)
    assert counter.header.text().startswith("3-1-102")


@pytest.fixture
def forget_receipt_mode():
    from PySide6.QtCore import QSettings

    from deskapp.gui.billing.counter import MODE_KEY

    yield
    QSettings().remove(MODE_KEY)  # the tests' config folder is shared by the tests of one worker


def test_print_directly_sends_the_receipt_to_the_printer_without_a_dialog(billed, qtbot, tmp_path,
                                                                         forget_receipt_mode):
    """收据 ▸ 直接打印: the payment's receipt goes to the PC's default printer as it is taken (here a
    PDF printer), no preview; the choice is kept for the next time the counter opens."""
    from PySide6.QtPrintSupport import QPrinter

    from deskapp.gui.billing.counter import CounterTab

    ctx, ids = billed
    window = desk_window(qtbot, ctx, "CLERK")
    view, counter = _counter(qtbot, window, "3-1-101")
    out = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    counter.printer_for_receipts = pdf_printer
    mode = counter.receipt_mode
    mode.setFocus()
    qtbot.keyClick(mode, Qt.Key.Key_Down)  # 预览后打印 → 直接打印, chosen by the person
    assert mode.currentText() == "直接打印"
    qtbot.keyClicks(counter.tendered, "1000")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from deskapp.gui import printing

    dialogs: list[str] = []

    def no_dialog() -> None:  # a preview or message would wait for an answer: note it and close it
        modal = QApplication.activeModalWidget()
        if modal is not None:
            dialogs.append(modal.windowTitle())
            modal.reject()

    seen: list[tuple] = []
    listener = lambda *told: seen.append(told)  # noqa: E731 — as the audit trail's listener is told
    printing.OUTPUT_LISTENERS.append(listener)
    watch = QTimer(singleShot=True, interval=3000)
    watch.timeout.connect(no_dialog)
    watch.start()
    try:
        click(qtbot, button_named(counter, "payTake"))
    finally:
        watch.stop()  # never left to close another test's dialog
        printing.OUTPUT_LISTENERS.remove(listener)
    number = counter.last_receipt.number
    assert dialogs == []  # straight to the printer: nothing to answer
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert number and counter.owed.rowCount() == 0
    assert seen == [(f"收据 {number}", f"收据-{number}.pdf", "print")]  # audited as a print
    again = CounterTab(window.session)  # the counter opened again on this PC
    qtbot.addWidget(again)
    assert again.receipt_mode.currentText() == "直接打印"


def test_print_directly_without_a_printer_shows_the_preview_and_says_why(billed, qtbot, forget_receipt_mode):
    ctx, ids = billed
    window = desk_window(qtbot, ctx, "CLERK")
    view, counter = _counter(qtbot, window, "3-1-101")
    counter.printer_for_receipts = lambda: None  # a PC with no printer set up
    counter.receipt_mode.setCurrentIndex(counter.receipt_mode.findData("direct"))
    qtbot.keyClicks(counter.tendered, "1000")
    answers = ModalAnswers(qtbot)
    told = answers.message_box()
    paper = answers.pdf_preview()
    click(qtbot, button_named(counter, "payTake"))
    answers.wait_all()
    assert "没有默认打印机" in told.text
    assert "SJ2026-000001" in paper.pdf_text and "768.01" in paper.pdf_text


def test_the_arrears_list_is_exported_as_of_its_date(billed, qtbot, monkeypatch, tmp_path):
    """The supervisor's follow-up list on paper: 《欠费账龄表》 as of the date in the box, every unit owing."""
    from openpyxl import load_workbook

    from modal_answers import patch_save_file

    ctx, ids = billed
    window = desk_window(qtbot, ctx, "SUPERVISOR")
    view = open_view(qtbot, window, "billing")
    tab = view.arrears
    click_tab(qtbot, view.tabs, tab)
    shown = sorted(tab.model.row_at(i).code for i in range(tab.model.rowCount()))
    out = tmp_path / "欠费.xlsx"
    chosen = patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "arrearsExport"))
    answers.wait_all()
    assert chosen.asked[0][1] == "欠费账龄表-20261127.xlsx" and str(out) in told.text
    ws = load_workbook(out)["欠费明细"]
    assert "欠费账龄表" in ws["A1"].value and "截至 2026-11-27" in ws["A1"].value
    assert sorted(r[0] for r in ws.iter_rows(min_row=3, values_only=True)) == shown
