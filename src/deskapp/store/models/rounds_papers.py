"""竣工验收: every 初验 and 复验 with its item results, found issues and the date to come back,
passed or not — the 竣工验收单 prints from it (a failed inspection used to leave only a line in
the audit trail)."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.types import UTCDateTime


class DecorationInspection(Base):
    __tablename__ = "decoration_inspections"

    id: Mapped[int] = mapped_column(primary_key=True)
    decoration_id: Mapped[int] = mapped_column(ForeignKey("decorations.id"), index=True)
    stage: Mapped[str] = mapped_column(String(8))  # 初验 or 复验
    day: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(80))
    passed: Mapped[bool] = mapped_column(Boolean)
    failed_items: Mapped[str] = mapped_column(Text, default="")  # "、"-joined items found wanting
    issues: Mapped[str] = mapped_column(Text, default="")
    next_on: Mapped[date | None] = mapped_column(Date)  # 复验 due, or the re-inspection after a failure
