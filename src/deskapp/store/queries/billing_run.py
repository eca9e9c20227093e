"""Read-side queries of the bill run, the 收费通知单 batch, the meters' screens and the money
checks: set-based reads the services turn into previews, notices and check results."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Integer, Select, case, func, null, select, type_coerce, union_all
from sqlalchemy.orm import Session

from deskapp.domain.billing import AllocationBasis, FeeItem, MeterKind
from deskapp.domain.billing_meters import ReadingEvent
from deskapp.domain.unit_order import unit_sort_key
from deskapp.domain.units import UnitKind, UnitState
from deskapp.store.models.billing import (
    Bill, BillLine, BillRun, Handover, OpenBillLine, PrepaymentEntry, Receipt, ReceiptLine, ShareAllocation, Waiver,
)
from deskapp.store.models.billing_meters import Meter, MeterReading
from deskapp.store.queries.billing_deposits import prepayment_refunds_by_unit
from deskapp.store.models.registry import Building, Unit
from deskapp.store.natural import natural
from deskapp.store.plain_rows import select_rows
from deskapp.store.types import Money


# ----------------------------------------------------------------- 收费通知单

def billed_unit_ids(session: Session, quarter: str, building: str | None = None) -> list[int]:
    """Units with a bill for the quarter (of one building when given), in natural code order:
    the order notices are printed in."""
    qy = (select(Bill.unit_id).join(Unit, Unit.id == Bill.unit_id).where(Bill.quarter == quarter)
          .group_by(Bill.unit_id, Unit.code).order_by(natural(Unit.code)))
    if building:
        qy = qy.join(Building, Building.id == Unit.building_id).where(Building.code == building)
    return list(session.execute(qy).scalars())


def units_owing(session: Session, quarter: str) -> set[int]:
    """Units that still owe something on this quarter's or earlier bills (three grouped sums)."""
    zero = Decimal("0.00")
    billed = dict(session.execute(select(BillLine.unit_id, func.sum(BillLine.amount))
                                  .where(BillLine.quarter <= quarter).group_by(BillLine.unit_id)).all())
    paid = dict(session.execute(
        select(BillLine.unit_id, func.sum(ReceiptLine.amount))
        .join(ReceiptLine, ReceiptLine.bill_line_id == BillLine.id).join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(Receipt.voided_at.is_(None), BillLine.quarter <= quarter).group_by(BillLine.unit_id)).all())
    waived = dict(session.execute(
        select(BillLine.unit_id, func.sum(Waiver.amount)).join(Waiver, Waiver.line_id == BillLine.id)
        .where(BillLine.quarter <= quarter).group_by(BillLine.unit_id)).all())
    return {uid for uid, amount in billed.items() if amount - (paid.get(uid) or zero) - (waived.get(uid) or zero) > 0}


def usage_by_month(session: Session, meter_ids: Iterable[int], since: date, until: date
                   ) -> dict[int, dict[date, Decimal]]:
    """meter -> month -> usage, for the months from `since` to `until` that have a usage."""
    out: dict[int, dict[date, Decimal]] = defaultdict(dict)
    for mid, month, used in session.execute(
            select(MeterReading.meter_id, MeterReading.month, MeterReading.usage)
            .where(MeterReading.meter_id.in_(meter_ids), MeterReading.month >= since, MeterReading.month <= until)):
        if used is not None:
            out[mid][month] = used
    return out


def latest_billed_quarter(session: Session, unit_id: int) -> str | None:
    return session.execute(select(func.max(Bill.quarter)).where(Bill.unit_id == unit_id)).scalar()


@dataclass(frozen=True)
class NoticeBatch:
    """What one batch of notices reads, for the units `ids`: rows keep their column names
    (`.code`, `.amount` …)."""
    units: dict[int, Any]  # id -> (id, code, building_area)
    bills: list[Any]  # the quarter's bills, oldest first: unit_id, number, created_at
    lines: list[Any]  # lines of this quarter and earlier, by quarter and id
    paid: dict[int, Decimal]  # bill line -> paid on receipts not voided
    waived: dict[int, Decimal]  # bill line -> waived
    prepaid: dict[int, Decimal]  # unit -> prepayment balance


