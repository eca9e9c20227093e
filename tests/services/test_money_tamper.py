"""Money records are append-only by triggers, `check` notices a dropped or weakened trigger, and
money edited behind the audit trail's back (with the triggers out of the way) is reported."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from billing_helpers import billed_community
from support import REFUSED, PlainSQL

from deskapp.domain.billing import PayMethod
from deskapp.services import demo
from deskapp.services.accounts import check
from deskapp.services.billing import handover, payments, run
from deskapp.services.billing.audit_match import audit_match


@pytest.fixture
def paid(community, admin, clerk):
    """Two receipts (one depositing 100 into prepayment), one voided, the day handed over."""
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, clerk, ids[0])
    a = payments.take_payment(community, clerk, ids[0], [acc.lines[0].line_id], "475.00", PayMethod.CASH,
                              tendered="500", to_prepayment=True)
    b = payments.take_payment(community, clerk, ids[0], [acc.lines[1].line_id], "123.00", PayMethod.WECHAT,
        pay_ref="4200002026100112")
    payments.void_receipt(community, clerk, b.id, "收错")
    handover.hand_over(community, clerk, "475.00", "财务 王会计")
    return community, a, b


def plain(ctx) -> PlainSQL:
    return PlainSQL(ctx)


def problems(ctx, admin) -> list[str]:
    return check.run_check(ctx, admin).problems


def test_the_real_paths_leave_a_file_that_checks_clean(paid, admin):
    ctx, _, _ = paid
    report = check.run_check(ctx, admin)
    assert report.ok, report.lines()
    names = {r.name: r for r in report.results}
    assert names["防篡改触发器"].checked >= 20
    assert names["金额与审计记录一致"].checked >= 3


def test_money_rows_refuse_edits_and_deletes(paid):
    ctx, a, b = paid
    con = plain(ctx)
    refused = [
        f"UPDATE receipts SET amount = amount - 10000 WHERE id = {a.id}",
        f"DELETE FROM receipts WHERE id = {a.id}",
        f"UPDATE receipts SET voided_at = NULL, void_reason = NULL WHERE id = {b.id}",  # un-void
        f"UPDATE receipts SET void_reason = '改过的' WHERE id = {b.id}",
        f"UPDATE receipts SET handover_id = NULL WHERE id = {a.id}",
        f"UPDATE receipts SET pay_ref = '4200000000000001' WHERE id = {b.id}",  # 交易流水号 written once
        f"UPDATE receipt_lines SET amount = 0 WHERE receipt_id = {a.id}",
        "UPDATE bills SET total = 0",
        "DELETE FROM bill_lines",
        "UPDATE handovers SET total = 0",
        "DELETE FROM prepayment_entries",
        "UPDATE prepayment_entries SET amount = 0",
    ]
    for sql in refused:
        with pytest.raises(REFUSED, match="never|append-only"):
            con.execute(sql)
    assert con.execute(f"SELECT amount FROM receipts WHERE id = {a.id}").fetchone()[0] == 47500
    con.close()


@pytest.mark.sqlite_only  # tampers through SQLite's trigger syntax
def test_lowering_a_receipt_and_its_line_behind_dropped_triggers_is_reported(paid, admin):
    ctx, a, _ = paid
    assert check.run_check(ctx, admin).ok
    con = plain(ctx)
    con.execute("DROP TRIGGER receipts_no_update")
    con.execute("DROP TRIGGER receipt_lines_no_update")
    con.execute(f"UPDATE receipts SET amount = amount - 10000 WHERE id = {a.id}")
    con.execute(f"UPDATE receipt_lines SET amount = amount - 10000 WHERE id = "
                f"(SELECT max(id) FROM receipt_lines WHERE receipt_id = {a.id})")
    con.close()
    found = problems(ctx, admin)
    assert any("触发器 receipts_no_update 不存在" in p for p in found), found
    assert any("触发器 receipt_lines_no_update 不存在" in p for p in found), found
    assert any(f"收据 {a.number}：实收 375.00" in p and "审计记录为 475.00" in p for p in found), found


@pytest.mark.sqlite_only  # tampers through SQLite's trigger syntax
def test_a_trigger_put_back_with_a_weaker_body_is_reported(paid, admin):
    ctx, _, _ = paid
    con = plain(ctx)
    con.execute("DROP TRIGGER receipts_no_update")
    con.execute("CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts WHEN 0 "
                "BEGIN SELECT RAISE(ABORT, 'receipts are voided, never edited'); END")
    con.close()
    found = problems(ctx, admin)
    assert any("触发器 receipts_no_update 的定义被改动过" in p for p in found), found


@pytest.mark.sqlite_only  # tampers through SQLite's trigger syntax
def test_deleting_the_newest_receipt_and_its_number_is_reported(paid, admin):
    ctx, _, b = paid
    con = plain(ctx)
    for name in ("receipts_no_delete", "receipt_lines_no_delete", "prepayment_entries_no_delete"):
        con.execute(f"DROP TRIGGER {name}")
    con.execute(f"DELETE FROM prepayment_entries WHERE receipt_id = {b.id}")
    con.execute(f"DELETE FROM receipt_lines WHERE receipt_id = {b.id}")
    con.execute(f"DELETE FROM receipts WHERE id = {b.id}")
    con.execute("UPDATE number_counters SET last = last - 1 WHERE series LIKE 'SJ%' AND year = 0")
    con.close()
    found = problems(ctx, admin)
    assert any(f"收据 {b.number}" in p and "已不存在" in p for p in found), found


@pytest.mark.sqlite_only  # tampers through SQLite's trigger syntax
def test_a_void_written_behind_the_audit_and_a_changed_bill_are_reported(paid, admin):
    ctx, a, _ = paid
    con = plain(ctx)
    # setting a void's fields once is what the trigger allows; the audit has no such void
    con.execute(f"UPDATE receipts SET voided_at = '2026-11-27 03:00:00.000000', voided_by = 'x', "
                f"void_reason = 'x', void_day = '2026-11-27' WHERE id = {a.id}")
    con.execute("DROP TRIGGER bills_no_update")
    con.execute("DROP TRIGGER bill_lines_no_update")
    con.execute("UPDATE bills SET total = total - 10000 WHERE id = (SELECT min(id) FROM bills)")
    con.execute("UPDATE bill_lines SET amount = amount - 10000 WHERE id = "
                "(SELECT min(id) FROM bill_lines WHERE bill_id = (SELECT min(id) FROM bills))")
    con.close()
    found = problems(ctx, admin)
    assert any(f"收据 {a.number}：已作废，但没有作废的审计记录" in p for p in found), found
    assert any("2026Q3 出账" in p and "审计记录为" in p for p in found), found


def test_a_line_paid_above_its_bill_is_reported(paid, admin):
    """An extra receipt line slipped in (inserts pass the append-only triggers) pays a bill line
    twice over: the check compares every paid line with its bill in one pass (it once looked up
    only the first 100,000 paid lines' amounts and took the rest as billed 0)."""
    ctx, a, _ = paid
    con = plain(ctx)
    line_id, billed = con.execute(
        f"SELECT b.id, b.amount FROM receipt_lines r JOIN bill_lines b ON b.id = r.bill_line_id "
        f"WHERE r.receipt_id = {a.id}").fetchone()
    con.execute(f"INSERT INTO receipt_lines (receipt_id, bill_line_id, item, period, amount) "
                f"SELECT receipt_id, bill_line_id, item, period, {billed} FROM receipt_lines "
                f"WHERE receipt_id = {a.id} AND bill_line_id = {line_id}")
    paid_lines = con.execute("SELECT count(*) FROM (SELECT r.bill_line_id FROM receipt_lines r "  # the prepayment's line too
                             "JOIN receipts c ON c.id = r.receipt_id WHERE c.voided_at IS NULL "
                             "GROUP BY r.bill_line_id) AS g").fetchone()[0]
    units_prepaid = con.execute("SELECT count(DISTINCT unit_id) FROM prepayment_entries").fetchone()[0]
    con.close()
    report = check.run_check(ctx, admin)
    found = report.problems
    said = f"账单明细 {line_id}：已收 {D(2 * billed) / 100:.2f} 多于应收 {D(billed) / 100:.2f}"
    assert any(said in p for p in found), found
    # the count of paid lines comes back with the overpaid ones, from the same grouping
    assert {r.name: r.checked for r in report.results}["已收不超应收、预存款不为负"] == paid_lines + units_prepaid
    # the receipt's lines now add up to more than it took (compared in SQL, issue 21 §4)
    assert any(p.startswith(f"收据金额 = 明细之和：收据 {a.number}：实收 {a.amount}") for p in found), found


@pytest.mark.sqlite_only  # tampers through SQLite's trigger syntax
def test_a_bill_whose_total_is_not_its_lines_is_named(paid, admin):
    ctx, _, _ = paid
    con = plain(ctx)
    con.execute("DROP TRIGGER bills_no_update")
    number, total = con.execute("SELECT number, total FROM bills ORDER BY id LIMIT 1").fetchone()
    con.execute(f"UPDATE bills SET total = total + 1 WHERE number = '{number}'")
    con.close()
    said = f"账单合计 = 明细之和：账单 {number}：合计 {D(total + 1) / 100:.2f} ≠ 明细之和 {D(total) / 100:.2f}"
    assert said in problems(ctx, admin)


def test_a_demo_community_checks_clean_against_its_one_audit_row(ctx, admin):
    demo.generate(ctx, admin, demo.DemoPlan(seed=3, units=120))
    with ctx.reader() as uow:
        result = audit_match(uow.session)
    assert result.checked > 100
    assert result.problems == []


@pytest.fixture
def charged(community, admin, clerk):
    from deskapp.services.registry import units as registry_units
    from deskapp.services.billing import one_off

    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "0201",
                                                   "building_area": "88.00", "state": "自住"})
    out = one_off.charge(community, clerk, unit, [("住户卡工本费", "15"), ("水电开通费", "50.50")], PayMethod.CASH)
    return community, out


