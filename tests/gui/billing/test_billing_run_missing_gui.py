"""The bill run's preview lists the readings it cannot use. A reading typed below the last one has
no usage until it is read again: the list says it was entered, what it is and why it waits, so
the supervisor does not look for a reading the steward did type."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import read_all, setup_standards, setup_units  # noqa: E402
from modal_answers import click, click_tab, desk_window, open_view  # noqa: E402


def _previewed(community, admin, qtbot, readings: dict):
    """The supervisor's 出账 tab after 预览 of 2026Q3 with these readings (3-1-201's September missing)."""
    setup_units(community, admin)
    setup_standards(community, admin)
    read_all(community, admin, readings)
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.run)
    tab = view.run
    tab.quarter.clear()
    qtbot.keyClicks(tab.quarter, "2026Q3")
    click(qtbot, tab.preview_btn)
    return tab


def test_a_reading_below_the_last_is_listed_as_entered_and_waiting(community, admin, desk_app, qtbot):
    # 3-1-102's September typed as 40 after August's 60; 3-1-201's September not read at all
    tab = _previewed(community, admin, qtbot, {"3-1-101": (100, 110, 121, 130), "3-1-102": (50, 55, 60, 40),
                                               "3-1-201": (10, 10, 10, None)})
    qtbot.waitUntil(lambda: tab.missing.count() > 0, timeout=30000)
    shown = [tab.missing.item(i).text() for i in range(tab.missing.count())]
    assert shown == ["3-1-102 水表 2026-09（已录 40，读数小于上期，待复抄）", "3-1-201 水表 2026-09"]


def test_ticking_bill_the_rest_enables_posting_at_once_and_the_summary_counts_every_unit_left_out(
        community, admin, desk_app, qtbot):
    """With readings missing, 出账 is disabled and the summary says why and what to do; ticking
    先为其余房屋出账 enables it at once (the preview does not change with it: it used to take a second
    预览), and the summary counts the units left for later as 出账's question does."""
    from PySide6.QtWidgets import QMessageBox

    from modal_answers import ModalAnswers

    tab = _previewed(community, admin, qtbot, {"3-1-101": (100, 110, 121, 130), "3-1-102": (50, 55, 60, 70),
                                               "3-1-201": (10, 10, 10, None)})
    qtbot.waitUntil(lambda: tab.preview_data is not None, timeout=30000)
    assert not tab.post_btn.isEnabled()
    assert "暂缓：1 户缺读数或读数待确认，其中待确认读数 0 户；本次不出账。" in tab.summary.text()
    assert "缺读数，暂不能出账：请先录入读数（抄表），或勾选“先为其余房屋出账，缺读数的房屋以后再出”" in tab.summary.text()

    click(qtbot, tab.bill_rest)
    assert tab.post_btn.isEnabled() and "暂不能出账" not in tab.summary.text()
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, tab.post_btn)
    answers.wait_all()
    assert "1 户因读数缺失或待确认，留待以后出账" in asked.text
    qtbot.waitUntil(lambda: "已出账 2 张" in tab.summary.text(), timeout=30000)
    click(qtbot, tab.bill_rest)  # untick and tick again: what was posted is not offered again
    click(qtbot, tab.bill_rest)
    assert not tab.post_btn.isEnabled()


def test_the_unit_prices_show_two_decimals(community, admin, desk_app, qtbot):
    """A unit's lines in the preview: 单价 as prices are written, 2.50 and 4.10 (it showed 2.5 and 4.1
    beside amounts of two decimals)."""
    from PySide6.QtCore import Qt

    from modal_answers import click_row

    tab = _previewed(community, admin, qtbot, {"3-1-101": (100, 110, 121, 130), "3-1-102": (50, 55, 60, 70),
                                               "3-1-201": (10, 10, 10, 12)})
    qtbot.waitUntil(lambda: tab.preview_data is not None, timeout=30000)
    click_row(qtbot, tab.units_view, 0)
    prices = {tab.lines.index(r, 0).data(): tab.lines.index(r, 3).data() for r in range(tab.lines.rowCount())}
    assert prices["物业费"] == "2.50" and prices["自用水费"] == "4.10"
    assert tab.lines.headerData(3, Qt.Orientation.Horizontal) == "单价"
