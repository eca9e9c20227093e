"""停工: each stop of a decoration with its own 停工通知书 number (series TG) and the steward who
found the cause — the 停工通知书 names them as 检查人, whoever prints it later."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.types import UTCDateTime


class DecorationStop(Base):
    __tablename__ = "decoration_stops"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    decoration_id: Mapped[int] = mapped_column(ForeignKey("decorations.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text)
