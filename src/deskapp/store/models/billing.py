"""收费: fee standards, bill runs, bills and lines, shared-meter allocations, receipts,
prepayments, daily handovers, dunning. Money columns hold integer fen."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.domain.billing import AllocationBasis, ContactMethod, FeeItem, PayMethod
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, Voided, enum_column
from deskapp.store.types import Money, Scaled, UTCDateTime


class FeeStandard(Created, Base):
    __tablename__ = "fee_standards"

    id: Mapped[int] = mapped_column(primary_key=True)
    item: Mapped[FeeItem] = mapped_column(enum_column(FeeItem))
    unit_kind: Mapped[str] = mapped_column(String(8), default="")
    price: Mapped[Decimal] = mapped_column(Scaled(4))
    tiers: Mapped[str] = mapped_column(Text, default="")  # JSON [[upto|null, price], ...]
    tier_period: Mapped[str] = mapped_column(String(8), default="month")
    starts_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")
    # 撤销: a standard entered by mistake and not yet used by a bill is withdrawn with its reason,
    # never deleted (services/billing/standards.withdraw_standard); every reader leaves it out
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_by: Mapped[str | None] = mapped_column(String(80))
    withdraw_reason: Mapped[str | None] = mapped_column(String(200))


class BillRun(Base):
    __tablename__ = "bill_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    quarter: Mapped[str] = mapped_column(String(8), index=True)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    posted_by: Mapped[str] = mapped_column(String(80))
    bills: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[Decimal] = mapped_column(Money())
    left_out: Mapped[str] = mapped_column(Text, default="")  # units left for later (missing readings)


class Bill(Base):
    """A unit's bill for a quarter; a later run for the same quarter adds an adjustment bill."""

    __tablename__ = "bills"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("bill_runs.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    quarter: Mapped[str] = mapped_column(String(8))
    adjustment: Mapped[bool] = mapped_column(default=False)
    total: Mapped[Decimal] = mapped_column(Money())
    due_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # 期初: the arrears a unit brought at go-live (services/billing/opening.py), one bill per unit;
    # its quarter is its latest line's, its lines keep their own periods and quarters
    opening: Mapped[bool] = mapped_column(default=False, server_default=sa_false())

    __table_args__ = (Index("ix_bills_unit_quarter", "unit_id", "quarter"), Index("ix_bills_quarter", "quarter"))


class ShareAllocation(Base):
    """One shared meter's quarter amount, allocated over units (the lines point back here)."""

    __tablename__ = "share_allocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("bill_runs.id"), index=True)
    quarter: Mapped[str] = mapped_column(String(8))
    meter_id: Mapped[int] = mapped_column(ForeignKey("meters.id"))
    usage: Mapped[Decimal] = mapped_column(Scaled(2))
    sub_usage: Mapped[Decimal] = mapped_column(Scaled(2))
    price: Mapped[Decimal] = mapped_column(Scaled(4))
    amount: Mapped[Decimal] = mapped_column(Money())  # the meter's whole amount for the quarter
    held: Mapped[Decimal] = mapped_column(Money())  # shares of units left for later (missing readings)
    basis: Mapped[AllocationBasis] = mapped_column(enum_column(AllocationBasis))
    units: Mapped[int] = mapped_column(Integer)


class BillLine(Base):
    __tablename__ = "bill_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    quarter: Mapped[str] = mapped_column(String(8))
    item: Mapped[FeeItem] = mapped_column(enum_column(FeeItem))
    key: Mapped[str] = mapped_column(String(60))
    basis: Mapped[str] = mapped_column(String(120))  # 计费依据
    quantity: Mapped[Decimal] = mapped_column(Scaled(4))
    unit_price: Mapped[Decimal] = mapped_column(Scaled(4))
    amount: Mapped[Decimal] = mapped_column(Money())
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    standard_id: Mapped[int | None] = mapped_column(ForeignKey("fee_standards.id"))
    meter_id: Mapped[int | None] = mapped_column(ForeignKey("meters.id"))
    allocation_id: Mapped[int | None] = mapped_column(ForeignKey("share_allocations.id"), index=True)
    note: Mapped[str] = mapped_column(String(120), default="")


class Waiver(Base):
    """A supervisor's waiver (减免) of a line, e.g. a late fee, with the reason."""

    __tablename__ = "bill_waivers"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("bill_lines.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(80))


class OpenBillLine(Base):
    """A bill line not settled (billed ≠ paid by receipts not voided + waived): where arrears,
    dunning and notices start, so years of paid lines are not summed again (issue 21 §4).
    Derived: only the triggers of migration 2900_open_bill_lines write it (the program never
    does), and a copy to a server rebuilds it rather than copying it (store/move_to_server.py)."""

    __tablename__ = "open_bill_lines"
    __table_args__ = {"info": {"derived": True}}

    line_id: Mapped[int] = mapped_column(ForeignKey("bill_lines.id"), primary_key=True, autoincrement=False)


class Handover(Base):
    """费用入账和费用移交表: one cashier's day handed to finance; frozen once made."""

    __tablename__ = "handovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    cashier: Mapped[str] = mapped_column(String(80))
    cashier_name: Mapped[str] = mapped_column(String(80))
    day: Mapped[date] = mapped_column(Date)
    first_no: Mapped[str] = mapped_column(String(20), default="")
    last_no: Mapped[str] = mapped_column(String(20), default="")
    count: Mapped[int] = mapped_column(Integer)
    total: Mapped[Decimal] = mapped_column(Money())
    by_method: Mapped[str] = mapped_column(Text)  # JSON {method: "12.34"}
    cash_expected: Mapped[Decimal] = mapped_column(Money())
    cash_counted: Mapped[Decimal] = mapped_column(Money())
    explanation: Mapped[str] = mapped_column(Text, default="")
    receiver: Mapped[str] = mapped_column(String(80))
    handed_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("cashier", "day"),)


class Receipt(Voided, Base):
    """收据: never deleted; a wrong one is voided with reason, user and time."""

    __tablename__ = "receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(12))
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    payer: Mapped[str] = mapped_column(String(60))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    day: Mapped[date] = mapped_column(Date)  # local business day
    cashier: Mapped[str] = mapped_column(String(80))
    cashier_name: Mapped[str] = mapped_column(String(80))
    method: Mapped[PayMethod] = mapped_column(enum_column(PayMethod))
    amount: Mapped[Decimal] = mapped_column(Money())  # received by `method`
    prepaid_used: Mapped[Decimal] = mapped_column(Money())  # taken from the prepayment balance
    tendered: Mapped[Decimal | None] = mapped_column(Money())
    change: Mapped[Decimal] = mapped_column(Money())
    # 交易流水号 of a 微信/支付宝/银行卡/转账 payment, to tick off against the merchant statement
    pay_ref: Mapped[str | None] = mapped_column(String(40))
    # 合并缴费号 (HB2026-000001): one payment for several units of one owner, a receipt per unit
    group_no: Mapped[str | None] = mapped_column(String(20), index=True)
    handover_id: Mapped[int | None] = mapped_column(ForeignKey("handovers.id"))
    # a void's own business day and handover (Voided's columns say when, by whom and why)
    void_day: Mapped[date | None] = mapped_column(Date)
    void_handover_id: Mapped[int | None] = mapped_column(ForeignKey("handovers.id"))

    __table_args__ = (UniqueConstraint("series", "seq"), Index("ix_receipts_cashier_day", "cashier", "day"))


class ReceiptLine(Base):
    __tablename__ = "receipt_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id"), index=True)
    bill_line_id: Mapped[int | None] = mapped_column(ForeignKey("bill_lines.id"), index=True)
    item: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(30))
    amount: Mapped[Decimal] = mapped_column(Money())


class PrepaymentEntry(Base):
    """预存款 ledger: + deposited with a receipt, − used by a receipt, reversals on void; a balance
    brought in at go-live (期初预存) has no receipt of ours and names its import instead."""

    __tablename__ = "prepayment_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id"))
    opening_import_id: Mapped[int | None] = mapped_column(ForeignKey("opening_deposit_imports.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(String(60))


class DunningNotice(Base):
    __tablename__ = "dunning_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    total: Mapped[Decimal] = mapped_column(Money())
    deadline: Mapped[date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(80))


class DunningContact(Base):
    __tablename__ = "dunning_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    method: Mapped[ContactMethod] = mapped_column(enum_column(ContactMethod))
    by: Mapped[str] = mapped_column(String(80))
    result: Mapped[str] = mapped_column(String(200))
    promised_on: Mapped[date | None] = mapped_column(Date)
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("dunning_notices.id"))
