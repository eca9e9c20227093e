"""减免 through the window (issue 16 §2): the steward applies on an owed line of the unit page
(申请减免…), the supervisor sets a rule and approves the application on the 减免 tab, and the
unit page then shows the line owing less."""
from __future__ import annotations

import sys
from decimal import Decimal as D
from pathlib import Path

from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, scroll_to_section,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.gui.billing.discounts_tab import ApplyDiscountDialog, RuleDialog, RulesDialog  # noqa: E402
from deskapp.services.billing import run  # noqa: E402


def _unit_page(qtbot, window, code: str):
    """Found as the desk finds a unit: Ctrl+F, its number, Enter."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, code)
    window.search.completer().popup().hide()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    scroll_to_section(qtbot, page, "billing")
    return page


def _cells(view: QTableView, row: int) -> list[str]:
    m = view.model()
    return [m.index(row, c).data() for c in range(m.columnCount())]


def test_steward_applies_supervisor_sets_a_rule_and_approves(qtbot, community, admin, desk_app):
    billed_community(community, admin)
    run.post(community, admin, "2026Q3")

    steward = desk_window(qtbot, community, "STEWARD")
    page = _unit_page(qtbot, steward, "3-1-101")
    owed = page.findChild(QTableView, "unitOwed")
    click_row(qtbot, owed, 0)
    line = owed.model().row_at(0)
    answers = ModalAnswers(qtbot)

    def fill(dialog: ApplyDiscountDialog) -> None:
        dialog.amount.setText("50")
        dialog.reason.setText("楼上漏水，协商减免")

    answers.dialog(ApplyDiscountDialog, fill)
    click(qtbot, button_named(page, "unitDiscount"))
    answers.wait_all()
    steward.close()

    boss = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, boss, "billing")
    click_tab(qtbot, view.tabs, view.discounts)
    table = view.discounts.findChild(QTableView, "discountTable")
    assert table.model().rowCount() == 1
    assert _cells(table, 0)[1:6] == ["3-1-101", line.quarter, line.item, f"{line.amount:,.2f}", "50.00"]
    assert _cells(table, 0)[9] == "待审批"
    decided = next(c for c in range(table.model().columnCount())
                   if table.model().headerData(c, Qt.Orientation.Horizontal) == "审批时间")
    assert _cells(table, 0)[decided - 1:decided + 1] == ["", ""]  # 审批人 and 审批时间: not yet

    answers = ModalAnswers(qtbot)
    seen = []

    def new_rule(dialog: RulesDialog) -> None:
        click(qtbot, button_named(dialog, "ruleNew"))  # opens the rule form, answered next
        seen.append([_cells(dialog.view, r)[:3] for r in range(dialog.model.rowCount())])

    def rule(dialog: RuleDialog) -> None:
        dialog.name.setText("空置房减免五成")
        dialog.kind.setCurrentIndex(1)  # 空置房减免
        dialog.value.setText("50")

    answers.dialog(RulesDialog, new_rule)
    answers.dialog(RuleDialog, rule)
    click(qtbot, button_named(view.discounts, "discountRules"))
    answers.wait_all()
    assert seen == [[["空置房减免五成", "空置房减免", "50"]]]

    click_row(qtbot, table, 0)
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(contains="50.00")
    click(qtbot, button_named(view.discounts, "discountApprove"))
    answers.wait_all()
    assert "3-1-101" in asked.text
    qtbot.waitUntil(lambda: _cells(table, 0)[9] == "已批准")
    # who approved and when (审批时间), beside each other as the 《减免登记》 prints them
    assert _cells(table, 0)[decided - 1:decided + 1] == ["supervisor", "2026-11-27 09:30"]

    page = _unit_page(qtbot, boss, "3-1-101")
    owed = page.findChild(QTableView, "unitOwed")
    assert _cells(owed, 0)[3] == f"{line.owed - D('50'):,.2f}"
