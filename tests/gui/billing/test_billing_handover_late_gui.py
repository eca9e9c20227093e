"""The 费用移交 tab when the cashier hands over late (the turn of the year): it says plainly which
days' money waits and how much each, shows the oldest day's sheet, and 移交… makes that day's sheet
dated its own day, then the next; 生成凭证… for December then books 12-30 and 12-31 and January only
1-2. A sheet carrying money taken after the month's last sheet says so on screen and on paper."""
from __future__ import annotations

import sys
from datetime import date, datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import setup_units  # noqa: E402
from modal_answers import (  # noqa: E402
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, patch_save_file, type_text,
)
from support import CST  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.gui.billing.handover_history import HandoverHistoryDialog, HandoverSheetDialog  # noqa: E402
from deskapp.gui.billing.vouchers_dialog import VoucherDialog  # noqa: E402
from deskapp.services.billing import handover, payments  # noqa: E402


def _takings(ctx, clerk, clock, units, days):
    for at, unit, amount, method in days:
        clock.set(at)
        payments.take_payment(ctx, clerk, units[unit], [], amount, method, to_prepayment=True,
                              pay_ref="" if method is PayMethod.CASH else "4200000000000002")


def _tab(qtbot, ctx):
    view = open_view(qtbot, desk_window(qtbot, ctx, "CLERK"), "billing")
    click_tab(qtbot, view.tabs, view.handover)
    return view.handover


def _hand_over(qtbot, tab, counted: str, day: str) -> str:
    """Count, receiver, 移交…, Yes to the question naming the day; the sheet's printed text."""
    type_text(qtbot, tab.counted, counted)
    type_text(qtbot, tab.receiver, "财务 王会计")
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes, contains=f"将 {day} 的")
    paper = answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverDo"))
    answers.wait_all()
    return paper.pdf_text


@pytest.fixture
def year_end(community, admin, clerk, clock, desk_app):
    units = setup_units(community, admin)
    _takings(community, clerk, clock, units, [
        (datetime(2026, 12, 30, 10, 0, tzinfo=CST), 0, "100.00", PayMethod.CASH),
        (datetime(2026, 12, 31, 10, 0, tzinfo=CST), 1, "200.00", PayMethod.CASH),
        (datetime(2026, 12, 31, 11, 0, tzinfo=CST), 1, "50.00", PayMethod.WECHAT),
        (datetime(2027, 1, 2, 9, 0, tzinfo=CST), 0, "30.00", PayMethod.CASH)])
    clock.set(datetime(2027, 1, 2, 9, 30, tzinfo=CST))
    return community


def test_the_tab_names_the_waiting_days_and_hands_them_over_one_a_day(year_end, qtbot, monkeypatch, tmp_path):
    tab = _tab(qtbot, year_end)
    assert tab.late.isVisibleTo(tab)
    assert tab.late.text() == (
        "有 3 天的收款尚未移交——2026-12-30：1 张收据，100.00 元；2026-12-31：2 张收据，250.00 元；"
        "2027-01-02：1 张收据，30.00 元。\n"
        "请一天一张移交表，从最早的一天交起，各记其日（记账凭证记入各自的月份）。本表为 2026-12-30 的移交表。")
    assert "2026-12-30" in tab.summary.text() and tab.receipts.rowCount() == 1

    paper = _hand_over(qtbot, tab, "100.00", "2026-12-30")
    assert "日期：2026-12-30" in paper and "100.00" in paper and "本表含" not in paper
    qtbot.waitUntil(lambda: tab.draft.day == date(2026, 12, 31))
    assert tab.receipts.rowCount() == 2 and tab.late.text().startswith("有 2 天的收款尚未移交——2026-12-31：2 张收据")
    assert "日期：2026-12-31" in _hand_over(qtbot, tab, "200.00", "2026-12-31")
    qtbot.waitUntil(lambda: tab.draft.day == date(2027, 1, 2))
    assert not tab.late.isVisibleTo(tab)  # one day left: nothing late to say
    assert "日期：2027-01-02" in _hand_over(qtbot, tab, "30.00", "2027-01-02")
    qtbot.waitUntil(lambda: not tab.draft.receipts)

    # 生成凭证… for the whole of December: the two December sheets, 350.00; before, nothing
    patch_save_file(monkeypatch, tmp_path / "凭证.txt")

    def december(d):
        d.format.setCurrentIndex(d.format.findData("u8"))
        d.day.setText("2026-12-31")
        d.whole_month.setChecked(True)

    answers = ModalAnswers(qtbot)
    answers.dialog(VoucherDialog, december)
    said = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "handoverVouchers"))
    answers.wait_all()
    assert "已生成 2 张凭证" in said.text and "350.00" in said.text
    lines = [x.split(",") for x in (tmp_path / "凭证.txt").read_bytes().decode("gbk").splitlines()]
    assert {f[0] for f in lines} == {"2026-12-30", "2026-12-31"}
    assert sum(D(f[6]) for f in lines) == sum(D(f[7]) for f in lines) == D("350.00")


