"""历史缴费 through the window (issue 16 §1): a supervisor imports HC小区's 房屋缴费历史 with the
go-live wizard (File ▸ 导入上线数据…), reads the reconciliation on its last page, and finds the
lines on the unit page under 原系统缴费记录."""
from __future__ import annotations

from history_support import hc_workbook, make_units
from modal_answers import ModalAnswers, click, desk_window, patch_open_file, scroll_to_section
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton, QTableView, QToolButton, QWizard

from deskapp.gui.importing.wizard import ImportWizard


def _wizard(qtbot) -> ImportWizard:
    found = []

    def shown() -> None:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible()]
        assert found

    qtbot.waitUntil(shown)
    return found[0]


def _press(qtbot, wizard: ImportWizard, which: QWizard.WizardButton, page) -> None:
    click(qtbot, wizard.button(which))
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=20_000)


def test_wizard_imports_hc_history_and_the_unit_page_shows_it(qtbot, community, admin, desk_app, monkeypatch,
                                                              tmp_path):
    units = make_units(community, admin)
    patch_open_file(monkeypatch, hc_workbook(tmp_path / "HC房屋缴费历史.xlsx"))
    window = desk_window(qtbot, community, "SUPERVISOR")
    answers = ModalAnswers(qtbot)
    answers.input_text("历史缴费")  # 文件内容是：
    window.findChild(QAction, "action_file_22").trigger()  # 文件 ▸ 导入上线数据…
    wizard = _wizard(qtbot)
    assert wizard.windowTitle() == "导入历史缴费"
    click(qtbot, wizard.file_page.findChild(QPushButton, "importBrowse"))
    assert wizard.file_page.path.text().endswith("HC房屋缴费历史.xlsx")
    _press(qtbot, wizard, QWizard.WizardButton.NextButton, wizard.sheet_page)
    assert wizard.sheet_page.sheet.currentData() == "房屋缴费历史"
    _press(qtbot, wizard, QWizard.WizardButton.NextButton, wizard.mapping_page)
    assert wizard.mapping_page.combos["room"].currentData() == 0  # 房屋 "3-1-101" read as one text
    _press(qtbot, wizard, QWizard.WizardButton.NextButton, wizard.preview_page)
    page = wizard.preview_page
    assert page.model.rowCount() == 4 and "物业费：3 笔，应缴 3,600.50 元，实缴 3,550.50 元" in page.summary.text()
    confirm = answers.message_box(contains="4")
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton, wizard.done_page)
    answers.wait_all()
    assert "导入" in confirm.text
    done = wizard.done_page.text.text()
    assert "合计：4 笔，应缴 3,650.50 元，实缴 3,600.50 元" in done
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    # the unit found as the desk finds one: Ctrl+F, its number, Enter
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "3-1-101")
    window.search.completer().popup().hide()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    unit_page = window.tabs.currentWidget()
    assert unit_page.objectName() == f"unitPage_{units['3-1-101']}"
    scroll_to_section(qtbot, unit_page, "billing")
    toggle = unit_page.findChild(QToolButton, "unitOldPaymentsToggle")
    assert toggle.text() == "原系统缴费记录（2 笔）"
    table = unit_page.findChild(QTableView, "unitOldPayments")
    assert not table.isVisible()
    click(qtbot, toggle)
    assert table.isVisible()
    model = table.model()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["缴费日期", "收费项目", "所属期间", "应缴", "实缴", "收银员"]
    assert [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())] == [
        ["2024-04-08", "物业费", "2024-04-01至2024-06-30", "600.00", "550.00", "李娜"],
        ["2024-01-05", "物业费", "2024-01-01至2024-03-31", "600.00", "600.00", "李娜"],
    ]
