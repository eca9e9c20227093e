"""对外联络: the bodies and their people (the contacts book), and the log of visits, calls and letters
with the follow-up each owes (closed with a note of what was done)."""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskapp.domain.liaison import BodyKind, Way
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, enum_column
from deskapp.store.types import UTCDateTime


class LiaisonBody(Created, Base):
    __tablename__ = "liaison_bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[BodyKind] = mapped_column(enum_column(BodyKind))
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(120), default="")
    contacts: Mapped[list["LiaisonContact"]] = relationship(order_by="LiaisonContact.id")


class LiaisonContact(Created, Base):
    __tablename__ = "liaison_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("liaison_bodies.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(20))


class LiaisonRecord(Created, Base):
    __tablename__ = "liaison_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("liaison_bodies.id"), index=True)
    way: Mapped[Way] = mapped_column(enum_column(Way))
    happened_on: Mapped[date] = mapped_column(Date, index=True)
    contact: Mapped[str] = mapped_column(String(40), default="")
    matter: Mapped[str] = mapped_column(String(500))
    asked: Mapped[str] = mapped_column(String(500), default="")
    follow_up: Mapped[str] = mapped_column(String(500), default="")
    person: Mapped[str] = mapped_column(String(40), default="", index=True)  # the follow-up's user
    due_on: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_by: Mapped[str | None] = mapped_column(String(80))
    done_note: Mapped[str | None] = mapped_column(String(500))
