"""The 费用入账和费用移交表 printed before the cash is counted (打印 on the 费用移交 tab, the draft) said
"差异说明：无" — a claim of no difference nobody had checked. The draft now leaves 实点现金, 差额 and
差异说明 as lines to fill in by hand, marked 待清点; the sheet handed over with a matching count says
无, and one with a difference its explanation."""
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


@pytest.fixture
def day(community, admin, clerk, clock, desk_app):
    """500.00 taken in cash on 2026-12-07, not yet handed over."""
    units = setup_units(community, admin)
    clock.set(datetime(2026, 12, 7, 9, 0, tzinfo=CST))
    payments.take_payment(community, clerk, units[0], [], "500.00", PayMethod.CASH, to_prepayment=True)
    clock.set(datetime(2026, 12, 7, 17, 30, tzinfo=CST))
    return community


def _printed(qtbot, tab) -> str:
    answers = ModalAnswers(qtbot)
    paper = answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverPrint"))
    answers.wait_all()
    return paper.pdf_text


def test_the_draft_leaves_the_difference_to_be_filled_in_and_the_sheet_handed_over_says_none(day, qtbot):
    view = open_view(qtbot, desk_window(qtbot, day, "CLERK"), "billing")
    click_tab(qtbot, view.tabs, view.handover)
    tab = view.handover

    draft = _printed(qtbot, tab)
    assert "应有现金：500.00" in draft and "差异说明（待清点）：" in draft
    assert "差异说明：无" not in draft and "（草稿，未移交）" in draft

    type_text(qtbot, tab.counted, "500")
    type_text(qtbot, tab.receiver, "王会计")
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes, contains="将 2026-12-07 的")
    answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverDo"))
    answers.wait_all()
    assert tab.done is not None

    handed = _printed(qtbot, tab)  # the sheet just handed over, printed again
    assert "实点现金：500.00" in handed and "差异说明：无" in handed and "待清点" not in handed