def notice_batch(session: Session, ids: list[int], quarter: str) -> NoticeBatch:
    units = {u.id: u for u in session.execute(select(Unit.id, Unit.code, Unit.building_area)
                                              .where(Unit.id.in_(ids)))}
    bills = session.execute(select(Bill.unit_id, Bill.number, Bill.created_at)
                            .where(Bill.unit_id.in_(ids), Bill.quarter == quarter).order_by(Bill.id)).all()
    lines = session.execute(
        select(BillLine.id, BillLine.unit_id, BillLine.quarter, BillLine.item, BillLine.key, BillLine.basis,
               BillLine.quantity, BillLine.unit_price, BillLine.amount, BillLine.period_start,
               BillLine.period_end, BillLine.standard_id, BillLine.meter_id, BillLine.note)
        .where(BillLine.unit_id.in_(ids), BillLine.quarter <= quarter).order_by(BillLine.quarter, BillLine.id)).all()
    paid = dict(session.execute(
        select(ReceiptLine.bill_line_id, func.sum(ReceiptLine.amount))
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(Receipt.voided_at.is_(None), Receipt.unit_id.in_(ids), ReceiptLine.bill_line_id.is_not(None))
        .group_by(ReceiptLine.bill_line_id)).all())
    waived = dict(session.execute(
        select(Waiver.line_id, func.sum(Waiver.amount)).join(BillLine, BillLine.id == Waiver.line_id)
        .where(BillLine.unit_id.in_(ids)).group_by(Waiver.line_id)).all())
    prepaid = dict(session.execute(select(PrepaymentEntry.unit_id, func.sum(PrepaymentEntry.amount))
                                   .where(PrepaymentEntry.unit_id.in_(ids))
                                   .group_by(PrepaymentEntry.unit_id)).all())
    for uid, out in prepayment_refunds_by_unit(session).items():  # paid out of the balance
        if uid in prepaid:
            prepaid[uid] -= out
    return NoticeBatch(units, bills, lines, paid, waived, prepaid)


# ----------------------------------------------------------------- meters

def vacant_unit_ids(session: Session) -> set[int]:
    return set(session.execute(select(Unit.id).where(Unit.state == UnitState.VACANT)).scalars())


def active_meters_of_units(session: Session, unit_ids: list[int]) -> list[tuple[int, int, MeterKind]]:
    """(meter, unit, kind) of the units' active meters, read 500 units at a time."""
    out: list[tuple[int, int, MeterKind]] = []
    for i in range(0, len(unit_ids), 500):
        out += session.execute(select(Meter.id, Meter.unit_id, Meter.kind).where(
            Meter.unit_id.in_(unit_ids[i:i + 500]), Meter.active.is_(True))).all()
    return out


def readings_of_meters(session: Session, meter_ids: list[int]) -> list[tuple[int, date, Decimal, Decimal | None]]:
    """(meter, month, value, usage) of every reading of the meters, oldest month first within
    each batch of 500 meters."""
    out: list[tuple[int, date, Decimal, Decimal | None]] = []
    for i in range(0, len(meter_ids), 500):
        out += session.execute(
            select(MeterReading.meter_id, MeterReading.month, MeterReading.value, MeterReading.usage)
            .where(MeterReading.meter_id.in_(meter_ids[i:i + 500])).order_by(MeterReading.month)).all()
    return out


def shared_meters(session: Session) -> list[tuple[Meter, str | None]]:
    """Shared meters with their building's code (None: the whole community), by number."""
    return list(session.execute(
        select(Meter, Building.code).outerjoin(Building, Building.id == Meter.building_id)
        .where(Meter.shared.is_(True)).order_by(Meter.number)).all())


