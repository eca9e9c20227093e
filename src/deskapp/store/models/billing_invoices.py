"""发票: the buyer's title and tax number per unit, and the invoice requests made from receipts
(the invoices themselves are issued on the tax platform; their number and date are recorded here).
Money columns hold integer fen."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.domain.billing_invoices import InvoiceState, TaxClass
from deskapp.store.models.base import Base
from deskapp.store.models.columns import enum_column
from deskapp.store.types import Money, UTCDateTime


class InvoiceBuyer(Base):
    """The title (抬头) and tax number (税号) a unit's invoices are made out to."""

    __tablename__ = "invoice_buyers"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), unique=True)
    title: Mapped[str] = mapped_column(String(100))
    tax_no: Mapped[str] = mapped_column(String(18), default="")  # empty for a person
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str] = mapped_column(String(80))


class InvoiceRequest(Base):
    """开票申请: 待开票 until the invoice's number and date are recorded (已开票) or it is withdrawn."""

    __tablename__ = "invoice_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # KP2026-000001
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    tax_no: Mapped[str] = mapped_column(String(18), default="")
    amount: Mapped[Decimal] = mapped_column(Money())
    state: Mapped[InvoiceState] = mapped_column(enum_column(InvoiceState), index=True)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    requested_by: Mapped[str] = mapped_column(String(80))
    invoice_no: Mapped[str | None] = mapped_column(String(20))
    issued_on: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str | None] = mapped_column(String(80))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_by: Mapped[str | None] = mapped_column(String(80))
    withdraw_reason: Mapped[str | None] = mapped_column(String(200))


class InvoiceRequestLine(Base):
    """What a request invoices of one receipt in one tax class."""

    __tablename__ = "invoice_request_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("invoice_requests.id"), index=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id"), index=True)
    tax_class: Mapped[TaxClass] = mapped_column(enum_column(TaxClass))
    amount: Mapped[Decimal] = mapped_column(Money())
