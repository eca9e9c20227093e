"""Years of history (issue 21 §4): `deskapp bench --years N` against one year, side by side.

Two demo databases are built (and kept with ``--keep``, like every bench database): one
with a year of history and one with ``N`` years — four posted quarters a year of bills,
their meter readings and payments (``history_years`` of the billing demo), key loans and
service requests growing with the years, and an audit trail holding a chained row for each
receipt, key loan and request (built in bulk as the accounts bench builds its trail, so the
chain verifies). On a private copy of each the same five things are timed:

* ``bill_run_post_s`` — posting a quarter with a price change (the billing bench's run);
* ``payment_open_ms`` — the counter opening units billed in every quarter of the history;
* ``arrears_export_s`` — the 《欠费账龄表》 export, as of today;
* ``check_full_s`` — ``deskapp check --full`` (integrity_check, the whole audit chain, every area's
  checks), each part's time logged; then ``check_s``, the daily ``deskapp check`` after it (quick_check,
  the chain on from the anchor the full check left, every area's checks);
* ``backup_s`` — an online backup with the check of the copy;
* ``start_ready_ms`` — the desk started on the file, signed in and its first view painted (the
  file's quick_check then still runs in a process of its own, holding only writes:
  store/write_gate.py);

plus the database's size and how long it took to build. Figures are named
``history_{years}y_*``; ``history_*_growth`` is N years over one year (target 2×).
"""
from __future__ import annotations

import random
import time

from deskapp.bench import BenchContext, Figure

ORDER = 95
OPT_IN = True  # builds two big databases: only with --years or --only history
PAY_RUNS = 15
GROWING = ("bill_run_post_s", "payment_open_ms", "arrears_export_s", "check_full_s", "check_s", "start_ready_ms")
START_RUNS = 3
GROWTH_TARGET = 2.0  # ×, N years against one
CHECK_FULL_TARGET_S = 60
DB_TARGET_MB = 3 * 1024
# What grows with the years besides billing, per 1,000 units and year (the demo's one-year defaults).
KEY_LOANS_PER_1000 = 1250
REQUESTS_PER_1000 = 1500


def plan_extra(units: int, years: int) -> dict[str, int]:
    """The demo sizes of a community with ``years`` of history."""
    return {"history_years": years, "key_loan_years": years,
            "key_loans": max(60, round(units * KEY_LOANS_PER_1000 * years / 1000)),
            "requests": round(units * REQUESTS_PER_1000 * years / 1000)}


def audit_rows_wanted(ctx) -> int:
    """One audit row for every receipt, key loan and service request the history holds."""
    from sqlalchemy import func, select

    from deskapp.store.models.billing import Receipt
    from deskapp.store.models.keys import KeyLoan
    from deskapp.store.models.reception import ServiceRequest

    with ctx.reader() as uow:
        return sum(uow.session.execute(select(func.count()).select_from(m)).scalar_one()
                   for m in (Receipt, KeyLoan, ServiceRequest))


def build(b: BenchContext, years: int):
    """The demo database with ``years`` of history, its audit trail filled (once: a kept
    database already has it). Returns (context, seconds it took)."""
    from deskapp.bench.accounts import _append_audit
    from deskapp.store.models.accounts import AuditEntry

    ctx = b.ensure(**plan_extra(b.units, years))
    seconds = b.build_seconds(ctx)
    wanted = audit_rows_wanted(ctx)
    with ctx.reader() as uow:
        have = uow.session.query(AuditEntry).count()
    if have < wanted:
        b.log(f"  appending {wanted - have} audit entries over {years} years …")
        started = time.perf_counter()
        _append_audit(ctx, wanted - have, days=365 * years)
        seconds += time.perf_counter() - started
    return ctx, seconds


def _longest_billed_units(ctx, n: int, seed: int) -> tuple[list[int], int]:
    """Up to n units billed in the most quarters, and how many quarters that is."""
    from sqlalchemy import func, select

    from deskapp.store.models.billing import BillLine

    with ctx.reader() as uow:
        rows = uow.session.execute(
            select(BillLine.unit_id, func.count(func.distinct(BillLine.quarter)))
            .group_by(BillLine.unit_id).order_by(BillLine.unit_id)).all()
    most = max(q for _, q in rows)
    units = [uid for uid, q in rows if q == most]
    return random.Random(seed).sample(units, min(n, len(units))), most


def payment_open(b: BenchContext, ctx) -> tuple[float, str]:
    from deskapp.bench.billing import counter_open_ms

    chosen, quarters = _longest_billed_units(ctx, PAY_RUNS, b.seed)
    return counter_open_ms(b, ctx, chosen), f"median of {len(chosen)} units billed in {quarters} quarters"


