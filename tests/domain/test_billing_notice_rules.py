"""The fee notice's own rules: deadline, overdue, late-fee wording, water parts that add up to
the billed amount."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from deskapp.domain.billing import FeeItem, Standard, Tier, water_fee
from deskapp.domain.billing_notice import is_overdue, late_fee_rule, notice_deadline, water_parts
from deskapp.domain.money import round_fen

TIERS = (Tier(D("10"), D("3.5")), Tier(D("20"), D("4.55")), Tier(None, D("6.333")))
JUL, AUG, SEP = date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 1)


def test_deadline_is_never_before_the_issue():
    assert notice_deadline(date(2026, 10, 8), 15) == date(2026, 10, 23)
    assert notice_deadline(date(2026, 10, 8), -3) == date(2026, 10, 8)
    off = {date(2027, 1, 1), date(2027, 1, 2)}
    assert notice_deadline(date(2026, 12, 17), 15, off) == date(2027, 1, 3)
    assert notice_deadline(date(2026, 12, 17), 14, off) == date(2026, 12, 31)
    assert is_overdue(date(2026, 10, 23), date(2026, 10, 24), D("0.01"))
    assert not is_overdue(date(2026, 10, 23), date(2026, 10, 23), D("5"))
    assert not is_overdue(date(2026, 10, 23), date(2026, 12, 1), D("0"))  # paid up is never overdue


def test_late_fee_rule_wording():
    assert late_fee_rule(True, D("0.0005"), 30) == "逾期未缴的欠费，账单到期后宽限 30 天，按每日 0.05% 计收滞纳金。"
    assert "未收取滞纳金" in late_fee_rule(False, D("0.0005"), 30)


@pytest.mark.parametrize("per_year, before", [(False, D(0)), (True, D("0")), (True, D("15.5"))])
def test_water_parts_give_back_the_billed_amount(per_year, before):
    usage = [(JUL, D("12.25")), (AUG, D("3")), (SEP, D("27.5"))]
    st = Standard(1, FeeItem.WATER, D("3.5"), date(2026, 1, 1), tiers=TIERS, tier_period="year" if per_year else "month")
    parts = water_parts(usage, TIERS, per_year=per_year, used_before=before)
    assert sum(p.quantity for p in parts) == sum(u for _, u in usage)
    assert all(p.amount == p.quantity * p.price for p in parts)
    billed = water_fee([u for _, u in usage], st, used_this_year=before)
    assert round_fen(sum(p.amount for p in parts)) == billed
    if not per_year:  # each month starts again at the first tier
        assert [(p.month.month, p.tier, p.quantity) for p in parts] == [
            (7, 1, D("10")), (7, 2, D("2.25")), (8, 1, D("3")), (9, 1, D("10")), (9, 2, D("10")), (9, 3, D("7.5"))]
