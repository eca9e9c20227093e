"""Owner and unit files at full size (20,000 units): the quarterly completeness check (time and
peak memory in a fresh process), the Excel registers, the unit page and its printed file."""
from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from deskapp.bench import BenchContext, Figure, median, percentile

ORDER = 15
UNIT_SAMPLES = 40


def _check_in_child(db: str) -> tuple[int, float]:
    """The completeness check as the GUI's worker runs it, in a fresh interpreter (peak RSS);
    returns (findings, seconds of the check itself, without the interpreter's start)."""
    from deskapp.services.registry import completeness
    from deskapp.services.app import open_context
    from deskapp.services.context import Actor

    ctx = open_context(db, upgrade=False)
    try:
        started = time.perf_counter()
        findings = len(completeness.run_check(ctx, Actor.os_user()).findings)
        return findings, time.perf_counter() - started
    finally:
        ctx.db.dispose()


def _export_in_child(db: str, name: str, out: str) -> tuple[int, float]:
    from deskapp.services.registry import exports as registry_exports
    from deskapp.services.app import open_context
    from deskapp.services.context import Actor
    from deskapp.services.exports import ExportOptions

    ctx = open_context(db, upgrade=False)
    run = {"units": registry_exports.export_units, "people": registry_exports.export_people}[name]
    try:
        started = time.perf_counter()
        rows = run(ctx, Actor.os_user(), Path(out), ExportOptions())
        return rows, time.perf_counter() - started
    finally:
        ctx.db.dispose()


def run(b: BenchContext) -> dict[str, Figure]:
    from deskapp.services.registry import completeness
    from deskapp.services.registry import units as registry_units
    from deskapp.services.registry import prints as registry_print
    from deskapp.contracts.registry import UnitFilter

    db = str(b.db_path)
    figures: dict[str, Figure] = {}
    check = b.in_child(_check_in_child, db)
    findings, seconds = check.value
    figures["completeness_check_s"] = Figure(round(seconds, 2), "s", 10, note=f"{findings} findings, {b.units} units")
    figures["completeness_peak_rss_mb"] = Figure(round(check.rss_mb, 1), "MB", 300)
    report = completeness.run_check(b.ctx, b.actor)
    started = time.perf_counter()
    pdf = completeness.report_pdf(b.ctx, b.actor, report)
    figures["completeness_pdf_s"] = Figure(round(time.perf_counter() - started, 2), "s", 15,
                                           note=f"{len(report.findings)} findings, {len(pdf) // 1024} KB")
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("units", "people"):
            out = b.in_child(_export_in_child, db, name, str(Path(tmp) / f"{name}.xlsx"))
            rows, seconds = out.value
            figures[f"export_{name}_s"] = Figure(round(seconds, 2), "s", 20, note=f"{rows} rows")
            figures[f"export_{name}_peak_rss_mb"] = Figure(round(out.rss_mb, 1), "MB", 300)

    ids = [r.id for r in registry_units.unit_register(b.ctx, b.actor, UnitFilter(), limit=b.units).rows]
    sample = random.Random(7).sample(ids, min(UNIT_SAMPLES, len(ids)))
    page_ms = [b.time_ms(lambda u=u: registry_units.unit_page(b.ctx, b.actor, u)) for u in sample]
    figures["unit_page_p95_ms"] = Figure(round(percentile(page_ms, 95), 1), "ms", 50)
    from deskapp.gui.registry.unit_page import UnitPageWidget

    session = b.desk()
    # 1280×720 as in the main window: the sections in view are built on opening
    widget_ms = [b.shown_ms(lambda u=u: UnitPageWidget(session, u), (1280, 720)) for u in sample[:10]]
    figures["unit_page_open_ms"] = Figure(round(median(widget_ms), 1), "ms", 200,
                                          note="1280×720; the areas' sections in view built, the others as they scroll in")
    pdf_ms = [b.time_ms(lambda u=u: registry_print.unit_file_pdf(b.ctx, b.actor, u)) for u in sample[:10]]
    figures["unit_file_pdf_ms"] = Figure(round(median(pdf_ms), 1), "ms", 500)
    return figures
