"""Fee rules with hand-computed examples."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from fractions import Fraction

import pytest

from deskapp.domain.billing import (
    AGE_BUCKETS, FeeItem, Quarter, Share, Standard, Tier, age_bucket, allocate_shared, change_due, in_arrears, late_fee, price_text,
    months_between, parse_price, parse_quarter, property_fee, shared_amount, split_payment, standard_on,
    standard_segments, validate_tiers, vehicle_fee, water_fee,
)
from deskapp.domain.billing_meters import ReadingEvent, ReadingInput, usage
from deskapp.domain.errors import ValidationError


def test_quarters():
    q = parse_quarter("2026Q3")
    assert (q.start, q.end, q.months[-1]) == (date(2026, 7, 1), date(2026, 9, 30), date(2026, 9, 1))
    assert q.label == "2026年第三季度" and q.previous() == Quarter(2026, 2) and Quarter(2026, 4).next() == Quarter(2027, 1)
    assert parse_quarter(" 2026q1 ") == Quarter(2026, 1)
    for bad in ("2026Q5", "26Q1", "", "2026-07"):
        with pytest.raises(ValidationError):
            parse_quarter(bad)


def test_months_count_part_months_by_days():
    assert months_between(date(2026, 7, 1), date(2026, 9, 30)) == 3
    assert months_between(date(2026, 7, 17), date(2026, 9, 30)) == 2 + Fraction(15, 31)
    assert months_between(date(2028, 2, 15), date(2028, 2, 29)) == Fraction(15, 29)
    assert months_between(date(2026, 9, 30), date(2026, 7, 1)) == 0


def test_property_fee():
    # 89.50 ㎡ × 2.50 × 3 = 671.25
    assert property_fee(D("89.50"), D("2.50"), date(2026, 7, 1), date(2026, 9, 30)) == D("671.25")
    # delivered 17 Jul: 89.5 × 2.5 × (2 + 15/31) = 447.50 + 108.266… = 555.766… → 555.77
    assert property_fee(D("89.50"), D("2.50"), date(2026, 7, 17), date(2026, 9, 30)) == D("555.77")
    # vacant at 70 %: 671.25 × 0.7 = 469.875 → 469.88 (rounded once, half up)
    assert property_fee(D("89.50"), D("2.50"), date(2026, 7, 1), date(2026, 9, 30), vacant_percent=70) == D("469.88")


def test_water_fee_flat_and_tiered():
    flat = Standard(1, FeeItem.WATER, D("4.10"), date(2020, 1, 1))
    assert water_fee([D("10"), D("12.5"), D("8")], flat) == D("125.05")
    tiers = validate_tiers([Tier(D("15"), D("4.10")), Tier(D("25"), D("5.60")), Tier(None, D("8.20"))])
    monthly = Standard(2, FeeItem.WATER, D("4.10"), date(2020, 1, 1), tiers=tiers, tier_period="month")
    # 30 m³ in one month: 15 × 4.10 + 10 × 5.60 + 5 × 8.20 = 61.5 + 56 + 41 = 158.50; 10 m³: 41.00
    assert water_fee([D("30"), D("10")], monthly) == D("199.50")
    yearly = Standard(3, FeeItem.WATER, D("4.10"), date(2020, 1, 1), tiers=(Tier(D("180"), D("4.10")),
                                                                            Tier(None, D("5.60"))), tier_period="year")
    # 170 used earlier in the year; 30 now: 10 × 4.10 + 20 × 5.60 = 153.00
    assert water_fee([D("30")], yearly, used_this_year=D("170")) == D("153.00")
    with pytest.raises(ValidationError):
        validate_tiers([Tier(D("25"), D("4")), Tier(D("15"), D("5")), Tier(None, D("6"))])
    with pytest.raises(ValidationError):
        validate_tiers([Tier(None, D("4")), Tier(D("15"), D("5"))])


def test_standards_are_dated():
    a = Standard(1, FeeItem.PROPERTY, D("2.50"), date(2020, 1, 1), "住宅")
    b = Standard(2, FeeItem.PROPERTY, D("2.80"), date(2026, 8, 16), "住宅")
    general = Standard(3, FeeItem.PROPERTY, D("3.00"), date(2020, 1, 1))
    assert standard_on([a, b, general], FeeItem.PROPERTY, date(2026, 8, 15), "住宅") is a
    assert standard_on([a, b, general], FeeItem.PROPERTY, date(2026, 8, 16), "住宅") is b
    assert standard_on([a, b, general], FeeItem.PROPERTY, date(2026, 8, 16), "商铺") is general
    assert standard_on([a], FeeItem.PROPERTY, date(2019, 1, 1), "住宅") is None
    segs = standard_segments([a, b], FeeItem.PROPERTY, date(2026, 7, 1), date(2026, 9, 30), "住宅")
    assert [(s, e, st.price) for s, e, st in segs] == [(date(2026, 7, 1), date(2026, 8, 15), D("2.50")),
                                                     (date(2026, 8, 16), date(2026, 9, 30), D("2.80"))]
    for bad in ("0", "-1", "abc", "1.00001"):
        with pytest.raises(ValidationError):
            parse_price(bad)


def test_shared_meter_amount_and_allocation():
    # master meter 1900.01 − 1000 = 900.01, units below used 300 → 600.01 × 0.60 = 360.006 → 360.01
    assert shared_amount(D("900.01"), D("300"), D("0.60")) == (D("600.01"), D("360.01"))
    assert shared_amount(D("100"), D("120"), D("0.60")) == (D("0"), D("0.00"))
    parts = allocate_shared(D("100.01"), [Share(1, D("50")), Share(2, D("30")), Share(3, D("20"))])
    assert parts == [(1, D("50.01")), (2, D("30.00")), (3, D("20.00"))]
    assert allocate_shared(D("100.00"), [Share(i, D(1)) for i in range(3)]) == [
        (0, D("33.34")), (1, D("33.33")), (2, D("33.33"))]


def test_vehicle_and_late_fee():
    months, amount = vehicle_fee(D("150.00"), date(2026, 8, 10), date(2026, 9, 30))
    # 22/31 + 1 month × 150 = 256.4516… → 256.45
    assert months == 1 + Fraction(22, 31) and amount == D("256.45")
    # 1,000.00 overdue, 0.05 %/day, due 30 Oct, grace 30 days, as of 19 Dec: 20 days → 10.00
    assert late_fee(D("1000.00"), date(2026, 10, 30), date(2026, 12, 19), grace_days=30,
                    daily_rate=D("0.0005")) == D("10.00")
    assert late_fee(D("1000.00"), date(2026, 10, 30), date(2026, 11, 20), grace_days=30,
                    daily_rate=D("0.0005")) == D("0.00")


def test_ageing_buckets():
    q = Quarter(2026, 3)
    assert [age_bucket(q, x) for x in (Quarter(2026, 3), Quarter(2026, 4), Quarter(2027, 1), Quarter(2027, 2),
                                       Quarter(2027, 3), Quarter(2027, 4))] == [
        AGE_BUCKETS[0], AGE_BUCKETS[1], AGE_BUCKETS[1], AGE_BUCKETS[2], AGE_BUCKETS[2], AGE_BUCKETS[3]]


def test_arrears_only_once_the_deadline_has_passed():
    """A bill due 10-30 is 应收未到期 up to and on 10-30, 欠费 from 10-31; 期初欠费 from the start."""
    due = date(2026, 10, 30)
    assert [in_arrears(due, d) for d in (date(2026, 10, 1), due, date(2026, 10, 31))] == [False, False, True]
    assert in_arrears(date(2026, 12, 1), date(2026, 11, 27), opening=True)
    assert in_arrears(None, date(2026, 11, 27))


def test_a_price_shows_at_least_two_decimals_and_every_one_it_has():
    assert [price_text(D(x)) for x in ("2.6", "2.60", "150", "1E+2", "0.625", "0.34570", "0")] == [
        "2.60", "2.60", "150.00", "100.00", "0.625", "0.3457", "0.00"]


def test_payment_split_and_change():
    assert split_payment(D("100"), [(1, D("60")), (2, D("60"))]) == [(1, D("60")), (2, D("40"))]
    # a credit line (an adjustment that lowered a bill) is settled first and adds to what is applied
    assert split_payment(D("50"), [(1, D("60")), (2, D("-10"))]) == [(2, D("-10")), (1, D("60"))]
    assert change_due(D("498.00"), D("500")) == D("2.00")
    with pytest.raises(ValidationError):
        change_due(D("498.00"), D("400"))


def test_reading_usage_and_checks():
    assert usage(D("100"), ReadingInput(D("130"))) == D("30")
    assert usage(None, ReadingInput(D("130"))) is None
    # replaced: old meter 100 → 140, new one fitted at 5, now 12: 40 + 7
    assert usage(D("100"), ReadingInput(D("12"), ReadingEvent.REPLACED, D("140"), D("5"))) == D("47")
    # rolled over at 10000: 9990 → 15 is 25
    assert usage(D("9990"), ReadingInput(D("15"), ReadingEvent.ROLLOVER, rollover_at=D("10000"))) == D("25")
    with pytest.raises(ValidationError):
        usage(D("100"), ReadingInput(D("12"), ReadingEvent.REPLACED))
