"""合并缴费… pressed as the cashier does: find one of the owner's units, press the button, see the
other unit's lines, pay in cash; both receipts are previewed with the 合并缴费号, the owed lines are
gone; voiding one asks and voids both."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import (  # noqa: E402
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text,
)

from deskapp.domain.people import Relation  # noqa: E402
from deskapp.gui.billing.combined_dialog import CombinedDialog  # noqa: E402
from deskapp.services.billing import run  # noqa: E402
from deskapp.services.registry import people as registry_people  # noqa: E402


@pytest.fixture
def owned(community, admin):
    (u101, u102, _), _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    for uid in (u101, u102):
        registry_people.add_person(community, admin, uid, registry_people.PersonInput(
            "张三", id_number="11010519491231002X"), Relation.OWNER)
    return community


def test_two_units_paid_at_once_then_voided_together(owned, qtbot):
    window = desk_window(qtbot, owned, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.counter)
    tab = view.counter
    type_text(qtbot, tab.code, "3-1-101")
    click(qtbot, button_named(tab, "payFind"))
    qtbot.waitUntil(lambda: tab.owed.rowCount() > 0)
    seen = {}

    def fill(d: CombinedDialog) -> None:
        seen["units"] = {d.lines.data(d.lines.index(r, 0)) for r in range(d.lines.rowCount())}
        seen["total"], seen["due"] = d.total.text(), d.due()
        type_text(qtbot, d.tendered, "2000")
        seen["change"] = d.change.text()

    answers = ModalAnswers(qtbot)
    answers.dialog(CombinedDialog, fill)
    printed = answers.pdf_preview()
    click(qtbot, button_named(tab, "payCombined"))
    answers.wait_all()
    assert seen["units"] == {"3-1-101", "3-1-102"} and f"{seen['due']:,.2f}" in seen["total"]
    assert seen["change"] == f"{2000 - seen['due']:,.2f}"
    text = printed.pdf_text
    assert "SJ2026-000001" in text and "SJ2026-000002" in text and "合并缴费号 HB2026-000001" in text
    assert "房号：3-1-101" in text and "房号：3-1-102" in text
    qtbot.waitUntil(lambda: tab.owed.rowCount() == 0 and tab.receipts.rowCount() == 1)

    tab.code.clear()
    type_text(qtbot, tab.code, "3-1-102")
    click(qtbot, button_named(tab, "payFind"))
    qtbot.waitUntil(lambda: tab.acc is not None and tab.acc.unit_code == "3-1-102")
    assert tab.owed.rowCount() == 0 and tab.receipts.data(tab.receipts.index(0, 0)) == "SJ2026-000002"

    click_row(qtbot, tab.receipts_view, 0)
    answers = ModalAnswers(qtbot)
    answers.asked_line("收错")
    asked = answers.message_box(QMessageBox.StandardButton.Yes, contains="HB2026-000001")
    click(qtbot, button_named(tab, "payVoid"))
    answers.wait_all()
    assert "SJ2026-000001" in asked.text
    qtbot.waitUntil(lambda: tab.owed.rowCount() > 0)
    tab.code.clear()
    type_text(qtbot, tab.code, "3-1-101")
    click(qtbot, button_named(tab, "payFind"))
    qtbot.waitUntil(lambda: tab.acc.unit_code == "3-1-101" and tab.owed.rowCount() > 0)
    assert tab.receipts.data(tab.receipts.index(0, 5)).startswith(("Void", "作废"))
