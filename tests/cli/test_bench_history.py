"""`deskapp bench --years N` (issue 21 §4): the history builder and the figures it reports."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deskapp.bench.history import plan_extra

NAMED = ("bill_run_post_s", "payment_open_ms", "arrears_export_s", "check_full_s", "check_s", "backup_s", "db_mb",
         "start_ready_ms")


@pytest.fixture(scope="module")
def two_years(tmp_path_factory) -> tuple[dict, Path]:
    """`deskapp bench --units 50 --years 2 --runs 1`, its figures and the kept two-year database."""
    folder = tmp_path_factory.mktemp("bench-history")
    out = folder / "figures.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "deskapp", "bench", "--units", "50", "--years", "2",
                           "--keep", str(folder), "--json", str(out), "--runs", "1"], capture_output=True, text=True,
                          timeout=900, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    label = "-".join(f"{k}{v}" for k, v in sorted(plan_extra(50, 2).items()))
    return json.loads(out.read_text(encoding="utf-8")), folder / f"demo-big-{label}.sqlite"


@pytest.mark.slow
def test_the_report_has_every_history_figure_for_one_year_and_two(two_years):
    figures, _ = two_years
    for years in (1, 2):
        for name in NAMED + ("build_s",):
            assert figures[f"history_{years}y_{name}"]["value"] > 0, name
    for name in ("bill_run_post", "payment_open", "arrears_export", "check_full", "check", "start_ready"):
        assert figures[f"history_{name}_growth"]["unit"] == "×"
    assert figures["history_2y_db_mb"]["value"] > figures["history_1y_db_mb"]["value"]


@pytest.mark.slow
def test_the_builder_bills_reads_and_takes_payments_for_eight_quarters(two_years):
    _, db = two_years
    con = sqlite3.connect(db)
    try:
        quarters = [q for (q,) in con.execute("SELECT DISTINCT quarter FROM bills ORDER BY quarter")]
        assert len(quarters) == 8
        first_month = con.execute("SELECT min(period_start) FROM bill_lines").fetchone()[0]
        # units handed over before the first quarter: billed in every one of the eight
        old_units = [u for (u,) in con.execute("SELECT id FROM units WHERE delivered_on < ?", (first_month,))]
        assert len(old_units) > 10
        billed = dict(con.execute("SELECT unit_id, count(DISTINCT quarter) FROM bills GROUP BY unit_id"))
        assert {billed.get(u) for u in old_units} == {8}
        # their meters read every month of the eight quarters
        months = dict(con.execute(
            "SELECT m.unit_id, count(DISTINCT r.month) FROM meter_readings r JOIN meters m ON m.id = r.meter_id "
            "WHERE m.unit_id IS NOT NULL AND r.month >= ? GROUP BY m.unit_id", (first_month,)))
        assert min(months[u] for u in old_units) >= 8 * 3 - 1  # this month's round may not be read yet
        # payments: every quarter's bills are paid by receipts, and each old unit paid for at least
        # the four quarters over a year old (nearly all of those are paid)
        paid = con.execute(
            "SELECT b.unit_id, b.quarter FROM receipt_lines rl JOIN bill_lines b ON b.id = rl.bill_line_id "
            "JOIN receipts r ON r.id = rl.receipt_id WHERE r.voided_at IS NULL GROUP BY b.unit_id, b.quarter").fetchall()
        assert sorted({q for _, q in paid}) == quarters
        per_unit: dict[int, int] = {}
        for unit, _ in paid:
            per_unit[unit] = per_unit.get(unit, 0) + 1
        assert sum(per_unit.get(u, 0) >= 4 for u in old_units) >= 0.95 * len(old_units)
        # the audit trail grew with the history: a row per receipt, key loan and request
        audit = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        events = sum(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("receipts", "key_loans", "rx_requests"))
        assert audit >= events
    finally:
        con.close()


@pytest.mark.slow
def test_the_two_year_audit_chain_verifies(two_years):
    from deskapp.services.accounts import check
    from deskapp.services.app import open_context

    _, db = two_years
    ctx = open_context(db)
    try:
        result = check.chain_check(ctx)
    finally:
        ctx.db.dispose()
    assert result.checked > 500  # two years of receipts, loans and requests at 50 units
    assert result.problems == []
