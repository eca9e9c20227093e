"""Meter readings through the real widgets (issue 22 §6, issue 12 §3): typed into the grid like a
spreadsheet, flagged as they are saved, confirmed with 确认读数…, held by the bill run until then,
and warned about in the import preview."""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import read_all, setup_standards, setup_units  # noqa: E402

from deskapp.domain.billing_meters import Flag  # noqa: E402
from deskapp.gui.billing.readings import VALUE_COL, ReadingsTab  # noqa: E402
from deskapp.gui.billing.run_tab import RunTab  # noqa: E402
from deskapp.services.billing import run  # noqa: E402
from deskapp.store.models.accounts import AuditEntry  # noqa: E402
from deskapp.store.models.billing import Bill  # noqa: E402

MONTHS = tuple(date(2026, m, 1) for m in range(3, 10))  # Mar–Sep 2026
# 3-1-101 uses about 10 m³ a month, then 612.3 m³ in September (a leak, or a misread)
VALUES = {"3-1-101": (100, 110, 121, 130, 140, 151, 763.3), "3-1-102": (50, 55, 60, 66, 71, 77, 82),
          "3-1-201": (10, 10, 10, 10, 10, 10, 10)}


@pytest.fixture
def read(desk_session, admin):
    ctx = desk_session.ctx
    setup_units(ctx, admin)  # 3-1-201 is vacant
    setup_standards(ctx, admin)
    read_all(ctx, admin, VALUES, months=MONTHS)
    return desk_session


