"""The import wizard driven as a user would: file → sheet → mapping → preview → import."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWizard
from sqlalchemy import func, select

from deskapp.domain.importing import Target
from deskapp.gui.importing import verdict_model
from deskapp.gui.importing.wizard import ImportWizard
from deskapp.store.models.registry import Unit

REAL = Path(__file__).resolve().parents[1] / "data" / "realdata"


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answered without a user; what they said is kept."""
    seen = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: seen.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: seen.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: seen.append(("critical", a[2])))
    return seen


def open_wizard(qtbot, session, target, path):
    wizard = ImportWizard(session, target)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    return wizard


def unit_count(ctx):
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(Unit)).scalar()


def test_roster_import_from_the_legacy_xls(qtbot, qtmodeltester, desk_session, answers):
    wizard = open_wizard(qtbot, desk_session, Target.UNITS, REAL / "房产导入模板.xls")
    assert wizard.currentPage() is wizard.sheet_page
    assert wizard.sheet_page.sheet.currentData() == "Sheet1"
    assert wizard.sheet_page.sheet.count() == 3
    wizard.next()
    combos = wizard.mapping_page.combos
    assert combos["room"].currentData() == 0 and combos["building"].currentData() == 1
    assert combos["stairwell"].currentData() == -1
    wizard.next()
    page = wizard.preview_page
    assert wizard.currentPage() is page
    assert page.model.rowCount() == 15
    qtmodeltester.check(page.model)
    summary = page.summary.text()
    assert "15" in summary and "631.00" in summary and "1栋、2栋、4栋" in summary
    colour = page.model.data(page.model.index(0, 1), Qt.ItemDataRole.BackgroundRole).color().name()
    assert colour == verdict_model.COLOURS[page.model.row_at(0).verdict]
    assert not page.isComplete() and not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    page.accept.setChecked(True)
    assert page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    assert wizard.result.created == 15
    assert "15" in wizard.done_page.text.text()
    assert unit_count(desk_session.ctx) == 15
    assert any("15" in str(a) for a in answers)  # the confirmation named the rows


