
from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.models.columns import Versioned
from deskapp.store.types import UTCDateTime


class Setting(Versioned, Base):
    """Centre-wide settings (due times, prices' options, limits): a JSON value per key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    # Optimistic locking (issue 18 §3, Versioned), as units': 2811
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # then Versioned's columns

