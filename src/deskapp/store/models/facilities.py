"""公共娱乐休闲设施: the facilities (kept by the supervisor), their bookings by a unit's people,
closures for maintenance, and the daily opening and closing checks with their findings."""

from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskapp.domain.facilities import BookingState, CheckKind, FacilityKind
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, enum_column
from deskapp.store.types import Money, UTCDateTime


class Facility(Base):
    __tablename__ = "facilities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[FacilityKind] = mapped_column(enum_column(FacilityKind))
    opens: Mapped[time] = mapped_column(Time)
    closes: Mapped[time] = mapped_column(Time)
    capacity: Mapped[int] = mapped_column(Integer)
    rules: Mapped[str] = mapped_column(Text, default="")
    fee: Mapped[Decimal] = mapped_column(Money())  # per booking
    deposit: Mapped[Decimal] = mapped_column(Money())


class FacilityBooking(Created, Base):
    __tablename__ = "facility_bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    person_name: Mapped[str] = mapped_column(String(40))  # as booked (the person's name may change later)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    heads: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(100), default="")
    fee: Mapped[Decimal] = mapped_column(Money())  # the facility's at booking; collected by 收费
    deposit: Mapped[Decimal] = mapped_column(Money())
    state: Mapped[BookingState] = mapped_column(enum_column(BookingState), index=True)  # the pending ones
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    decision_note: Mapped[str] = mapped_column(String(200), default="")
    closure_id: Mapped[int | None] = mapped_column(ForeignKey("facility_closures.id"))
    # collected at the desk (收费): when, by whom, the fee's receipt (none when the fee is 0)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    paid_by: Mapped[str | None] = mapped_column(String(80))
    receipt_number: Mapped[str | None] = mapped_column(String(20))

    # overlap checks read one facility's bookings around a time
    __table_args__ = (Index("ix_facility_bookings_facility_time", "facility_id", "starts_at"),)


class FacilityClosure(Created, Base):
    __tablename__ = "facility_closures"

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(200))


class FacilityCheck(Created, Base):
    __tablename__ = "facility_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[CheckKind] = mapped_column(enum_column(CheckKind))
    lines: Mapped[list["FacilityCheckLine"]] = relationship(order_by="FacilityCheckLine.id", lazy="selectin")


class FacilityCheckLine(Base):
    __tablename__ = "facility_check_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("facility_checks.id"), index=True)
    item: Mapped[str] = mapped_column(String(40))
    ok: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(300), default="")
    repair_number: Mapped[str] = mapped_column(String(20), default="")  # the repair order a finding became
