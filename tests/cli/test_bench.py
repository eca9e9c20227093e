"""`deskapp bench` and `deskapp demo` from the command line, and the bench framework's parts."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deskapp import bench
from deskapp.bench import BenchContext, Figure, median, percentile, slowest

CORE_NAMES = {"demo_build_s", "start_ratio", "start_signin_ratio", "start_ready_ratio", "start_login_lag_ms",
              "start_scripted_ready_ratio", "search_p50_ms", "search_p95_ms", "register_open_ms", "peak_rss_mb"}


def deskapp(*args: str, timeout: int = 850) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "deskapp", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


# ------------------------------------------------------------------ figures and statistics

def test_percentile_is_a_measured_value_and_median_the_middle():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 95) == 95.0
    assert percentile(values, 50) == 50.0
    assert percentile([7.0], 95) == 7.0
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 2, 3]) == 2.5
    with pytest.raises(ValueError):
        percentile([], 50)


def test_slowest_names_the_worst_median_and_lists_them_all():
    worst, detail = slowest({"open": 120.4, "unit": 80.0, "month": 130.6})
    assert worst == "month"
    assert detail == "open 120 ms，unit 80 ms，month 131 ms"


def test_made_ms_times_each_widget_made_and_deletes_it(qtbot):
    from PySide6.QtWidgets import QLabel

    made = []
    times = BenchContext.made_ms(lambda: made.append(QLabel("x")) or made[-1], 3)
    assert len(times) == 3 and all(t >= 0 for t in times)
    qtbot.waitUntil(lambda: all(not _alive(w) for w in made))


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_figure_verdicts_follow_the_direction_of_the_target():
    assert Figure(20, "ms", 30).met is True
    assert Figure(40, "ms", 30).met is False
    assert Figure(40, "ms", 30).ratio == pytest.approx(40 / 30)
    assert Figure(0.9, "×", 0.8, higher_is_better=True).met is True
    assert Figure(0.7, "×", 0.8, higher_is_better=True).met is False
    assert Figure(5, "s").met is None


def test_the_notice_batch_split_names_each_workers_share_and_their_overlap():
    """Issue 21 §3: two workers, parts 0–4 s and 4–6 s on one, 1–5 s on the other: both drew
    for 4 of the batch's 8 s; the critical path is the parent's 1 s and the busier worker's 5 s."""
    from deskapp.bench.billing import notice_split
    from deskapp.documents.billing.notice import PartTiming

    parts = [PartTiming(1, 100.0, 104.0, 3.5, 500), PartTiming(1, 104.0, 106.0, 1.5, 500),
             PartTiming(2, 101.0, 105.0, 4.0, 500)]
    got = notice_split(8.0, 1.0, parts, 9.0)
    assert got["notices_both_busy"].value == pytest.approx(0.5)
    assert got["notices_workers_cpu_s"].value == pytest.approx(9.0)
    assert "3 parts on 2 workers" in got["notices_workers_cpu_s"].note
    assert got["notices_ratio_by_cpu"].value == pytest.approx(9.0 / 6.0)


def test_report_json_has_value_and_unit_only():
    report = bench.BenchReport({"x_ms": Figure(1.23456, "ms", 30, note="n")})
    assert report.as_json() == {"x_ms": {"value": 1.2346, "unit": "ms"}}
    assert "x_ms" in report.table() and "ok" in report.table()


def test_steps_are_found_in_order_and_unknown_names_refused():
    names = [m.__name__.rsplit(".", 1)[-1] for m in bench.steps()]
    assert names[0] == "core"
    assert [m.ORDER for m in bench.steps()] == sorted(m.ORDER for m in bench.steps())
    with pytest.raises(ValueError, match="nosuch"):
        bench.steps(["nosuch"])


# ------------------------------------------------------------------ bench context

@pytest.fixture
def bench_ctx(tmp_path):
    b = BenchContext(tmp_path, units=25, needs={"nothing_reads_this": 3}, log=lambda text: None)
    yield b
    b.close()