def units_without_meter(session: Session, kind: MeterKind, building_code: str | None) -> list[Unit]:
    q = select(Unit).join(Building, Building.id == Unit.building_id)
    if building_code:
        q = q.where(Building.code == building_code)
    have = select(Meter.unit_id).where(Meter.kind == kind, Meter.unit_id.is_not(None))
    return list(session.execute(q.where(Unit.id.not_in(have)).order_by(natural(Unit.code))).scalars())


def grid_meters(session: Session, kind: MeterKind, building_code: str | None,
                shared: bool) -> list[tuple[Meter, str | None, UnitState | None]]:
    """The reading grid's meters with their unit's code and state, in unit order."""
    q = (select(Meter, Unit.code, Unit.state).outerjoin(Unit, Unit.id == Meter.unit_id)
         .outerjoin(Building, Building.id == Meter.building_id)
         .where(Meter.kind == kind, Meter.active.is_(True), Meter.shared.is_(shared)))
    if building_code:
        q = q.where(Building.code == building_code)
    return list(session.execute(q.order_by(natural(Unit.code), Meter.number)).all())


def readings_of_month(session: Session, month: date) -> Iterable[MeterReading]:
    return session.execute(select(MeterReading).where(MeterReading.month == month)).scalars()


def latest_values_between(session: Session, since: date, month: date) -> dict[int, Decimal]:
    """meter -> its latest reading's value from `since` up to (not including) `month`: the
    previous reading the grid pre-fills."""
    prevs: dict[int, Decimal] = {}
    for mid, value, _m in session.execute(select(MeterReading.meter_id, MeterReading.value, MeterReading.month)
                                          .where(MeterReading.month < month, MeterReading.month >= since)
                                          .order_by(MeterReading.month)):
        prevs[mid] = value  # the latest before the month wins
    return prevs


def readings_to_recheck(session: Session, month: date) -> list[tuple[MeterReading, Meter, str | None]]:
    """Flagged readings of the month not yet cleared, with their meter and unit code."""
    return list(session.execute(
        select(MeterReading, Meter, Unit.code).join(Meter, Meter.id == MeterReading.meter_id)
        .outerjoin(Unit, Unit.id == Meter.unit_id)
        .where(MeterReading.month == month, MeterReading.flags != "", MeterReading.recheck_cleared.is_(False))
        .order_by(natural(Unit.code), Meter.number)).all())


# ----------------------------------------------------------------- money checks (deskapp check)

def _sum_or_zero(column: Any) -> Any:
    """SUM(column) or 0, read back as Money (the sum of integer fen is fen)."""
    return type_coerce(func.coalesce(func.sum(column), 0), Money())


def _count(session: Session, query: Select) -> int:
    return session.execute(select(func.count()).select_from(query.subquery())).scalar_one()


# The money checks compare in SQL and bring back only the rows that disagree: ten years of history
# hold hundreds of thousands of bills, receipts and paid lines, and turning each into Decimals in
# Python was most of `deskapp check` (issue 21 §4).

def bills_off_their_lines(session: Session) -> tuple[int, list[tuple[str, Decimal, Decimal]]]:
    """(bills, [(number, total, lines' sum)] of each bill whose total is not its lines' sum)."""
    lines = select(BillLine.bill_id, _sum_or_zero(BillLine.amount).label("s")).group_by(BillLine.bill_id).subquery()
    sums = type_coerce(func.coalesce(lines.c.s, 0), Money())
    wrong = session.execute(select(Bill.number, Bill.total, sums).outerjoin(lines, lines.c.bill_id == Bill.id)
                            .where(Bill.total != func.coalesce(lines.c.s, 0)).order_by(Bill.id)).all()
    return _count(session, select(Bill.id)), [tuple(r) for r in wrong]


