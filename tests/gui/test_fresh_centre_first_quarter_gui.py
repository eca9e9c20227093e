"""A new centre's first quarter, from a database with nothing in it, by the buttons: the fee
standards set from the quarter's start, the water meters set up and read for the first time, the
bill run for the quarter (the first readings are where the meters start, not missing months), the
fee notices on paper, and the go-live payment at the counter."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from support import CST
from modal_answers import Answer, ModalAnswers, button_named, cell, click, click_tab, desk_window, open_view, type_text

from deskapp.gui.billing.readings import VALUE_COL
from deskapp.services.registry import community as registry_community
from deskapp.services.registry import units as registry_units


def _centre(ctx, admin) -> None:
    """What the administrator and the supervisor set up first (walked in the window elsewhere)."""
    registry_community.setup_community(ctx, admin, "锦绣家园", "", "文一路 100 号", "0571-86001234")
    registry_community.add_building(ctx, admin, "1")
    for room, area in (("101", "89.5"), ("102", "120")):
        registry_units.create_unit(ctx, admin, {"building": "1", "stairwell": "1", "room": room,
                                                "building_area": area, "state": "自住"},
                                   delivered_on=date(2026, 1, 10))
    # lived in, but the roster it came from had no 交房日期 column
    registry_units.create_unit(ctx, admin, {"building": "1", "stairwell": "1", "room": "201", "building_area": "95",
                                            "state": "自住"})


def _read(qtbot, tab, values) -> None:
    """The readings typed into the grid from its first row, as at a spreadsheet: the first key
    opens the cell, Enter saves it and opens the next row's."""
    tab.table.setCurrentIndex(tab.model.index(0, VALUE_COL))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, values[0][0])
    for row, value in enumerate(values):
        qtbot.waitUntil(lambda: tab.table.state() == tab.table.State.EditingState)
        editor = next(e for e in tab.table.viewport().findChildren(QLineEdit) if e.isVisible())
        qtbot.keyClicks(editor, value[1:] if row == 0 else value)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda r=row: tab.model.rows[r].value is not None)


def _standard(qtbot, tab, item: str, price: str) -> None:
    tab.item.setCurrentIndex(tab.item.findData(item))
    type_text(qtbot, tab.price, price)
    click(qtbot, button_named(tab, "stdAdd"))


def test_a_new_centre_bills_its_first_quarter(ctx, clock, admin, desk_app, qtbot):
    clock.set(datetime(2026, 12, 28, 9, 0, tzinfo=CST))  # the quarter's last readings are in
    _centre(ctx, admin)
    window = desk_window(qtbot, ctx, "SUPERVISOR")
    view = open_view(qtbot, window, "billing")

    # 收费标准: nothing set yet, so a new standard starts with the quarter (2026-10-01), not this month
    click_tab(qtbot, view.tabs, view.standards)
    std = view.standards
    assert std.starts.value() == date(2026, 10, 1)
    _standard(qtbot, std, "PROPERTY", "2.5")
    _standard(qtbot, std, "WATER", "4.1")
    assert std.model.rowCount() == 2 and std.starts.value() == date(2026, 10, 1)

    # 抄表: the meters are set up, then read for the first time in November, and again in December
    click_tab(qtbot, view.tabs, view.readings)
    tab = view.readings
    tab.month.setCurrentIndex(tab.month.findData(QDate(2026, 11, 1).toString("yyyy-MM")))
    tab.building.setCurrentIndex(tab.building.findData("1"))
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, tab.make_meters)
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    _read(qtbot, tab, ("120", "86", "50"))
    assert [tab.model.data(tab.model.index(r, 6)) for r in range(3)] == ["起始读数：从此读数起计，本次不计用量"] * 3
    assert "待确认" not in tab.message.text()
    tab.month.setCurrentIndex(tab.month.findData(QDate(2026, 12, 1).toString("yyyy-MM")))
    qtbot.waitUntil(lambda: tab.model.rows[0].previous is not None)
    _read(qtbot, tab, ("130", "91", "55"))

    # 出账: the quarter bills both units — 物业费 from the standard, water from the first reading on
    click_tab(qtbot, view.tabs, view.run)
    run = view.run
    run.quarter.clear()
    type_text(qtbot, run.quarter, "2026Q4")
    click(qtbot, run.preview_btn)
    qtbot.waitUntil(lambda: run.preview_data is not None)
    # the two units read are billed; the one without a 交房日期 is not, and the list says so
    assert [run.missing.item(i).text() for i in range(run.missing.count())] == [
        "未出账，档案中没有交房日期（业户档案 ▸ 修改房屋）：1-1-201"]
    assert "新账单 2 户" in run.summary.text()
    answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, run.post_btn)
    answers.wait_all()
    qtbot.waitUntil(lambda: "已出账 2 张（其中调整 0 张），合计 1,632.75 元" in run.summary.text())

    # 收费通知单: the amounts of the quarter and the water's starting reading, on paper
    printed = answers.pdf_preview()
    click(qtbot, button_named(run, "printNotices"))
    answers.wait_all()
    paper = printed.pdf_text
    assert "锦绣家园" in paper and "671.25" in paper and "900.00" in paper  # 89.5 / 120 ㎡ × 2.50 × 3 months
    assert "41.00" in paper and "20.50" in paper  # (130 − 120) and (91 − 86) m³ × 4.10
    assert "11月起始读数" in paper.replace("\n", "")  # the water line says where the meter started


