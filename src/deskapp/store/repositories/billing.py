"""Reads and locks the billing services need inside their unit of work (select only, no commit)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import func, insert, select, update

from deskapp.store.repositories.base import Repository
from deskapp.domain.billing import MeterKind
from deskapp.domain.units import UnitState
from deskapp.store.models.billing import (
    Bill, BillLine, FeeStandard, NumberSeries, PrepaymentEntry, Receipt, ReceiptLine, ShareAllocation, Waiver,
)
from deskapp.store.models.billing_meters import Meter, MeterReading
from deskapp.store.models.registry import Unit
from deskapp.store.plain_rows import insert_rows

OCCUPIED = (UnitState.OCCUPIED, UnitState.RENTED, UnitState.DECORATING)


class BillingRepository(Repository):

    # -- numbering
    def next_number(self, series: str) -> int:
        """The next number of a series, gap-free: the counter row is updated inside the
        caller's write transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: row lock)."""
        row = self.s.execute(select(NumberSeries).where(NumberSeries.series == series).with_for_update()).scalar()
        if row is None:
            row = NumberSeries(series=series, last=0)
            self.s.add(row)
        row.last += 1
        self.s.flush()
        return row.last

    # -- meters
    def unit_meter(self, unit_id: int, kind: MeterKind) -> Meter | None:
        return self.s.execute(select(Meter).where(Meter.unit_id == unit_id, Meter.kind == kind,
                                                  Meter.active.is_(True))).scalar()

    def meter_by_number(self, number: str) -> Meter | None:
        return self.s.execute(select(Meter).where(Meter.number == number)).scalar()

    def reading(self, meter_id: int, month: date) -> MeterReading | None:
        return self.s.execute(select(MeterReading).where(MeterReading.meter_id == meter_id,
                                                         MeterReading.month == month)).scalar()

    def readings_before(self, meter_id: int, month: date, n: int = 4) -> list[MeterReading]:
        """The meter's last `n` readings before `month`, newest first."""
        return list(self.s.execute(
            select(MeterReading).where(MeterReading.meter_id == meter_id, MeterReading.month < month)
            .order_by(MeterReading.month.desc()).limit(n)).scalars())

    def reading_after(self, meter_id: int, month: date) -> MeterReading | None:
        return self.s.execute(
            select(MeterReading).where(MeterReading.meter_id == meter_id, MeterReading.month > month)
            .order_by(MeterReading.month).limit(1)).scalar()

    def lock_readings(self, months: Iterable[date], quarter: str, meter_ids: Iterable[int]) -> None:
        ids = list(meter_ids)
        for i in range(0, len(ids), 500):
            self.s.execute(update(MeterReading).where(
                MeterReading.month.in_(list(months)), MeterReading.meter_id.in_(ids[i:i + 500]),
                MeterReading.billed_quarter.is_(None)).values(billed_quarter=quarter))

    # -- standards
    def standards(self) -> list[FeeStandard]:
        return list(self.s.execute(select(FeeStandard).order_by(FeeStandard.starts_on, FeeStandard.id)).scalars())

    # -- owed and paid
    def paid_by_line(self, unit_id: int | None = None) -> dict[int, Decimal]:
        q = (select(ReceiptLine.bill_line_id, func.sum(ReceiptLine.amount))
             .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
             .where(Receipt.voided_at.is_(None), ReceiptLine.bill_line_id.is_not(None)))
        if unit_id is not None:
            q = q.where(Receipt.unit_id == unit_id)
        return dict(self.s.execute(q.group_by(ReceiptLine.bill_line_id)).all())

    def waived_by_line(self, unit_id: int | None = None) -> dict[int, Decimal]:
        q = select(Waiver.line_id, func.sum(Waiver.amount))
        if unit_id is not None:
            q = q.join(BillLine, BillLine.id == Waiver.line_id).where(BillLine.unit_id == unit_id)
        return dict(self.s.execute(q.group_by(Waiver.line_id)).all())

    def lines(self, unit_id: int) -> list[BillLine]:
        return list(self.s.execute(select(BillLine).where(BillLine.unit_id == unit_id)
                                   .order_by(BillLine.quarter, BillLine.id)).scalars())

    def prepayment_balance(self, unit_id: int) -> Decimal:
        v = self.s.execute(select(func.sum(PrepaymentEntry.amount)).where(PrepaymentEntry.unit_id == unit_id)).scalar()
        return v or Decimal("0.00")

    def unit(self, unit_id: int) -> Unit | None:
        return self.s.get(Unit, unit_id)

    # -- run, notices, standards, meters
    def add_allocations(self, rows: list[dict]) -> list[int]:
        """Insert share allocations (ShareAllocation's columns by name), one compiled statement
        for all; their ids in the same order, for the bill lines that point at them."""
        add = insert(ShareAllocation.__table__)
        return [self.s.execute(add, row).inserted_primary_key[0] for row in rows]

    def next_bill_id(self) -> int:
        """The id the next bill gets: the run gives its bills their ids itself, so that its lines
        can be inserted in bulk with them."""
        return (self.s.execute(select(func.max(Bill.id))).scalar() or 0) + 1

    def insert_bills(self, bills: dict[str, Sequence], line_columns: Sequence[str], lines: list[tuple], *,
                     between: Callable[[], None] | None = None) -> None:
        """Bills given column by column (column name -> values) and their lines as rows of
        `line_columns`, one executemany per batch (plain_rows: 120,000 rows at 20,000 units);
        `between` runs before each batch (a cancellation check)."""
        insert_rows(self.s, Bill.__table__, list(bills), zip(*bills.values()), between=between)
        insert_rows(self.s, BillLine.__table__, line_columns, lines, between=between)
