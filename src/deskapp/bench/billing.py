"""收费 figures (issue 7): the quarterly bill run (dry run and post), the fee-notice batch
against bare reportlab drawing the same pages, and the payment screen opening for a unit.

The bill run is measured as the supervisor meets it on a posted quarter whose prices change
for every unit (new standards dated at the quarter's start): every unit is recomputed and gets
an adjustment bill with a line per changed item, so the post writes a full quarter's worth of
bills. It runs on a private copy of the demo database."""
from __future__ import annotations

import random
import time
from datetime import timedelta

from deskapp.bench import BenchContext, Figure, median

ORDER = 50
BARE_SAMPLE = 1500  # pages bare reportlab draws for its pages/s (same notices, no database)
PAY_RUNS = 25


def _latest_quarter(ctx, actor) -> str:
    from deskapp.services.billing import run as bill_run

    quarters = bill_run.posted_quarters(ctx, actor)
    if not quarters:
        raise RuntimeError("the demo database has no posted quarter")
    return quarters[0]


def measure_run(b: BenchContext, ctx=None) -> dict[str, Figure]:
    """On ``ctx`` (a private copy the run may write to; by default a fresh copy of the base)."""
    from deskapp.domain.billing import FeeItem, add_months, parse_quarter
    from deskapp.domain.units import UnitKind
    from deskapp.services.billing import run as bill_run
    from deskapp.services.billing import standards

    from deskapp.services import hooks

    hooks.load_all_services()  # importing every area's services is start-up cost, not the run's
    ctx = ctx or b.fresh()
    q = parse_quarter(_latest_quarter(ctx, b.actor))
    change = add_months(q.start, 1)  # a mid-quarter price change: part months on both prices
    for kind, price in ((UnitKind.FLAT, "2.75"), (UnitKind.SHOP, "5.10"), (UnitKind.OFFICE, "3.90")):
        standards.add_standard(ctx, b.actor, FeeItem.PROPERTY, price, change, unit_kind=kind.value, note="基准测试调价")
    standards.add_standard(ctx, b.actor, FeeItem.WATER, "4.30", change, note="基准测试调价")
    standards.add_standard(ctx, b.actor, FeeItem.SHARED_POWER, "0.65", q.start - timedelta(days=1), note="基准测试调价")
    started = time.perf_counter()
    preview = bill_run.preview(ctx, b.actor, q.code, bill_rest=True)
    dry = time.perf_counter() - started
    started = time.perf_counter()
    result = bill_run.post(ctx, b.actor, q.code, bill_rest=True)
    posted = time.perf_counter() - started
    lines = sum(len(u.lines) for u in preview.units)
    again = time.perf_counter()
    rerun = bill_run.post(ctx, b.actor, q.code, bill_rest=True)
    rerun_s = time.perf_counter() - again
    if rerun.bills:
        raise RuntimeError("a second run of the same quarter posted bills: the run is not idempotent")
    note = f"{q.code}, {len(preview.units)} units recomputed"
    return {
        "bill_run_dry_s": Figure(dry, "s", 10, note=note),
        "bill_run_post_s": Figure(posted, "s", 10, note=f"{result.bills} bills, {lines} lines written"),
        "bill_run_rerun_s": Figure(rerun_s, "s", note="same quarter again: nothing to post"),
    }


def measure_notices(b: BenchContext) -> dict[str, Figure]:
    from deskapp.documents.billing import notice as billing_notice
    from deskapp.domain.billing import parse_quarter
    from deskapp.services.billing import notices
    from deskapp.store.queries.billing_run import billed_unit_ids

    quarter = _latest_quarter(b.ctx, b.actor)
    timings: list = []
    started, cpu, called = time.perf_counter(), time.process_time(), time.time()
    pdf, pages = notices.notices(b.ctx, b.actor, quarter, include_paid=True, timings=timings)
    wall = time.perf_counter() - started
    parent_cpu = time.process_time() - cpu
    ours = pages / wall
    del pdf
    # Bare reportlab: the same notices, already in memory, drawn straight onto one canvas.
    with b.ctx.reader() as uow:
        q = parse_quarter(quarter)
        ids = billed_unit_ids(uow.session, q.code)[:BARE_SAMPLE]
        sample = list(notices.iter_notices(uow.session, b.ctx, q, ids, b.ctx.clock.today()))
    started, cpu = time.perf_counter(), time.process_time()
    billing_notice.notices_pdf(sample)
    bare = len(sample) / (time.perf_counter() - started)
    bare_cpu_per_page = (time.process_time() - cpu) / len(sample)
    return {
        "notices_pages_per_s": Figure(ours, "pages/s", higher_is_better=True,
                                      note=f"{pages} notices of {quarter} into one PDF"),
        "notices_bare_pages_per_s": Figure(bare, "pages/s", higher_is_better=True,
                                           note=f"bare reportlab, {len(sample)} of the same pages, one core"),
        "notices_ratio": Figure(ours / bare, "×", 1.6, higher_is_better=True,
                                note="two worker processes against bare reportlab on one core (issue 21 §3)"),
        **notice_split(wall, parent_cpu, timings, pages * bare_cpu_per_page),
        "notices_first_part_s": Figure(min((t.started for t in timings), default=called) - called, "s",
                                       note="from the call to a worker's first part: ids, the issue, the "
                                            "workers' start (wall)"),
    }


