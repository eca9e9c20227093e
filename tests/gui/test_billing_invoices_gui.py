"""发票 tab, pressed as the desk does: 申请开票 (title filled in from the unit), 登记发票号, 撤回,
导出待开票清单; what the user sees changes (the row, its state, the receipt's 已开票, the file)."""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import (  # noqa: E402
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, patch_save_file, type_text,
)

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.gui.billing.invoices_tab import IssuedDialog, RequestDialog  # noqa: E402
from deskapp.services.billing import invoices, payments, run  # noqa: E402

TAX_NO = "91350100M000100Y43"


@pytest.fixture
def receipt(community, admin, clerk):
    """3-1-101's quarter paid on one receipt; the unit's invoice title kept from before."""
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, clerk, ids[0])
    r = payments.take_payment(community, clerk, ids[0], [o.line_id for o in acc.lines], "768.01", PayMethod.WECHAT,
        pay_ref="4200002026100112")
    invoices.set_buyer(community, clerk, ids[0], "翠湖科技有限公司", TAX_NO)
    return r.number


def _cells(tab, row: int) -> list[str]:
    m = tab.model
    return [m.data(m.index(row, c)) for c in range(m.columnCount())]


def _invoices_tab(qtbot, window):
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.invoices)
    return view, view.invoices


def test_request_then_record_the_invoice_and_the_receipt_shows_it(community, receipt, qtbot, qtmodeltester):
    window = desk_window(qtbot, community, "CLERK")
    view, tab = _invoices_tab(qtbot, window)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 0
    answers = ModalAnswers(qtbot)
    seen = {}

    def fill_request(dialog: RequestDialog) -> None:
        type_text(qtbot, dialog.receipts, receipt)
        dialog.tax_no.setFocus()  # leaving the receipt field fills in the unit's title
        seen["prefilled"] = dialog.title.text(), dialog.tax_no.text()
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    answers.dialog(RequestDialog, fill_request, accept=False)
    click(qtbot, button_named(tab, "invoiceRequest"))
    answers.wait_all()
    assert seen["prefilled"] == ("翠湖科技有限公司", TAX_NO)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    cells = _cells(tab, 0)
    assert cells[0] == "KP2026-000001" and cells[5] == receipt
    assert cells[6:10] == ["123.00", "645.01", "768.01", "待开票"]

    def fill_issued(dialog: IssuedDialog) -> None:
        type_text(qtbot, dialog.invoice_no, "26332000000012345678")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    click_row(qtbot, tab.view, 0)
    answers.dialog(IssuedDialog, fill_issued, accept=False)
    click(qtbot, button_named(tab, "invoiceRecord"))
    answers.wait_all()
    qtbot.waitUntil(lambda: _cells(tab, 0)[9] == "已开票")
    assert _cells(tab, 0)[10:] == ["26332000000012345678", "2026-11-27"]
    click_tab(qtbot, view.tabs, view.receipts)
    qtbot.waitUntil(lambda: view.receipts.model.rowCount() == 1)
    m = view.receipts.model
    shown = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    status = shown.index("Status" if "Status" in shown else "状态")  # 作废时间/作废原因 follow it
    assert m.data(m.index(0, status)) == "已开票"


def test_a_second_request_for_the_receipt_is_refused_in_the_form(community, receipt, clerk, qtbot):
    invoices.request_invoice(community, clerk, receipt, "张三", "")
    window = desk_window(qtbot, community, "CLERK")
    _, tab = _invoices_tab(qtbot, window)
    answers = ModalAnswers(qtbot)
    seen = {}

    def fill(dialog: RequestDialog) -> None:
        type_text(qtbot, dialog.receipts, receipt)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        seen["open"], seen["error"] = dialog.isVisible(), dialog.problems.text
        dialog.reject()

    answers.dialog(RequestDialog, fill, accept=False)
    refusal = answers.message_box()
    click(qtbot, button_named(tab, "invoiceRequest"))
    answers.wait_all()
    assert seen["open"] and "已在开票申请 KP2026-000001 中" in refusal.text
    assert tab.model.rowCount() == 1


def test_the_supervisor_withdraws_and_the_pending_list_is_exported(community, receipt, clerk, qtbot, monkeypatch,
                                                                   tmp_path):
    invoices.request_invoice(community, clerk, receipt, "翠湖科技有限公司", TAX_NO)
    window = desk_window(qtbot, community, "SUPERVISOR")
    _, tab = _invoices_tab(qtbot, window)
    out = tmp_path / "待开票.xlsx"
    patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    told = answers.message_box(contains="2")
    click(qtbot, button_named(tab, "invoiceExport"))
    answers.wait_all()
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows()
            if r[0].value == "KP2026-000001"]
    assert [(r[4], r[5]) for r in rows] == [("代收水费", 123), ("物业费及其他", 645.01)]
    assert "2" in told.text

    click_row(qtbot, tab.view, 0)
    answers.input_text("业主改为个人抬头")
    click(qtbot, button_named(tab, "invoiceWithdraw"))
    answers.wait_all()
    qtbot.waitUntil(lambda: _cells(tab, 0)[9] == "已撤回")


def test_the_clerk_has_no_withdraw_button(community, receipt, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    _, tab = _invoices_tab(qtbot, window)
    assert not button_named(tab, "invoiceWithdraw").isVisible()
    assert button_named(tab, "invoiceRequest").isVisible()
