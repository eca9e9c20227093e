"""《上线数据核对表》 printed again later: the sheet of each go-live import is kept, and 文件 ▸ 上线数据核对表…
lists them for the supervisor, who reprints one on paper and in Excel. The reprint keeps the import's own
date and says 重印 with its print date."""
from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from modal_answers import ModalAnswers, click, click_row, desk_window, patch_save_file
from opening_workbooks import GOOD_ROWS, template, units
from opening_wizard_support import import_in_wizard

from deskapp.gui.importing.go_live_sheets import GoLiveSheetsDialog

MENU = "上线数据核对表(&H)…"


def _entry(window) -> QAction | None:
    found = [a for a in window.findChildren(QAction) if a.text() == MENU and a.isVisible()]
    return found[0] if found else None


def _sheets_dialog(qtbot, window) -> GoLiveSheetsDialog:
    _entry(window).trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, GoLiveSheetsDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, GoLiveSheetsDialog) and w.isVisible())


def test_the_supervisor_reprints_the_sheet_days_later_with_the_imports_date(community, admin, desk_app, qtbot,
                                                                             tmp_path, monkeypatch):
    units(community, admin)
    path = template(tmp_path / "期初.xlsx", GOOD_ROWS)
    window = desk_window(qtbot, community, "SUPERVISOR")
    imported_on = community.clock.today()
    wizard = import_in_wizard(qtbot, window, path)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))  # closed: its last page is gone

    community.clock.advance(days=9)
    reprinted_on = community.clock.today()
    dialog = _sheets_dialog(qtbot, window)
    table = dialog.table
    assert table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[0].startswith(f"{imported_on:%Y-%m-%d}") and row[1:5] == ["期初欠费", "期初.xlsx", row[3], "5"]
    assert row[5] == window.session.actor.display_name

    click_row(qtbot, table, 0, 2)
    answers = ModalAnswers(qtbot)
    printed = answers.pdf_preview()
    click(qtbot, dialog.reprint_button)
    answers.wait_all()
    paper = printed.pdf_text
    for words in ("上线数据核对表", "期初欠费", "期初.xlsx", f"导入日期：{imported_on:%Y-%m-%d}",
                  f"重印（打印日期 {reprinted_on:%Y-%m-%d}）", "期初账单 2 张，明细 4 条，合计 792.75 元",
                  "物业费：2 条，750.00 元", "财务核对人（签字）"):
        assert words in paper, words
    assert "补打" not in paper

    chosen = patch_save_file(monkeypatch, tmp_path / "重印")
    answers.message_box(QMessageBox.StandardButton.Ok, contains="重印.xlsx")
    click(qtbot, dialog.export_button)
    answers.wait_all()
    assert chosen.asked[0][1] == f"上线数据核对表-期初欠费-{imported_on:%Y%m%d}.xlsx"
    ws = openpyxl.load_workbook(tmp_path / "重印.xlsx").active
    cells = [[c for c in r if c is not None] for r in ws.iter_rows(values_only=True)]
    title = cells[0][0]
    assert f"导入于 {imported_on:%Y-%m-%d}" in title and f"导出日期 {reprinted_on:%Y-%m-%d}" in title
    assert f"重印（打印日期 {reprinted_on:%Y-%m-%d}）" in title
    assert ["导入时间", row[0]] in cells and ["导入结果", "期初账单 2 张，明细 4 条，合计 792.75 元"] in cells

    answers = ModalAnswers(qtbot)  # Enter on the row prints it again as well
    again = answers.pdf_preview()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    answers.wait_all()
    assert f"导入日期：{imported_on:%Y-%m-%d}" in again.pdf_text
    dialog.close()


def test_a_clerk_has_no_sheets_to_reprint(community, desk_app, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    assert _entry(window) is None
