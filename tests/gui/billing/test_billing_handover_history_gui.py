"""往日移交表… on the 费用移交 tab: the handovers made, newest day first, kept to a period and a
cashier; one opened (double-click, Enter or 查看) shows its receipts as on the day; 补打 previews the
sheet under its own day and handover time, saying 补打 with the time and who printed it, and the
print is audited as every print is."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import three_handovers  # noqa: E402
from modal_answers import (  # noqa: E402
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text,
)
from support import CST  # noqa: E402

from deskapp.gui.billing.handover_history import HandoverHistoryDialog, HandoverSheetDialog  # noqa: E402
from deskapp.gui.printing import PdfPreviewDialog  # noqa: E402


@pytest.fixture
def days(community, admin, clock, desk_app):
    ids = three_handovers(community, admin, clock)
    clock.set(datetime(2026, 12, 3, 14, 5, tzinfo=CST))
    return ids


def _handover_tab(qtbot, ctx):
    window = desk_window(qtbot, ctx, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.handover)
    return window, view.handover


def _shown(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_past_handovers_are_listed_newest_first_and_found_by_period_and_cashier(community, days, qtbot,
                                                                                qtmodeltester):
    _window, tab = _handover_tab(qtbot, community)
    button = button_named(tab, "handoverHistory")
    assert button.text() == "往日移交表…"
    seen: dict[str, object] = {}

    def look(dialog: HandoverHistoryDialog) -> None:
        qtmodeltester.check(dialog.model)
        seen.update(title=dialog.windowTitle(), rows=_shown(dialog.model), count=dialog.count.text(),
                    header=[dialog.model.headerData(c, Qt.Orientation.Horizontal)
                            for c in range(dialog.model.columnCount())])
        type_text(qtbot, dialog.day_from, "2026-11-24")
        type_text(qtbot, dialog.day_to, "2026-11-25")
        click(qtbot, button_named(dialog, "handoverHistorySearch"))
        seen["week"] = [row[0] for row in _shown(dialog.model)]
        dialog.cashier.setFocus()
        qtbot.keyClick(dialog.cashier, Qt.Key.Key_Down)  # (全部) → clerk
        seen["cashier"] = dialog.cashier.currentText()
        seen["clerks"] = [(row[0], row[1]) for row in _shown(dialog.model)]
        seen["counted"] = dialog.count.text()

    answers = ModalAnswers(qtbot)
    answers.dialog(HandoverHistoryDialog, look, accept=False)
    click(qtbot, button)
    answers.wait_all()

    assert seen["title"] == "往日费用移交表" and seen["count"] == "共 3 张移交表"
    assert seen["header"] == ["日期", "收款人", "移交时间", "财务接收人", "收据张数", "合计", "应有现金", "实点现金",
                              "差额", "收据号", "差异说明"]
    rows = seen["rows"]
    assert [(r[0], r[1]) for r in rows] == [("2026-11-26", "clerk"), ("2026-11-25", "周婷"), ("2026-11-24", "clerk")]
    tuesday = rows[2]
    assert tuesday[2:9] == ["2026-11-24 17:30", "财务 吴会计", "3", "100.50", "100.50", "100.00", "-0.50"]
    assert tuesday[9].startswith("SJ2026-") and " – SJ2026-" in tuesday[9] and "补交" in tuesday[10]
    assert seen["week"] == ["2026-11-25", "2026-11-24"]
    assert seen["cashier"] == "clerk" and seen["clerks"] == [("2026-11-24", "clerk")] and seen["counted"] == "共 1 张移交表"


def test_a_wrong_period_is_named_and_the_list_stays(community, days, qtbot):
    _window, tab = _handover_tab(qtbot, community)
    seen: dict[str, object] = {}

    def look(dialog: HandoverHistoryDialog) -> None:
        type_text(qtbot, dialog.day_from, "2026-11-26")
        type_text(qtbot, dialog.day_to, "2026-11-24")
        click(qtbot, button_named(dialog, "handoverHistorySearch"))
        seen.update(rows=dialog.model.rowCount(), focus=dialog.focusWidget() is dialog.day_to)

    answers = ModalAnswers(qtbot)
    answers.dialog(HandoverHistoryDialog, look, accept=False)
    refused = answers.message_box(contains="截止日期")
    click(qtbot, button_named(tab, "handoverHistory"))
    answers.wait_all()
    assert "早于起始日期" in refused.text and seen == {"rows": 3, "focus": True}


def test_a_past_handover_opens_as_on_the_day_and_reprints_saying_so(community, days, qtbot, tmp_path):
    from sqlalchemy import select

    from deskapp.gui import printing
    from deskapp.gui.accounts.actions import record_prints
    from deskapp.store.models.accounts import AuditEntry

    window, tab = _handover_tab(qtbot, community)
    listener = record_prints(window.session)  # as the desk does when it starts (gui/app.py)
    seen: dict[str, object] = {}

    def sheet(dialog: HandoverSheetDialog) -> None:
        seen["sheet_title"] = dialog.windowTitle()
        seen["facts"] = {w.objectName(): w.text() for w in dialog.findChildren(QLabel) if w.objectName()}
        seen["receipts"] = _shown(dialog.receipts)
        click(qtbot, button_named(dialog, "sheetReprint"))

    def look(dialog: HandoverHistoryDialog) -> None:
        reprint, view_btn = button_named(dialog, "handoverHistoryReprint"), button_named(dialog, "handoverHistoryOpen")
        seen["greyed"] = not reprint.isEnabled() and not view_btn.isEnabled()  # nothing chosen yet
        click_row(qtbot, dialog.view, 2)  # Tuesday's
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # opens it: `sheet` above, then its 补打
        qtbot.waitUntil(lambda: first.acted)
        click(qtbot, reprint)  # 补打 from the list: saved as PDF

    def save(preview: PdfPreviewDialog) -> None:
        preview.save_to(tmp_path / "again.pdf")

    answers = ModalAnswers(qtbot)
    answers.dialog(HandoverHistoryDialog, look, accept=False)
    first = answers.dialog(HandoverSheetDialog, sheet, accept=False)
    paper = answers.pdf_preview()
    again = answers.dialog(PdfPreviewDialog, save, accept=False)
    try:
        click(qtbot, button_named(tab, "handoverHistory"))
        answers.wait_all()
    finally:
        printing.OUTPUT_LISTENERS.remove(listener)

    assert seen["greyed"] and seen["sheet_title"] == "费用移交表 2026-11-24，clerk"
    facts = seen["facts"]
    assert facts["sheetDay"] == "2026-11-24" and facts["sheetHandedAt"] == "2026-11-24 17:30"
    assert facts["sheetCash"] == "应有 100.50，实点 100.00，差额 -0.50" and "补交" in facts["sheetExplanation"]
    receipts = seen["receipts"]
    assert len(receipts) == 3 and [r[4] for r in receipts] == ["正常", "正常", "作废：重复收款"]
    for pdf in (paper.pdf_text, again.pdf_text):
        assert "日期：2026-11-24" in pdf and "移交时间：2026-11-24 17:30" in pdf
        assert "补打 2026-12-03 14:05 clerk" in pdf and "补打时间：2026-12-03 14:05" in pdf
    assert again.title == "费用移交表 2026-11-24 clerk（补打）"
    assert (tmp_path / "again.pdf").read_bytes().startswith(b"%PDF")
    with community.reader() as uow:
        printed = uow.session.execute(select(AuditEntry.summary).where(AuditEntry.action == "print")).scalars().all()
    assert printed == ["打印《费用移交表 2026-11-24 clerk（补打）（另存为 PDF）》"]


def test_double_click_opens_the_handover_too(community, days, qtbot):
    _window, tab = _handover_tab(qtbot, community)
    seen: dict[str, str] = {}

    def look(dialog: HandoverHistoryDialog) -> None:
        click_row(qtbot, dialog.view, 1)
        rect = dialog.view.visualRect(dialog.model.index(1, 0))
        qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    answers = ModalAnswers(qtbot)
    answers.dialog(HandoverHistoryDialog, look, accept=False)
    opened = answers.dialog(HandoverSheetDialog, lambda d: seen.update(sheet=d.findChild(QLabel, "sheetDay").text()),
                            accept=False)
    click(qtbot, button_named(tab, "handoverHistory"))
    answers.wait_all()
    assert opened.title == "费用移交表 2026-11-25，周婷" and seen == {"sheet": "2026-11-25"}


def test_an_opened_handover_lists_its_deposits_as_on_the_day(community, admin, clerk, clock, desk_app, qtbot):
    """A day with a parking deposit taken in cash: the opened sheet lists it under 押金收取/退还 and
    counts it in the cash expected; a day without refunds shows no refund table."""
    from decimal import Decimal as D

    from PySide6.QtWidgets import QGroupBox

    from deskapp.domain.billing_deposits import DepositKind
    from deskapp.services.billing import deposits, handover
    from deskapp.services.registry import units as registry_units

    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                         "building_area": "88", "state": "自住"})
    with community.uow() as uow:
        deposits.take(uow.session, community, clerk, DepositKind.PARKING, "test-lease:1", unit_id=unit,
                      payer="张三", amount=D("500.00"), source_ref="YJ2026-0001")
        uow.commit()
    handover.hand_over(community, clerk, "500.00", "财务 吴会计")
    _window, tab = _handover_tab(qtbot, community)
    seen: dict[str, object] = {}

    def sheet(dialog: HandoverSheetDialog) -> None:
        boxes = {b.title(): b.isVisible() for b in dialog.findChildren(QGroupBox)}
        seen.update(deposits=_shown(dialog.deposits), boxes=boxes,
                    cash=dialog.findChild(QLabel, "sheetCash").text())

    def look(dialog: HandoverHistoryDialog) -> None:
        click_row(qtbot, dialog.view, 0)
        click(qtbot, button_named(dialog, "handoverHistoryOpen"))

    answers = ModalAnswers(qtbot)
    answers.dialog(HandoverHistoryDialog, look, accept=False)
    answers.dialog(HandoverSheetDialog, sheet, accept=False)
    click(qtbot, button_named(tab, "handoverHistory"))
    answers.wait_all()
    assert seen["deposits"] == [["押金收取", "车位押金 YJ2026-0001", "3-1-801", "张三", "现金", "", "500.00"]]
    assert seen["cash"] == "应有 500.00，实点 500.00，差额 0.00"
    assert seen["boxes"] == {"收据（0 张）": False, "支出/退款（0 笔）": False, "押金收取/退还（1 笔）": True}


def test_the_cashier_filter_lists_names_by_pinyin(community, admin, clock, desk_app, qtbot):
    """王芳, 陈静 and 林晓 each handed over: the filter lists them 陈, 林, 王 — by pinyin, as the desk
    orders people — not 林, 王, 陈 by character code."""
    from deskapp.domain.billing import PayMethod
    from deskapp.domain.permissions import Role
    from deskapp.services.billing import handover, payments
    from deskapp.services.context import Actor
    from deskapp.services.registry import units as registry_units

    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                         "building_area": "88", "state": "自住"})
    for user, name in (("wangf", "王芳"), ("chenj", "陈静"), ("linx", "林晓")):
        cashier = Actor(None, user, name, Role.CLERK)
        payments.take_payment(community, cashier, unit, [], "10.00", PayMethod.CASH, to_prepayment=True)
        handover.hand_over(community, cashier, "10.00", "财务 吴会计")
    _window, tab = _handover_tab(qtbot, community)
    seen: dict[str, object] = {}

    def look(dialog: HandoverHistoryDialog) -> None:
        combo = dialog.cashier
        seen["names"] = [combo.itemText(i) for i in range(combo.count())]
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # (全部) → the first name
        seen["rows"] = [row[1] for row in _shown(dialog.model)]

    answers = ModalAnswers(qtbot)
    answers.dialog(HandoverHistoryDialog, look, accept=False)
    click(qtbot, button_named(tab, "handoverHistory"))
    answers.wait_all()
    assert seen["names"][1:] == ["陈静", "林晓", "王芳"]
    assert seen["rows"] == ["陈静"]