def test_one_off_charges_refuse_edits_and_deletes(charged, admin):
    ctx, out = charged
    assert check.run_check(ctx, admin).ok
    con = plain(ctx)
    for sql in ("UPDATE one_off_charges SET amount = 1", "DELETE FROM one_off_charges"):
        with pytest.raises(REFUSED, match="never|append-only"):
            con.execute(sql)
    con.close()
    names = {r.name: r for r in check.run_check(ctx, admin).results}
    assert names["防篡改触发器"].checked >= 22


@pytest.mark.sqlite_only  # tampers through SQLite's trigger syntax
def test_a_one_off_charge_lowered_or_deleted_behind_dropped_triggers_is_reported(charged, admin):
    ctx, out = charged
    con = plain(ctx)
    con.execute("DROP TRIGGER one_off_charges_no_update")
    con.execute("DROP TRIGGER one_off_charges_no_delete")
    con.execute(f"UPDATE one_off_charges SET amount = 500 WHERE number = '{out[0].number}'")
    con.execute(f"DELETE FROM one_off_charges WHERE number = '{out[1].number}'")
    con.close()
    found = problems(ctx, admin)
    assert any("触发器 one_off_charges_no_update 不存在" in p for p in found), found
    assert any(f"一次性收费 {out[0].number}：住户卡工本费 5.00" in p and "审计记录为 住户卡工本费 15.00" in p
               for p in found), found
    assert any(f"一次性收费 {out[1].number}" in p and "已不存在" in p for p in found), found


@pytest.mark.sqlite_only  # tampers through SQLite's trigger syntax
def test_a_handover_that_no_longer_matches_its_receipts_is_named(paid, admin):
    """The handover check sums the receipts per handover and method in SQL (issue 21 §4)."""
    ctx, a, _ = paid
    con = plain(ctx)
    for name in ("receipts_no_update", "receipts_guard"):
        con.execute(f"DROP TRIGGER IF EXISTS {name}")
    con.execute(f"UPDATE receipts SET amount = amount + 100 WHERE id = {a.id}")
    con.close()
    found = problems(ctx, admin)
    assert any("移交表 现金 475.00 ≠ 收据 476.00" in p for p in found), found
