"""The 历史缴费 row rules on their own: where the unit is (HC's 1-1-1001 or three columns), dates as
serial numbers or text, amounts, and the reconciliation's wording."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from deskapp.domain.importing import Cells, Target, fields_for
from deskapp.domain.importing_payments import check_payment_row, reconciliation_lines, totals_by_item

TODAY = date(2026, 11, 27)


def _row(**values):
    labels = {s.key: s.label for s in fields_for(Target.PAYMENTS)}
    columns = {k: n for n, k in enumerate(values)}
    return check_payment_row(Cells(dict(values), columns, labels), TODAY)


@pytest.mark.parametrize("given,code", [
    (dict(room="1-1-1001"), "1-1-1001"),
    (dict(room="3栋-二单元-502室"), "3-2-502"),
    (dict(room="S-105"), "S-105"),
    (dict(building="3", stairwell="1单元", room="1502"), "3-1-1502"),
    (dict(building="3", room="1-1502"), "3-1502"),
])
def test_the_unit_from_one_text_or_three_columns(given, code):
    r = _row(**given, paid_on="2024-01-05", item="物业费", paid="100")
    assert r.findings == [] and r.code == code


def test_serial_and_text_dates_and_the_period_from_start_and_end():
    r = _row(room="1-1-101", paid_on=45296, item="物业费", starts_on=45292, ends_on="2024/3/31", paid="1,200.50",
             billed="1200.50元")
    assert r.findings == []
    assert (r.paid_on, r.period, r.paid, r.billed) == (date(2024, 1, 5), "2024-01-01至2024-03-31",
                                                        Decimal("1200.50"), Decimal("1200.50"))


@pytest.mark.parametrize("given,field,message", [
    (dict(room="1001"), "房号", "没有楼栋"),
    (dict(paid="0.001"), "实缴金额", "不是金额"),
    (dict(months="半年"), "缴费周期", "不是月数"),
    (dict(starts_on="2024-03-01", ends_on="2024-01-31"), "结束日期", "早于开始日期"),
    (dict(paid_on=""), "缴费日期", "不能为空"),
])
def test_faults_name_their_field(given, field, message):
    values = dict(room="1-1-101", paid_on="2024-01-05", item="物业费", paid="100")
    values.update(given)
    findings = _row(**values).findings
    assert [(f.field, message in f.message) for f in findings] == [(field, True)]


def test_the_reconciliation_counts_and_sums_per_item():
    totals = totals_by_item([("物业费", Decimal("600"), Decimal("550")), ("物业费", Decimal("600"), Decimal("600")),
                             ("水费", Decimal("30.5"), Decimal("30.5"))])
    assert reconciliation_lines(totals) == ["水费：1 笔，应缴 30.50 元，实缴 30.50 元",
                                            "物业费：2 笔，应缴 1,200.00 元，实缴 1,150.00 元",
                                            "合计：3 笔，应缴 1,230.50 元，实缴 1,180.50 元"]
