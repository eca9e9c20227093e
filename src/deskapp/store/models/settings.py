from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base


class Setting(Base):
    """Centre-wide settings (due times, prices' options, limits): a JSON value per key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
