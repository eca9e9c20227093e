"""Readings handed over as a spreadsheet are imported from the 抄表 tab itself (导入读数…): the
wizard opens there, a bad row is named by sheet, row and column and nothing is written, and a good
file's readings are in the grid when the wizard closes."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import read_all, setup_standards, setup_units  # noqa: E402
from modal_answers import button_named, click, open_sub_tab  # noqa: E402

HEAD = "楼栋,单元,房号,仪表,抄表日期,读数\n"


@pytest.fixture
def read_to_september(community, admin, desk_app, monkeypatch):
    setup_units(community, admin)
    setup_standards(community, admin)
    read_all(community, admin)
    # the wizard's "import now?" question, answered Yes as the steward does
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return community


def _wizard_on(qtbot, tab, path: Path):
    click(qtbot, button_named(tab, "importReadings"))
    wizard = tab.wizard
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "导入抄表读数"
    wizard.file_page.path.setText(str(path))
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    for then in (wizard.sheet_page, wizard.mapping_page, wizard.preview_page):
        qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentPage() is then, timeout=20000)
    return wizard


def _tab(qtbot, ctx):
    return open_sub_tab(qtbot, ctx, "STEWARD", "billing", "readings")


def test_a_bad_row_is_named_and_nothing_is_imported(read_to_september, qtbot, tmp_path):
    path = tmp_path / "十一月读数.csv"
    path.write_text(HEAD + "3,1,101,水表,2026-11-25,140\n3,1,102,水表,2026-11-25,七十\n", encoding="utf-8")
    tab = _tab(qtbot, read_to_september)
    wizard = _wizard_on(qtbot, tab, path)
    page = wizard.preview_page
    m = page.model
    rows = {m.data(m.index(i, 0)): i for i in range(m.rowCount())}
    bad = rows["3"]
    assert m.data(m.index(bad, 1)) == "拒绝" and "“七十”不是读数" in m.data(m.index(bad, 4))
    # where it is, as the clerk finds it in the file: sheet, row, column (the cell's tooltip)
    where = m.data(m.index(bad, 4), Qt.ItemDataRole.ToolTipRole)
    assert "工作表 十一月读数" in where and "第 3 行" in where and "F 列" in where
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()  # all or nothing
    wizard.reject()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert [r.value for r in tab.model.rows] == [None, None, None]


def test_a_good_file_is_imported_and_shown_in_the_grid(read_to_september, qtbot, tmp_path):
    path = tmp_path / "十一月读数.csv"
    path.write_text(HEAD + "3,1,101,水表,2026-11-25,140\n3,1,102,水表,2026-11-25,70\n", encoding="utf-8")
    tab = _tab(qtbot, read_to_september)
    assert [r.value for r in tab.model.rows] == [None, None, None]
    wizard = _wizard_on(qtbot, tab, path)
    page = wizard.preview_page
    if page.accept.isVisible() and not page.accept.isChecked():
        qtbot.mouseClick(page.accept, Qt.MouseButton.LeftButton, pos=QPoint(8, page.accept.height() // 2))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=20000)
    assert wizard.result.readings_saved == 2
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rows[0].value is not None)
    m = tab.model
    assert [(m.data(m.index(r, 0)), m.data(m.index(r, 3)), m.data(m.index(r, 4))) for r in range(3)] == [
        ("3-1-101", "140", "10"), ("3-1-102", "70", "4"), ("3-1-201", "", "")]
    assert tab.message.text() == "已抄 2 / 3 块表"
