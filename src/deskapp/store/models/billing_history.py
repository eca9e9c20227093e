"""历史缴费: the old system's payments, kept as history beside our own receipts — never in our
receipt series, never against a bill. Each import is one batch (file, sheet, rows, totals,
who, when, the file's SHA-256, so the same file is never brought in twice); both tables are
append-only (migration 1200_billing_history). Money columns hold integer fen."""

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created
from deskapp.store.types import Money


class PaymentHistoryBatch(Created, Base):
    """One import of a payment-history file, with the totals `deskapp check` holds the rows to."""

    __tablename__ = "payment_history_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    sheet: Mapped[str] = mapped_column(String(100))
    rows: Mapped[int]
    billed: Mapped[Decimal] = mapped_column(Money())
    paid: Mapped[Decimal] = mapped_column(Money())


class PaymentHistory(Base):
    """One line of the old system's payments, as its file said it."""

    __tablename__ = "payment_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("payment_history_batches.id"), index=True)
    row_no: Mapped[int]  # the file's row, for tracing a line back to its source
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    receipt_no: Mapped[str] = mapped_column(String(30))  # the old system's number as text ("" when none)
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    item: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(40))
    months: Mapped[int | None]
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    billed: Mapped[Decimal] = mapped_column(Money())
    paid: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[str] = mapped_column(String(20))
    cashier: Mapped[str] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(String(200))
