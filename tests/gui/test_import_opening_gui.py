"""期初欠费 through the desk, as the supervisor and the cashier do it: File → 导入上线数据… →
期初欠费, the ledger's period typed on the wizard's first page, the reconciliation on its last
page; then the opening line paid at the counter, and 期初 on the unit page."""
from __future__ import annotations

from decimal import Decimal as D

from opening_workbooks import LEDGER, GOOD_ROWS, ledger, template, units
from opening_wizard_support import import_in_wizard
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWizard
from modal_answers import (
    ModalAnswers, button_named, click, click_tab, desk_window, open_view, patch_save_file, scroll_to_section,
    type_text,
)
from support import make_actor

from deskapp.domain.importing import Target
from deskapp.domain.permissions import Role
from deskapp.gui.importing.wizard import ImportWizard
from deskapp.services.billing import payments
from deskapp.services.importing.opening import import_opening


def _menu_action(window, text: str) -> QAction:
    found = [a for a in window.findChildren(QAction) if a.text().replace("&", "") == text]
    assert found, f"no menu entry {text}"
    return found[0]


def test_the_ledger_through_the_wizard_with_its_period(community, admin, desk_app, qtbot, tmp_path):
    ids = units(community, admin, ("101", "102", "201", "202"))
    path = ledger(tmp_path / "台账.xlsx", LEDGER, heading=None)
    window = desk_window(qtbot, community, "SUPERVISOR")
    answers = ModalAnswers(qtbot)
    answers.input_text("期初欠费")
    _menu_action(window, "导入上线数据(G)…").trigger()
    answers.wait_all()
    wizard = window.findChild(ImportWizard)
    qtbot.waitUntil(wizard.isVisible)
    page = wizard.file_page
    assert page.period.isVisible()  # this kind may need a period; the readings' wizard has none
    readings = ImportWizard(window.session, Target.READINGS, window)
    readings.show()
    qtbot.waitExposed(readings)
    assert not readings.file_page.period.isVisible()
    readings.close()
    page.path.setText(str(path))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.sheet_page
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    answers = ModalAnswers(qtbot)
    refused = answers.message_box(QMessageBox.StandardButton.Ok, contains="没有写明台账的期间")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))  # the ledger names no period: refused
    answers.wait_all()
    assert "--period 2025Q3" in refused.text
    preview = wizard.preview_page
    assert wizard.currentPage() is preview and wizard.preview is None
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    type_text(qtbot, page.period, "2026Q2")
    for _ in range(3):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is preview and wizard.preview.errors == 0
    text = preview.summary.text()
    assert "期初欠费 3 户，8 条，合计 1,663.50 元" in text and "本期应收记为 2026年第二季度" in text
    answers = ModalAnswers(qtbot)
    confirm = answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    answers.wait_all()
    assert "台账.xlsx 的 4 行" in confirm.text  # one row per unit across the three district sheets
    assert wizard.currentPage() is wizard.done_page
    done = wizard.done_page.text.text()
    assert "期初账单 3 张，明细 8 条，合计 1,663.50 元" in done and "物业费：4 条，1,620.00 元" in done
    assert payments.account(community, admin, ids["3-1-101"]).total_owed == D("1160.50")


def test_an_opening_line_is_paid_at_the_counter_and_marked_on_the_unit_page(community, admin, desk_app, qtbot,
                                                                            tmp_path):
    ids = units(community, admin)
    import_opening(community, make_actor(Role.SUPERVISOR), template(tmp_path / "期初.xlsx", GOOD_ROWS))
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.counter)
    tab = view.counter
    type_text(qtbot, tab.code, "3-1-102")
    click(qtbot, button_named(tab, "payFind"))
    qtbot.waitUntil(lambda: tab.owed.rowCount() == 1)
    shown = [tab.owed.data(tab.owed.index(0, c)) for c in range(tab.owed.columnCount())]
    assert "滞纳金（期初）" in shown and "2026Q1" in shown and tab.amount.text() == "30.25"
    type_text(qtbot, tab.tendered, "50")
    answers = ModalAnswers(qtbot)
    printed = answers.pdf_preview()
    click(qtbot, button_named(tab, "payTake"))
    answers.wait_all()
    paper = printed.pdf_text.replace("\n", "")  # the item cell wraps 滞纳金（期 / 初）
    assert "滞纳金（期初）3-1-1022026.01.01–2026.03.3130.25" in paper
    qtbot.waitUntil(lambda: tab.receipts.rowCount() == 1)
    assert tab.owed.rowCount() == 0
    assert payments.account(community, admin, ids["3-1-102"]).total_owed == 0

    page = window.open_unit(ids["3-1-101"])
    scroll_to_section(qtbot, page, "billing")
    owed = page.findChild(type(view.counter.owed_view), "unitOwed")
    qtbot.waitUntil(lambda: owed.model().rowCount() == 3)
    items = [owed.model().data(owed.model().index(r, 1)) for r in range(3)]
    assert items == ["物业费（期初）", "公摊电费（期初）", "物业费（期初）"]


def test_the_last_page_prints_and_exports_the_reconciliation_for_finance(community, admin, desk_app, qtbot,
                                                                         tmp_path, monkeypatch):
    """《上线数据核对表》: the figures of the last page on A4 and in Excel, dated the day of the import,
    with who did it and the signature lines of the centre and of finance."""
    import openpyxl

    units(community, admin)
    path = template(tmp_path / "期初.xlsx", GOOD_ROWS)
    window = desk_window(qtbot, community, "SUPERVISOR")
    page = import_in_wizard(qtbot, window, path).done_page
    assert page.print.isVisible() and page.export.isVisible()
    assert "期初账单 2 张，明细 4 条，合计 792.75 元" in page.text.text()

    answers = ModalAnswers(qtbot)
    printed = answers.pdf_preview()
    click(qtbot, page.print)
    answers.wait_all()
    paper = printed.pdf_text
    today = f"{community.clock.today():%Y-%m-%d}"
    for words in ("上线数据核对表", "期初欠费", "期初.xlsx", f"导入日期：{today}", "导入人：", "期初账单 2 张，明细 4 条，合计 792.75 元",
                  "物业费：2 条，750.00 元", "滞纳金：1 条，30.25 元", "财务核对人（签字）", "客服主管（签字）"):
        assert words in paper, words

    chosen = patch_save_file(monkeypatch, tmp_path / "核对表")
    answers.message_box(QMessageBox.StandardButton.Ok, contains="核对表.xlsx")
    click(qtbot, page.export)
    answers.wait_all()
    assert chosen.asked and chosen.asked[0][1] == f"上线数据核对表-期初欠费-{community.clock.today():%Y%m%d}.xlsx"
    ws = openpyxl.load_workbook(tmp_path / "核对表.xlsx").active
    cells = [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]
    assert "上线数据核对表" in cells[0][0] and f"导入于 {today}" in cells[0][0]
    assert ["导入结果", "期初账单 2 张，明细 4 条，合计 792.75 元"] in cells
    assert ["导入文件", "期初.xlsx"] in cells and ["数据行数", "5 行"] in cells
