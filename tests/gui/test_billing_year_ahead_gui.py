"""预交一年优惠 at the counter, as the cashier meets it: a unit owing the four quarters of 2026's
物业费 is offered the supervisor's rule, ticked, in the amount; unticking a quarter takes the offer
away, ticking it again brings it back; 收款 takes the reduced amount and the receipt shows the 优惠."""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal as D
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


def _counter_on_3_1_101(qtbot, ctx):
    """The clerk's 收费 tab, 3-1-101 found by its code: its four 2026 quarters owed."""
    window = desk_window(qtbot, ctx, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.counter)
    tab = view.counter
    type_text(qtbot, tab.code, "3-1-101")
    click(qtbot, button_named(tab, "payFind"))
    qtbot.waitUntil(lambda: tab.owed.rowCount() == 4)
    return view, tab


def test_the_counter_offers_the_year_ahead_rule_and_takes_the_reduced_payment(year_billed, qtbot):
    view, tab = _counter_on_3_1_101(qtbot, year_billed)
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


def test_combined_payment_offers_each_units_year_ahead_rule(year_billed, admin, qtbot):
    """合并缴费 for an owner of 3-1-101 and 3-1-102, each owing 2026's four quarters: each unit is
    offered the rule, ticked; unticking a quarter of one takes its offer away; the payer declines one
    and takes it again; both receipts print the 优惠."""
    from PySide6.QtWidgets import QCheckBox, QDialogButtonBox

    from deskapp.domain.people import Relation
    from deskapp.gui.billing.combined_dialog import CombinedDialog
    from deskapp.services.registry import people as registry_people, units as registry_units

    for code in ("3-1-101", "3-1-102"):
        unit = registry_units.find_unit_id(year_billed, admin, code)
        registry_people.add_person(year_billed, admin, unit, registry_people.PersonInput(
            "张三", id_number="11010519491231002X"), Relation.OWNER)
    view, tab = _counter_on_3_1_101(qtbot, year_billed)
    seen = {}

    def fill(d: CombinedDialog) -> None:
        def offers() -> dict[str, QCheckBox]:
            return {b.text().split("：")[0].split(":")[0]: b for b in d.findChildren(QCheckBox)
                    if b.objectName().startswith("combinedYearAhead") and b.isVisible()}

        seen["first"] = {k: (b.isChecked(), b.text()) for k, b in offers().items()}
        seen["due"] = d.due()
        click_row(qtbot, d.view, 4)  # 3-1-102's 2026Q1 unticked: not a year any more
        qtbot.keyClick(d.view, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: set(offers()) == {"3-1-101"})
        seen["one_year"] = d.due()
        qtbot.keyClick(d.view, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: set(offers()) == {"3-1-101", "3-1-102"})
        click(qtbot, offers()["3-1-102"])  # the payer declines the second unit's offer…
        seen["declined"] = d.due()
        click(qtbot, offers()["3-1-102"])  # …and takes it after all
        seen["total"] = d.total.text()
        type_text(qtbot, d.tendered, "2500")
        seen["change"] = d.change.text()
        click(qtbot, d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    answers = ModalAnswers(qtbot)
    answers.dialog(CombinedDialog, fill)
    printed = answers.pdf_preview()
    click(qtbot, button_named(tab, "payCombined"))
    answers.wait_all()
    first = seen["first"]
    assert set(first) == {"3-1-101", "3-1-102"} and all(checked for checked, _ in first.values())
    assert "预交一年物业费优惠一个月" in first["3-1-101"][1] and "125.00" in first["3-1-101"][1]
    assert "75.00" in first["3-1-102"][1]
    assert (seen["due"], seen["one_year"], seen["declined"]) == (D("2200.00"), D("2050.00"), D("2275.00"))
    assert "2,200.00" in seen["total"] and seen["change"] == "300.00"
    text = printed.pdf_text
    assert "房号：3-1-101" in text and "房号：3-1-102" in text and "合并缴费号 HB2026-000001" in text
    assert text.count("优惠（元）") >= 2 and "125.00" in text and "75.00" in text
    assert "250.00" in text and "150.00" in text  # each Q4 less its 优惠: 375 − 125, 225 − 75
    qtbot.waitUntil(lambda: tab.owed.rowCount() == 0)
