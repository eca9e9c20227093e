"""The bill run's preview lists the readings it cannot use. A reading typed below the last one has
no usage until it is read again: the list says it was entered, what it is and why it waits, so
the supervisor does not look for a reading the steward did type."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import read_all, setup_standards, setup_units  # noqa: E402
from modal_answers import click, click_tab, desk_window, open_view  # noqa: E402


def test_a_reading_below_the_last_is_listed_as_entered_and_waiting(community, admin, desk_app, qtbot):
    setup_units(community, admin)
    setup_standards(community, admin)
    # 3-1-102's September typed as 40 after August's 60; 3-1-201's September not read at all
    read_all(community, admin, {"3-1-101": (100, 110, 121, 130), "3-1-102": (50, 55, 60, 40),
                                "3-1-201": (10, 10, 10, None)})
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.run)
    tab = view.run
    tab.quarter.clear()
    qtbot.keyClicks(tab.quarter, "2026Q3")
    click(qtbot, tab.preview_btn)
    qtbot.waitUntil(lambda: tab.missing.count() > 0, timeout=30000)
    shown = [tab.missing.item(i).text() for i in range(tab.missing.count())]
    assert shown == ["3-1-102 水表 2026-09（已录 40，读数小于上期，待复抄）", "3-1-201 水表 2026-09"]
