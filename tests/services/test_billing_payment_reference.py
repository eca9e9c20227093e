"""Payment references (issue 16 §2): the transaction number of a 微信/支付宝/银行卡/转账 payment is
required, kept on the receipt, printed on it, shown in the register, and listed by method for the
day so the cashier can tick it off against the merchant statement."""
from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from billing_helpers import billed_community
from support import PlainSQL
from pypdf import PdfReader

from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import ValidationError
from deskapp.services import exports
from deskapp.services.billing import payments, prints, run

WX = "4200002026100112"


@pytest.fixture
def billed(community, admin):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    return community, ids


def _pay(ctx, clerk, uid, method, amount, **kw):
    acc = payments.account(ctx, clerk, uid)
    return payments.take_payment(ctx, clerk, uid, [acc.lines[0].line_id], amount, method, **kw)


def _receipts(ctx) -> int:
    con = PlainSQL(ctx)
    try:
        return con.execute("SELECT count(*) FROM receipts").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("ref", ["", "  ", "12", "流水号12345", "A" * 41, "4200 0020"])
def test_wechat_needs_a_reference_of_4_to_40_letters_digits_or_dashes(billed, clerk, ref):
    ctx, ids = billed
    with pytest.raises(ValidationError) as e:
        _pay(ctx, clerk, ids[0], PayMethod.WECHAT, "375.00", pay_ref=ref)
    assert e.value.field == "交易流水号"
    assert _receipts(ctx) == 0  # nothing written


def test_cash_refuses_a_reference(billed, clerk):
    ctx, ids = billed
    with pytest.raises(ValidationError) as e:
        _pay(ctx, clerk, ids[0], PayMethod.CASH, "375.00", pay_ref=WX)
    assert e.value.field == "交易流水号" and "现金" in e.value.message
    assert _receipts(ctx) == 0
    r = _pay(ctx, clerk, ids[0], PayMethod.CASH, "375.00", pay_ref="  ")
    assert r.pay_ref is None


def test_reference_is_kept_printed_and_in_the_register(billed, clerk, admin):
    ctx, ids = billed
    r = _pay(ctx, clerk, ids[0], PayMethod.WECHAT, "375.00", pay_ref=f" {WX} ")
    assert payments.receipt(ctx, clerk, r.id).pay_ref == WX
    text = PdfReader(io.BytesIO(prints.receipt_pdf(ctx, clerk, r.id, paper="A5 两联"))).pages[0].extract_text()
    assert f"交易流水号 {WX}" in text
    taoda = PdfReader(io.BytesIO(prints.receipt_pdf(ctx, clerk, r.id, paper="241 套打"))).pages[0].extract_text()
    assert f"流水号 {WX}" in taoda
    page = payments.receipts_page(ctx, clerk)
    assert [(x.number, x.pay_ref) for x in page.rows] == [(r.number, WX)]
    assert payments.receipts_page(ctx, clerk, text=WX[-6:]).rows[0].number == r.number  # found by its reference


def test_day_list_groups_the_days_receipts_by_method(billed, clerk, admin, tmp_path):
    ctx, ids = billed
    cash = _pay(ctx, clerk, ids[0], PayMethod.CASH, "375.00")
    wx1 = _pay(ctx, clerk, ids[0], PayMethod.WECHAT, "123.00", pay_ref=WX)
    card = _pay(ctx, clerk, ids[1], PayMethod.CARD, "100.00", pay_ref="CUP-88120931")
    wx2 = _pay(ctx, clerk, ids[1], PayMethod.WECHAT, "50.00", pay_ref="4200002026100199")
    payments.void_receipt(ctx, clerk, wx2.id, "收错")
    day = ctx.clock.today()
    rows = payments.day_by_method(ctx, clerk, day)
    assert [(x.method, x.number, x.pay_ref, x.voided) for x in rows] == [
        ("微信", wx1.number, WX, False), ("微信", wx2.number, "4200002026100199", True),
        ("银行卡", card.number, "CUP-88120931", False), ("现金", cash.number, "", False)]
    assert payments.day_by_method(ctx, clerk, date(2020, 1, 1)) == []

    out = tmp_path / "day.xlsx"
    n = exports.run_export(ctx, admin, "payments-by-method", out, exports.ExportOptions(as_of=day))
    assert n == 4
    wb = openpyxl.load_workbook(out)
    sheet = wb["收款方式日清单"]
    body = [r for r in sheet.iter_rows(values_only=True) if r[1] and str(r[1]).startswith("SJ")]
    assert [(r[0], r[1], r[5], r[6]) for r in body] == [
        ("微信", wx1.number, WX, "正常"), ("微信", wx2.number, "4200002026100199", "作废"),
        ("银行卡", card.number, "CUP-88120931", "正常"), ("现金", cash.number, None, "正常")]
    sums = {r[0]: (r[1], r[2]) for r in wb["按方式合计"].iter_rows(values_only=True) if r[0]}
    assert sums["微信"] == (1, 123) and sums["银行卡"] == (1, 100) and sums["合计"] == (3, 598)
