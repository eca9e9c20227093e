"""收费季报 / 月报 / 日报: every figure recomputed here from the registers themselves (bill lines,
receipts, waivers, the prepayment ledger, the units), line by line in plain Python, and
compared with the report; then the PDF's text and the workbook read back."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal as D
from io import BytesIO

import pytest
from billing_helpers import billed_community
from openpyxl import load_workbook
from pypdf import PdfReader
from support import CST

from deskapp.domain.billing import AGE_BUCKETS, FeeItem, PayMethod, age_bucket, parse_quarter, quarter_of
from deskapp.domain.billing_finance import percent, report_period
from deskapp.domain.clock import CENTRE_TZ, FixedClock
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.services.billing import finance_report, payments, run, standards
from deskapp.services.registry import units as registry_units
from deskapp.store.models.billing import Bill, BillLine, BillRun, PrepaymentEntry, Receipt, ReceiptLine, Waiver
from deskapp.store.models.registry import Building, Unit

ZERO = D("0.00")


@pytest.fixture
def world(community, admin, clerk, supervisor, clock):
    """Q3 billed on 30 Sep (历史 for Q4); a price rise back-dated to 1 Jul billed as adjustments on
    10 Oct (当期 for Q4); unit 1 pays everything on 12 Oct with 20.00 to prepayment, unit 2 pays
    100 by WeChat on 2 Nov, unit 3's payment of 20 Nov is voided on 21 Nov; a shop delivered in
    October is never billed."""
    ctx = community
    ids, _ = billed_community(ctx, admin)
    clock.set(datetime(2026, 9, 30, 16, 0, tzinfo=CST))
    run.post(ctx, admin, "2026Q3")
    clock.set(datetime(2026, 10, 10, 9, 0, tzinfo=CST))
    standards.add_standard(ctx, admin, FeeItem.PROPERTY, "3.00", date(2026, 7, 1), unit_kind="住宅")
    run.post(ctx, admin, "2026Q3")
    clock.set(datetime(2026, 10, 12, 9, 0, tzinfo=CST))
    acc = payments.account(ctx, clerk, ids[0])
    payments.take_payment(ctx, clerk, ids[0], [x.line_id for x in acc.lines], acc.total_owed + 20, PayMethod.CASH,
                          to_prepayment=True)
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=CST))
    acc = payments.account(ctx, clerk, ids[1])
    payments.take_payment(ctx, clerk, ids[1], [x.line_id for x in acc.lines], "100.00", PayMethod.WECHAT,
                          pay_ref="4200000001")
    clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=CST))
    acc = payments.account(ctx, clerk, ids[2])
    wrong = payments.take_payment(ctx, clerk, ids[2], [acc.lines[0].line_id], acc.lines[0].owed, PayMethod.CASH)
    clock.set(datetime(2026, 11, 21, 9, 0, tzinfo=CST))
    payments.void_receipt(ctx, clerk, wrong.id, "收错")
    registry_units.create_unit(ctx, admin, {"building": "S", "room": "101", "building_area": "80", "state": "空置",
                                            "kind": "商铺"}, delivered_on=date(2026, 10, 1))
    clock.set(datetime(2026, 11, 27, 9, 30, tzinfo=CST))
    return ctx


def _local(dt: datetime) -> date:
    return dt.astimezone(CENTRE_TZ).date()


def recompute(ctx, period):
    """The figures from the registers, by the definitions in domain/billing_finance.py."""
    with ctx.reader() as uow:
        return _recompute(uow.session, period)


def _recompute(s, period):
    runs = {r.id: _local(r.posted_at) for r in s.query(BillRun)}
    bills = {b.id: runs[b.run_id] for b in s.query(Bill)}
    units = {u.id: u for u in s.query(Unit)}
    buildings = {b.id: b.code for b in s.query(Building)}
    receipts = {r.id: r for r in s.query(Receipt)}
    lines = [ln for ln in s.query(BillLine) if bills[ln.bill_id] < period.end]
    paid, paid_in, waived = defaultdict(lambda: ZERO), defaultdict(lambda: ZERO), defaultdict(lambda: ZERO)
    for rl in s.query(ReceiptLine):
        r = receipts[rl.receipt_id]
        if rl.bill_line_id and r.day < period.end and (r.void_day is None or r.void_day >= period.end):
            paid[rl.bill_line_id] += rl.amount
            if r.day >= period.start:
                paid_in[rl.bill_line_id] += rl.amount
    granted = ZERO  # the waivers table: granted within the period
    for w in s.query(Waiver):
        if _local(w.at) < period.end:
            waived[w.line_id] += w.amount
        if period.start <= _local(w.at) < period.end:
            granted += w.amount
    moves = [(_local(e.at), e.amount) for e in s.query(PrepaymentEntry)]
    billed_units = {ln.unit_id for ln in lines}
    never = sorted(u.code for u in units.values() if u.delivered_on and u.delivered_on < period.end
                   and u.id not in billed_units)
    qs = quarter_of(period.end - timedelta(days=1)).start
    current = [ln for ln in lines if bills[ln.bill_id] >= qs]
    historic = [ln for ln in lines if bills[ln.bill_id] < qs]
    owed = {ln.id: ln.amount - paid[ln.id] - waived[ln.id] for ln in lines}
    by_item, by_building = defaultdict(lambda: [ZERO] * 3), defaultdict(lambda: [ZERO] * 3)
    unit_owed, charged = defaultdict(lambda: ZERO), set()
    for ln in current:
        for table, key in ((by_item, ln.item.value), (by_building, buildings[units[ln.unit_id].building_id])):
            table[key][0] += ln.amount
            table[key][1] += paid[ln.id]
            table[key][2] += waived[ln.id]
        unit_owed[ln.unit_id] += owed[ln.id]
    charged = {u for u in unit_owed if sum(ln.amount for ln in current if ln.unit_id == u) > 0}
    ages = defaultdict(lambda: [set(), ZERO])
    deadline = {b.id: (b.due_on, b.opening) for b in s.query(Bill)}
    last = period.end - timedelta(days=1)
    for ln in lines:
        due_on, opening = deadline[ln.bill_id]
        # arrears: owed and past the bill's 缴费期限 on the period's last day (not yet due is not arrears)
        if owed[ln.id] > 0 and (opening or due_on < last):
            age = age_bucket(parse_quarter(ln.quarter), quarter_of(period.end - timedelta(days=1)))
            ages[age][0].add(ln.unit_id)
            ages[age][1] += owed[ln.id]
    total = [sum(v[i] for v in by_item.values()) for i in range(3)]
    recovered = sum((paid_in[ln.id] for ln in historic), ZERO)
    historic_owed = sum((owed[ln.id] for ln in historic), ZERO)
    return {
        "by_item": {k: tuple(v) for k, v in by_item.items()},
        "by_building": {k: tuple(v) for k, v in by_building.items()},
        "total": tuple(total), "households": len(charged),
        "paid_households": sum(1 for u in charged if unit_owed[u] <= 0),
        "recovered": recovered, "historic_owed": historic_owed,
        "collection_rate": percent(total[1], total[0]),
        "household_rate": percent(D(sum(1 for u in charged if unit_owed[u] <= 0)), D(len(charged))),
        "clearance_rate": percent(recovered, recovered + historic_owed),
        "arrears": tuple((b, len(ages[b][0]), ages[b][1]) for b in AGE_BUCKETS),
        "prepaid": (sum((a for d, a in moves if d < period.start), ZERO),
                    sum((a for d, a in moves if period.start <= d < period.end and a > 0), ZERO),
                    -sum((a for d, a in moves if period.start <= d < period.end and a < 0), ZERO),
                    sum((a for d, a in moves if d < period.end), ZERO)),
        "waivers": granted,
        "never_billed": never,
    }


def _figures(r):
    return {
        "by_item": {x.key: (x.receivable, x.received, x.waived) for x in r.by_item},
        "by_building": {x.key: (x.receivable, x.received, x.waived) for x in r.by_building},
        "total": (r.total.receivable, r.total.received, r.total.waived), "households": r.households,
        "paid_households": r.paid_households, "recovered": r.recovered, "historic_owed": r.historic_owed,
        "collection_rate": r.collection_rate, "household_rate": r.household_rate,
        "clearance_rate": r.clearance_rate, "arrears": r.arrears_by_age,
        "prepaid": (r.prepayments.opening, r.prepayments.deposited, r.prepayments.used, r.prepayments.closing),
        "waivers": sum((a for _, _, a in r.waivers), ZERO), "never_billed": sorted(r.never_billed),
    }


@pytest.mark.parametrize("period", [dict(quarter="2026Q4"), dict(month="2026-10"), dict(month="2026-11"),
                                    dict(day="2026-10-12"), dict(quarter="2026Q3")])
def test_every_figure_reconciles_with_the_registers(world, supervisor, period):
    p = report_period(**period)
    assert _figures(finance_report.report(world, supervisor, p)) == recompute(world, p)


def test_the_quarter_in_numbers(world, supervisor):
    r = finance_report.report(world, supervisor, report_period(quarter="2026Q4"))
    # 当期: the adjustment bills of 10 Oct (0.50 ㎡·month more on 100 ㎡ over a quarter = 150.00)
    assert r.total.receivable == D("150.00") and r.households == 3
    assert r.recovered > 0 and r.historic_owed > 0  # unit 1 cleared its Q3 bill; units 2 and 3 owe theirs
    assert r.prepayments.closing == D("20.00")
    assert r.never_billed == ("S-101",)
    assert r.paid_households == 1 and r.household_rate == D("33.33")


def test_files_and_refusals(world, supervisor, clerk, tmp_path):
    p = report_period(quarter="2026Q4")
    r = finance_report.write(world, supervisor, p, tmp_path / "季报.pdf", tmp_path / "季报.xlsx")
    text = "".join(page.extract_text() for page in PdfReader(BytesIO((tmp_path / "季报.pdf").read_bytes())).pages)
    assert "收费季报（2026年第四季度）" in text and f"{r.collection_rate}%" in text and "S-101" in text
    assert "制表 2026-11-27 09:30" in text
    wb = load_workbook(tmp_path / "季报.xlsx")
    assert wb.sheetnames == ["比率", "按收费项目", "按楼栋", "预收", "减免", "欠费账龄", "从未出账"]
    item_rows = list(wb["按收费项目"].iter_rows(min_row=3, values_only=True))
    assert item_rows[-1][0] == "合计" and D(str(item_rows[-1][1])) == r.total.receivable
    with pytest.raises(PermissionDenied):
        finance_report.report(world, clerk, p)
    for kw in ({}, {"day": "2026-13-01"}, {"month": "2026-11", "quarter": "2026Q4"}):
        with pytest.raises(ValidationError):
            report_period(**kw)


@pytest.mark.parametrize("today, quarter", [
    (date(2027, 1, 2), "2026Q4"), (date(2026, 4, 3), "2026Q1"), (date(2026, 6, 30), "2026Q1"),
    (date(2026, 10, 1), "2026Q3"),
])
def test_the_quarter_offered_is_the_last_one_ended(community, today, quarter):
    """Early in a quarter finance asks for the one just closed, not the one a day or two old."""
    community.clock = FixedClock(datetime(today.year, today.month, today.day, 9, 0, tzinfo=CST))
    assert finance_report.default(community, "quarter") == report_period(quarter=quarter)
    assert finance_report.default(community, "day") == report_period(day=today)
    assert finance_report.default(community, "month") == report_period(month=f"{today:%Y-%m}")
