"""The demo's billing registers beyond receipts (services/demo/billing_papers.py): 发票 and 减免
are shown in use, consistent with the money, and the numbering goes on after them; a renewed
parking lease holds no second deposit; every day's 费用移交表 handed to finance lists its receipts."""
from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from deskapp.domain.billing_deposits import ApplicationState
from deskapp.domain.billing_invoices import InvoiceState
from deskapp.services import demo
from deskapp.services.billing import discounts, handover, invoices, payments, prints
from deskapp.services.registry import units as registry_units

pytestmark = pytest.mark.sqlite_only  # reads the demo's rows from the SQLite file


@pytest.fixture
def demo_db(ctx, admin):
    demo.generate(ctx, admin, demo.DemoPlan(seed=5, units=240))
    return ctx


def test_invoice_register_shows_requests_issued_waiting_and_withdrawn(demo_db, admin, clerk):
    rows = invoices.register_page(demo_db, clerk).rows
    states = {r.state for r in rows}
    assert {InvoiceState.ISSUED.value, InvoiceState.PENDING.value, InvoiceState.WITHDRAWN.value} <= states
    assert any(r.tax_no for r in rows)  # a shop's company, with its 税号
    issued = [r for r in rows if r.state == InvoiceState.ISSUED.value]
    assert all(r.invoice_no and r.issued_on for r in issued)
    # each request's amount is what its receipts hold in the invoiced classes
    con = sqlite3.connect(demo_db.db.path)
    mismatched = con.execute(
        "SELECT count(*) FROM invoice_requests r WHERE r.amount != "
        "(SELECT sum(amount) FROM invoice_request_lines WHERE request_id = r.id)").fetchone()[0]
    con.close()
    assert mismatched == 0
    # the next request is numbered after the demo's: a receipt of a unit no request cites
    cited_units = {r.unit_code for r in rows}
    fresh = next(r for r in payments.receipts_page(demo_db, clerk).rows if r.unit_code not in cited_units and r.status != "作废")
    made = invoices.request_invoice(demo_db, clerk, fresh.number, "张三", "")
    assert made.number == f"KP2026-{len(rows) + 1:06d}"


def test_discount_register_has_waiting_approved_and_refused_and_the_approval_is_a_waiver(demo_db, admin):
    rows = discounts.discounts(demo_db, admin, None)
    states = [r.state for r in rows]
    assert states.count(ApplicationState.APPROVED.value) == 1 and ApplicationState.REFUSED.value in states
    waiting = [r for r in rows if r.state == ApplicationState.PENDING.value]
    assert waiting and {r.rule for r in rows} == {"空置房物业费减免"}
    approved = next(r for r in rows if r.state == ApplicationState.APPROVED.value)
    unit_id = registry_units.find_unit_id(demo_db, admin, approved.unit_code)
    owed = next(o for o in payments.account(demo_db, admin, unit_id).lines
                if o.quarter == approved.quarter and o.item == approved.item)
    assert owed.waived == approved.amount and owed.owed == owed.amount - approved.amount
    # the supervisor decides one that waits, through the service, as the tab does
    decided = discounts.approve_discount(demo_db, admin, waiting[0].id)
    assert decided.state == ApplicationState.APPROVED.value


def test_a_renewed_parking_lease_takes_no_second_deposit(demo_db):
    con = sqlite3.connect(demo_db.db.path)
    renewals = con.execute("SELECT count(*), sum(deposit) FROM parking_leases WHERE renews_id IS NOT NULL").fetchone()
    held = con.execute("SELECT count(*) FROM deposits WHERE kind = 'PARKING'").fetchone()[0]
    firsts = con.execute("SELECT count(*) FROM parking_leases WHERE renews_id IS NULL AND deposit > 0").fetchone()[0]
    con.close()
    assert renewals[0] > 0 and Decimal(renewals[1]) == 0
    assert held == firsts


def test_every_handover_to_finance_lists_the_receipts_it_carries(demo_db, clerk):
    """Each past day's 费用入账和费用移交表 of the demo, read back as the desk reads a handover, lists the
    receipts handed over in it — as many as it counts, by method as its totals — and its paper names them;
    the cash it expected counts the card deposits taken and given back at the counter that day."""
    from io import BytesIO

    from pypdf import PdfReader

    rows = handover.handovers(demo_db, clerk, limit=1000)
    assert len(rows) > 100  # every cashier's working day before today
    for row in rows:
        sheet = handover.handover(demo_db, clerk, row.id)
        # a day whose only takings were a card deposit (demo/keys.py) hands over that deposit alone
        assert sheet.receipts or sheet.deposits, row
        assert sheet.count == row.count and sheet.total == row.total, row
        assert sheet.cash_expected == row.cash_expected, row  # the deposits' cash counted in, as 移交 counts it
        for method, amount in sheet.by_method.items():
            assert amount == sum((r.amount for r in sheet.receipts if r.method == method and not r.voided),
                                 Decimal("0")), (row, method)
    assert any(handover.handover(demo_db, clerk, r.id).deposits for r in rows)
    paper = "".join(p.extract_text() for p in PdfReader(BytesIO(prints.handover_pdf(demo_db, clerk, sheet))).pages)
    assert all(r.number in paper for r in sheet.receipts)
