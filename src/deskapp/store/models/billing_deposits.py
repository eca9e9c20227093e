"""押金台账 and 退款: every deposit the centre holds with its append-only entries (taken, refunded,
forfeited, moved), the forfeit applications, and the refund applications with their payout.
Money columns hold integer fen."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import ApplicationState, DepositKind, EntryKind, RefundSource
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, enum_column
from deskapp.store.types import Money, UTCDateTime


class Deposit(Created, Base):
    """A deposit taken: never edited; what is still held is the sum of its entries."""

    __tablename__ = "deposits"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DepositKind] = mapped_column(enum_column(DepositKind), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    payer: Mapped[str] = mapped_column(String(80))
    amount: Mapped[Decimal] = mapped_column(Money())
    taken_on: Mapped[date] = mapped_column(Date, index=True)
    secures: Mapped[str] = mapped_column(String(200))  # 退还条件: what it secures
    # Where it came from, one deposit per source ("decoration:12", "card:40", "key_loan:7",
    # "parking_lease:3", "other:<n>"), and the paper a person would look for (ZX2026-0001, 卡 00012345).
    source: Mapped[str] = mapped_column(String(40), unique=True)
    source_ref: Mapped[str] = mapped_column(String(60), default="")


class DepositEntry(Base):
    __tablename__ = "deposit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    deposit_id: Mapped[int] = mapped_column(ForeignKey("deposits.id"), index=True)
    kind: Mapped[EntryKind] = mapped_column(enum_column(EntryKind))
    amount: Mapped[Decimal] = mapped_column(Money())  # positive; EntryKind says which way
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(String(200), default="")
    refund_id: Mapped[int | None] = mapped_column(ForeignKey("refunds.id"))
    forfeit_id: Mapped[int | None] = mapped_column(ForeignKey("deposit_forfeits.id"))
    # How the money of a 收取 or 退还 crossed the counter, and the clerk (username) whose drawer it
    # went through on which day: the cashier's handover counts it. cashier is NULL where no money
    # passed a drawer here — moved, forfeited, a go-live import, entries from before
    # 2800_deposit_money — so those never reach a handover. A TF refund's entry is counted through
    # its refund (refund_id), not twice.
    method: Mapped[PayMethod | None] = mapped_column(enum_column(PayMethod))
    pay_ref: Mapped[str | None] = mapped_column(String(40))
    cashier: Mapped[str | None] = mapped_column(String(80))
    day: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_deposit_entries_cashier_day", "cashier", "day"),)


class DepositHandover(Base):
    """A money-moving deposit entry handed over: once (the key), in one handover. A table of its
    own because entries are append-only and a handover comes after them."""

    __tablename__ = "deposit_handovers"

    entry_id: Mapped[int] = mapped_column(ForeignKey("deposit_entries.id"), primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"), index=True)


class Forfeit(Base):
    """没收: a steward's application with the reason, decided by a supervisor (who may also forfeit directly)."""

    __tablename__ = "deposit_forfeits"

    id: Mapped[int] = mapped_column(primary_key=True)
    deposit_id: Mapped[int] = mapped_column(ForeignKey("deposits.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(String(200))
    state: Mapped[ApplicationState] = mapped_column(enum_column(ApplicationState))
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime())
    applied_by: Mapped[str] = mapped_column(String(80))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[str | None] = mapped_column(String(80))
    decision_note: Mapped[str | None] = mapped_column(String(200))


class Refund(Base):
    """退款: applied at the desk (退款单 number TF…), approved or refused by a supervisor, then paid
    out by a method on a day and counted as money out on the cashier's handover."""

    __tablename__ = "refunds"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    source: Mapped[RefundSource] = mapped_column(enum_column(RefundSource))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    deposit_id: Mapped[int | None] = mapped_column(ForeignKey("deposits.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(String(200))
    payee: Mapped[str] = mapped_column(String(80))
    state: Mapped[ApplicationState] = mapped_column(enum_column(ApplicationState), index=True)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    applied_by: Mapped[str] = mapped_column(String(80))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[str | None] = mapped_column(String(80))
    decision_note: Mapped[str | None] = mapped_column(String(200))
    method: Mapped[PayMethod | None] = mapped_column(enum_column(PayMethod))
    pay_ref: Mapped[str | None] = mapped_column(String(40))
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    paid_day: Mapped[date | None] = mapped_column(Date)
    cashier: Mapped[str | None] = mapped_column(String(80))  # who paid it out (username), for the handover
    cashier_name: Mapped[str | None] = mapped_column(String(80))
    handover_id: Mapped[int | None] = mapped_column(ForeignKey("handovers.id"))

    __table_args__ = (Index("ix_refunds_cashier_day", "cashier", "paid_day"),)
