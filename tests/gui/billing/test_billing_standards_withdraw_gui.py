"""收费标准 ▸ 撤销标准 as the supervisor does it: choose the wrong row, press the button (or Alt+W),
write the reason under what is withdrawn, confirm; the row stays, grey, marked 已撤销 with who, when
and why, and the price before it is the one in force again. A used standard is refused at once,
naming its quarter; with nothing chosen the tab says so."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QToolButton

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import ModalAnswers, click, click_row, click_tab, desk_window, open_view, type_text  # noqa: E402

from deskapp.domain.billing import FeeItem  # noqa: E402
from deskapp.services.billing import run, standards  # noqa: E402

STATE, WITHDRAWN = 4, 7  # the tab's 状态 and 撤销记录 columns


@pytest.fixture
def mistyped(community, admin):
    billed_community(community, admin)
    wrong = standards.add_standard(community, admin, FeeItem.PROPERTY, "3.10", date(2026, 8, 16), unit_kind="住宅")
    return community, wrong


def _tab(qtbot, ctx):
    window = desk_window(qtbot, ctx, "SUPERVISOR")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.standards)
    return window, view.standards


def _shown(tab) -> list[tuple[str, str, str, str]]:
    """(收费项目, 收费标准, 状态, 撤销记录) of each row, as the table shows them."""
    m = tab.model
    return [tuple(m.data(m.index(r, c)) for c in (0, 2, STATE, WITHDRAWN)) for r in range(m.rowCount())]


def _button(tab) -> QToolButton:
    return next(b for b in tab.findChildren(QToolButton) if b.defaultAction() is tab.act_withdraw)


def test_the_chosen_standard_is_withdrawn_with_its_reason(mistyped, desk_app, qtbot, qtmodeltester):
    ctx, wrong = mistyped
    _, tab = _tab(qtbot, ctx)
    qtmodeltester.check(tab.model)
    property_rows = [s for s in _shown(tab) if s[0] == "物业费"]
    assert property_rows == [("物业费", "2.5 元/㎡·月", "已被取代", ""), ("物业费", "3.1 元/㎡·月", "执行中", "")]
    row = next(i for i, s in enumerate(tab.model.rows()) if s.id == wrong)
    click_row(qtbot, tab.table, row)

    answers = ModalAnswers(qtbot)
    seen = {}

    def fill(dialog) -> None:
        seen["labels"] = [w.text() for w in dialog.findChildren(type(dialog.problems.label)) if w.text()]
        type_text(qtbot, dialog.reason, "单价录错，应为 2.50")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # then the question, answered below

    from deskapp.gui.billing.standards_tab import StandardWithdrawDialog

    asked = answers.dialog(StandardWithdrawDialog, fill)
    sure = answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, _button(tab))
    answers.wait_all()

    assert asked.title == "撤销收费标准"
    said = "\n".join(seen["labels"])
    # what is withdrawn — item, unit kind, price, start date — and that bills made are not touched
    assert "物业费" in said and "住宅" in said and "3.1 元/㎡·月" in said and "2026-08-16" in said
    assert "已经出的账单不受影响" in said
    assert sure.text == "确定撤销 物业费（住宅）3.1 元/㎡·月，自 2026-08-16 起？已经出的账单不受影响。"

    shown = [s for s in _shown(tab) if s[0] == "物业费"]
    assert shown == [("物业费", "2.5 元/㎡·月", "执行中", ""),
                     ("物业费", "3.1 元/㎡·月", "已撤销", "supervisor 于 2026-11-27 09:30 撤销：单价录错，应为 2.50")]
    # the price in force is 2.5 again: no row but the withdrawn one says 3.1, and that one is grey
    in_force = [s[1] for s in _shown(tab) if s[0] == "物业费" and s[2] == "执行中"]
    assert in_force == ["2.5 元/㎡·月"]
    withdrawn_row = next(i for i, s in enumerate(tab.model.rows()) if s.id == wrong)
    colour = tab.model.data(tab.model.index(withdrawn_row, 0), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.name() == "#808080"


def test_alt_w_on_a_used_standard_says_which_quarter_used_it(mistyped, supervisor, desk_app, qtbot):
    ctx, wrong = mistyped
    run.post(ctx, supervisor, "2026Q3")
    window, tab = _tab(qtbot, ctx)
    click_row(qtbot, tab.table, next(i for i, s in enumerate(tab.model.rows()) if s.id == wrong))
    answers = ModalAnswers(qtbot)
    refused = answers.message_box(QMessageBox.StandardButton.Ok)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    answers.wait_all()
    assert "已用于 2026Q3 的账单，不能撤销" in refused.text  # before any reason is asked for
    assert not any(s.withdrawn for s in tab.model.rows())


def test_with_nothing_chosen_the_tab_says_so(mistyped, desk_app, qtbot):
    ctx, _ = mistyped
    _, tab = _tab(qtbot, ctx)
    assert not tab.table.currentIndex().isValid()
    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, _button(tab))
    answers.wait_all()
    assert told.text == "请先在列表中选中要撤销的收费标准。"
    assert not any(s.withdrawn for s in tab.model.rows())


def test_a_clerk_has_no_withdraw_button(mistyped, desk_app, qtbot):
    ctx, _ = mistyped
    window = desk_window(qtbot, ctx, "CLERK")
    view = open_view(qtbot, window, "billing")
    tab = view.standards
    assert not tab.act_withdraw.isVisible()
    assert not [b for b in tab.findChildren(QToolButton) if b.defaultAction() is tab.act_withdraw]



def test_no_reason_is_refused_naming_the_field_and_the_dialog_stays(mistyped, desk_app, qtbot):
    from deskapp.gui.billing.standards_tab import StandardWithdrawDialog

    ctx, wrong = mistyped
    _, tab = _tab(qtbot, ctx)
    click_row(qtbot, tab.table, next(i for i, s in enumerate(tab.model.rows()) if s.id == wrong))
    answers = ModalAnswers(qtbot)
    kept = {}

    def fill(dialog) -> None:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # nothing typed: refused, no question
        kept["open"] = dialog.isVisible()
        kept["said"] = dialog.problems.text
        dialog.reject()

    answers.dialog(StandardWithdrawDialog, fill, accept=False)
    refused = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, _button(tab))
    answers.wait_all()
    assert "撤销原因" in refused.text and "请写明撤销原因" in refused.text
    assert kept["open"] and "撤销原因" in kept["said"]
    assert not any(s.withdrawn for s in tab.model.rows())
