"""Shorthands for columns that recur across the models."""
from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum as SAEnum
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.types import UTCDateTime


def enum_column(enum_cls: type[enum.Enum]) -> SAEnum:
    """An enum stored by member name in a plain string column (portable, no native enum)."""
    return SAEnum(enum_cls, native_enum=False, length=24, validate_strings=True)


class Created:
    """When and by whom a record was made: the last two columns of the tables that keep it
    (a mixin's columns come after the table's own, so the column order is unchanged)."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(80))
