"""发票登记: requests from receipts split by tax class, the invoice issued recorded, withdrawals,
the refusals (twice, voided, bad tax number, over the receipts) and the check catching a doctored row."""
from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal as D

import openpyxl
import pytest
from billing_helpers import billed_community
from support import REFUSED, PlainSQL

from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.services import exports
from deskapp.services.accounts import check
from deskapp.services.billing import invoices, payments, run

COMPANY = "杭州翠湖科技有限公司"
TAX_NO = "91350100M000100Y43"  # a published valid 统一社会信用代码


@pytest.fixture
def paid(community, admin, clerk):
    """Unit 3-1-101 pays its quarter on one receipt (物业费 375.00, 自用水费 123.00, 公摊电费 270.01)
    and unit 3-1-102 pays on another."""
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, clerk, ids[0])
    a = payments.take_payment(community, clerk, ids[0], [o.line_id for o in acc.lines], "768.01", PayMethod.WECHAT,
        pay_ref="4200002026100112")
    acc2 = payments.account(community, clerk, ids[1])
    b = payments.take_payment(community, clerk, ids[1], [o.line_id for o in acc2.lines], str(acc2.total_owed),
                              PayMethod.CASH, tendered=str(acc2.total_owed))
    return community, ids, a, b


def _problems(ctx, admin) -> list[str]:
    return [p for p in check.run_check(ctx, admin).problems if "开票" in p or "发票" in p]


def test_request_splits_water_from_property_and_issue_records_the_invoice(paid, clerk, admin):
    ctx, ids, a, _ = paid
    row = invoices.request_invoice(ctx, clerk, a.number, COMPANY, TAX_NO.lower())
    assert row.number == "KP2026-000001" and row.state == "待开票"
    assert (row.water, row.service, row.amount) == (D("123.00"), D("645.01"), D("768.01"))
    assert row.receipts == a.number and row.tax_no == TAX_NO
    assert invoices.buyer_of_receipt(ctx, clerk, f"{a.number}、SJ2026-999999") == invoices.Buyer(COMPANY, TAX_NO)
    issued = invoices.record_issued(ctx, clerk, row.id, "26332000000012345678", date(2026, 11, 27), "768.01")
    assert issued.state == "已开票" and issued.invoice_no == "26332000000012345678"
    assert [r.state for r in invoices.register_page(ctx, clerk).rows] == ["已开票"]
    assert payments.receipts_page(ctx, clerk, text=a.number).rows[0].status == "已开票"
    assert _problems(ctx, admin) == []


def test_a_receipt_is_never_invoiced_twice_until_withdrawn(paid, clerk, supervisor):
    ctx, ids, a, _ = paid
    first = invoices.request_invoice(ctx, clerk, a.number, "张三", "")
    with pytest.raises(ValidationError, match=f"收据 {a.number} 已在开票申请 {first.number} 中") as e:
        invoices.request_invoice(ctx, clerk, a.number, "张三", "")
    assert e.value.field == "收据号"
    with pytest.raises(PermissionDenied):
        invoices.withdraw(ctx, clerk, first.id, "抬头写错")
    with pytest.raises(ValidationError, match="撤回原因"):
        invoices.withdraw(ctx, supervisor, first.id, "  ")
    assert invoices.withdraw(ctx, supervisor, first.id, "抬头写错").state == "已撤回"
    with pytest.raises(Conflict, match="已撤回"):
        invoices.record_issued(ctx, clerk, first.id, "12345678", date(2026, 11, 27), "768.01")
    again = invoices.request_invoice(ctx, clerk, a.number, COMPANY, TAX_NO)
    assert again.number == "KP2026-000002" and again.amount == D("768.01")


def test_refusals_name_the_field_and_write_nothing(paid, clerk):
    ctx, ids, a, b = paid
    payments.void_receipt(ctx, clerk, b.id, "收错")
    cases = [
        ((b.number, "李四", ""), "收据号", "已作废"),
        (("SJ2026-999999", "李四", ""), "收据号", "不存在"),
        ((f"{a.number}、{b.number}", "李四", ""), "收据号", "已作废"),
        ((a.number, "", ""), "发票抬头", "不能为空"),
        ((a.number, COMPANY, "91350100M000100Y4"), "税号", "18 位"),
        ((a.number, COMPANY, "91350100M000100YO3"), "税号", "字符“O”"),
        ((a.number, COMPANY, "91350100M000100Y44"), "税号", "校验位"),
    ]
    for args, field, words in cases:
        with pytest.raises(ValidationError, match=words) as e:
            invoices.request_invoice(ctx, clerk, *args)
        assert e.value.field == field
    assert invoices.register_page(ctx, clerk).total == 0


def test_receipts_of_two_units_are_not_one_invoice(paid, clerk):
    ctx, ids, a, b = paid
    with pytest.raises(ValidationError, match="同一房屋") as e:
        invoices.request_invoice(ctx, clerk, [a.number, b.number], COMPANY, TAX_NO)
    assert e.value.field == "收据号"


def test_an_invoice_over_the_receipt_is_refused(paid, clerk):
    ctx, ids, a, _ = paid
    row = invoices.request_invoice(ctx, clerk, a.number, COMPANY, TAX_NO)
    with pytest.raises(ValidationError, match="超过所引收据可开票金额 768.01") as e:
        invoices.record_issued(ctx, clerk, row.id, "12345678", date(2026, 11, 27), "800.00")
    assert e.value.field == "发票金额"
    with pytest.raises(ValidationError) as e:
        invoices.record_issued(ctx, clerk, row.id, "1234-567", date(2026, 11, 27), "768.01")
    assert e.value.field == "发票号码"
    with pytest.raises(ValidationError) as e:
        invoices.record_issued(ctx, clerk, row.id, "12345678", date(2026, 12, 1), "768.01")
    assert e.value.field == "开票日期"
    assert invoices.register_page(ctx, clerk).rows[0].state == "待开票"


