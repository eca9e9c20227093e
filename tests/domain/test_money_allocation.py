"""Money rules: rounding, allocation by largest remainder, 大写 capitals."""
from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskapp.domain.money import allocate, capitals, round_fen, round_fraction


@pytest.mark.parametrize("value, expected", [("0.005", "0.01"), ("2.675", "2.68"), ("2.665", "2.67"),
                                              ("-0.005", "-0.01"), ("1.004999", "1.00")])
def test_round_half_up_to_the_fen(value, expected):
    assert round_fen(D(value)) == D(expected)
    assert round_fraction(Fraction(D(value))) == D(expected)


def test_round_fraction_is_exact_on_thirds_and_days():
    assert round_fraction(Fraction(100, 3)) == D("33.33")
    assert round_fraction(Fraction(200, 3)) == D("66.67")
    # 89.5 ㎡ × 2.50 × 15/31 month = 108.266…
    assert round_fraction(Fraction(D("89.5")) * Fraction(D("2.5")) * Fraction(15, 31)) == D("108.27")


def test_allocation_examples_from_the_issue():
    assert allocate(D("100.01"), [50, 30, 20]) == [D("50.01"), D("30.00"), D("20.00")]
    assert allocate(D("100.00"), [1, 1, 1]) == [D("33.34"), D("33.33"), D("33.33")]
    assert allocate(D("0.02"), [1, 1, 1]) == [D("0.01"), D("0.01"), D("0.00")]
    assert allocate(D("-10.00"), [1, 2]) == [D("-3.33"), D("-6.67")]
    assert allocate(D("5.00"), [D("0"), D("89.5")]) == [D("0.00"), D("5.00")]
    with pytest.raises(ValueError):
        allocate(D("1.00"), [])
    with pytest.raises(ValueError):
        allocate(D("1.00"), [0, 0])


@settings(max_examples=400, deadline=None)
@given(total_fen=st.integers(min_value=-10**9, max_value=10**9),
       weights=st.lists(st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False), min_size=1,
                        max_size=60).filter(lambda ws: sum(ws) > 0))
def test_allocation_sums_exactly_and_every_share_is_within_a_fen(total_fen, weights):
    total = D(total_fen) / 100
    shares = allocate(total, weights)
    assert sum(shares) == total
    wsum = sum(Fraction(w) for w in weights)
    for share, w in zip(shares, weights):
        exact = Fraction(total_fen, 100) * Fraction(w) / wsum
        assert abs(Fraction(share) - exact) < Fraction(1, 100)
        assert share == share.quantize(D("0.01"))


@pytest.mark.parametrize("amount, text", [
    ("1234.56", "壹仟贰佰叁拾肆元伍角陆分"), ("100", "壹佰元整"), ("0.05", "伍分"), ("0.50", "伍角整"),
    ("1005.20", "壹仟零伍元贰角整"), ("10.05", "壹拾元零伍分"), ("10000", "壹万元整"), ("0", "零元整"),
    ("100010000.01", "壹亿零壹万元零壹分"), ("40302010", "肆仟零叁拾万贰仟零壹拾元整"), ("110000.10", "壹拾壹万元壹角整"),
    ("-12.30", "负壹拾贰元叁角整"), ("1020304.05", "壹佰零贰万零叁佰零肆元零伍分"),
])
def test_capitals(amount, text):
    assert capitals(D(amount)) == text


_DIGITS = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_UNITS = {"拾": 10, "佰": 100, "仟": 1000}


def _parse_capitals(text: str) -> int:
    """Read 大写 back into fen (a second, independent implementation to check the first)."""
    fen = 0
    yuan_part, _, rest = text.partition("元") if "元" in text else ("", "", text)
    total = section = digit = 0
    for ch in yuan_part:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            section += digit * _UNITS[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 10**8
            section = digit = 0
    total += section + digit
    fen = total * 100
    digit = 0
    for ch in rest:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch == "角":
            fen += digit * 10
            digit = 0
        elif ch == "分":
            fen += digit
            digit = 0
    return fen


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=99_999_999_999))
def test_capitals_read_back(fen):
    assert _parse_capitals(capitals(D(fen) / 100)) == fen