def answer_later(qtbot, fill) -> list:
    """Poll for the modal dialog the next click opens, and let `fill` answer it."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        fill(dialog)

    QTimer.singleShot(0, poll)
    return seen


def grid(qtbot, session, month: QDate) -> ReadingsTab:
    tab = ReadingsTab(session)
    qtbot.addWidget(tab)
    tab.month.setCurrentIndex(tab.month.findData(month.toString("yyyy-MM")))
    tab.building.setCurrentIndex(tab.building.findData("3"))
    tab.show()
    qtbot.waitExposed(tab)
    tab.table.setFocus()
    return tab


def editor_of(tab: ReadingsTab) -> QLineEdit:
    """The cell editor the grid opened (the one shown; closed ones are deleted later)."""
    editors = [e for e in tab.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_reading(qtbot, tab: ReadingsTab, text: str) -> None:
    """As at a spreadsheet: the first key opens the cell, the rest goes to its editor, Enter saves."""
    qtbot.keyClick(tab.table, text[0])
    qtbot.waitUntil(lambda: tab.table.state() == tab.table.State.EditingState)
    editor = editor_of(tab)
    assert editor.text() == text[0]  # the first keystroke replaced what the cell held
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def status(tab: ReadingsTab, row: int) -> str:
    return tab.model.data(tab.model.index(row, 6))


def test_typed_readings_are_flagged_shown_and_confirmed(read, qtbot, qtmodeltester):
    session = read
    tab = grid(qtbot, session, QDate(2026, 10, 1))
    qtmodeltester.check(tab.model)
    assert [r.label for r in tab.model.rows] == ["3-1-101", "3-1-102", "3-1-201"]
    # the first keystroke edits the reading even from the unit's cell
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    type_reading(qtbot, tab, "773.5")
    qtbot.waitUntil(lambda: tab.model.rows[0].value is not None)
    assert tab.model.rows[0].usage == D("10.20") and tab.model.rows[0].flags == ()
    assert tab.table.currentIndex().row() == 1  # Enter moved down
    qtbot.waitUntil(lambda: tab.table.state() == tab.table.State.EditingState)

    # lower than the last (82): kept, flagged and said so, not silently dropped
    editor = editor_of(tab)
    qtbot.keyClicks(editor, "8.2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rows[1].value is not None)
    assert tab.model.rows[1].value == D("8.2") and tab.model.rows[1].flags == (Flag.LOWER.value,)
    assert "8.20 小于上期 82.00" in tab.message.text()
    assert status(tab, 1) == "待确认或复抄"
    assert tab.table.currentIndex().row() == 2

    # usage on the vacant unit: flagged
    editor = editor_of(tab)
    qtbot.keyClicks(editor, "14")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rows[2].value is not None)
    assert tab.model.rows[2].flags == (Flag.VACANT_USE.value,) and "空置房有用量" in tab.message.text()
    assert "空置房有用量" in tab.model.data(tab.model.index(2, 5))

    # 确认读数… on the lower reading: it cannot stand, it must be read again
    tab.table.setCurrentIndex(tab.model.index(1, VALUE_COL))
    qtbot.mouseClick(tab.confirm_btn, Qt.MouseButton.LeftButton)
    assert "请复抄" in tab.message.text() and tab.model.rows[1].waiting

    # 确认读数… on the vacant unit's reading, with a reason: confirmed and audited
    tab.table.setCurrentIndex(tab.model.index(2, VALUE_COL))

    def give_reason(dialog):
        assert isinstance(dialog, QInputDialog) and "3-1-201" in dialog.labelText()
        dialog.setTextValue("业主装修试水，已上门核实")
        dialog.accept()

    seen = answer_later(qtbot, give_reason)
    qtbot.mouseClick(tab.confirm_btn, Qt.MouseButton.LeftButton)
    assert seen and status(tab, 2) == "已确认" and not tab.model.rows[2].waiting
    with session.ctx.reader() as uow:
        summary = uow.session.execute(select(AuditEntry.summary).where(AuditEntry.action == "meters.confirm")).scalar()
    assert "业主装修试水" in summary

    # read again on site: the right reading clears the flag
    tab.table.setCurrentIndex(tab.model.index(1, VALUE_COL))
    type_reading(qtbot, tab, "88.2")
    qtbot.waitUntil(lambda: tab.model.rows[1].value == D("88.2"))
    assert tab.model.rows[1].flags == () and status(tab, 1) == "已抄"
    # Enter on a cell not being edited moves down too
    qtbot.keyClick(editor_of(tab), Qt.Key.Key_Escape)
    tab.table.setCurrentIndex(tab.model.index(0, VALUE_COL))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.table.currentIndex().row() == 1 and tab.model.rows[0].value == D("773.5")


def test_bill_run_holds_the_flagged_reading_until_it_is_confirmed(read, qtbot, qtmodeltester):
    session = read
    tab = RunTab(session)
    qtbot.addWidget(tab)
    tab.quarter.setText("2026Q3")
    qtbot.mouseClick(tab.preview_btn, Qt.MouseButton.LeftButton)
    tab.job.wait()
    qtbot.waitUntil(lambda: tab.preview_data is not None)
    qtmodeltester.check(tab.units)
    # the 612.3 m³ September is not billed: the unit is held and the preview says so
    assert [tab.units.row_at(i).code for i in range(tab.units.rowCount())] == ["3-1-102", "3-1-201"]
    assert "待确认读数 1 户" in tab.summary.text()
    held = [tab.missing.item(i).text() for i in range(tab.missing.count())]
    assert any("3-1-101 水表 2026-09 用量超过常月3倍" in h for h in held)
    assert tab.post_btn.isEnabled()  # the rest may be billed

    def yes(dialog):
        assert isinstance(dialog, QMessageBox) and "留待以后" in dialog.text()
        dialog.button(QMessageBox.StandardButton.Yes).click()

    seen = answer_later(qtbot, yes)
    qtbot.mouseClick(tab.post_btn, Qt.MouseButton.LeftButton)
    assert seen
    tab.job.wait()
    qtbot.waitUntil(lambda: "已出账" in tab.summary.text())
    with session.ctx.reader() as uow:
        billed = set(uow.session.execute(select(Bill.unit_id)).scalars())
    assert len(billed) == 2

    # confirmed at the readings grid: the next run bills it
    readings = grid(qtbot, session, QDate(2026, 9, 1))
    readings.table.setCurrentIndex(readings.model.index(0, VALUE_COL))
    assert readings.model.rows[0].label == "3-1-101" and readings.model.rows[0].waiting

    def give_reason(dialog):
        dialog.setTextValue("已复抄，厨房漏水已报修")
        dialog.accept()

    answer_later(qtbot, give_reason)
    qtbot.mouseClick(readings.confirm_btn, Qt.MouseButton.LeftButton)
    assert not readings.model.rows[0].waiting
    p = run.preview(session.ctx, session.actor, "2026Q3")
    assert [u.code for u in p.units] == ["3-1-101"] and not p.held
    water = next(c for c in p.units[0].lines if c.item.value == "自用水费")
    assert water.quantity == D("633.30")  # Jul 10 + Aug 11 + the confirmed 612.3 m³ of September


def test_import_preview_shows_readings_that_go_down_as_warnings(desk_session, admin, qtbot, qtmodeltester,
                                                                 monkeypatch):
    from PySide6.QtWidgets import QWizard

    from deskapp.domain.importing import Target, Verdict
    from deskapp.gui.importing import verdict_model
    from deskapp.gui.importing.wizard import ImportWizard
    from deskapp.services.importing.common import ImportOptions
    from deskapp.services.importing.roster import import_units
    from deskapp.services.registry import units as registry_units

    real = Path(__file__).resolve().parents[1] / "data" / "realdata"
    ctx = desk_session.ctx
    import_units(ctx, admin, real / "房产导入模板.xls", ImportOptions(accept_warnings=True))
    registry_units.create_unit(ctx, admin, {"building": "2", "room": "102", "building_area": "80"})
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    wizard = ImportWizard(desk_session, Target.READINGS)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(real / "仪表导入模板.xls"))
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    for then in (wizard.sheet_page, wizard.mapping_page, wizard.preview_page):
        qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentPage() is then)
    page = wizard.preview_page
    qtmodeltester.check(page.model)
    rows = {page.model.row_at(i).row: i for i in range(page.model.rowCount())}
    # 1栋 101: 500.55 in April, 300.22 in May — a warning, in the warning colour, saying why
    i = rows[6]
    assert page.model.row_at(i).verdict is Verdict.WARNING
    colour = page.model.data(page.model.index(i, 1), Qt.ItemDataRole.BackgroundRole).color().name()
    assert colour == verdict_model.COLOURS[Verdict.WARNING] != verdict_model.COLOURS[Verdict.ACCEPT]
    assert "读数 300.22 小于上期 500.55" in page.model.data(page.model.index(i, 4))
    assert page.model.row_at(rows[5]).verdict is Verdict.ACCEPT  # 500.55 after 300.22: usual
    # not imported until the warnings are accepted
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    qtbot.mouseClick(page.accept, Qt.MouseButton.LeftButton, pos=QPoint(8, page.accept.height() // 2))
    assert page.accept.isChecked() and page.isComplete()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    assert wizard.result.readings_saved == 24