def latest_allocation_per_meter_quarter(session: Session) -> dict[tuple[int, str], ShareAllocation]:
    latest: dict[tuple[int, str], ShareAllocation] = {}
    for a in session.execute(select(ShareAllocation).order_by(ShareAllocation.id)).scalars():
        latest[(a.meter_id, a.quarter)] = a
    return latest


def allocated_per_meter_quarter(session: Session) -> dict[tuple[int, str], Decimal]:
    """What the bill lines of every run gave out of each shared meter's quarter."""
    return {(mid, quarter): amt for mid, quarter, amt in session.execute(
        select(ShareAllocation.meter_id, ShareAllocation.quarter, func.sum(BillLine.amount))
        .join(ShareAllocation, ShareAllocation.id == BillLine.allocation_id)
        .group_by(ShareAllocation.meter_id, ShareAllocation.quarter))}


def receipt_series_numbers(session: Session) -> Iterable[Any]:
    """Per receipt series: count, lowest, highest and distinct numbers (gap and double checks)."""
    return session.execute(
        select(Receipt.series.label("series"), func.count().label("count"), func.min(Receipt.seq).label("lowest"),
               func.max(Receipt.seq).label("highest"), func.count(func.distinct(Receipt.seq)).label("distinct"))
        .group_by(Receipt.series))


def receipts_off_their_lines(session: Session) -> tuple[int, list[tuple[str, Decimal, Decimal, Decimal]]]:
    """(receipts, [(number, amount, prepayment used, lines' sum)] of each receipt whose amount and
    prepayment used do not add up to its lines)."""
    lines = (select(ReceiptLine.receipt_id, func.sum(ReceiptLine.amount).label("s"))
             .group_by(ReceiptLine.receipt_id).subquery())
    sums = func.coalesce(lines.c.s, 0)
    wrong = session.execute(
        select(Receipt.number, Receipt.amount, Receipt.prepaid_used, type_coerce(sums, Money()))
        .outerjoin(lines, lines.c.receipt_id == Receipt.id)
        .where(Receipt.amount + Receipt.prepaid_used != sums).order_by(Receipt.id)).all()
    return _count(session, select(Receipt.id)), [tuple(r) for r in wrong]


def handed_over_by_method(session: Session) -> Iterable[Any]:
    """(handover, method, amount, receipts) of the receipts handed over, summed per handover and
    method in SQL (ten years hand over hundreds of thousands of receipts)."""
    return session.execute(select(Receipt.handover_id, Receipt.method, _sum_or_zero(Receipt.amount), func.count())
                           .where(Receipt.handover_id.is_not(None)).group_by(Receipt.handover_id, Receipt.method))


def voids_handed_over_by_method(session: Session) -> Iterable[Any]:
    """(handover, method, amount) of the voids handed over (each takes its amount back), summed."""
    return session.execute(select(Receipt.void_handover_id, Receipt.method, _sum_or_zero(Receipt.amount))
                           .where(Receipt.void_handover_id.is_not(None))
                           .group_by(Receipt.void_handover_id, Receipt.method))


def handovers(session: Session) -> Iterable[Handover]:
    return session.execute(select(Handover).order_by(Handover.id)).scalars()


def lines_paid_above_billed(session: Session) -> tuple[int, list[tuple[int, Decimal, Decimal]]]:
    """(lines paid by a receipt not voided, [(line, paid, billed)] of each paid more than billed,
    or anything at all when billed nothing or less).

    One statement: the paid lines are grouped once (a CTE used twice is materialised) and their
    count rides along as the last row; counting them in a second statement grouped every paid
    line again (0.3 s of 0.87 s at ten years, issue 21 §4)."""
    paid = (select(ReceiptLine.bill_line_id, func.sum(ReceiptLine.amount).label("p"))
            .join(Receipt, Receipt.id == ReceiptLine.receipt_id).where(Receipt.voided_at.is_(None))
            .group_by(ReceiptLine.bill_line_id)).cte("paid")
    ceiling = case((BillLine.amount > 0, BillLine.amount), else_=0)
    over = (select(paid.c.bill_line_id, paid.c.p, BillLine.amount, null().label("n"))
            .join(BillLine, BillLine.id == paid.c.bill_line_id).where(paid.c.p > ceiling))
    both = union_all(over, select(null(), null(), null(), func.count()).select_from(paid)).subquery()
    *wrong, count = session.execute(
        select(both.c.bill_line_id, type_coerce(both.c.p, Money()), type_coerce(both.c.amount, Money()), both.c.n)
        .order_by(both.c.n.is_not(None), both.c.bill_line_id)).all()
    return count[3], [tuple(r[:3]) for r in wrong]


