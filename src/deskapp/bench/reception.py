"""Reception figures (issue 5) with 200,000 requests and 100,000 repair orders: opening the
request register, filtering it by state and by month, and the morning list."""
from __future__ import annotations

import time
from datetime import datetime, time as dtime

from deskapp.bench import BenchContext, Figure, median, percentile

ORDER = 30
NEEDS = {"requests": 200_000, "repairs": 100_000}
TARGET_MS = 300
RUNS = 5


def _open_register(b: BenchContext, ctx) -> float:
    """From creating the 需求/投诉 tab to its first page shown (the default view: open items)."""
    from deskapp.gui.reception.requests_tab import RequestsTab

    return b.shown_ms(lambda: RequestsTab(b.desk(ctx)))


def _filters(ctx) -> list:
    """Every state, every month of the year, and each month's open items: what a supervisor clicks."""
    from deskapp.domain.reception import OPEN_REQUEST_STATES, RequestState
    from deskapp.services.exports import month_range
    from deskapp.contracts.reception import RequestFilter

    tz = ctx.clock.now().tzinfo
    today = ctx.clock.today()
    out = [RequestFilter()] + [RequestFilter(states=(s,)) for s in RequestState]
    y, m = today.year, today.month
    for _ in range(12):
        start, end = month_range(f"{y}-{m:02d}")
        t0, t1 = datetime.combine(start, dtime(0), tz), datetime.combine(end, dtime(0), tz)
        out.append(RequestFilter(start=t0, end=t1))
        out.append(RequestFilter(start=t0, end=t1, states=tuple(OPEN_REQUEST_STATES)))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out


def run(b: BenchContext) -> dict[str, Figure]:
    from deskapp.services.reception import desk, requests

    ctx = b.ensure(**NEEDS)
    with ctx.reader() as uow:
        from sqlalchemy import func, select

        from deskapp.store.models.reception import RepairOrder, ServiceRequest

        n_req = uow.session.execute(select(func.count(ServiceRequest.id))).scalar_one()
        n_rep = uow.session.execute(select(func.count(RepairOrder.id))).scalar_one()
    size = f"{n_req} requests, {n_rep} repair orders"

    _open_register(b, ctx)  # Qt's and the imports' first-time cost is start-up, not the register's
    opens = [_open_register(b, ctx) for _ in range(RUNS)]

    filters = _filters(ctx)
    for f in filters[:3]:
        requests.request_register(ctx, b.actor, f)
    times = []
    for f in filters:
        times.append(b.time_ms(lambda f=f: requests.request_register(ctx, b.actor, f)))

    desk.start_of_day(ctx, b.actor)
    morning = [b.time_ms(lambda: desk.start_of_day(ctx, b.actor)) for _ in range(RUNS)]
    items = len(desk.start_of_day(ctx, b.actor))
    # The list above includes every area's hook; this is the desk's own part of it.
    own = []
    for _ in range(RUNS):
        with ctx.reader() as uow:
            own.append(b.time_ms(lambda s=uow.session: desk.reception_items(s, ctx, ctx.clock.today(),
                                                                             earlier_only=True)))
    return {
        "requests_open_ms": Figure(median(opens), "ms", TARGET_MS, note=f"first page, median of {RUNS}; {size}"),
        "requests_filter_ms": Figure(percentile(times, 95), "ms", TARGET_MS,
                                     note=f"p95 of {len(times)} filters (state, month, month+open), page and count"),
        "start_of_day_ms": Figure(median(morning), "ms", TARGET_MS,
                                  note=f"{items} items of all areas, median of {RUNS}"),
        "start_of_day_reception_ms": Figure(median(own), "ms", note="the reception part of the list alone"),
    }
