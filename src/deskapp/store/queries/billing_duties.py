"""What the duty calendar asks the billing records: the day's handovers to finance, a quarter's
posted bill runs, the dunning of a span, a month's readings."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.store.models.billing import BillRun, DunningContact, DunningNotice, Handover
from deskapp.store.models.billing_meters import Meter, MeterReading


def handover_cashiers(session: Session, day: date) -> list[str]:
    """The cashiers who handed `day`'s takings to finance (费用移交表), in the order they did."""
    return list(session.execute(select(Handover.cashier_name).where(Handover.day == day)
                                .order_by(Handover.handed_at)).scalars())


def posted_runs(session: Session, quarter: str) -> list[tuple[datetime, str, int]]:
    """(posted at, by, bills) of every bill run posted for `quarter` (2026Q4), first first."""
    return [tuple(r) for r in session.execute(
        select(BillRun.posted_at, BillRun.posted_by, BillRun.bills).where(BillRun.quarter == quarter)
        .order_by(BillRun.posted_at))]


def dunning_count(session: Session, start: datetime, end: datetime) -> tuple[int, int]:
    """(notices issued, contacts recorded) from `start` up to (not including) `end`."""
    notices = session.execute(select(func.count()).select_from(DunningNotice)
                              .where(DunningNotice.issued_at >= start, DunningNotice.issued_at < end)).scalar_one()
    contacts = session.execute(select(func.count()).select_from(DunningContact)
                               .where(DunningContact.at >= start, DunningContact.at < end)).scalar_one()
    return notices, contacts


@dataclass(frozen=True)
class MonthReadings:
    meters: int  # active meters
    read: int  # of them with a reading for the month
    to_recheck: int  # readings flagged and not yet confirmed


def month_readings(session: Session, month: date) -> MonthReadings:
    """How far `month`'s (its first day) meter readings are entered and checked."""
    meters = session.execute(select(func.count()).select_from(Meter).where(Meter.active.is_(True))).scalar_one()
    read = session.execute(select(func.count()).select_from(MeterReading).join(Meter, Meter.id == MeterReading.meter_id)
                           .where(Meter.active.is_(True), MeterReading.month == month)).scalar_one()
    recheck = session.execute(select(func.count()).select_from(MeterReading).where(
        MeterReading.month == month, MeterReading.flags != "", MeterReading.recheck_cleared.is_(False))).scalar_one()
    return MonthReadings(meters, read, recheck)
