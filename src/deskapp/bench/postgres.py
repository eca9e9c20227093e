"""Several desks on one PostgreSQL server (issue 18 §3):

* ``pg_payment_ms`` — one desk alone: a payment (the unit's account read, then the payment
  written) on the loopback server, median and p95 of 100.
* ``pg_payments_4desks_per_s`` — four desks (each its own engine, as four PCs) take 500
  payments each on the same two units at once; payments per second over the whole run. The
  receipt numbers are checked: 0 gaps and 0 duplicates, or the step fails.

* ``pg_search_p95_ms``, ``pg_register_open_ms``, ``pg_bill_run_post_s`` — the desk figures of
  SQLite's steps (core.measure_search, core.measure_register, billing.measure_run: the same code)
  on the server: the run's base demo is moved onto it with `deskapp migrate --to`'s service first
  (``pg_migrate_s``, which also checks the copy), then measured there.

Needs a server: DESKAPP_BENCH_PG is a URL of a role that may create databases (the suite's
throwaway cluster, or `postgresql://postgres@/postgres?host=/run/postgresql`); the step makes a
database of its own there and drops it. Without it the step reports nothing.
The same workload is the test tests/services/test_desks_at_once.py runs."""
from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date

from deskapp.bench import BenchContext, Figure, median, percentile

ORDER = 95
DESKS = 4
EACH = 500


@dataclass(frozen=True)
class DesksRun:
    seconds: float
    numbers: list[str]   # every receipt number the desks were given, in no order
    refused: int         # payments a desk was refused (none expected)
    timings: list[float]  # ms per payment, when asked for

    @property
    def per_second(self) -> float:
        return len(self.numbers) / self.seconds if self.seconds else 0.0


def billed_units(ctx, admin) -> list[int]:
    """Two delivered flats billed for 2026Q3 (property fee only): something to pay at the desks."""
    from deskapp.domain.billing import FeeItem
    from deskapp.services.billing import run, standards
    from deskapp.services.registry import community, units

    community.setup_community(ctx, admin, "翠湖花园", "翠湖花园物业服务中心", "滨江路 88 号", "0571-88886666")
    community.add_building(ctx, admin, "3")
    ids = [units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room, "building_area": "120",
                                         "state": "自住"}, delivered_on=date(2020, 1, 1)) for room in ("101", "102")]
    standards.add_standard(ctx, admin, FeeItem.PROPERTY, "2.50", date(2020, 1, 1), unit_kind="住宅")
    run.post(ctx, admin, "2026Q3")
    return ids


def pay_from_desks(url: str, clock, unit_ids: list[int], *, desks: int = DESKS, each: int = EACH,
                   amount: str = "0.10", timings: bool = False) -> DesksRun:
    """`desks` threads, each with its own Database (engines, connections) on `url`, each taking
    `each` cash payments of `amount` towards everything its unit owes."""
    from deskapp.domain.billing import PayMethod
    from deskapp.domain.errors import DeskappError
    from deskapp.domain.permissions import Role
    from deskapp.services.billing import payments
    from deskapp.services.context import Actor, Context
    from deskapp.store.db import Database

    took: list[float] = []

    def desk(n: int) -> tuple[list[str], int]:
        ctx = Context(db=Database.open(url), clock=clock)
        cashier = Actor(None, f"desk{n}", f"收费员{n}", Role.CLERK)
        unit = unit_ids[n % len(unit_ids)]
        numbers, refused = [], 0
        try:
            for _ in range(each):
                started = time.perf_counter()
                lines = [o.line_id for o in payments.account(ctx, cashier, unit, receipts=0).lines]
                try:
                    numbers.append(payments.take_payment(ctx, cashier, unit, lines, amount, PayMethod.CASH).number)
                except DeskappError:
                    refused += 1
                if timings:
                    took.append((time.perf_counter() - started) * 1000)
        finally:
            ctx.db.dispose()
        return numbers, refused

    started = time.perf_counter()
    with ThreadPoolExecutor(desks) as pool:
        done = list(pool.map(desk, range(desks)))
    seconds = time.perf_counter() - started
    return DesksRun(seconds, [number for numbers, _ in done for number in numbers], sum(r for _, r in done), took)


