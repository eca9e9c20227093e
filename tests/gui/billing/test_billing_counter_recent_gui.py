"""The counter lists the unit's receipts of the last 12 months (issue 21 §4); 全部收据… shows all
of them, older ones too, and reprints one; reprint and 作废 work on the listed ones as before."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QMessageBox, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view  # noqa: E402
from support import CST  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.gui.billing.receipts_tab import UnitReceiptsDialog  # noqa: E402
from deskapp.services.billing import payments, run  # noqa: E402


@pytest.fixture
def two_receipts(community, admin, clerk, clock, desk_app):
    """3-1-101 paid part of a line 13 months ago and part of it last month."""
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    now = clock.now()
    line = payments.account(community, clerk, ids[0]).lines[0].line_id
    clock.set(datetime(2025, 10, 20, 10, 0, tzinfo=CST))
    old = payments.take_payment(community, clerk, ids[0], [line], "100", PayMethod.CASH)
    clock.set(datetime(2026, 10, 20, 10, 0, tzinfo=CST))
    recent = payments.take_payment(community, clerk, ids[0], [line], "50", PayMethod.CASH)
    clock.set(now)
    return community, old.number, recent.number


def _counter(qtbot, ctx):
    window = desk_window(qtbot, ctx, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.counter)
    counter = view.counter
    qtbot.keyClicks(counter.code, "3-1-101")
    qtbot.keyClick(counter.code, Qt.Key.Key_Return)
    assert counter.header.text().startswith("3-1-101")
    return counter


def _shown(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_counter_lists_last_year_and_all_receipts_shows_the_older_one(two_receipts, qtbot, qtmodeltester):
    ctx, old, recent = two_receipts
    counter = _counter(qtbot, ctx)
    assert [row[0] for row in _shown(counter.receipts)] == [recent]
    box = next(b for b in counter.findChildren(QGroupBox) if b.isAncestorOf(counter.receipts_view))
    assert box.title() == "本户近一年收据"

    seen: dict[str, object] = {}

    def look(dialog: UnitReceiptsDialog) -> None:
        qtmodeltester.check(dialog.model)
        seen.update(title=dialog.windowTitle(), rows=_shown(dialog.model), count=dialog.count.text())
        click_row(qtbot, dialog.view, 1)  # the old one, reprinted from the dialog
        click(qtbot, button_named(dialog, "unitReceiptReprint"))

    answers = ModalAnswers(qtbot)
    answers.dialog(UnitReceiptsDialog, look, accept=False)
    paper = answers.pdf_preview()
    all_button = button_named(counter, "payAllReceipts")
    assert all_button.text() == "全部收据…"
    click(qtbot, all_button)
    answers.wait_all()

    assert seen["title"] == "3-1-101 全部收据" and seen["count"] == "共 2 张收据"
    rows = seen["rows"]
    assert [row[0] for row in rows] == [recent, old]  # newest first, the 13-month-old one too
    assert rows[1][1].startswith("2025-10-20") and "100.00" in rows[1]
    assert old in paper.pdf_text and recent not in paper.pdf_text


def test_reprint_and_void_work_on_the_listed_receipt(two_receipts, qtbot):
    ctx, old, recent = two_receipts
    counter = _counter(qtbot, ctx)
    click_row(qtbot, counter.receipts_view, 0)
    answers = ModalAnswers(qtbot)
    paper = answers.pdf_preview()
    click(qtbot, button_named(counter, "payReprint"))
    answers.wait_all()
    assert recent in paper.pdf_text and "50.00" in paper.pdf_text

    click_row(qtbot, counter.receipts_view, 0)
    answers.asked_line("收错金额")
    sure = answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, button_named(counter, "payVoid"))
    answers.wait_all()
    assert recent in sure.text
    (row,) = _shown(counter.receipts)
    assert row[0] == recent and "作废" in row[5] and "收错金额" in row[5]


def test_a_receipt_on_a_handover_says_so_as_the_register_does(community, admin, clerk, desk_app, qtbot):
    """Handed over to finance, a receipt reads 已移交 (only a supervisor voids it now); one taken
    after the handover reads 正常."""
    from deskapp.services.billing import handover

    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    line = payments.account(community, clerk, ids[0]).lines[0].line_id
    first = payments.take_payment(community, clerk, ids[0], [line], "30", PayMethod.CASH)
    handover.hand_over(community, clerk, "30.00", "财务 王会计")
    second = payments.take_payment(community, clerk, ids[0], [line], "20", PayMethod.CASH)
    counter = _counter(qtbot, community)
    assert [(row[0], row[5]) for row in _shown(counter.receipts)] == [(second.number, "正常"), (first.number, "已移交")]


def test_reprint_and_void_wait_for_a_receipt_and_void_says_why_not(community, admin, clerk, desk_app, qtbot):
    """重印 and 作废… are greyed until a receipt is chosen; a clerk's 作废… stays greyed on a
    receipt handed over to finance, its tooltip saying only a supervisor voids it."""
    from deskapp.services.billing import handover

    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    line = payments.account(community, clerk, ids[0]).lines[0].line_id
    payments.take_payment(community, clerk, ids[0], [line], "30", PayMethod.CASH)
    handover.hand_over(community, clerk, "30.00", "财务 王会计")
    payments.take_payment(community, clerk, ids[0], [line], "20", PayMethod.CASH)
    counter = _counter(qtbot, community)
    reprint, void = button_named(counter, "payReprint"), button_named(counter, "payVoid")
    assert not reprint.isEnabled() and not void.isEnabled()  # nothing chosen yet

    click_row(qtbot, counter.receipts_view, 1)  # the handed-over one
    assert reprint.isEnabled() and not void.isEnabled()
    assert "只有主管可以作废" in void.toolTip()

    click_row(qtbot, counter.receipts_view, 0)  # taken after the handover
    assert reprint.isEnabled() and void.isEnabled() and void.toolTip() == ""


def test_void_refuses_an_invoiced_receipt_before_asking_the_reason(two_receipts, clerk, qtbot):
    """A receipt cited by an invoice request cannot be voided: 作废… says so at once, instead of
    asking the reason and the confirmation first."""
    from deskapp.services.billing import invoices

    ctx, _old, recent = two_receipts
    invoices.request_invoice(ctx, clerk, recent, "张三", "")
    counter = _counter(qtbot, ctx)
    click_row(qtbot, counter.receipts_view, 0)
    answers = ModalAnswers(qtbot)
    refused = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(counter, "payVoid"))
    answers.wait_all()
    assert "开票申请" in refused.text and "请先撤回开票申请" in refused.text
    assert "作废" not in _shown(counter.receipts)[0][5]  # nothing asked, nothing voided


def test_void_with_no_reason_keeps_the_reason_form_open_and_asks_nothing(two_receipts, qtbot):
    """作废… left without a reason: 作废原因 不能为空 is said and the reason form stays open — it
    used to ask "作废…？" first and then refuse, the reason form gone, the clerk starting over.
    The reason written in the same form, the question comes and the receipt is void."""
    ctx, _old, recent = two_receipts
    counter = _counter(qtbot, ctx)
    click_row(qtbot, counter.receipts_view, 0)
    answers = ModalAnswers(qtbot)
    blank = answers.asked_line("")
    refused = answers.message_box(QMessageBox.StandardButton.Ok, contains="不能为空")
    again = answers.asked_line("收错金额")  # the same form, still open
    sure = answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, button_named(counter, "payVoid"))
    answers.wait_all()
    assert recent in blank.text and refused.text == "作废原因：不能为空" and recent in again.text
    assert recent in sure.text
    (row,) = _shown(counter.receipts)
    assert "作废" in row[5] and "收错金额" in row[5]


def test_void_answered_no_voids_nothing(two_receipts, qtbot):
    ctx, _old, recent = two_receipts
    counter = _counter(qtbot, ctx)
    click_row(qtbot, counter.receipts_view, 0)
    answers = ModalAnswers(qtbot)
    answers.asked_line("收错金额")
    answers.message_box(QMessageBox.StandardButton.No)
    click(qtbot, button_named(counter, "payVoid"))
    answers.wait_all()
    qtbot.waitUntil(lambda: not any(w.isVisible() and w.objectName() == "askLine"
                                    for w in counter.findChildren(QWidget)))
    assert "作废" not in _shown(counter.receipts)[0][5]