def test_a_sheet_carrying_the_month_ends_late_money_says_so(community, admin, clerk, clock, desk_app, qtbot):
    units = setup_units(community, admin)
    _takings(community, clerk, clock, units, [(datetime(2027, 1, 31, 10, 0, tzinfo=CST), 0, "10.00", PayMethod.CASH)])
    clock.set(datetime(2027, 1, 31, 17, 0, tzinfo=CST))
    handover.hand_over(community, clerk, "10.00", "财务 王会计")
    _takings(community, clerk, clock, units, [(datetime(2027, 1, 31, 17, 40, tzinfo=CST), 1, "20.00", PayMethod.CASH),
                                              (datetime(2027, 2, 2, 9, 0, tzinfo=CST), 1, "5.00", PayMethod.CASH)])
    tab = _tab(qtbot, community)
    assert tab.late.text() == (
        "有 2 天的收款尚未移交——2027-01-31：1 张收据，20.00 元（当日移交后所收）；2027-02-02：1 张收据，5.00 元。\n"
        "本表含 2027-01-31、2027-02-02 的收款。\n2027-01-31 的收款仍记入其所属月份的记账凭证。")
    day_column = tab.receipts.columnCount() - 1
    assert tab.receipts.headerData(day_column, Qt.Orientation.Horizontal) == "收款日期"
    assert [tab.receipts.data(tab.receipts.index(r, day_column)) for r in range(2)] == ["2027-01-31", "2027-02-02"]
    paper = _hand_over(qtbot, tab, "25.00", "2027-02-02")
    assert "日期：2027-02-02" in paper and "本表含以下日期的收款：2027-01-31 20.00 元；2027-02-02 5.00 元" in paper

    # 往日移交表… → the 2-2 sheet opened (Enter): its day names the days it carries, each receipt its day
    seen: dict[str, object] = {}

    def history(dialog: HandoverHistoryDialog) -> None:
        click_row(qtbot, dialog.view, 0)  # newest first: 2-2's
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)

    def sheet(dialog: HandoverSheetDialog) -> None:
        m = dialog.receipts
        seen.update(day=dialog.findChild(QLabel, "sheetDay").text(),
                    days=[m.data(m.index(r, m.columnCount() - 1)) for r in range(m.rowCount())])

    answers = ModalAnswers(qtbot)
    answers.dialog(HandoverHistoryDialog, history, accept=False)
    answers.dialog(HandoverSheetDialog, sheet, accept=False)
    click(qtbot, button_named(tab, "handoverHistory"))
    answers.wait_all()
    assert seen == {"day": "2027-02-02（含 2027-01-31、2027-02-02 的收款）", "days": ["2027-01-31", "2027-02-02"]}
