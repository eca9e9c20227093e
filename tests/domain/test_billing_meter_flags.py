"""The one check of a meter reading (issue 22 §6, issue 12 §3): each flag, the usual month and
the move-in baseline. The grid, the import, move-in and the bill run all call `classify`."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from deskapp.domain.billing_meters import Flag, ReadingEvent, ReadingInput, classify, usual_month
from deskapp.domain.errors import ValidationError

USUAL = D("20")


def test_lower_than_the_last_is_flagged_with_no_usage():
    assert classify(D("500.55"), ReadingInput(D("300.22")), USUAL, False) == (None, [Flag.LOWER])
    # a replacement or rollover entered explicitly is not "lower"
    assert classify(D("9990"), ReadingInput(D("15"), ReadingEvent.ROLLOVER, rollover_at=D("10000")), USUAL,
                    False) == (D("25"), [])


def test_more_than_three_times_the_usual_month_is_flagged():
    assert classify(D("100"), ReadingInput(D("160")), USUAL, False) == (D("60"), [])  # exactly 3×: usual enough
    assert classify(D("100"), ReadingInput(D("160.01")), USUAL, False) == (D("60.01"), [Flag.HIGH])
    # the 612.3 m³ month of the issue
    assert classify(D("1000"), ReadingInput(D("1612.3")), D("18"), False)[1] == [Flag.HIGH]
    # no usual month yet (a new meter): not judged high
    assert classify(D("100"), ReadingInput(D("700")), None, False) == (D("600"), [])


def test_usage_on_a_vacant_unit_is_flagged():
    assert classify(D("100"), ReadingInput(D("100")), USUAL, True) == (D("0"), [])
    assert classify(D("100"), ReadingInput(D("100.5")), USUAL, True) == (D("0.5"), [Flag.VACANT_USE])
    # the 4,930 m³ month on a vacant flat: both flags
    assert classify(D("70"), ReadingInput(D("5000")), USUAL, True)[1] == [Flag.VACANT_USE, Flag.HIGH]


def test_no_previous_reading_unless_it_is_the_baseline():
    assert classify(None, ReadingInput(D("12.5")), None, False) == (None, [Flag.NO_PREVIOUS])
    # a move-in start reading (起始读数) is the meter's baseline: usage 0, never 无上期读数
    assert classify(None, ReadingInput(D("12.5")), None, False, True) == (D("0"), [])
    assert classify(None, ReadingInput(D("12.5"), ReadingEvent.BASELINE), None, True) == (D("0"), [])
    # a baseline over an earlier reading is still checked like any reading
    assert classify(D("20"), ReadingInput(D("12.5"), ReadingEvent.BASELINE), None, False) == (None, [Flag.LOWER])


def test_a_malformed_replacement_is_an_input_error_not_a_flag():
    with pytest.raises(ValidationError) as e:
        classify(D("100"), ReadingInput(D("12"), ReadingEvent.REPLACED), USUAL, False)
    assert e.value.field == "换表读数"


def test_usual_month_is_the_median_of_the_last_twelve_months_above_zero():
    assert usual_month([D("10"), D("12")]) is None  # fewer than 3 months: no usual month
    assert usual_month([D("10"), D("0"), None, D("12"), D("90")]) == D("12")  # a leak does not raise it
    assert usual_month([D("10"), D("12"), D("14"), D("16")]) == D("13")
    # only the last 12 months count
    assert usual_month([D("1000")] * 5 + [D("10")] * 12) == D("10")
