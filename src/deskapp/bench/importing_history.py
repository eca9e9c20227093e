"""Import of the old system's payment history at go-live (issue 16 §1): `import_payments_100k_s`,
`import_payments_100k_rss_mb`.

100,000 historical payments over the demo's 20,000 units (five each), written as HC小区's
房屋缴费历史 sheet (房屋 as 楼栋-单元-房号, dates as Excel serial numbers), imported into a copy
of the demo database in a fresh interpreter so that its peak memory is its own. The issue's
budget (60 s, 400 MB) is for this import together with the opening balances' (20,000 × 4)."""
from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

from deskapp.bench import BenchContext, Figure, timed_work

ORDER = 61
LINES = 100_000
ITEMS = ("物业服务费", "垃圾清运费", "车位管理费", "公共能耗分摊")


def _serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def write_history(path: Path, codes: list[str], lines: int = LINES) -> None:
    """HC's sheet: each unit's quarters of 2023–2024 paid in turn, one item per line."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("房屋缴费历史")
    ws.append(["房屋", "收费项目", "缴费周期", "开始时间", "结束时间", "缴费时间", "应缴金额", "实缴金额", "收银员", "备注"])
    for n in range(lines):
        code = codes[n % len(codes)]
        q = n // len(codes)  # the unit's n-th line: its quarter
        start = date(2023 + q // 4, 1 + 3 * (q % 4), 1)
        end = date(start.year + (start.month == 10), (start.month + 2) % 12 + 1, 1) - timedelta(days=1)
        billed = 300 + (n % 7) * 45
        ws.append([code, ITEMS[n % len(ITEMS)], 3, _serial(start), _serial(end), _serial(start + timedelta(days=9)),
                   billed, billed - (n % 10 == 0) * 20, ("李娜", "王芳", "赵敏")[n % 3], ""])
    wb.save(path)


def import_history(path: str, db: str) -> dict:
    """In the child: read, check and import the file."""
    from deskapp.services.importing.payments import import_payments

    result, seconds = timed_work(db, lambda ctx, actor: import_payments(ctx, actor, path))
    return {"seconds": seconds, "lines": result.lines}


def run(b: BenchContext) -> dict[str, Figure]:
    from deskapp.store.queries.importing import unit_places

    target = b.fresh()
    with target.reader() as uow:
        codes = [p.code for p in unit_places(uow.session)]
    target.db.dispose()
    path = b.folder / "payment-history.xlsx"
    started = time.perf_counter()
    write_history(path, codes)
    b.log(f"importing_history: wrote {LINES} lines over {len(codes)} units in {time.perf_counter() - started:.1f} s;"
          " importing …")
    child = b.in_child(import_history, str(path), str(target.db.path))
    total = child.value["lines"][-1]
    if not total.startswith(f"合计：{LINES} 笔"):
        raise RuntimeError(f"imported {total}, not {LINES} lines")
    note = f"{LINES} lines over {len(codes)} units, HC's 房屋缴费历史 .xlsx; budget shared with the opening import"
    return {
        "import_payments_100k_s": Figure(round(child.value["seconds"], 2), "s", 60, note=note),
        "import_payments_100k_rss_mb": Figure(round(child.rss_mb, 1), "MB", 400,
                                              note="peak RSS of the importing process"),
    }