def _seconds(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def check_parts(b: BenchContext, report, years: int, which: str = "check --full") -> str:
    """Each part of the check with its time, logged (which invariants grow with the years);
    the three slowest, for the figure's note."""
    ranked = sorted(report.results, key=lambda r: r.seconds, reverse=True)
    b.log(f"  {which} at {years} years, part by part:")
    for r in ranked:
        b.log(f"    {r.seconds:7.2f} s  {r.name} ({r.checked} checked)")
    return ", ".join(f"{r.name} {r.seconds:.1f} s" for r in ranked[:3])


def measure_checks(b: BenchContext, work, years: int) -> dict[str, Figure]:
    """`deskapp check --full`, then the daily check after it (the chain on from the anchor the
    full one left), each with its CPU time and its parts logged."""
    from deskapp.services.accounts import check

    out = {}
    for name, full in (("check_full_s", True), ("check_s", False)):
        cpu, started = time.process_time(), time.perf_counter()
        report = check.run_check(work, b.actor, full=full)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        if not report.ok:
            raise RuntimeError(f"deskapp check found problems in {years} years of history: {report.problems[:3]}")
        slowest = check_parts(b, report, years, "check --full" if full else "daily check")
        out[name] = Figure(wall, "s", CHECK_FULL_TARGET_S if full and years > 1 else None,
                           note=f"CPU {cpu:.1f} s; slowest: {slowest}")
    return out


def measure(b: BenchContext, years: int) -> dict[str, Figure]:
    """The history figures of one database, named history_{years}y_*."""
    from deskapp.bench import billing as billing_bench
    from deskapp.services.accounts import backup
    from deskapp.services.exports import ExportOptions, run_export

    ctx, built_s = build(b, years)
    size_mb = ctx.db.path.stat().st_size / 1048576
    work = b.fresh(**plan_extra(b.units, years))  # everything below may write
    pay_ms, pay_note = payment_open(b, work)
    target = b.folder / f"history-{years}y-arrears.xlsx"
    arrears_s = _seconds(lambda: run_export(work, b.actor, "arrears", target, ExportOptions(as_of=work.clock.today())))
    target.unlink(missing_ok=True)
    checks = measure_checks(b, work, years)
    runs = min(int(b.options.get("runs") or START_RUNS), START_RUNS)  # --runs 1: one start (a quick run)
    start_ms = _start_ready_ms(work, runs)
    copy = b.folder / f"history-{years}y-backup.sqlite"
    backup_s = _seconds(lambda: backup.backup_to(work, b.actor, copy))
    copy.unlink(missing_ok=True)
    copy.with_name(copy.name + ".json").unlink(missing_ok=True)  # its manifest
    run = billing_bench.measure_run(b, work)["bill_run_post_s"]
    work.db.dispose()
    work.db.path.unlink(missing_ok=True)  # a private copy of gigabytes: not kept
    y = f"history_{years}y_"
    return {
        y + "build_s": Figure(built_s, "s", note=f"{b.units} units, {4 * years} quarters, audit trail filled"),
        y + "db_mb": Figure(size_mb, "MB", DB_TARGET_MB if years > 1 else None),
        y + "bill_run_post_s": Figure(run.value, "s", note=run.note),
        y + "payment_open_ms": Figure(pay_ms, "ms", note=pay_note),
        y + "arrears_export_s": Figure(arrears_s, "s"),
        **{y + name: figure for name, figure in checks.items()},
        y + "backup_s": Figure(backup_s, "s", note=f"{size_mb:.0f} MB"),
        y + "start_ready_ms": Figure(start_ms, "ms", note=f"median of {runs} starts"),
    }


def _start_ready_ms(work, runs: int) -> float:
    """The desk program started on this file as the core bench starts it, to the signed-in,
    painted desk (bench/core.py)."""
    import sys

    from deskapp.bench import core, median

    env = core.ready_env_for()
    cmd = [sys.executable, "-m", "deskapp", "--db", str(work.db.path)]
    core.stamped_child(cmd, env, "DESKAPP_READY")  # warm-up: the page cache, the bytecode
    return median([core.stamped_child(cmd, env, "DESKAPP_READY")[0] for _ in range(runs)])


def run(b: BenchContext) -> dict[str, Figure]:
    from deskapp.services import hooks

    # Importing the services (and openpyxl with the export) is start-up cost: it would fall on
    # the one-year figures alone.
    hooks.load_all_services()
    import openpyxl  # noqa: F401

    years = int(b.options.get("years") or 10)
    figures = measure(b, 1)  # first: a database of more years would also "cover" one year's sizes
    if years > 1:
        figures.update(measure(b, years))
        for name in GROWING:
            one, many = figures[f"history_1y_{name}"].value, figures[f"history_{years}y_{name}"].value
            figures[f"history_{name.rsplit('_', 1)[0]}_growth"] = Figure(
                many / one if one else 0.0, "×", GROWTH_TARGET, note=f"{years} years against one")
    return figures