def test_a_new_centres_morning_list_is_not_behind_on_duties_from_before_it_began(ctx, admin, desk_app, qtbot):
    """The first start made the administrator today (2026-11-27): the clerk's 今日 list asks
    today's duties, none overdue from before the centre used the program."""
    from deskapp.services.accounts import users

    users.create_first_admin(ctx, "admin", "系统管理员", "Cuihu#2026")
    _centre(ctx, admin)
    window = desk_window(qtbot, ctx, "CLERK")
    reception = open_view(qtbot, window, "reception")
    today = reception.today
    click(qtbot, button_named(today, "todayRefresh"))
    assert today.heading.text().startswith("2026-11-27：往日未完成 2 项，其中逾期 0 项")
    rows = [cell(today.items, r, 4) for r in range(today.items.model().rowCount())]
    assert sorted(rows) == ["核对往日未完成事项（早班清单）：2026-11-27，11-27 到期", "现金交接（费用移交）：2026-11-27，11-27 到期"]


def test_the_bank_account_is_set_in_the_settings_and_printed_on_the_notices(ctx, admin, desk_app, qtbot):
    """系统设置 ▸ 收费: the transfer account says that left empty it is not printed (not “the default
    location”), and once typed and saved it is on every 收费通知单."""
    from deskapp.domain.billing import FeeItem
    from deskapp.gui.settings.dialog import SettingsDialog
    from deskapp.services.billing import run as bill_run
    from deskapp.services.billing import standards

    _centre(ctx, admin)
    standards.add_standard(ctx, admin, FeeItem.PROPERTY, "2.50", date(2026, 10, 1))
    bill_run.post(ctx, admin, "2026Q4")
    window = desk_window(qtbot, ctx, "SUPERVISOR")
    entry = next(a for a in window.findChildren(QAction) if a.text().replace("&", "") == "系统设置(S)…")
    answers = ModalAnswers(qtbot)

    def fill(d: SettingsDialog) -> None:
        row = d.rows["billing.bank_account"]
        assert row.label.text().endswith("留空不印）")
        assert row.editor.placeholderText() == "（可留空，见左侧说明）"
        type_text(qtbot, row.editor, "锦绣家园物业服务中心 工商银行文一路支行 1202 0211 0900 1234 567")
        qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answers.add(Answer("settings", lambda w: isinstance(w, SettingsDialog), fill))
    entry.trigger()
    answers.wait_all()
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.run)
    view.run.quarter.clear()
    type_text(qtbot, view.run.quarter, "2026Q4")
    printed = answers.pdf_preview()
    click(qtbot, button_named(view.run, "printNotices"))
    answers.wait_all()
    assert "转账缴费：锦绣家园物业服务中心 工商银行文一路支行 1202 0211 0900 1234 567" in printed.pdf_text.replace("\n", "")


def test_the_roster_preview_says_which_units_the_bill_run_cannot_bill(ctx, admin, desk_app, qtbot):
    """importRoom.xlsx (a real template) has no 交房日期 column: its lived-in unit would be left out
    of every bill run in silence, so the preview says so before the import."""
    from pathlib import Path

    from PySide6.QtWidgets import QWizard

    from deskapp.domain.importing import Target
    from deskapp.gui.importing.wizard import ImportWizard

    _centre(ctx, admin)
    window = desk_window(qtbot, ctx, "SUPERVISOR")
    wizard = ImportWizard(window.session, Target.UNITS, window)
    wizard.open()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(Path(__file__).parents[1] / "data" / "realdata" / "importRoom.xlsx"))
    click(qtbot, wizard.file_page.blank_ids)  # its ID number fails the check digit
    for _ in range(3):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.preview_page
    assert "1 户没有交房日期：填写交房日期（业户档案 ▸ 修改房屋）之前，出账不计这些房屋的费用" in \
        wizard.preview_page.summary.text()
