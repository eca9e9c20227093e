"""Money is Decimal yuan in the domain and integer fen in the database; never float."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from deskapp.domain.errors import ValidationError

FEN = Decimal("0.01")


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
    return (Decimal(fen) / 100).quantize(FEN)


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
