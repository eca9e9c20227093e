"""预交一年优惠's split at the counter: the rule's months off each year paid whole, from its last
quarter back, a third of a quarter's line a month, fen rounded half up."""
from __future__ import annotations

from decimal import Decimal as D

from deskapp.domain.billing import FeeItem
from deskapp.domain.billing_discounts import year_ahead_split

P, W = FeeItem.PROPERTY, FeeItem.WATER


def _year(year: int, first_id: int, amount: str):
    return [(first_id + q, P, f"{year}Q{q + 1}", D(amount)) for q in range(4)]


def test_each_whole_year_gets_its_months_from_the_last_quarter_back():
    lines = _year(2026, 1, "100.00") + _year(2027, 11, "100.00") + [(99, W, "2027Q4", D("80.00"))]
    assert year_ahead_split(D("1"), lines) == [(4, D("33.33")), (14, D("33.33"))]
    assert year_ahead_split(D("5"), _year(2026, 1, "100.01")) == [(4, D("100.01")), (3, D("66.67"))]


def test_no_split_without_the_four_quarters_each_once():
    year = _year(2026, 1, "100.00")
    assert year_ahead_split(D("1"), year[:3]) == []
    assert year_ahead_split(D("1"), year + [(9, P, "2026Q4", D("10.00"))]) == []  # two Q4 lines: not one year's four
    assert year_ahead_split(D("1"), [(i, W, q, a) for i, _, q, a in year]) == []
