"""钥匙 / 卡证 / 车位: keys in custody and their history, key loans, cards and vehicle cards,
parking spaces and leases, blank-card and intercom stock, monthly counts."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.domain.keys import (
    BorrowerKind, CardEventKind, CardKind, CardState, CountItem, DepositOutcome, Difference, HoldReason, KeyEventKind,
    KeyKind, KeyState, Purpose, ReturnState, SpaceArea, SpaceState,
)
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, Versioned, enum_column
from deskapp.store.types import Money, UTCDateTime


class CustodyKey(Versioned, Created, Base):
    """A key (or set) held for a unit. Never deleted; its tag never changes."""

    __tablename__ = "custody_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    tag: Mapped[str] = mapped_column(String(10), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    kind: Mapped[KeyKind] = mapped_column(enum_column(KeyKind))
    label: Mapped[str] = mapped_column(String(60), default="")
    copies: Mapped[int] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(30))
    reason: Mapped[HoldReason] = mapped_column(enum_column(HoldReason))
    since: Mapped[date] = mapped_column(Date)
    authority: Mapped[str] = mapped_column(String(120))  # 业主张三书面委托 / 交房时业主委托...
    state: Mapped[KeyState] = mapped_column(enum_column(KeyState), index=True)
    ended_on: Mapped[date | None] = mapped_column(Date)
    ended_reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # then Versioned's columns (2302)


class KeyEvent(Base):
    """The history of one key: registered, lent, returned, moved, handed over, retired. Append-only."""

    __tablename__ = "key_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("custody_keys.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[KeyEventKind] = mapped_column(enum_column(KeyEventKind))
    text: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(80))


class KeyLoan(Base):
    """One line of 钥匙借用登记表."""

    __tablename__ = "key_loans"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("custody_keys.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    lent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    borrower_name: Mapped[str] = mapped_column(String(40))
    borrower_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    borrower_kind: Mapped[BorrowerKind] = mapped_column(enum_column(BorrowerKind))
    borrower_phone: Mapped[str] = mapped_column(String(20), default="")
    id_type: Mapped[str] = mapped_column(String(24))
    id_number: Mapped[str] = mapped_column(String(30))
    id_verified: Mapped[bool] = mapped_column(Boolean)  # matched the document on file
    approved_by: Mapped[str | None] = mapped_column(String(80))
    approval_reason: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[Purpose] = mapped_column(enum_column(Purpose))
    purpose_note: Mapped[str] = mapped_column(String(200), default="")
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deposit: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    lent_by: Mapped[str] = mapped_column(String(80))
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    returned_by_name: Mapped[str] = mapped_column(String(40), default="")
    received_by: Mapped[str] = mapped_column(String(80), default="")
    return_state: Mapped[ReturnState | None] = mapped_column(enum_column(ReturnState))
    return_note: Mapped[str] = mapped_column(Text, default="")
    deposit_refunded: Mapped[bool] = mapped_column(Boolean, default=False)
    overdue_note: Mapped[str] = mapped_column(Text, default="")
    overdue_note_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    overdue_note_by: Mapped[str] = mapped_column(String(80), default="")

    __table_args__ = (
        Index("ix_key_loans_unit_lent", "unit_id", "lent_at"),
        Index("ix_key_loans_lent_at", "lent_at"),
        # Open loans by due time: the overdue list reads only this slice of the index; with lent_at
        # the duty calendar's count of loans still out at a day's end is read from it alone.
        Index("ix_key_loans_open_due", "returned_at", "due_at", "lent_at"),
        # The loans due on a day (the duty calendar's 钥匙归还核对), without reading every loan.
        Index("ix_key_loans_due_at", "due_at"),
    )


class KeyHandover(Created, Base):
    """Keys handed to the owner at move-in (交房)."""

    __tablename__ = "key_handovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    handed_on: Mapped[date] = mapped_column(Date)
    count: Mapped[int] = mapped_column(Integer)
    custody_tags: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ParkingSpace(Base):
    __tablename__ = "parking_spaces"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    area: Mapped[SpaceArea] = mapped_column(enum_column(SpaceArea))
    # SOLD, FREE or PUBLIC; LEASED is derived from a lease covering the day.
    state: Mapped[SpaceState] = mapped_column(enum_column(SpaceState))
    owner_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ParkingLease(Created, Versioned, Base):
    __tablename__ = "parking_leases"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("parking_spaces.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    lessee_name: Mapped[str] = mapped_column(String(40))
    lessee_phone: Mapped[str] = mapped_column(String(20), default="")
    lessee_id_number: Mapped[str] = mapped_column(String(30), default="")
    plates: Mapped[str] = mapped_column(String(60))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)  # agreed end, or the actual end when ended early
    monthly_rent: Mapped[Decimal] = mapped_column(Money())
    deposit: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    ended_early: Mapped[bool] = mapped_column(Boolean, default=False)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    renews_id: Mapped[int | None] = mapped_column(ForeignKey("parking_leases.id"))
    # Optimistic locking (issue 18 §3, Versioned), as units': 2811
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # then Versioned's columns



class Card(Created, Versioned, Base):
    """住户卡 / 门禁卡 / 车卡. A number may be reused only once its earlier card is no longer active."""

    __tablename__ = "cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[CardKind] = mapped_column(enum_column(CardKind))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    holder_name: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    issued_on: Mapped[date] = mapped_column(Date)
    fee: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    deposit: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    state: Mapped[CardState] = mapped_column(enum_column(CardState), index=True)
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id"))
    # Set when the deposit left this card (moved to its replacement or refunded): the deposit
    # held is the sum over cards where this is empty, so it is never counted twice.
    deposit_outcome: Mapped[DepositOutcome | None] = mapped_column(enum_column(DepositOutcome), nullable=True)
    plate: Mapped[str | None] = mapped_column(String(10), index=True)
    space_id: Mapped[int | None] = mapped_column(ForeignKey("parking_spaces.id"))
    monthly_fee: Mapped[Decimal | None] = mapped_column(Money())
    paid_until: Mapped[date | None] = mapped_column(Date, index=True)
    # Optimistic locking (issue 18 §3, Versioned), as units': 2811
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # then Versioned's columns



class CardEvent(Base):
    """A card's history (发放, 挂失 with its reason, 补办, deposit moved or refunded, fee): append-only."""

    __tablename__ = "card_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[CardEventKind] = mapped_column(enum_column(CardEventKind))
    text: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal | None] = mapped_column(Money())  # deposit moved/refunded, fee charged
    by: Mapped[str] = mapped_column(String(80))


class CardRenewal(Created, Base):
    """A vehicle card's paid period (billing charges 车辆管理费 from it)."""

    __tablename__ = "card_renewals"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    months: Mapped[int] = mapped_column(Integer)
    monthly_fee: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())


class StockItem(Base):
    """Blank cards and unclaimed video intercoms held at the desk."""

    __tablename__ = "key_stock"

    item: Mapped[CountItem] = mapped_column(enum_column(CountItem), primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer, default=0)


class InventoryCount(Base):
    """月度盘点: one filed count."""

    __tablename__ = "inventory_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)  # 2026-11
    counted_on: Mapped[date] = mapped_column(Date)
    filed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    filed_by: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text, default="")


class InventoryLine(Base):
    __tablename__ = "inventory_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    count_id: Mapped[int] = mapped_column(ForeignKey("inventory_counts.id"), index=True)
    item: Mapped[CountItem] = mapped_column(enum_column(CountItem))
    ref: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(80))
    on_record: Mapped[int] = mapped_column(Integer)
    lent: Mapped[int] = mapped_column(Integer, default=0)
    counted: Mapped[int] = mapped_column(Integer)
    difference: Mapped[Difference] = mapped_column(enum_column(Difference))
    amount: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
