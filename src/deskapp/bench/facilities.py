"""Facilities figure (issue 19) on 50,000 facility bookings:

* ``facility_bookings_open_ms`` — the 设施预约 tab opens (widget, facility list, count and first
  page, newest first) and is narrowed to one facility; the figure is the slower of the medians.
"""
from __future__ import annotations

from deskapp.bench import BenchContext, Figure, median, slowest

ORDER = 75
NEEDS = {"facility_bookings": 50_000}
RUNS = 15


def run(b: BenchContext) -> dict[str, Figure]:
    from sqlalchemy import func, select

    from deskapp.gui.facilities.bookings_tab import BookingsTab
    from deskapp.store.models.facilities import FacilityBooking

    ctx = b.ensure(**NEEDS)
    with ctx.reader() as uow:
        total = uow.session.execute(select(func.count()).select_from(FacilityBooking)).scalar_one()
    session = b.desk(ctx)
    opened = b.made_ms(lambda: BookingsTab(session), RUNS)
    tab = BookingsTab(session)

    def one_facility(index: int) -> float:
        tab.facility.blockSignals(True)
        tab.facility.setCurrentIndex(index)
        tab.facility.blockSignals(False)
        return b.time_ms(tab.reload)

    narrowed = [one_facility(1 + n % (tab.facility.count() - 1)) for n in range(RUNS)]
    tab.deleteLater()
    parts = {"open": median(opened), "one facility": median(narrowed)}
    worst, detail = slowest(parts)
    return {"facility_bookings_open_ms": Figure(parts[worst], "ms", 200,
                                                note=f"{total:,} bookings, {b.units} units; medians: {detail}")}
