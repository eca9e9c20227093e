"""生成凭证… on the handover tab, pressed as finance's clerk does: format and period in the dialog,
the file chosen, the file written and the message with the vouchers' count and totals."""
from __future__ import annotations

import sys
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view, patch_save_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.gui.billing.vouchers_dialog import VoucherDialog  # noqa: E402
from deskapp.services.billing import handover, payments, run  # noqa: E402


@pytest.fixture
def handed_over(community, admin, clerk, desk_app):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    for uid, method, ref in ((ids[0], PayMethod.CASH, ""), (ids[1], PayMethod.WECHAT, "4200000009")):
        acc = payments.account(community, clerk, uid)
        payments.take_payment(community, clerk, uid, [x.line_id for x in acc.lines], acc.total_owed, method,
                              pay_ref=ref)
    return community, handover.hand_over(community, clerk, "768.01", "财务 王会计")


def _press(qtbot, window, answers, fill):
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.handover)
    asked = answers.dialog(VoucherDialog, fill)
    said = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(view.handover, "handoverVouchers"))
    answers.wait_all()
    return asked, said


def test_make_vouchers_button_writes_the_u8_file_and_says_the_totals(handed_over, qtbot, monkeypatch, tmp_path):
    ctx, h = handed_over
    window = desk_window(qtbot, ctx, "CLERK")
    answers = ModalAnswers(qtbot)
    chosen = patch_save_file(monkeypatch, tmp_path / "凭证.txt")

    def fill(d):
        d.format.setCurrentIndex(d.format.findData("u8"))
        d.whole_month.setChecked(True)

    _, said = _press(qtbot, window, answers, fill)
    assert chosen.asked[0][1] == "记账凭证-2026-11.txt"
    lines = [line.split(",") for line in (tmp_path / "凭证.txt").read_bytes().decode("gbk").splitlines()]
    debit, credit = sum(D(f[6]) for f in lines), sum(D(f[7]) for f in lines)
    assert debit == credit == h.total
    assert "已生成 1 张凭证" in said.text and f"借方合计 {h.total:,.2f} 元 = 贷方合计 {h.total:,.2f} 元" in said.text
    assert str(tmp_path / "凭证.txt") in said.text


def test_make_vouchers_in_kingdee_for_the_day_and_an_empty_day_says_so(handed_over, qtbot, monkeypatch, tmp_path):
    ctx, h = handed_over
    window = desk_window(qtbot, ctx, "SUPERVISOR")
    answers = ModalAnswers(qtbot)
    patch_save_file(monkeypatch, tmp_path / "凭证.xlsx")
    _press(qtbot, window, answers, lambda d: None)  # 金蝶 and today are the defaults
    rows = list(load_workbook(tmp_path / "凭证.xlsx").worksheets[0].iter_rows(values_only=True))
    assert len(rows[0]) == 37 and rows[0][-1] == "现金流量"
    money = sum(D(str(r[10])) for r in rows[1:] if r[17])
    assert money == h.total and sum(D(str(r[10])) for r in rows[1:]) == sum(D(str(r[11])) for r in rows[1:])

    (tmp_path / "凭证.xlsx").unlink()

    def other_day(d):
        d.day.setText("2026-11-01")

    _, said = _press(qtbot, window, answers, other_day)
    assert not (tmp_path / "凭证.xlsx").exists() and "没有可生成凭证的费用移交" in said.text
