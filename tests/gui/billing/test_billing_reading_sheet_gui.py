"""抄表 as the steward does it: the tab opened, the readings typed straight away (Enter to the next
meter), a reading below the last one named by its unit, and the month's 《抄表记录表》 printed from
the tab and read."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import read_all, setup_standards, setup_units  # noqa: E402
from modal_answers import ModalAnswers, button_named, click, open_sub_tab  # noqa: E402


@pytest.fixture
def read_to_september(community, admin, desk_app):
    """Building 3's water meters read June–September; November (the clock's month) not yet."""
    setup_units(community, admin)
    setup_standards(community, admin)
    read_all(community, admin)
    return community


def _readings(qtbot, ctx, role="STEWARD"):
    return open_sub_tab(qtbot, ctx, role, "billing", "readings")


def _type(qtbot, tab, text: str) -> None:
    """Keys as the steward types them, into whatever has the keyboard: the first opens the cell
    (or goes into the cell Enter opened), the rest into its editor, Enter saves."""
    row = tab.table.currentIndex().row()
    qtbot.keyClick(QApplication.focusWidget(), text[0])
    qtbot.waitUntil(lambda: tab.table.state() == tab.table.State.EditingState)
    for ch in text[1:]:
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rows[row].value is not None)  # Qt commits the cell queued


def _shown(tab) -> dict[str, tuple[str, str, str]]:
    m = tab.model
    return {m.data(m.index(r, 0)): (m.data(m.index(r, 3)), m.data(m.index(r, 4)), m.data(m.index(r, 6)))
            for r in range(m.rowCount())}


def test_the_steward_types_the_months_readings_at_once_and_a_low_one_is_named(read_to_september, qtbot,
                                                                             qtmodeltester):
    tab = _readings(qtbot, read_to_september)
    qtmodeltester.check(tab.model)
    assert tab.month.currentData() == "2026-11"
    assert tab.table.hasFocus()  # opened, the grid has the keys: nothing to click first
    _type(qtbot, tab, "135")
    _type(qtbot, tab, "40")  # below September's 66: a replaced meter, or a misread
    shown = _shown(tab)
    assert shown["3-1-101"] == ("135", "5", "已抄")
    assert shown["3-1-102"] == ("40", "", "待确认或复抄")
    said = tab.message.text()
    assert said.startswith("3-1-102 40 已保存，但有标记") and "小于上期" in said and "换表/翻转" in said
    assert tab.model.index(2, 3) == tab.table.currentIndex()  # on to the next meter


def test_the_months_reading_sheet_is_printed_from_the_tab(read_to_september, qtbot):
    tab = _readings(qtbot, read_to_september, "CLERK")
    _type(qtbot, tab, "135")
    answers = ModalAnswers(qtbot)
    preview = answers.pdf_preview()
    click(qtbot, button_named(tab, "printReadingSheet"))
    answers.wait_all()
    text = preview.pdf_text
    assert preview.title == "抄表记录表"
    assert "抄表记录表（水表）" in text and "抄表月份：2026年11月" in text and "共 3 块表，已录入 1 块" in text
    # row by row: 序号, 房号, 表号, 上期, 本期, 用量, 抄表日期 — 3-1-102 not read yet: its blank is filled on site
    assert "\n".join(["1", "3-1-101", "S-3-1-101", "130", "135", "5", "11-27",
                      "2", "3-1-102", "S-3-1-102", "66", "3", "3-1-201"]) in text
    assert "抄表人" in text and "复核人" in text and "打印时间：2026-11-27 09:30" in text


def test_the_month_is_chosen_from_the_box_and_the_grid_follows(read_to_september, qtbot):
    """The month was a date spin box (typed separators swallowed, as every date box was before
    DateField); now the desk's month picker: ↓ goes back a month, and the grid shows its readings."""
    tab = _readings(qtbot, read_to_september)
    assert tab.month.currentData() == "2026-11" and all(v == "" for v, _u, _f in _shown(tab).values())
    tab.month.setFocus()
    for _ in range(2):
        qtbot.keyClick(tab.month, Qt.Key.Key_Down)
    assert tab.month.currentText() == "2026-09"
    assert tab.model.month.isoformat() == "2026-09-01"
    assert any(v for v, _u, _f in _shown(tab).values())  # September's readings, typed in then
