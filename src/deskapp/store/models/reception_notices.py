"""整改通知书 issued for a 业户违章: one per violation, numbered in its own series, with the day it
was issued (reprints show the same number and day)."""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.types import UTCDateTime


class ViolationNotice(Base):
    __tablename__ = "rx_violation_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    violation_id: Mapped[int] = mapped_column(ForeignKey("rx_violations.id"), unique=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # WZ2026-0001
    issued_on: Mapped[date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(80))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