@pytest.mark.slow
def test_context_builds_the_base_demo_and_caches_bigger_ones(bench_ctx, tmp_path):
    b = bench_ctx
    assert b.demo_seconds > 0
    with b.ctx.reader() as uow:
        from sqlalchemy import func, select

        from deskapp.store.models.registry import Unit

        assert uow.session.execute(select(func.count()).select_from(Unit)).scalar_one() == 25
    big = b.ensure(nothing_reads_this=2)
    assert big is not b.ctx
    # A smaller or equal request is served by the database already built; needs were merged in.
    assert b.ensure(nothing_reads_this=3) is big
    assert b.ensure() is b.ctx
    assert len(list(tmp_path.glob("demo-*.sqlite"))) == 2
    # A desk session for a tab to be made on: the bench's actor, on the base demo or the one asked for.
    desk, on_big = b.desk(), b.desk(big)
    assert (desk.ctx, desk.actor, on_big.ctx) == (b.ctx, b.actor, big) and desk.bus is not on_big.bus
    copy = b.fresh()
    try:
        assert copy.db.path != b.db_path and copy.db.path.exists()
    finally:
        copy.db.dispose()

    # The same folder again (deskapp bench --keep DIR): nothing is rebuilt.
    logged: list[str] = []
    again = BenchContext(tmp_path, units=25, log=logged.append)
    try:
        assert again.demo_seconds == b.demo_seconds
        assert logged and logged[0].startswith("reusing")
    finally:
        again.close()
    with pytest.raises(ValueError, match="built for"):
        BenchContext(tmp_path, units=26, log=logged.append)


def _child_square(x: int) -> int:
    return x * x


def test_in_child_reports_value_time_and_memory():
    result = BenchContext.in_child(_child_square, 12)
    assert result.value == 144
    assert result.seconds >= 0
    assert 5 < result.rss_mb < 2000


# ------------------------------------------------------------------ command line

def test_bench_refuses_unknown_steps_and_lists_them():
    out = deskapp("bench", "--only", "nosuch")
    assert out.returncode == 2 and "nosuch" in out.stderr
    listing = deskapp("bench", "--list")
    assert listing.returncode == 0 and "core" in listing.stdout


@pytest.mark.slow
@pytest.mark.timeout(900)  # builds a demo with every area and starts the program twice
def test_bench_json_at_a_tiny_size_writes_the_documented_names(tmp_path):
    target = tmp_path / "figures.json"
    out = deskapp("bench", "--units", "80", "--only", "core", "--runs", "1", "--json", str(target))
    assert out.returncode == 0, out.stderr[-2000:]
    figures = json.loads(target.read_text(encoding="utf-8"))
    assert CORE_NAMES <= set(figures)
    for name, fig in figures.items():
        assert set(fig) == {"value", "unit"}, name
        assert isinstance(fig["value"], (int, float)) and fig["value"] >= 0, name
    assert figures["start_ratio"]["unit"] == "×"
    assert figures["peak_rss_mb"]["value"] > 10
    for name in CORE_NAMES:
        assert name in out.stdout  # the printed table names every figure
    assert "≤30" in out.stdout and "≤200" in out.stdout  # targets beside the values


@pytest.mark.slow
def test_demo_command_fills_an_empty_database_and_refuses_a_used_one(tmp_path):
    db = tmp_path / "demo.sqlite"
    first = deskapp("demo", "--db", str(db), "--units", "50", "--seed", "4", "--size", "filed_months=1")
    assert first.returncode == 0, first.stderr[-2000:]
    assert "50 套房屋" in first.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM units").fetchone()[0] == 50
    con.close()
    again = deskapp("--db", str(db), "demo", "--units", "50")
    assert again.returncode == 1
    assert "已有数据" in again.stderr


def test_demo_command_rejects_a_malformed_size(tmp_path):
    out = deskapp("demo", "--db", str(tmp_path / "x.sqlite"), "--size", "requests")
    assert out.returncode == 2
    assert "名称=数量" in out.stderr
    assert not Path(tmp_path / "x.sqlite").exists()
