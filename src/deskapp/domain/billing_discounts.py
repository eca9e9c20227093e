"""减免/优惠 on a bill line: the rules a supervisor sets, how a rule's amount is worked out, and the
checks on an application. An application is decided once (待审批 → 已批准 / 已驳回, as refunds and
forfeits are); an approved one reduces what the line owes and is reported apart from revenue.
Plain Python on exact values."""
from __future__ import annotations

import enum
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from deskapp.domain.billing import FeeItem
from deskapp.domain.errors import ValidationError
from deskapp.domain.money import FEN, ZERO, parse_amount


class RuleKind(str, enum.Enum):
    YEAR_AHEAD = "预交一年优惠"  # the 4 quarters of a year's 物业费 paid together: `value` months off
    VACANT = "空置房减免"  # on application, for a unit standing 空置: `value` per cent of the line
    OTHER = "其他减免"  # an amount the application names; the reason says why


# What a rule's value counts, for the editor and the register
VALUE_UNIT = {RuleKind.YEAR_AHEAD: "个月", RuleKind.VACANT: "%", RuleKind.OTHER: ""}


def check_rule_value(kind: RuleKind, text: str | Decimal) -> Decimal:
    """预交一年优惠: whole months, 1–11; 空置房减免: a percentage above 0, at most 100; 其他: none."""
    if kind is RuleKind.OTHER:
        return ZERO
    if kind is RuleKind.YEAR_AHEAD:
        months = parse_amount(text, "优惠月数", allow_zero=False)
        if months != months.to_integral_value() or months > 11:
            raise ValidationError("优惠月数", "应为 1 至 11 的整数")
        return months.quantize(FEN)
    percent = parse_amount(text, "减免比例", allow_zero=False)
    if percent > 100:
        raise ValidationError("减免比例", "不能超过 100%")
    return percent


def rule_amount(kind: RuleKind, value: Decimal, line_amount: Decimal) -> Decimal | None:
    """What a rule gives on a line of this amount: a month of a quarter is a third of it; None for
    其他 (the application names its amount)."""
    if kind is RuleKind.YEAR_AHEAD:
        share = line_amount * value / 3
    elif kind is RuleKind.VACANT:
        share = line_amount * value / 100
    else:
        return None
    return min(share, line_amount).quantize(FEN, rounding=ROUND_HALF_UP)


def year_ahead_applies(item: FeeItem, quarter: str, property_quarters: Iterable[str]) -> bool:
    """预交一年优惠 is for a 物业费 line when the unit's 物业费 of all four quarters of that year is
    billed and paid together (the quarters still owed in full are `property_quarters`)."""
    year = quarter[:4]
    return item is FeeItem.PROPERTY and {f"{year}Q{q}" for q in range(1, 5)} <= set(property_quarters)


def check_discount_amount(text: str | Decimal, owed: Decimal) -> Decimal:
    """More than zero and no more than the line still owes (less what other applications ask)."""
    value = parse_amount(text, "减免金额", allow_zero=False)
    if value > owed:
        raise ValidationError("减免金额", f"超过该明细尚欠的 {owed:,.2f} 元")
    return value


def year_ahead_split(months: Decimal, lines: Iterable[tuple[int, FeeItem, str, Decimal]]) -> list[tuple[int, Decimal]]:
    """预交一年优惠 at the counter: the lines (id, item, quarter, amount) paid together, each owed in
    full. For every year whose four quarters of 物业费 are among them (one line a quarter), the rule's
    months come off that year from its last quarter back, at most 3 a quarter, each part worked out
    by `rule_amount` (a month is a third of the quarter's line, fen rounded half up). Empty when no
    year qualifies."""
    by_quarter: dict[str, list[tuple[int, Decimal]]] = {}
    for line_id, item, quarter, amount in lines:
        if item is FeeItem.PROPERTY:
            by_quarter.setdefault(quarter, []).append((line_id, amount))
    out: list[tuple[int, Decimal]] = []
    for year in sorted({q[:4] for q in by_quarter}):
        quarters = [f"{year}Q{q}" for q in range(4, 0, -1)]
        if any(len(by_quarter.get(q, ())) != 1 for q in quarters):
            continue
        left = months
        for quarter in quarters:
            if left <= 0:
                break
            line_id, amount = by_quarter[quarter][0]
            part = rule_amount(RuleKind.YEAR_AHEAD, min(left, Decimal(3)), amount)
            if part:
                out.append((line_id, part))
            left -= 3
    return out
