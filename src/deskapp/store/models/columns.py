"""Shorthands for columns that recur across the models."""
from __future__ import annotations

import enum

from sqlalchemy import Enum as SAEnum


def enum_column(enum_cls: type[enum.Enum]) -> SAEnum:
    """An enum stored by member name in a plain string column (portable, no native enum)."""
    return SAEnum(enum_cls, native_enum=False, length=24, validate_strings=True)
