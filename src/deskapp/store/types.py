"""Column types that keep the domain's exact values exact on every database."""
from __future__ import annotations

from datetime import timezone
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.types import TypeDecorator



class Scaled(TypeDecorator):
    """A Decimal stored as an integer count of 10**-scale (money: scale 2 = fen).

    SQLite has no exact decimal; integers are exact everywhere."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 2):
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale
        self._quant = Decimal(1).scaleb(-scale)

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, Decimal):
            if isinstance(value, int):
                value = Decimal(value)
            else:
                raise TypeError(f"exact column needs Decimal, got {type(value).__name__}")
        scaled = value * self._factor
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.scale} decimals")
        return int(scaled)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(value) / self._factor).quantize(self._quant)


def Money() -> Scaled:  # noqa: N802 - reads as a type in model declarations
    return Scaled(2)


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, stored as UTC, aware UTC out (SQLite forgets zones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; use the service clock")
        return value.astimezone(timezone.utc).replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)
