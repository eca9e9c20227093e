"""记账凭证 (issue 17 §2): the month with the most handed-over receipts of the demo database
written as a 金蝶 K/3 voucher workbook and as a 用友 U8 text file, as finance asks for them."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from deskapp.bench import BenchContext, Figure, median

ORDER = 52
RUNS = 3


def _busiest_month(b: BenchContext) -> str:
    from sqlalchemy import func, select

    from deskapp.store.models.billing import Handover

    with b.ctx.reader() as uow:
        month = func.strftime("%Y-%m", Handover.day)
        row = uow.session.execute(select(month, func.sum(Handover.count)).group_by(month)
                                  .order_by(func.sum(Handover.count).desc()).limit(1)).first()
    if row is None:
        raise RuntimeError("the demo database has no handovers")
    return row[0]


def run(b: BenchContext) -> dict[str, Figure]:
    from deskapp.services import exports
    from deskapp.services.billing import vouchers

    month = _busiest_month(b)
    summary = vouchers.summary(b.ctx, b.actor, exports.ExportOptions(month=month))
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, suffix in (("kingdee", "xlsx"), ("u8", "txt")):
            times = []
            for n in range(RUNS):
                started = time.perf_counter()
                vouchers.export_vouchers(b.ctx, b.actor, Path(tmp) / f"{n}.{suffix}",
                                         exports.ExportOptions(month=month, format=fmt))
                times.append((time.perf_counter() - started) * 1000)
            name = "vouchers_month_ms" if fmt == "kingdee" else "vouchers_month_u8_ms"
            figures[name] = Figure(median(times), "ms", 1000 if fmt == "kingdee" else None,
                                   note=f"{month}: {summary.vouchers} vouchers, {summary.entries} entries, "
                                        f"{summary.money:,.2f} yuan handed over, median of {RUNS}")
    return figures


__all__ = ["run"]
