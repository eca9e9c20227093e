"""收费季报 (issue 17 §1): the figures of the demo's latest quarter with bills, and the two files
(PDF with charts and the workbook) written from them."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from deskapp.bench import BenchContext, Figure, median

ORDER = 53
RUNS = 3


def run(b: BenchContext) -> dict[str, Figure]:
    from deskapp.domain.billing import parse_quarter
    from deskapp.domain.billing_finance import report_period
    from deskapp.services.billing import finance_report
    from deskapp.services.billing import run as bill_run

    posted = bill_run.posted_quarters(b.ctx, b.actor)
    if not posted:
        raise RuntimeError("the demo database has no posted quarter")
    # bills are posted after their quarter ends: the quarter after the latest billed one holds them
    period = report_period(quarter=parse_quarter(posted[0]).next().code)
    figures_ms, files_ms = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(RUNS):
            started = time.perf_counter()
            r = finance_report.report(b.ctx, b.actor, period)
            figures_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            finance_report.write(b.ctx, b.actor, period, Path(tmp) / f"{n}.pdf", Path(tmp) / f"{n}.xlsx")
            files_ms.append((time.perf_counter() - started) * 1000)
    note = (f"{period.label}: {r.households} units charged, {len(r.by_building)} buildings, "
            f"收费率 {r.collection_rate}%, median of {RUNS}")
    return {
        "finance_report_ms": Figure(median(figures_ms), "ms", 2000, note=note),
        "finance_report_files_ms": Figure(median(files_ms), "ms", note="figures again, PDF with charts and workbook"),
    }


__all__ = ["run"]