def test_pending_list_exports_a_row_per_tax_class(paid, clerk, tmp_path):
    ctx, ids, a, b = paid
    invoices.request_invoice(ctx, clerk, a.number, COMPANY, TAX_NO)
    issued = invoices.request_invoice(ctx, clerk, b.number, "李四", "")
    invoices.record_issued(ctx, clerk, issued.id, "12345678", date(2026, 11, 27), str(issued.amount))
    out = tmp_path / "pending.xlsx"
    assert exports.run_export(ctx, clerk, "invoices-pending", out, exports.ExportOptions()) == 2
    ws = openpyxl.load_workbook(out).active
    rows = [[c.value for c in r] for r in ws.iter_rows() if r[0].value == "KP2026-000001"]
    assert [(r[2], r[3], r[4], r[5]) for r in rows] == [(COMPANY, TAX_NO, "代收水费", 123),
                                                        (COMPANY, TAX_NO, "物业费及其他", 645.01)]


@pytest.mark.sqlite_only  # tampers through SQLite's trigger syntax
def test_check_catches_a_doctored_request_line(paid, clerk, admin):
    ctx, ids, a, _ = paid
    invoices.request_invoice(ctx, clerk, a.number, COMPANY, TAX_NO)
    ctx.db.dispose()
    con = sqlite3.connect(ctx.db.path, isolation_level=None)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):  # the triggers refuse it ...
        con.execute("UPDATE invoice_request_lines SET amount = amount + 10000 WHERE tax_class = 'WATER'")
    con.execute("DROP TRIGGER invoice_request_lines_no_update")  # ... so a tamperer drops them first
    con.execute("UPDATE invoice_request_lines SET amount = amount + 10000 WHERE tax_class = 'WATER'")
    con.execute("INSERT INTO invoice_requests (number, unit_id, title, tax_no, amount, state, requested_at, "
                "requested_by) SELECT 'KP2026-000099', unit_id, title, tax_no, amount, state, requested_at, "
                "requested_by FROM invoice_requests WHERE number = 'KP2026-000001'")
    con.execute("INSERT INTO invoice_request_lines (request_id, receipt_id, tax_class, amount) SELECT "
                "(SELECT id FROM invoice_requests WHERE number = 'KP2026-000099'), receipt_id, tax_class, amount "
                "FROM invoice_request_lines")
    con.close()
    found = _problems(ctx, admin)
    assert any("KP2026-000001：金额 768.01 ≠ 明细之和 868.01" in p for p in found)
    assert any("代收水费 开票 223.00 超过收据金额 123.00" in p for p in found)
    assert any(f"收据 {a.number} 在多张开票申请中：KP2026-000001、KP2026-000099" in p for p in found)
    assert any("invoice_request_lines_no_update" in p for p in check.run_check(ctx, admin).problems)  # and the missing trigger


def test_a_request_is_never_edited_only_issued_or_withdrawn_once(paid, clerk, supervisor):
    ctx, ids, a, _ = paid
    row = invoices.request_invoice(ctx, clerk, a.number, COMPANY, TAX_NO)
    invoices.withdraw(ctx, supervisor, row.id, "抬头写错")
    con = PlainSQL(ctx)  # on both backends
    for sql in ("UPDATE invoice_requests SET amount = 1", "UPDATE invoice_requests SET state = 'PENDING'",
                "UPDATE invoice_requests SET withdraw_reason = '改了'", "DELETE FROM invoice_requests",
                "DELETE FROM invoice_request_lines"):
        with pytest.raises(REFUSED):
            con.execute(sql)
    con.close()


def test_the_buyer_is_kept_per_unit_and_checked(paid, clerk, steward):
    ctx, ids, a, _ = paid
    assert invoices.buyer_of_receipt(ctx, clerk, a.number) is None
    assert invoices.buyer_of_receipt(ctx, clerk, " ") is None
    with pytest.raises(ValidationError) as e:
        invoices.set_buyer(ctx, steward, ids[0], COMPANY, "12345")
    assert e.value.field == "税号"
    invoices.set_buyer(ctx, steward, ids[0], COMPANY, TAX_NO)
    assert invoices.buyer_of_receipt(ctx, clerk, a.number) == invoices.Buyer(COMPANY, TAX_NO)
    invoices.set_buyer(ctx, steward, ids[0], "王五", "")
    assert invoices.buyer_of_receipt(ctx, clerk, a.number) == invoices.Buyer("王五", "")


def test_a_receipt_in_a_live_request_is_not_voided_until_the_request_is_withdrawn(paid, clerk, supervisor, admin):
    ctx, ids, a, _ = paid
    row = invoices.request_invoice(ctx, clerk, a.number, COMPANY, TAX_NO)
    with pytest.raises(Conflict, match=f"已在开票申请 {row.number} 中，不能作废"):
        payments.void_receipt(ctx, clerk, a.id, "收错")
    invoices.withdraw(ctx, supervisor, row.id, "收据要作废")
    assert payments.void_receipt(ctx, clerk, a.id, "收错").voided
    assert _problems(ctx, admin) == []