def notice_split(wall: float, parent_cpu: float, timings: list, bare_cpu: float) -> dict[str, Figure]:
    """Where the batch's time went (issue 21 §3): the parent's CPU (ids, issue, join), the
    workers' CPU (reading and drawing their parts), and how long both workers drew at once.

    On a shared machine the wall-clock ratio says how many cores the others left us, not what a
    second core gives: `notices_ratio_by_cpu` is bare reportlab's CPU for the same pages over the
    batch's critical path in CPU (the parent's and the busier worker's), what the ratio is on two
    idle cores less the workers' start."""
    spans: dict[int, list[tuple[float, float]]] = {}
    for t in timings:
        spans.setdefault(t.pid, []).append((t.started, t.ended))
    busy = {pid: sum(e - s for s, e in ss) for pid, ss in spans.items()}
    both = 0.0
    if len(spans) == 2:
        a, c = spans.values()
        both = sum(max(0.0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in c)
    workers_cpu = sum(t.cpu_s for t in timings)
    per_worker: dict[int, float] = {}
    for t in timings:
        per_worker[t.pid] = per_worker.get(t.pid, 0.0) + t.cpu_s
    path = parent_cpu + max(per_worker.values(), default=0.0)
    busy_text = ", ".join(f"{v:.1f}" for v in busy.values())
    return {
        "notices_parent_cpu_s": Figure(parent_cpu, "s", note=f"batch wall {wall:.1f} s"),
        "notices_workers_cpu_s": Figure(workers_cpu, "s", note=f"{len(timings)} parts on {len(spans)} workers, "
                                                                 f"busy {busy_text} s"),
        "notices_both_busy": Figure(both / wall if wall else 0.0, "×", note="share of the batch's wall time "
                                    "during which both workers drew"),
        "notices_ratio_by_cpu": Figure(bare_cpu / path if path else 0.0, "×", higher_is_better=True,
                                       note=f"bare {bare_cpu:.1f} s CPU for the same pages over parent + busier "
                                            f"worker {path:.1f} s CPU"),
    }


def counter_open_ms(b: BenchContext, ctx, units: list[int]) -> float:
    """The 收费 tab opened on each unit in turn (the first is start-up cost, not counted); median ms."""
    from deskapp.gui.billing.counter import CounterTab

    app = b.qapp()
    tab = CounterTab(b.desk(ctx))
    tab.resize(1280, 800)
    tab.show()
    tab.open_unit(units[0])  # first paint and imports are start-up cost
    app.processEvents()
    times = []
    for uid in units:
        started = time.perf_counter()
        tab.open_unit(uid)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return median(times)


def measure_payment_open(b: BenchContext) -> dict[str, Figure]:
    from sqlalchemy import select

    from deskapp.store.models.billing import BillLine

    with b.ctx.reader() as uow:
        units = sorted(set(uow.session.execute(select(BillLine.unit_id)).scalars()))
    chosen = random.Random(b.seed).sample(units, min(PAY_RUNS, len(units)))
    return {"payment_open_ms": Figure(counter_open_ms(b, b.ctx, chosen), "ms", 100,
                                      note=f"median of {len(chosen)} units")}


def run(b: BenchContext) -> dict[str, Figure]:
    figures = {}
    figures.update(measure_payment_open(b))
    figures.update(measure_run(b))
    figures.update(measure_notices(b))
    return figures


__all__ = ["run"]
