"""Reads and locks the billing services need inside their unit of work (select only, no commit)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, select, update

from deskapp.store.repositories.base import Repository
from deskapp.store.repositories.numbering import NumberingRepository
from deskapp.domain.billing import MeterKind
from deskapp.domain.billing_invoices import LIVE_STATES
from deskapp.domain.units import UnitState
from deskapp.store.models.billing import (
    Bill, BillLine, FeeStandard, Handover, PrepaymentEntry, Receipt, ReceiptLine, ShareAllocation, Waiver,
)
from deskapp.store.models.billing_opening import OpeningImport
from deskapp.store.models.billing_history import PaymentHistory, PaymentHistoryBatch
from deskapp.domain.billing_deposits import MONEY_KINDS, RESERVING, ApplicationState, EntryKind, RefundSource, signed
from deskapp.store.models.billing_deposits import Deposit, DepositEntry, DepositHandover, Forfeit, Refund
from deskapp.store.models.billing_discounts import Discount, DiscountRule
from deskapp.store.models.billing_invoices import InvoiceBuyer, InvoiceRequest, InvoiceRequestLine
from deskapp.store.models.billing_meters import Meter, MeterReading
from deskapp.store.models.registry import Unit
from deskapp.store.plain_rows import insert_rows

OCCUPIED = (UnitState.OCCUPIED, UnitState.RENTED, UnitState.DECORATING)


class BillingRepository(Repository):

    # -- numbering
    def next_number(self, series: str) -> int:
        """The next number of a billing series (SJ2026, CJ2026, YC2026): the series name carries
        its period, so it is kept under year 0 of the one numbering service."""
        return NumberingRepository(self.s).next(series, 0)

    # -- receipts
    def receipts_of_group(self, group_no: str) -> list[Receipt]:
        """The receipts of one 合并缴费, in number order."""
        return list(self.s.execute(select(Receipt).where(Receipt.group_no == group_no).order_by(Receipt.id)).scalars())

    def groups_of(self, group_nos: Iterable[str]) -> dict[str, list[tuple[str, Decimal]]]:
        """The number and amount of each receipt of the given 合并缴费, in number order, one query for
        all of them (a list of receipts names each one's group)."""
        wanted = sorted(set(group_nos))
        out: dict[str, list[tuple[str, Decimal]]] = {g: [] for g in wanted}
        if wanted:
            for group_no, number, amount in self.s.execute(
                    select(Receipt.group_no, Receipt.number, Receipt.amount)
                    .where(Receipt.group_no.in_(wanted)).order_by(Receipt.id)):
                out[group_no].append((number, amount))
        return out

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
    def standards(self, *, withdrawn: bool = False) -> list[FeeStandard]:
        """The standards by start date: those in force (what every bill, notice and 公示 reads), or
        with `withdrawn` also those withdrawn (the tab's and the register's history)."""
        q = select(FeeStandard)
        if not withdrawn:
            q = q.where(FeeStandard.withdrawn_at.is_(None))
        return list(self.s.execute(q.order_by(FeeStandard.starts_on, FeeStandard.id)).scalars())

    def standard_first_used(self, standard_id: int, from_quarter: str) -> str | None:
        """The first quarter whose bills have a line charged with the standard, or None. Only the
        bills of `from_quarter` (the standard's start) on are read: a line is charged with the
        standard in force in its own quarter, never one that starts after it."""
        return self.s.execute(
            select(func.min(Bill.quarter)).join(BillLine, BillLine.bill_id == Bill.id)
            .where(Bill.quarter >= from_quarter, BillLine.standard_id == standard_id)).scalar()

    # -- owed and paid
    def prepayment_balance(self, unit_id: int) -> Decimal:
        """The 预存款 ledger's sum less the prepayment refunds paid out of it."""
        v = self.s.execute(select(func.sum(PrepaymentEntry.amount)).where(PrepaymentEntry.unit_id == unit_id)).scalar()
        return (v or Decimal("0.00")) - self.refunds_of(RefundSource.PREPAYMENT, unit_id=unit_id,
                                                        states=(ApplicationState.PAID,))

    def unit(self, unit_id: int) -> Unit | None:
        return self.s.get(Unit, unit_id)

    # -- payments, receipts, handovers, arrears, one-off charges
    def unit_code(self, unit_id: int) -> str:
        return self.s.execute(select(Unit.code).where(Unit.id == unit_id)).scalar() or ""

    def unit_codes(self, unit_ids: Iterable[int]) -> dict[int, str]:
        """Codes of the given units, asked 900 at a time (SQLite's bound-parameter limit)."""
        ids = list(unit_ids)
        out: dict[int, str] = {}
        for i in range(0, len(ids), 900):
            out.update(dict(self.s.execute(select(Unit.id, Unit.code).where(Unit.id.in_(ids[i:i + 900]))).all()))
        return out

    def receipt_by_number(self, number: str) -> Receipt | None:
        return self.s.execute(select(Receipt).where(Receipt.number == number)).scalar()

    def latest_receipts_of(self, unit_id: int, limit: int, since: date | None = None) -> list[Receipt]:
        """The unit's newest receipts, at most `limit`, issued on or after `since` if given."""
        q = select(Receipt).where(Receipt.unit_id == unit_id)
        if since is not None:
            q = q.where(Receipt.day >= since)
        return list(self.s.execute(q.order_by(Receipt.id.desc()).limit(limit)).scalars())

    def receipt_lines(self, receipt_ids: Iterable[int]) -> dict[int, list[ReceiptLine]]:
        """Each receipt's lines in the order they were written, 900 receipts a query."""
        ids = list(receipt_ids)
        out: dict[int, list[ReceiptLine]] = {i: [] for i in ids}
        for i in range(0, len(ids), 900):
            for ln in self.s.execute(select(ReceiptLine).where(ReceiptLine.receipt_id.in_(ids[i:i + 900]))
                                     .order_by(ReceiptLine.id)).scalars():
                out[ln.receipt_id].append(ln)
        return out

    def bill_lines_by_id(self, line_ids: list[int]) -> list[BillLine]:
        return list(self.s.execute(select(BillLine).where(BillLine.id.in_(line_ids))).scalars())

    def waivers_on(self, line_ids: list[int]) -> list[tuple[int, datetime, Decimal]]:
        """(line, when, amount) of every 优惠 on these lines: a receipt shows those granted before it."""
        out: list[tuple[int, datetime, Decimal]] = []
        for i in range(0, len(line_ids), 900):
            out.extend(tuple(r) for r in self.s.execute(
                select(Waiver.line_id, Waiver.at, Waiver.amount).where(Waiver.line_id.in_(line_ids[i:i + 900]))
                .order_by(Waiver.id)))
        return out

    def payments_on(self, line_ids: list[int]) -> list[tuple[int, int, datetime, datetime | None, Decimal]]:
        """(line, receipt, issued, voided, amount) of every receipt line paying these bill lines: a
        receipt shows what its lines still owed once it was taken."""
        out: list[tuple[int, int, datetime, datetime | None, Decimal]] = []
        for i in range(0, len(line_ids), 900):
            out.extend(tuple(r) for r in self.s.execute(
                select(ReceiptLine.bill_line_id, Receipt.id, Receipt.issued_at, Receipt.voided_at, ReceiptLine.amount)
                .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
                .where(ReceiptLine.bill_line_id.in_(line_ids[i:i + 900])).order_by(ReceiptLine.id)))
        return out

    def prepayment_entries_of(self, receipt_id: int) -> list[PrepaymentEntry]:
        return list(self.s.execute(select(PrepaymentEntry).where(PrepaymentEntry.receipt_id == receipt_id)).scalars())

    def handover_of(self, cashier: str, day: date) -> Handover | None:
        return self.s.execute(select(Handover).where(Handover.cashier == cashier, Handover.day == day)).scalar()

    def receipts_to_hand_over(self, cashier: str, day: date) -> list[Receipt]:
        """The cashier's receipts of `day` and before not yet in a handover, in number order."""
        return list(self.s.execute(
            select(Receipt).where(Receipt.cashier == cashier, Receipt.handover_id.is_(None), Receipt.day <= day)
            .order_by(Receipt.series, Receipt.seq)).scalars())

    def late_voids_to_hand_over(self, cashier: str, day: date) -> list[Receipt]:
        """Receipts voided by `day` after their own day was handed over: taken off the next handover."""
        return list(self.s.execute(select(Receipt).where(
            Receipt.cashier == cashier, Receipt.handover_id.is_not(None), Receipt.voided_at.is_not(None),
            Receipt.void_handover_id.is_(None), Receipt.void_day <= day).order_by(Receipt.series, Receipt.seq))
            .scalars())

    def receipts_handed_over_in(self, handover_id: int) -> list[Receipt]:
        return list(self.s.execute(select(Receipt).where(Receipt.handover_id == handover_id)
                                   .order_by(Receipt.series, Receipt.seq)).scalars())

    def late_voids_in(self, handover_id: int) -> list[Receipt]:
        """Receipts of an earlier handover whose void was taken off this one."""
        return list(self.s.execute(select(Receipt).where(Receipt.void_handover_id == handover_id,
                                                         Receipt.handover_id != handover_id)
                                   .order_by(Receipt.series, Receipt.seq)).scalars())

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

    # -- opening bills (期初)
    def units_with_opening(self) -> set[int]:
        """Units that already have their opening bill: a second import of a unit is refused."""
        return set(self.s.execute(select(Bill.unit_id).where(Bill.opening.is_(True))).scalars())

    def add_opening_import(self, record: OpeningImport) -> OpeningImport:
        """Import records are only ever added (no update, no delete here or anywhere)."""
        self.s.add(record)
        self.s.flush()
        return record

    # -- invoices
    def invoice_buyer(self, unit_id: int) -> InvoiceBuyer | None:
        return self.s.execute(select(InvoiceBuyer).where(InvoiceBuyer.unit_id == unit_id)).scalar()

    def receipts_by_numbers(self, numbers: Sequence[str]) -> dict[str, Receipt]:
        return {r.number: r for r in self.s.execute(select(Receipt).where(Receipt.number.in_(list(numbers)))).scalars()}

    def live_invoice_requests_citing(self, receipt_ids: Sequence[int]) -> dict[int, str]:
        """Receipt id -> the number of the pending or issued request that already cites it."""
        return dict(self.s.execute(
            select(InvoiceRequestLine.receipt_id, InvoiceRequest.number)
            .join(InvoiceRequest, InvoiceRequest.id == InvoiceRequestLine.request_id)
            .where(InvoiceRequestLine.receipt_id.in_(list(receipt_ids)), InvoiceRequest.state.in_(LIVE_STATES))).all())

    def invoice_request(self, request_id: int) -> InvoiceRequest | None:
        return self.s.get(InvoiceRequest, request_id)

    # -- payment history (历史缴费)
    def history_batch_of_file(self, sha256: str) -> PaymentHistoryBatch | None:
        return self.s.execute(select(PaymentHistoryBatch).where(PaymentHistoryBatch.sha256 == sha256)).scalar()

    def insert_history(self, columns: Sequence[str], rows: Iterable[Sequence], *,
                       between: Callable[[], None] | None = None) -> int:
        """Historical payment lines as rows of `columns`, one executemany per batch (plain_rows:
        100,000 lines at go-live)."""
        return insert_rows(self.s, PaymentHistory.__table__, columns, rows, between=between)
    # -- deposits ledger and refunds
    def deposit_by_source(self, source: str) -> Deposit | None:
        return self.s.execute(select(Deposit).where(Deposit.source == source)).scalar()

    def deposit_held(self, deposit_id: int) -> Decimal:
        """Taken less refunded, forfeited and moved (entries are few per deposit: summed here)."""
        rows = self.s.execute(select(DepositEntry.kind, DepositEntry.amount)
                              .where(DepositEntry.deposit_id == deposit_id)).all()
        return sum((signed(k, a) for k, a in rows), Decimal("0.00"))

    def deposit_entries(self, deposit_id: int) -> list[DepositEntry]:
        """The deposit's entries in the order written."""
        return list(self.s.execute(select(DepositEntry).where(DepositEntry.deposit_id == deposit_id)
                                   .order_by(DepositEntry.id)).scalars())

    def deposit_refunded(self, deposit_id: int) -> bool:
        return self.s.execute(select(func.count()).where(DepositEntry.deposit_id == deposit_id,
                                                         DepositEntry.kind == EntryKind.REFUNDED)).scalar() > 0

    def applications_waiting_on(self, deposit_id: int) -> tuple[list[Refund], list[Forfeit]]:
        """The refunds applied or approved and not paid, and the forfeits waiting, on a deposit:
        what sets part of it aside, oldest first."""
        refunds = self.s.execute(select(Refund).where(Refund.deposit_id == deposit_id,
                                                      Refund.state.in_(list(RESERVING))).order_by(Refund.id)).scalars()
        forfeits = self.s.execute(select(Forfeit).where(Forfeit.deposit_id == deposit_id,
                                                        Forfeit.state == ApplicationState.PENDING)
                                  .order_by(Forfeit.id)).scalars()
        return list(refunds), list(forfeits)

    def refunds_of(self, source: RefundSource, *, unit_id: int | None = None, deposit_id: int | None = None,
                   states=RESERVING) -> Decimal:
        """What refunds in `states` take (or will take) from a unit's prepayment or from a deposit."""
        q = select(func.sum(Refund.amount)).where(Refund.source == source, Refund.state.in_(list(states)))
        q = q.where(Refund.unit_id == unit_id) if deposit_id is None else q.where(Refund.deposit_id == deposit_id)
        return self.s.execute(q).scalar() or Decimal("0.00")

    def refunds_to_hand_over(self, cashier: str, day: date) -> list[Refund]:
        """Refunds the cashier paid out by `day` not yet in a handover: money out on the next one."""
        return list(self.s.execute(select(Refund).where(
            Refund.cashier == cashier, Refund.handover_id.is_(None), Refund.state == ApplicationState.PAID,
            Refund.paid_day <= day).order_by(Refund.number)).scalars())

    def refunds_handed_over_in(self, handover_id: int) -> list[Refund]:
        return list(self.s.execute(select(Refund).where(Refund.handover_id == handover_id)
                                   .order_by(Refund.number)).scalars())

    def deposit_money_to_hand_over(self, cashier: str, day: date) -> list[tuple[DepositEntry, Deposit]]:
        """Deposit money the cashier took or gave back by `day` not yet in a handover (a TF refund's
        entry is counted through its refund), oldest first."""
        handed = select(DepositHandover.entry_id).where(DepositHandover.entry_id == DepositEntry.id)
        return [tuple(r) for r in self.s.execute(
            select(DepositEntry, Deposit).join(Deposit, Deposit.id == DepositEntry.deposit_id).where(
                DepositEntry.cashier == cashier, DepositEntry.day <= day, DepositEntry.refund_id.is_(None),
                DepositEntry.kind.in_(MONEY_KINDS), ~handed.exists()).order_by(DepositEntry.id))]

    def deposit_money_handed_over_in(self, handover_id: int) -> list[tuple[DepositEntry, Deposit]]:
        return [tuple(r) for r in self.s.execute(
            select(DepositEntry, Deposit).join(Deposit, Deposit.id == DepositEntry.deposit_id)
            .join(DepositHandover, DepositHandover.entry_id == DepositEntry.id)
            .where(DepositHandover.handover_id == handover_id).order_by(DepositEntry.id))]

    # ------------------------------------------------------------- 减免/优惠 (discounts)

    def discounts_pending(self, line_id: int, *, besides: int | None = None) -> Decimal:
        """What applications still awaiting a decision ask off a line (but `besides`)."""
        q = select(func.sum(Discount.amount)).where(Discount.line_id == line_id,
                                                    Discount.state == ApplicationState.PENDING)
        if besides is not None:
            q = q.where(Discount.id != besides)
        return self.s.execute(q).scalar() or Decimal("0.00")

    def discount_rule_named(self, name: str) -> DiscountRule | None:
        return self.s.execute(select(DiscountRule).where(DiscountRule.name == name)).scalar_one_or_none()
