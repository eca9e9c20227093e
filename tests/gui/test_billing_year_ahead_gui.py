"""预交一年优惠 at the counter, as the cashier meets it: a unit owing the four quarters of 2026's
物业费 is offered the supervisor's rule, ticked, in the amount; unticking a quarter takes the offer
away, ticking it again brings it back; 收款 takes the reduced amount and the receipt shows the 优惠."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import setup_units  # noqa: E402
from modal_answers import (  # noqa: E402
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text,
)

from deskapp.domain.billing import FeeItem  # noqa: E402
from deskapp.domain.billing_discounts import RuleKind  # noqa: E402
from deskapp.services.billing import discounts, run, standards  # noqa: E402


@pytest.fixture
def year_billed(community, admin, supervisor):
    setup_units(community, admin)
    standards.add_standard(community, admin, FeeItem.PROPERTY, "2.50", date(2020, 1, 1), unit_kind="住宅")
    for q in ("2026Q1", "2026Q2", "2026Q3", "2026Q4"):
        run.post(community, admin, q)
    discounts.save_rule(community, supervisor, None, "预交一年物业费优惠一个月", RuleKind.YEAR_AHEAD, "1")
    return community


def _toggle(qtbot, tab, row: int) -> None:
    click_row(qtbot, tab.owed_view, row)
    qtbot.keyClick(tab.owed_view, Qt.Key.Key_Space)  # the row's check box, as the cashier ticks it


def test_the_counter_offers_the_year_ahead_rule_and_takes_the_reduced_payment(year_billed, qtbot):
    window = desk_window(qtbot, year_billed, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.counter)
    tab = view.counter
    type_text(qtbot, tab.code, "3-1-101")
    click(qtbot, button_named(tab, "payFind"))
    qtbot.waitUntil(lambda: tab.owed.rowCount() == 4)
    offer = tab.offer_check
    assert offer.isVisible() and offer.isChecked() and tab.amount.text() == "1375.00"
    assert "预交一年物业费优惠一个月" in offer.text() and "125.00" in offer.text() and "1,375.00" in offer.text()

    _toggle(qtbot, tab, 0)  # 2026Q1 left out: not a year any more
    qtbot.waitUntil(lambda: not offer.isVisible())
    assert tab.amount.text() == "1125.00"
    _toggle(qtbot, tab, 0)
    qtbot.waitUntil(offer.isVisible)
    assert tab.amount.text() == "1375.00"
    click(qtbot, offer)  # the payer declines: the full price
    assert tab.amount.text() == "1500.00"
    click(qtbot, offer)
    assert tab.amount.text() == "1375.00"

    answers = ModalAnswers(qtbot)
    printed = answers.pdf_preview()
    click(qtbot, button_named(tab, "payTake"))
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.receipts.rowCount() == 1)
    assert tab.receipts.data(tab.receipts.index(0, 2)) == "1,375.00"
    assert tab.owed.rowCount() == 0 and not offer.isVisible()
    text = printed.pdf_text
    assert "优惠" in text and "125.00" in text and "250.00" in text  # Q4: 375.00 billed, 125.00 off, 250.00 paid

    click_tab(qtbot, view.tabs, view.discounts)
    qtbot.waitUntil(lambda: view.discounts.model.rowCount() == 1)
    cells = [view.discounts.model.data(view.discounts.model.index(0, c))
             for c in range(view.discounts.model.columnCount())]
    assert "已批准" in cells and any("按规则" in str(c) for c in cells)
