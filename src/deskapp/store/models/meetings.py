"""早会: one meeting a day, its attendees and requirements, and its assignments (closed with a note)."""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created
from deskapp.store.types import UTCDateTime


class Meeting(Created, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, unique=True)  # a meeting per day
    attendees: Mapped[list["MeetingAttendee"]] = relationship(order_by="MeetingAttendee.id")
    requirements: Mapped[list["MeetingRequirement"]] = relationship(order_by="MeetingRequirement.seq")


class MeetingAttendee(Base):
    __tablename__ = "meeting_attendees"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))


class MeetingRequirement(Base):
    __tablename__ = "meeting_requirements"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(500))


class MeetingAssignment(Created, Base):
    __tablename__ = "meeting_assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    person: Mapped[str] = mapped_column(String(40), index=True)  # the user's display name
    task: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(80))
    close_note: Mapped[str | None] = mapped_column(String(500))
