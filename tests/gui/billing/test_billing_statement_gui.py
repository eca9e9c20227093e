"""打印对账单… at the counter and on the unit page: the period asked (this year to today unless
changed; a day after today refused at its field, the form kept open), then the 《业户费用对账单》
in the preview, carrying what the counter shows as owed; saved from the preview it is audited."""
from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import (  # noqa: E402
    ModalAnswers, button_named, click, click_tab, desk_window, open_view, scroll_to_section,
)
from support import CST  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.gui.forms import FormDialog  # noqa: E402
from deskapp.gui.printing import PdfPreviewDialog  # noqa: E402
from deskapp.services.billing import payments, run  # noqa: E402


@pytest.fixture
def paid_and_voided(community, admin, clerk, clock, desk_app):
    """3-1-101 billed for 2026Q3 on 10-05, 200.00 paid in cash on 10-10, 100.00 by 微信 voided on 10-12."""
    ids, _ = billed_community(community, admin)
    now = clock.now()
    clock.set(datetime(2026, 10, 5, 10, 0, tzinfo=CST))
    run.post(community, admin, "2026Q3")
    line = payments.account(community, clerk, ids[0]).lines[0].line_id
    clock.set(datetime(2026, 10, 10, 10, 0, tzinfo=CST))
    payments.take_payment(community, clerk, ids[0], [line], "200.00", PayMethod.CASH)
    clock.set(datetime(2026, 10, 12, 10, 0, tzinfo=CST))
    wrong = payments.take_payment(community, clerk, ids[0], [line], "100.00", PayMethod.WECHAT,
                                  pay_ref="4200002026101200")
    payments.void_receipt(community, clerk, wrong.id, "金额输错")
    clock.set(now)
    return community, ids[0], wrong.number


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _set_date(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_counter_statement_asks_the_period_refuses_a_future_day_and_previews_the_owed_figure(
        paid_and_voided, qtbot, tmp_path):
    from sqlalchemy import select

    from deskapp.gui import printing
    from deskapp.gui.accounts.actions import record_prints
    from deskapp.store.models.accounts import AuditEntry

    ctx, unit, voided = paid_and_voided
    window = desk_window(qtbot, ctx, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.counter)
    counter = view.counter
    button = button_named(counter, "payStatement")
    assert not button.isEnabled()  # no unit yet
    qtbot.keyClicks(counter.code, "3-1-101")
    qtbot.keyClick(counter.code, Qt.Key.Key_Return)
    owed = f"{counter.acc.total_owed:,.2f}"
    assert owed == "568.01" and owed in counter.header.text()

    answers = ModalAnswers(qtbot)
    seen: dict[str, object] = {}

    def future_then_today(dialog: FormDialog) -> None:
        first, last = dialog.findChild(QLineEdit, "statementFrom"), dialog.findChild(QLineEdit, "statementTo")
        seen["defaults"] = (first.text(), last.text())
        _set_date(qtbot, last, "2026-11-28")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        seen["refusal"] = dialog.problems.label.text()
        seen["open"] = dialog.isVisible()
        seen["focus"] = dialog.focusWidget() is last
        _set_date(qtbot, last, "2026-11-27")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    def save(preview: PdfPreviewDialog) -> None:
        preview.save_to(tmp_path / preview.suggested_name)

    answers.dialog(FormDialog, future_then_today, accept=False)
    shown = answers.dialog(PdfPreviewDialog, save, accept=False)
    listener = record_prints(window.session)
    try:
        click(qtbot, button)
        answers.wait_all()
    finally:
        printing.OUTPUT_LISTENERS.remove(listener)
    assert seen["defaults"] == ("2026-01-01", "2026-11-27")
    assert "截止日期" in seen["refusal"] and "不能晚于今天" in seen["refusal"]
    assert seen["open"] and seen["focus"]
    text = _text(shown.pdf)
    assert "业户费用对账单" in text and "3-1-101" in text and "对账期间：2026-01-01 至 2026-11-27" in text
    assert owed in text and voided in text and "作废" in text
    assert (tmp_path / "业户费用对账单-3-1-101-20260101-20261127.pdf").read_bytes() == shown.pdf
    with ctx.reader() as uow:
        rows = uow.session.execute(select(AuditEntry.summary).where(AuditEntry.action == "print")).scalars().all()
    assert rows == ["打印《业户费用对账单 3-1-101（2026-01-01 至 2026-11-27）（另存为 PDF）》"]


def test_unit_page_statement_of_a_chosen_period(paid_and_voided, qtbot):
    ctx, unit, voided = paid_and_voided
    window = desk_window(qtbot, ctx, "STEWARD")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "3-1-101")
    window.search.completer().popup().hide()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    section = scroll_to_section(qtbot, window.tabs.currentWidget(), "billing")

    answers = ModalAnswers(qtbot)

    def october(dialog: FormDialog) -> None:
        _set_date(qtbot, dialog.findChild(QLineEdit, "statementFrom"), "2026-10-11")
        _set_date(qtbot, dialog.findChild(QLineEdit, "statementTo"), "2026-10-31")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    answers.dialog(FormDialog, october, accept=False)
    shown = answers.pdf_preview()
    click(qtbot, button_named(section, "unitStatement"))
    answers.wait_all()
    text = _text(shown.pdf)
    # billed 768.01 on 10-05 and 200.00 paid on 10-10, both before the period: 568.01 owed at its start and end
    assert "对账期间：2026-10-11 至 2026-10-31" in text and text.count("568.01") >= 3
    assert voided in text  # the 微信 receipt of 10-12, listed as voided
    assert shown.title == "业户费用对账单 3-1-101（2026-10-11 至 2026-10-31）"


def test_on_2_january_the_counter_statement_offers_the_year_just_ended(paid_and_voided, qtbot, clock):
    """An owner asking for a statement on 2 January wants last year's, not the two days of this one:
    in January the period offered starts on last year's first day."""
    ctx, unit, voided = paid_and_voided
    clock.set(datetime(2027, 1, 2, 9, 30, tzinfo=CST))
    window = desk_window(qtbot, ctx, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.counter)
    qtbot.keyClicks(view.counter.code, "3-1-101")
    qtbot.keyClick(view.counter.code, Qt.Key.Key_Return)
    answers = ModalAnswers(qtbot)
    seen: dict[str, tuple[str, str]] = {}

    def as_offered(dialog: FormDialog) -> None:
        first, last = dialog.findChild(QLineEdit, "statementFrom"), dialog.findChild(QLineEdit, "statementTo")
        seen["defaults"] = (first.text(), last.text())
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    answers.dialog(FormDialog, as_offered, accept=False)
    shown = answers.pdf_preview()
    click(qtbot, button_named(view.counter, "payStatement"))
    answers.wait_all()
    assert seen["defaults"] == ("2026-01-01", "2027-01-02")
    text = _text(shown.pdf)
    assert "对账期间：2026-01-01 至 2027-01-02" in text and voided in text and "568.01" in text
    # from February it is this year's again
    clock.set(datetime(2027, 2, 1, 9, 30, tzinfo=CST))
    answers.dialog(FormDialog, as_offered, accept=False)
    answers.pdf_preview()
    click(qtbot, button_named(view.counter, "payStatement"))
    answers.wait_all()
    assert seen["defaults"] == ("2027-01-01", "2027-02-01")
