"""社区文化: the quarter's bulletin boards (宣传板报), the community activities with their sign-ups by
unit (in, waiting or cancelled; attendance marked) and their spending lines (voided, never edited).
A board and an activity are edited in place from a form (Versioned, 2910); an activity called off
keeps its row and sign-ups, marked cancelled with who, when and why."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.domain.community import SignupState
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, Versioned, Voided, enum_column
from deskapp.store.types import Money, UTCDateTime


class CommunityBoard(Created, Versioned, Base):
    __tablename__ = "community_boards"

    id: Mapped[int] = mapped_column(primary_key=True)
    theme: Mapped[str] = mapped_column(String(100))
    location: Mapped[str] = mapped_column(String(60))
    put_up_on: Mapped[date] = mapped_column(Date, index=True)
    taken_down_on: Mapped[date | None] = mapped_column(Date)
    person: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # then Versioned's columns (2910)


class CommunityActivity(Created, Versioned, Base):
    __tablename__ = "community_activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(60))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    place: Mapped[str] = mapped_column(String(60))
    budget: Mapped[Decimal] = mapped_column(Money())
    organiser: Mapped[str] = mapped_column(String(40))
    people_limit: Mapped[int] = mapped_column(Integer)  # 0: no limit
    waiting_list: Mapped[bool] = mapped_column(Boolean)
    content: Mapped[str] = mapped_column(String(500), default="")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # then Versioned's columns (2910)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_by: Mapped[str | None] = mapped_column(String(80))
    cancel_reason: Mapped[str | None] = mapped_column(String(200))


class CommunitySignup(Created, Base):
    __tablename__ = "community_signups"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("community_activities.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    people: Mapped[int] = mapped_column(Integer)
    state: Mapped[SignupState] = mapped_column(enum_column(SignupState))
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_by: Mapped[str | None] = mapped_column(String(80))


class CommunitySpending(Voided, Created, Base):
    __tablename__ = "community_spending"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("community_activities.id"), index=True)
    item: Mapped[str] = mapped_column(String(60))
    amount: Mapped[Decimal] = mapped_column(Money())
    spent_on: Mapped[date] = mapped_column(Date)


class CommunityBoardFile(Created, Base):
    """A photo or file of a board (its design, the board as put up), kept in the file store."""
    __tablename__ = "community_board_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("community_boards.id"), index=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("stored_files.id"))


class CommunityActivityPhoto(Created, Base):
    """A photo (or other file) of an activity, kept in the file store."""
    __tablename__ = "community_activity_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("community_activities.id"), index=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("stored_files.id"))