class OwedSums(NamedTuple):
    """What is owed, summed two ways: plainly and with each line's amount weighted by its id."""

    owed: int  # fen
    weighted: int


def _weight(line_id: Any) -> Any:
    # 1..997 by line id: Σ weight × owed cannot overflow SQLite's 64-bit sum at millions of lines
    return 1 + line_id % 997


def owed_everywhere(session: Session) -> OwedSums:
    """Owed over every bill line: billed − paid by receipts not voided − waived, table by table
    (a settled line adds nothing, so this is also what the lines not settled owe). Three scans,
    no line joined to its payments: ~0.5 s at ten years."""
    fen = Integer()
    voided = select(Receipt.id).where(Receipt.voided_at.is_not(None))
    parts = (
        (select(func.sum(type_coerce(BillLine.amount, fen)), func.sum(_weight(BillLine.id) * type_coerce(BillLine.amount, fen))), 1),
        (select(func.sum(type_coerce(ReceiptLine.amount, fen)),
                func.sum(_weight(ReceiptLine.bill_line_id) * type_coerce(ReceiptLine.amount, fen)))
         .where(ReceiptLine.bill_line_id.is_not(None), ReceiptLine.receipt_id.not_in(voided)), -1),
        (select(func.sum(type_coerce(Waiver.amount, fen)), func.sum(_weight(Waiver.line_id) * type_coerce(Waiver.amount, fen))), -1),
    )
    owed = weighted = 0
    for q, sign in parts:
        plain, by_id = session.execute(q).one()
        owed, weighted = owed + sign * int(plain or 0), weighted + sign * int(by_id or 0)
    return OwedSums(owed, weighted)


class OpenLines(NamedTuple):
    """open_bill_lines as the check sees it."""

    count: int  # lines in it
    settled: int  # of those, lines settled (none should be)
    sums: OwedSums  # what they owe, summed as `owed_everywhere` sums


def paid_on_line(amount: Any = ReceiptLine.amount) -> Select:
    """What receipts not voided paid on the enclosing query's bill line, `amount` summed (the column
    or it coerced): a Select to narrow further, then `.scalar_subquery()`."""
    return (select(func.coalesce(func.sum(amount), 0)).join(Receipt, Receipt.id == ReceiptLine.receipt_id)
            .where(ReceiptLine.bill_line_id == BillLine.id, Receipt.voided_at.is_(None)).correlate(BillLine))


def waived_on_line(amount: Any = Waiver.amount) -> Select:
    """What was waived on the enclosing query's bill line, as `paid_on_line`."""
    return select(func.coalesce(func.sum(amount), 0)).where(Waiver.line_id == BillLine.id).correlate(BillLine)


def owed_on_open_lines(session: Session) -> OpenLines:
    """The set is right when no line in it is settled and its sums agree with every line's: a
    line missing from it would take its debt out of these sums."""
    fen = Integer()
    paid = paid_on_line(type_coerce(ReceiptLine.amount, fen)).scalar_subquery()
    waived = waived_on_line(type_coerce(Waiver.amount, fen)).scalar_subquery()
    lines = (select(BillLine.id, (type_coerce(BillLine.amount, fen) - paid - waived).label("owed"))
             .where(BillLine.id.in_(select(OpenBillLine.line_id))).subquery())
    count, settled, owed, weighted = session.execute(select(
        func.count(), func.coalesce(func.sum(case((lines.c.owed == 0, 1), else_=0)), 0),
        func.coalesce(func.sum(lines.c.owed), 0), func.coalesce(func.sum(_weight(lines.c.id) * lines.c.owed), 0))).one()
    return OpenLines(int(count), int(settled), OwedSums(int(owed), int(weighted)))


