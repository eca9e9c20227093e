"""抄表: unit and shared meters and their monthly readings."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.domain.billing import AllocationBasis, MeterKind
from deskapp.domain.billing_meters import ReadingEvent
from deskapp.store.models.base import Base
from deskapp.store.models.columns import enum_column
from deskapp.store.types import Scaled, UTCDateTime


class Meter(Base):
    """A unit's own meter (unit_id set) or a shared meter of a building / the community
    (unit_id empty; building_id empty = the whole community)."""

    __tablename__ = "meters"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)  # 表号
    kind: Mapped[MeterKind] = mapped_column(enum_column(MeterKind))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("buildings.id"), index=True)
    name: Mapped[str] = mapped_column(String(60), default="")  # 公共照明、电梯、二次供水…
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    # A master meter measures the units' meters under it too; their usage is taken off before sharing.
    master: Mapped[bool] = mapped_column(Boolean, default=False)
    basis: Mapped[AllocationBasis] = mapped_column(enum_column(AllocationBasis), default=AllocationBasis.AREA)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MeterReading(Base):
    __tablename__ = "meter_readings"

    id: Mapped[int] = mapped_column(primary_key=True)
    meter_id: Mapped[int] = mapped_column(ForeignKey("meters.id"))
    month: Mapped[date] = mapped_column(Date)  # first day of the month read
    value: Mapped[Decimal] = mapped_column(Scaled(2))
    previous: Mapped[Decimal | None] = mapped_column(Scaled(2))  # as it stood when entered
    usage: Mapped[Decimal | None] = mapped_column(Scaled(2))
    read_on: Mapped[date | None] = mapped_column(Date)
    event: Mapped[ReadingEvent] = mapped_column(enum_column(ReadingEvent), default=ReadingEvent.NONE)
    old_final: Mapped[Decimal | None] = mapped_column(Scaled(2))
    new_start: Mapped[Decimal | None] = mapped_column(Scaled(2))
    rollover_at: Mapped[Decimal | None] = mapped_column(Scaled(2))
    flags: Mapped[str] = mapped_column(String(120), default="")
    recheck_cleared: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(120), default="")
    billed_quarter: Mapped[str | None] = mapped_column(String(8))  # set when billed: locked
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    entered_by: Mapped[str] = mapped_column(String(80))

    __table_args__ = (UniqueConstraint("meter_id", "month"), Index("ix_meter_readings_month", "month"))