def test_rejected_rows_block_the_import_and_can_be_saved(qtbot, desk_session, answers, tmp_path):
    wizard = open_wizard(qtbot, desk_session, Target.UNITS, REAL / "importRoom.xlsx")
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    assert page.w.preview.errors == 1 and not page.isComplete()
    page.filter.setCurrentIndex(page.filter.findData(verdict_model.ERRORS))
    assert page.model.rowCount() == 1
    problems = page.model.data(page.model.index(0, 4))
    assert "身份证号" in problems and "校验位不符" in problems
    tip = page.model.data(page.model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert "工作表 资产信息 第 2 行 P 列" in tip
    out = tmp_path / "rejects.xlsx"
    page.save_rejects_to(out)
    assert out.exists() and "1" in page.summary.text()
    # going back and choosing to blank invalid ID numbers makes the row importable
    wizard.back()
    wizard.back()
    wizard.back()
    wizard.file_page.blank_ids.setChecked(True)
    wizard.next()
    wizard.next()
    wizard.next()
    assert page.w.preview.errors == 0 and page.w.preview.warnings == 1
    page.accept.setChecked(True)
    wizard.next()
    assert wizard.result.created == 1 and unit_count(desk_session.ctx) == 1


def test_the_mapping_can_be_corrected(qtbot, desk_session, answers):
    wizard = open_wizard(qtbot, desk_session, Target.READINGS, REAL / "仪表导入模板.xls")
    wizard.next()
    room = wizard.mapping_page.combos["room"]
    assert room.currentData() == 3
    room.setCurrentIndex(room.findData(-1))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page  # refused, with a message
    assert any("缺少必需的列：房号" in str(a) for a in answers)
    room.setCurrentIndex(room.findData(3))
    assert wizard.mapping_page.table.item(2, 2).text() == "101"  # first value of column D, without ".0"
    wizard.next()
    page = wizard.preview_page
    assert page.w.preview.errors == 24  # no units on file for these readings
    assert page.save.isEnabled()


def test_a_cancelled_import_leaves_the_database_as_it_was(qtbot, desk_session, answers, monkeypatch):
    from deskapp.gui.importing import wizard as wizard_module

    wizard = open_wizard(qtbot, desk_session, Target.UNITS, REAL / "房产导入模板.xls")
    wizard.next()
    wizard.next()
    wizard.preview_page.accept.setChecked(True)

    class CancelledJob(wizard_module.Job):
        def start(self):
            self.runner.cancel()  # the user pressed Cancel at once
            return super().start()

    monkeypatch.setattr(wizard_module, "Job", CancelledJob)
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert any("nothing was written" in str(a) or "没有写入" in str(a) or "未写入" in str(a) for a in answers)
    assert unit_count(desk_session.ctx) == 0


def test_file_menu_offers_the_import(main_window):
    names = {a.text() for a in main_window.file_menu.actions()}
    assert any("名册" in n or "roster" in n for n in names)


def test_selecting_a_row_shows_all_its_findings(qtbot, desk_session, answers):
    wizard = open_wizard(qtbot, desk_session, Target.UNITS, REAL / "房产导入模板.xls")
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    page.view.setCurrentIndex(page.model.index(0, 0))
    text = page.detail.text()
    assert "工作表 Sheet1 第 2 行 F 列（建筑面积）" in text and "工作表 Sheet1 第 2 行 I 列（备注）" in text
    assert len(text.splitlines()) == 7  # six warnings (one: 小明 would own 15 units) and the new-building note


def test_the_template_is_saved_from_the_first_page(qtbot, desk_session, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from deskapp.gui import file_dialogs

    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: tmp_path / "读数模板.xlsx")
    wizard = ImportWizard(desk_session, Target.READINGS)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    button = wizard.findChild(QPushButton, "importTemplate")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "读数模板.xlsx" in wizard.findChild(QLabel, "importTemplateSaved").text()
    header = [c.value for c in next(load_workbook(tmp_path / "读数模板.xlsx")["抄表读数"].iter_rows(min_row=2, max_row=2))]
    assert header[:4] == ["楼栋*", "单元", "房号*", "仪表*"]


def test_a_file_without_stairwells_into_buildings_numbered_by_them_is_warned_at_its_cell(qtbot, desk_session,
                                                                                         answers):
    """房产导入模板 has no 单元 column: into a community whose building 1 is numbered 1-1-101, 1-2-101 its
    row 101 would become a third unit 1-101, and a readings file naming 楼栋 1 房号 101 could no longer
    be matched (“楼栋 1 有多个房号 101”). The preview says so at the row's 房号 cell before anything is written."""
    from deskapp.services.registry import community as registry_community
    from deskapp.services.registry import units as registry_units

    ctx, actor = desk_session.ctx, desk_session.actor
    registry_community.add_building(ctx, actor, "1")
    for stairwell in ("1", "2"):
        registry_units.create_unit(ctx, actor, {"building": "1", "stairwell": stairwell, "room": "101",
                                                "building_area": "90", "state": "空置"})
    wizard = open_wizard(qtbot, desk_session, Target.UNITS, REAL / "房产导入模板.xls")
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    page.view.setCurrentIndex(page.model.index(0, 0))
    assert ("工作表 Sheet1 第 2 行 A 列（房号）：楼栋 1 的房屋按单元编号（档案中已有 1-1-101、1-2-101），本行没有单元，"
            "将新建为 1-101：请填写单元，或核实不是同一房屋") in page.detail.text()
    row_202 = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).code == "1-202")
    page.view.setCurrentIndex(page.model.index(row_202, 0))
    assert "楼栋 1 的房屋按单元编号（档案中已有 1-1-101、1-2-101），本行没有单元，将新建为 1-202" in page.detail.text()
    row_2 = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).code == "2-101")
    page.view.setCurrentIndex(page.model.index(row_2, 0))
    assert "单元编号" not in page.detail.text()  # building 2 is new: nothing on file to stand beside
    assert not page.isComplete() and unit_count(ctx) == 2  # a warning waits for 我已核实警告; nothing written
    # on its box: a wide check box takes clicks on the box and its text only
    qtbot.mouseClick(page.accept, Qt.MouseButton.LeftButton, pos=QPoint(8, page.accept.height() // 2))
    assert page.isComplete()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.done_page and unit_count(ctx) == 17


def test_the_sheet_page_counts_the_rows_of_data_not_the_notes_beside_them(qtbot, desk_session, answers):
    """importRoom.xlsx holds one unit and 21 rows of instructions in far columns: the sheet page said
    “共 22 行”, as if 22 units were coming."""
    wizard = ImportWizard(desk_session, Target.UNITS)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(REAL / "importRoom.xlsx"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.sheet_page
    about = wizard.sheet_page.about.text()
    assert about.startswith("表头下有数据的行：1（工作表共 22 行，含表格旁的说明）；表头在第 1 行：楼号、单元、房间")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.preview_page.model.rowCount() == 1  # what the preview then checks