def prepayment_balances(session: Session) -> list[tuple[int, Decimal]]:
    """Each unit's 预存款 balance: the ledger's sum less the prepayment refunds paid out."""
    refunded = prepayment_refunds_by_unit(session)
    return [(uid, total - refunded.get(uid, Decimal("0.00"))) for uid, total in session.execute(
        select(PrepaymentEntry.unit_id, func.sum(PrepaymentEntry.amount)).group_by(PrepaymentEntry.unit_id))]


# ----------------------------------------------------------------- the bill run
# Plain rows (store.plain_rows), not ORM objects: the run reads ~150,000 rows at 20,000 units.
# Each row type's columns are named by its fields, so a row is built by name, not position.

def _select(row_type: type, columns: dict[str, Any]) -> Select:
    return select(*(columns[name] for name in row_type._fields))


class RunUnit(NamedTuple):
    id: int
    code: str
    kind: UnitKind
    state: UnitState
    area: Decimal  # 0.00 when not known
    delivered_on: date | None
    building_id: int


_UNIT_COLUMNS = dict(id=Unit.id, code=Unit.code, kind=Unit.kind, state=Unit.state,
                     area=func.coalesce(Unit.building_area, 0), delivered_on=Unit.delivered_on,
                     building_id=Unit.building_id)


def run_units(session: Session) -> dict[int, RunUnit]:
    """Every unit by id, in natural code order. Sorted here, not by the SQL collation: all units
    are read anyway, and the collation computes each code's key once per comparison (~280,000
    calls at 20,000 units, a third of the dry run) where sorted() computes it once per unit."""
    units = map(RunUnit._make, select_rows(session, _select(RunUnit, _UNIT_COLUMNS).order_by(Unit.id)))
    return {r.id: r for r in sorted(units, key=lambda r: unit_sort_key(r.code))}


class RunMeter(NamedTuple):
    id: int
    number: str
    kind: MeterKind
    unit_id: int | None
    building_id: int | None
    name: str
    shared: bool
    master: bool  # a shared meter whose usage includes its building's unit meters
    basis: AllocationBasis


_METER_COLUMNS = {name: getattr(Meter, name) for name in RunMeter._fields}


def active_meters(session: Session) -> list[RunMeter]:
    return list(map(RunMeter._make, select_rows(session, _select(RunMeter, _METER_COLUMNS)
                                                .where(Meter.active.is_(True)).order_by(Meter.number))))


class RunReading(NamedTuple):
    meter_id: int
    month: date
    usage: Decimal | None
    previous: Decimal | None
    value: Decimal | None
    event: ReadingEvent
    flags: str
    confirmed: bool  # 确认读数: flagged, and stands as it is
    billed_quarter: str | None


_READING_COLUMNS = dict(meter_id=MeterReading.meter_id, month=MeterReading.month, usage=MeterReading.usage,
                        previous=MeterReading.previous, value=MeterReading.value, event=MeterReading.event,
                        flags=MeterReading.flags, confirmed=MeterReading.recheck_cleared,
                        billed_quarter=MeterReading.billed_quarter)


def readings_in(session: Session, months: list[date]) -> list[RunReading]:
    return list(map(RunReading._make, select_rows(session, _select(RunReading, _READING_COLUMNS)
                                                  .where(MeterReading.month.in_(months)))))


