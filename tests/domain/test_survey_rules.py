"""满意度调查 statistics and sampling on hand-made data."""
from __future__ import annotations

from decimal import Decimal

import pytest

from deskapp.domain import survey as s
from deskapp.domain.errors import ValidationError


def test_scores():
    assert s.parse_score(s.Scale.THREE, "基本满意", "总体") == 2
    assert s.parse_score(s.Scale.FIVE, " 4 ", "接待") == 4
    with pytest.raises(ValidationError, match="接待"):
        s.parse_score(s.Scale.FIVE, "0", "接待")
    with pytest.raises(ValidationError):
        s.parse_score(s.Scale.THREE, "很满意", "总体")
    assert s.score_label(s.Scale.THREE, 1) == "不满意"


def test_results_by_item_and_building():
    scales = {1: s.Scale.FIVE, 2: s.Scale.THREE}
    # two units in 1号楼 and one in 2号楼 answered; 1号楼's two 3s on question 1 are one tally of 2
    answers = [s.Tally("1号楼", 1, 5, 1), s.Tally("1号楼", 2, 3, 1), s.Tally("1号楼", 1, 3, 2),
               s.Tally("1号楼", 2, 2, 2), s.Tally("2号楼", 1, 4, 1), s.Tally("2号楼", 2, 1, 1)]
    res = s.results(7, 4, answers, scales)
    assert res.response_rate == Decimal("57.1")
    # question 1: 5, 3, 3, 4 → mean 3.75, satisfied (≥ 4) 2 of 4
    assert res.per_item[1].answers == 4
    assert res.per_item[1].mean == Decimal("3.75") and res.per_item[1].satisfied_rate == Decimal("50.0")
    # question 2 (three levels): 3, 2, 2, 1 → mean 2.00, satisfied (≥ 基本满意) 3 of 4
    assert res.per_item[2].mean == Decimal("2.00") and res.per_item[2].satisfied_rate == Decimal("75.0")
    assert res.per_building["1号楼"][1].mean == Decimal("3.67") and res.per_building["1号楼"][1].answers == 3
    assert res.per_building["2号楼"][2].satisfied_rate == Decimal("0.0")
    assert res.overall_satisfied_rate == Decimal("62.5")  # 5 of 8 answers satisfied


def test_no_answers():
    res = s.results(4, 0, [], {1: s.Scale.FIVE})
    assert res.per_item[1].mean is None and res.overall_satisfied_rate is None and res.response_rate == 0


def test_sample_share_per_building_is_repeatable():
    units = {"1号楼": list(range(1, 21)), "2号楼": list(range(21, 24)), "空楼": []}
    a = s.pick_sample(units, Decimal("0.25"), seed=3)
    assert a == s.pick_sample(units, Decimal("0.25"), seed=3)
    assert len([u for u in a if u <= 20]) == 5 and len([u for u in a if u > 20]) == 1
    assert s.pick_sample(units, None, 1) == list(range(1, 24))
    with pytest.raises(ValidationError):
        s.pick_sample(units, Decimal("1.5"), 1)


def test_change():
    assert s.change(Decimal("80.0"), Decimal("75.5")) == Decimal("4.5")
    assert s.change(Decimal("80.0"), None) is None
