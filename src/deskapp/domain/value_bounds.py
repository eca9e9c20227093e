"""How large a value read from another system's file can be and still be what its column says.
Past these a number is a typo, a shifted column or a hostile file; and past SQLite's 64-bit
integers (a 17-digit reading, as fen) the write itself would fail after the dry run said yes."""
from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

# A household water or electricity meter's register has at most 7 integer digits.
MAX_READING = Decimal(10) ** 7
READING_PLACES = 2
# The largest single unit of a residential estate (a shop floor, a clubhouse) stays well under
# 10,000 ㎡; the whole estate's area is the sum of thousands of units.
MAX_AREA = Decimal(10_000)
# Readings and periods the program can bill: its records start in 2000 and it keeps four-digit
# years within one century.
FIRST_YEAR, LAST_YEAR = 2000, 2099
# Handover dates go back further: units of the 1950s–90s housing reform are still managed.
FIRST_DELIVERY_YEAR = 1950
# Floors: the tallest residential towers have about 100; a basement is negative.
MIN_FLOOR, MAX_FLOOR = -10, 200


def shown(value: object) -> str:
    """A value as a message quotes it: as written when short, else in powers of ten (an area cell
    holding 1e300 was quoted as 301 digits, wider than the window)."""
    text = str(value)
    if len(text) <= 24:
        return text
    try:
        return f"{Decimal(text.strip()):.3E}"
    except InvalidOperation:
        return text[:24] + "…"


def reading_problem(value: Decimal) -> str | None:
    """None for a usable reading, else why not (checked before any arithmetic on it)."""
    if not value.is_finite() or value < 0 or value >= MAX_READING:
        return f"读数 {shown(value)} 不在 0 到 {MAX_READING - Decimal('0.01')} 之间"
    if value != value.quantize(Decimal(1).scaleb(-READING_PLACES)):
        return f"读数 {value} 最多 {READING_PLACES} 位小数"
    return None


def date_problem(value: date, first_year: int = FIRST_YEAR) -> str | None:
    if not first_year <= value.year <= LAST_YEAR:
        return f"日期 {value.isoformat()} 不在 {first_year}–{LAST_YEAR} 年之间"
    return None