def usage_per_meter(session: Session, since: date, before: date) -> dict[int, Decimal]:
    """meter -> usage of the months from `since` up to `before` (a year's water tiers)."""
    return dict(select_rows(session,
        select(MeterReading.meter_id, func.sum(MeterReading.usage))
        .where(MeterReading.month >= since, MeterReading.month < before)
        .group_by(MeterReading.meter_id)))


def overdue_at(session: Session, day: date) -> list[tuple[int, Decimal, date]]:
    """(unit, amount, earliest due date) still owed on bills due before `day`, by payments
    before `day`. Late fees themselves do not bear late fees."""
    zero = Decimal("0.00")
    paid: dict[int, Decimal] = dict(select_rows(session,
        select(ReceiptLine.bill_line_id, func.sum(ReceiptLine.amount))
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(Receipt.voided_at.is_(None), Receipt.day < day, ReceiptLine.bill_line_id.is_not(None))
        .group_by(ReceiptLine.bill_line_id)))
    waived: dict[int, Decimal] = dict(select_rows(session,
        select(Waiver.line_id, func.sum(Waiver.amount)).group_by(Waiver.line_id)))
    out: dict[int, list] = {}
    for lid, uid, amount, due in select_rows(session,
            select(BillLine.id, BillLine.unit_id, BillLine.amount, Bill.due_on).join(Bill, Bill.id == BillLine.bill_id)
            .where(Bill.due_on < day, BillLine.item != FeeItem.LATE)):
        owed = amount - paid.get(lid, zero) - waived.get(lid, zero)
        if owed:
            cur = out.setdefault(uid, [zero, due])
            cur[0] += owed
            cur[1] = min(cur[1], due)
    return [(uid, a, d) for uid, (a, d) in sorted(out.items()) if a > 0]


def posted_by_unit_and_key(session: Session, quarter: str) -> dict[int, dict[str, tuple[Decimal, FeeItem]]]:
    """unit -> line key -> (amount posted for the quarter so far, its fee item).

    Summed here, not with GROUP BY: SQLite would sort every line of the quarter through a temporary
    B-tree (7x the plain read). What the GROUP BY gave: per unit and key the sum, the item's group
    sorting last by name when a key had two items (the caller sorts the keys it needs sorted)."""
    sums: dict[tuple[int, str, FeeItem], Decimal] = {}
    # an opening bill's lines (期初:…) are the go-live's arrears, not this run's to adjust
    for uid, key, item, amt in select_rows(session, select(BillLine.unit_id, BillLine.key, BillLine.item,
                                                           BillLine.amount).where(BillLine.quarter == quarter,
                                                                                  ~BillLine.key.startswith("期初:"))):
        k = (uid, key, item)
        got = sums.get(k)
        sums[k] = amt if got is None else got + amt
    posted: dict[int, dict[str, tuple[Decimal, FeeItem]]] = defaultdict(dict)
    for (uid, key, item), amt in sums.items():
        was = posted[uid].get(key)
        if was is None or item.name > was[1].name:
            posted[uid][key] = (amt, item)
    return posted


def units_billed_in(session: Session, quarter: str) -> set[int]:
    return {uid for (uid,) in select_rows(session, select(Bill.unit_id).where(Bill.quarter == quarter,
                                                                             Bill.opening.is_(False)))}


def latest_allocations(session: Session, quarter: str) -> dict[int, tuple[Decimal, Decimal]]:
    """shared meter -> (amount, held) of its latest allocation in the quarter."""
    out: dict[int, tuple[Decimal, Decimal]] = {}
    for meter_id, amount, held in select_rows(session,
            select(ShareAllocation.meter_id, ShareAllocation.amount, ShareAllocation.held)
            .where(ShareAllocation.quarter == quarter).order_by(ShareAllocation.id)):
        out[meter_id] = (amount, held)
    return out


def posted_quarters(session: Session) -> list[str]:
    """Quarters with a posted run, newest first."""
    return list(session.execute(select(BillRun.quarter).distinct().order_by(BillRun.quarter.desc())).scalars())
