"""Money is Decimal yuan in the domain and integer fen in the database; never float."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

from deskapp.domain.errors import ValidationError

FEN = Decimal("0.01")
ZERO = Decimal("0.00")  # nothing, to two places: a sum of yuan starts here and prints as 0.00


def round_fen(amount: Decimal) -> Decimal:
    """The one rounding rule: ROUND_HALF_UP to the fen (0.005 -> 0.01, 2.675 -> 2.68)."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    """Exact conversion; an amount with fractions of a fen is a bug upstream, not a rounding."""
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise ValueError(f"{amount} has fractions of a fen; round it by its rule first")
    return int(fen)


def from_fen(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2)


def parse_amount(text: str | int | Decimal, field: str, *, allow_zero: bool = True,
                 allow_negative: bool = False) -> Decimal:
    """A user-typed amount in yuan, at most two decimals."""
    if isinstance(text, Decimal):
        value = text
    else:
        raw = str(text).strip().replace(",", "").replace("，", "").replace("元", "").replace("¥", "")
        if not raw:
            raise ValidationError(field, "不能为空")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise ValidationError(field, f"“{text}”不是金额") from None
    if not value.is_finite():
        raise ValidationError(field, "不是有效金额")
    if value != value.quantize(FEN):
        raise ValidationError(field, "最多两位小数（到分）")
    if value < 0 and not allow_negative:
        raise ValidationError(field, "不能为负数")
    if value == 0 and not allow_zero:
        raise ValidationError(field, "必须大于零")
    return value.quantize(FEN)


def format_yuan(amount: Decimal) -> str:
    return f"{amount:,.2f}"


# ----------------------------------------------------------------- exact rounding of fractions

def round_fraction(value: Fraction) -> Decimal:
    """ROUND_HALF_UP to the fen of an exact rational (a part month is days/days-in-month, which
    a Decimal cannot hold exactly); rounding happens here once, on the exact value."""
    fen = value * 100
    sign = -1 if fen < 0 else 1
    fen = abs(fen)
    whole = fen.numerator // fen.denominator
    if fen - whole >= Fraction(1, 2):
        whole += 1
    return from_fen(sign * whole)


# ----------------------------------------------------------------- allocation (公摊)

def _integer_weights(weights: Sequence[Decimal | int]) -> list[int]:
    """Scale weights to integers with the same ratios (areas have two decimals)."""
    ds = [w if isinstance(w, Decimal) else Decimal(w) for w in weights]
    places = max((-d.as_tuple().exponent for d in ds if d.as_tuple().exponent < 0), default=0)
    return [int(d.scaleb(places)) for d in ds]


def allocate(total: Decimal, weights: Sequence[Decimal | int]) -> list[Decimal]:
    """Split `total` (whole fen) over `weights` by the largest-remainder method.

    Each share is first floored to the fen from its exact value; the fen left over go one each
    to the largest remainders (ties to the earlier share, so the result is reproducible). The
    shares sum exactly to `total` and none is a fen or more from its exact value.
    100.01 over 50/30/20 -> 50.01/30.00/20.00; 100.00 over 1/1/1 -> 33.34/33.33/33.33.
    All in integers: exact, and fast enough for a 20,000-unit community."""
    total_fen = to_fen(total)
    if not weights:
        raise ValueError("nothing to allocate over")
    ws = _integer_weights(weights)
    if any(w < 0 for w in ws):
        raise ValueError("negative weight")
    wsum = sum(ws)
    if wsum == 0:
        raise ValueError("weights sum to zero")
    sign = -1 if total_fen < 0 else 1
    t = abs(total_fen)
    floors, rems = [], []
    for w in ws:
        q, r = divmod(t * w, wsum)  # exact share = q + r / wsum fen
        floors.append(q)
        rems.append(r)
    left = t - sum(floors)
    for i in sorted(range(len(ws)), key=lambda i: (-rems[i], i))[:left]:
        floors[i] += 1
    return [from_fen(sign * f) for f in floors]


# ----------------------------------------------------------------- 大写 (Chinese capitals)

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL = ["", "拾", "佰", "仟"]
_BIG = ["", "万", "亿", "万亿"]


def _four(n: int) -> str:
    """0 < n < 10000, without leading 零."""
    out = []
    zero = False
    for pos in range(3, -1, -1):
        d = n // 10 ** pos % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_DIGITS[d] + _SMALL[pos])
    return "".join(out)


def capitals(amount: Decimal) -> str:
    """The amount in Chinese financial capitals as written on receipts and notices:
    1234.56 -> 壹仟贰佰叁拾肆元伍角陆分; 100 -> 壹佰元整; 0.05 -> 伍分; 1005.20 -> 壹仟零伍元贰角整."""
    fen = to_fen(round_fen(Decimal(amount)))
    if fen < 0:
        return "负" + capitals(from_fen(-fen))
    if fen == 0:
        return "零元整"
    yuan, jiao, fen_d = fen // 100, fen // 10 % 10, fen % 10
    parts: list[str] = []
    if yuan:
        groups = []
        n = yuan
        while n:
            groups.append(n % 10000)
            n //= 10000
        text = ""
        need_zero = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                need_zero = bool(text)
                continue
            if text and (need_zero or g < 1000):
                text += "零"
            text += _four(g) + _BIG[idx]
            need_zero = False
        parts.append(text + "元")
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
    elif yuan and fen_d:
        parts.append("零")
    if fen_d:
        parts.append(_DIGITS[fen_d] + "分")
    else:
        parts.append("整")
    return "".join(parts)
