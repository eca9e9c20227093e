"""期初欠费 at go-live (issue 16 §1): `import_opening_20k_s`, `import_opening_20k_rss_mb`.

Every unit of the demo community owes four items (物业费 and the two shares for one quarter, a
late fee for the next), written in our template: 80,000 rows at 20,000 units. The file is
imported into a private copy of the demo database in a fresh interpreter, so that the peak
memory is the import's own. (The 100,000 historical payments of the same target are measured
by the payments import's own step.)"""
from __future__ import annotations

from pathlib import Path

from deskapp.bench import BenchContext, Figure, timed_work

ORDER = 61
ITEMS = (("物业管理费", "2025Q3", "375.00"), ("公共用电分摊", "2025Q3", "12.34"),
         ("公共用水分摊", "2025-09", "8.80"), ("滞纳金", "2025年第4季度", "5.60"))


def write_file(codes: list[str], path: Path) -> int:
    """Our template, streamed (write-only): one row per unit and item."""
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("期初欠费")
    ws.append(["房屋编号", "收费项目", "所属期间", "金额"])
    n = 0
    for code in codes:
        for item, period, amount in ITEMS:
            ws.append([code, item, period, amount])
            n += 1
    wb.save(path)
    return n


def import_file(db: str, path: str) -> dict:
    """In the child: the import as `deskapp import opening FILE` runs it."""
    from deskapp.services import hooks
    from deskapp.services.importing.opening import import_opening

    hooks.load_all_services()  # start-up, not the import's
    result, seconds = timed_work(db, lambda ctx, actor: import_opening(ctx, actor, path))
    return {"seconds": seconds, "lines": result.lines}


def run(b: BenchContext) -> dict[str, Figure]:
    from deskapp.store.queries.importing import unit_ids

    ctx = b.fresh()
    with ctx.reader() as uow:
        codes = sorted(unit_ids(uow.session))
    path = b.folder / "opening-20k.xlsx"
    rows = write_file(codes, path)
    ctx.db.dispose()
    b.log(f"opening: {rows} rows for {len(codes)} units in {path.name}; importing …")
    child = b.in_child(import_file, str(ctx.db.path), str(path))
    value = child.value
    note = f"{len(codes)} units × {len(ITEMS)} items, {rows} rows (.xlsx): {value['lines'][0]}"
    return {
        "import_opening_20k_s": Figure(round(value["seconds"], 2), "s", 60, note=note),
        "import_opening_20k_rss_mb": Figure(round(child.rss_mb, 1), "MB", 400,
                                            note="peak RSS of the importing process"),
    }
