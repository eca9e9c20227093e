"""满意度调查: scales, the sample of units, statistics from the answers. Plain rules."""
from __future__ import annotations

import enum
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from deskapp.domain.errors import ValidationError


class Scale(str, enum.Enum):
    FIVE = "1–5分"
    THREE = "满意/基本满意/不满意"


THREE_LEVELS = {"满意": 3, "基本满意": 2, "不满意": 1}
THREE_NAMES = {v: k for k, v in THREE_LEVELS.items()}
FIVE_NAMES = {5: "非常满意", 4: "满意", 3: "一般", 2: "不满意", 1: "很不满意"}

# Two scales in one survey: a report says how each is read so that a mean of 4.2 and one of 2.6
# are not compared as if on one scale.
SCALES_NOTE = ("满意率：1–5分的项目计 4–5 分（5 非常满意，4 满意，3 一般，2 不满意，1 很不满意），"
               "三级评价的项目计“满意”和“基本满意”；平均分按各项目自己的满分（5 分或 3 分）计。")


def scale_max(scale: Scale) -> int:
    return 5 if scale is Scale.FIVE else 3


def parse_score(scale: Scale, value: str | int, question: str) -> int:
    """A score as stored: 1–5, or 3/2/1 for 满意/基本满意/不满意."""
    if scale is Scale.THREE and isinstance(value, str) and value.strip() in THREE_LEVELS:
        return THREE_LEVELS[value.strip()]
    try:
        v = int(str(value).strip())
    except ValueError:
        raise ValidationError(question, f"“{value}”不是有效评分") from None
    if not 1 <= v <= scale_max(scale):
        raise ValidationError(question, f"评分应在 1 到 {scale_max(scale)} 之间")
    return v


def score_label(scale: Scale, score: int) -> str:
    return THREE_NAMES[score] if scale is Scale.THREE else str(score)


def score_choice(score: int) -> str:
    """A five-point score as the clerk picks it: the number and what it means."""
    return f"{score} {FIVE_NAMES[score]}"


def is_satisfied(scale: Scale, score: int) -> bool:
    """满意 counts: 4–5 on the five-point scale, 满意 or 基本满意 on the three-level one."""
    return score >= (4 if scale is Scale.FIVE else 2)


def pick_sample(units_by_building: Mapping[str, Sequence[int]], share: Decimal | None, seed: int) -> list[int]:
    """All units (share None) or a random share per building, at least one per building with
    units. `seed` makes the draw repeatable (it is stored with the campaign)."""
    if share is not None and not Decimal("0") < share <= Decimal("1"):
        raise ValidationError("抽样比例", "应在 0 到 100% 之间")
    rng = random.Random(seed)
    out: list[int] = []
    for building in sorted(units_by_building):
        units = sorted(units_by_building[building])
        if not units:
            continue
        if share is None:
            out.extend(units)
            continue
        n = max(1, int((Decimal(len(units)) * share).to_integral_value(rounding=ROUND_HALF_UP)))
        out.extend(sorted(rng.sample(units, min(n, len(units)))))
    return out


@dataclass(frozen=True)
class Tally:
    """How many answers in a building gave a question one score. The store counts them (GROUP BY):
    a campaign has tens of thousands of answers, and the results need only these counts."""
    building: str
    question_id: int
    score: int
    count: int


@dataclass(frozen=True)
class ItemStat:
    question_id: int
    answers: int
    mean: Decimal | None  # two decimals, ROUND_HALF_UP
    satisfied_rate: Decimal | None  # percent, one decimal


@dataclass(frozen=True)
class Results:
    sampled: int
    reached: int
    response_rate: Decimal  # percent, one decimal
    per_item: dict[int, ItemStat]
    per_building: dict[str, dict[int, ItemStat]]
    overall_satisfied_rate: Decimal | None


def _pct(part: int, whole: int) -> Decimal:
    if not whole:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _stat(qid: int, scores: Mapping[int, int], scale: Scale) -> ItemStat:
    """`scores`: how many answers gave each score."""
    n = sum(scores.values())
    if not n:
        return ItemStat(qid, 0, None, None)
    mean = (Decimal(sum(score * count for score, count in scores.items())) / n).quantize(Decimal("0.01"),
                                                                                         rounding=ROUND_HALF_UP)
    return ItemStat(qid, n, mean, _pct(sum(count for score, count in scores.items() if is_satisfied(scale, score)), n))


def results(sampled: int, reached: int, tallies: Iterable[Tally], scales: Mapping[int, Scale]) -> Results:
    by_item: dict[int, Counter[int]] = defaultdict(Counter)
    by_building: dict[str, dict[int, Counter[int]]] = defaultdict(lambda: defaultdict(Counter))
    for t in tallies:
        by_item[t.question_id][t.score] += t.count
        by_building[t.building][t.question_id][t.score] += t.count
    per_item = {q: _stat(q, by_item.get(q, {}), s) for q, s in scales.items()}
    per_building = {b: {q: _stat(q, items.get(q, {}), scales[q]) for q in scales} for b, items in
                    sorted(by_building.items())}
    total = sum(sum(c.values()) for c in by_item.values())
    sat = sum(count for q, c in by_item.items() for score, count in c.items() if is_satisfied(scales[q], score))
    return Results(sampled, reached, _pct(reached, sampled), per_item, per_building,
                   _pct(sat, total) if total else None)


def change(current: Decimal | None, previous: Decimal | None) -> Decimal | None:
    """The comparison with the previous campaign: current minus previous, when both exist."""
    if current is None or previous is None:
        return None
    return current - previous
