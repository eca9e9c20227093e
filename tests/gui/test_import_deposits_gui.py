"""期初预存与押金 through the window (issue 16 §1): a supervisor imports the prepayments and deposits
held with the go-live wizard (File ▸ 导入上线数据…) and reads the reconciliation per kind on its
last page."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from golive_workbooks import plain_workbook, serial
from modal_answers import ModalAnswers, click, desk_window, patch_open_file
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton, QWizard

from deskapp.gui.importing.wizard import ImportWizard
from deskapp.services.billing import refunds
from deskapp.services.registry import units as registry_units

HEADER = ("类别", "楼栋", "单元", "房号", "交款人", "金额", "收取日期", "退还条件")


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


def test_wizard_imports_prepayments_and_deposits_and_shows_the_reconciliation(qtbot, community, admin, desk_app,
                                                                             monkeypatch, tmp_path):
    for room in ("101", "102"):
        registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": room,
                                                      "building_area": "90", "kind": "住宅"})
    patch_open_file(monkeypatch, plain_workbook(tmp_path / "期初押金.xlsx", "押金预存", HEADER, [
        ("预存款", 3, 1, 101, "张三", 600, serial(date(2025, 6, 30)), None),
        ("装修押金", 3, 1, 102, "李四", 2000, "2025-03-01", "装修复验合格后退还")]))
    window = desk_window(qtbot, community, "SUPERVISOR")
    answers = ModalAnswers(qtbot)
    answers.input_text("期初预存与押金")  # 文件内容是：
    window.findChild(QAction, "action_file_22").trigger()  # 文件 ▸ 导入上线数据…
    wizard = _wizard(qtbot)
    assert wizard.windowTitle() == "导入期初预存与押金"
    click(qtbot, wizard.file_page.findChild(QPushButton, "importBrowse"))
    _press(qtbot, wizard, QWizard.WizardButton.NextButton, wizard.sheet_page)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton, wizard.mapping_page)
    assert wizard.mapping_page.combos["kind"].currentData() == 0
    _press(qtbot, wizard, QWizard.WizardButton.NextButton, wizard.preview_page)
    page = wizard.preview_page
    assert page.model.rowCount() == 2 and "装修押金：1 笔，2,000.00 元" in page.summary.text()
    answers.message_box(contains="2")
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton, wizard.done_page)
    answers.wait_all()
    done = wizard.done_page.text.text()
    assert "期初预存与押金 2 笔，合计 2,600.00 元" in done and "预存款：1 笔，600.00 元" in done
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert refunds.prepayment_available(community, admin, "3-1-101") == Decimal("600.00")
