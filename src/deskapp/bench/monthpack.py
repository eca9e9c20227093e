"""每月汇总归档 (issue 17 §3): the pack's workbook of every monthly register for the demo's last
full month (target 60 s for a 20,000-unit month), and its summary PDF (no target of its own;
timed apart because the filing itself writes to the database, which a bench step must not)."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from deskapp.bench import BenchContext, Figure

ORDER = 56


def run(b: BenchContext) -> dict[str, Figure]:
    from deskapp.domain.billing import add_months
    from deskapp.services.monthpack import filing, workbook

    month = f"{add_months(b.ctx.clock.today().replace(day=1), -1):%Y-%m}"
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        _, sheets = workbook.write_workbook(b.ctx, b.actor, month, Path(tmp))
        seconds = time.perf_counter() - started
    started = time.perf_counter()
    pages = filing.summary_paper(b.ctx, b.actor, month, sheets, [])
    summary = time.perf_counter() - started
    note = f"{month}: {len(sheets)} registers/sheets, {sum(s.rows for s in sheets)} rows (workbook only; one run)"
    return {"month_pack_s": Figure(round(seconds, 1), "s", 60, note=note),
            "month_summary_s": Figure(round(summary, 1), "s", note=f"{month}: summary PDF, {len(pages) // 1024} KB")}


__all__ = ["run"]