class _OnServer:
    """The bench context with its base demo's server copy as `ctx` (and as the private copy a
    writing step asks for): SQLite's measuring code, unchanged, measures the server."""

    def __init__(self, b: BenchContext, ctx):
        self._b = b
        self.ctx = ctx

    def __getattr__(self, name: str):
        return getattr(self._b, name)

    def fresh(self, **_sizes):
        return self.ctx  # the copy is this step's own, dropped afterwards


def measure_desk(b: BenchContext, url: str) -> dict[str, Figure]:
    """The base demo moved onto the empty database `url`, then searched, its register opened and
    a quarter's price change billed there."""
    from deskapp.bench import billing, core
    from deskapp.services.accounts import server_move
    from deskapp.services.app import open_context

    started = time.perf_counter()
    report = server_move.move_to_server(b.ctx, b.actor, url)
    moved = time.perf_counter() - started
    if report.problems:
        raise RuntimeError("the demo's server copy differs: " + "; ".join(report.problems[:5]))
    rows = sum(a for a, _ in report.comparison.counts.values())
    b.log(f"postgres: demo moved to the server in {moved:.1f} s ({rows} rows)")
    ctx = open_context(url, clock=b.ctx.clock)
    try:
        on = _OnServer(b, ctx)
        search, register, run = core.measure_search(on), core.measure_register(on), billing.measure_run(on)
    finally:
        ctx.db.dispose()
    by_kind = {f"pg_{name}": value for name, value in search.items()  # which kind of query costs what
               if name.startswith("search_") and name != "search_p95_ms"}
    return {**by_kind, "pg_migrate_s": Figure(round(moved, 1), "s", note=f"{rows} rows copied and verified"),
            "pg_search_p95_ms": Figure(round(search["search_p95_ms"].value, 1), "ms", 50, note=search["search_p50_ms"].note),
            "pg_register_open_ms": Figure(round(register["register_open_ms"].value, 1), "ms", 300,
                                          note=register["register_open_ms"].note),
            "pg_bill_run_dry_s": Figure(round(run["bill_run_dry_s"].value, 2), "s", note=run["bill_run_dry_s"].note),
            "pg_bill_run_post_s": Figure(round(run["bill_run_post_s"].value, 2), "s", 15,
                                         note=run["bill_run_post_s"].note)}


def gaps_and_duplicates(numbers: list[str]) -> tuple[int, int]:
    """How many numbers are missing from 1..highest, and how many were given twice."""
    seqs = [int(n.rsplit("-", 1)[1]) for n in numbers]
    return (max(seqs, default=0) - len(set(seqs))), len(seqs) - len(set(seqs))


def run(b: BenchContext) -> dict[str, Figure]:
    server = os.environ.get("DESKAPP_BENCH_PG")
    if not server:
        b.log("postgres: DESKAPP_BENCH_PG not set, no PostgreSQL figures")
        return {}
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from deskapp.services.app import open_context
    from deskapp.store.db import to_url

    name = f"deskapp_bench_{os.getpid()}"
    moved = f"deskapp_bench_demo_{os.getpid()}"
    admin_engine = create_engine(to_url(server), isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
        conn.exec_driver_sql(f"CREATE DATABASE {moved}")
    url = make_url(to_url(server)).set(database=name).render_as_string(hide_password=False)
    try:
        desk = measure_desk(b, make_url(to_url(server)).set(database=moved).render_as_string(hide_password=False))
        ctx = open_context(url, clock=b.ctx.clock)
        unit_ids = billed_units(ctx, b.actor)
        ctx.db.dispose()
        alone = pay_from_desks(url, b.ctx.clock, unit_ids, desks=1, each=100, timings=True)
        result = pay_from_desks(url, b.ctx.clock, unit_ids)
    finally:
        with admin_engine.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {moved} WITH (FORCE)")
        admin_engine.dispose()
    gaps, duplicates = gaps_and_duplicates(alone.numbers + result.numbers)  # one series, the lone desk's first
    if gaps or duplicates or result.refused:
        raise RuntimeError(f"receipt numbers: {gaps} gaps, {duplicates} duplicates, {result.refused} refused")
    return {**desk, "pg_payment_ms": Figure(round(median(alone.timings), 1), "ms", 50, note="median of 100, one desk"),
            "pg_payment_p95_ms": Figure(round(percentile(alone.timings, 95), 1), "ms", 200),
            "pg_payments_4desks_per_s": Figure(round(result.per_second, 1), "/s", higher_is_better=True,
                                               note=f"{len(result.numbers)} payments, 0 gaps, 0 duplicates")}
