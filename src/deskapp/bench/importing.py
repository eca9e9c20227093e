"""Import of a roster as big as the demo community (issue 4): `import_20k_s`, `import_20k_rss_mb`.

The roster is the unit register exported by `deskapp export units` (unmasked, so phones come
along) from a copy of the demo database; it is imported into a new, empty database, the way
a centre adopting deskapp brings its files in. The import runs in a fresh interpreter so its
peak memory is its own."""
from __future__ import annotations


from deskapp.bench import BenchContext, Figure, timed_work

ORDER = 60


def import_roster(roster: str, db: str) -> dict:
    """In the child: set up an empty database, then read, check and import the roster."""
    from deskapp.services.importing.common import ImportOptions
    from deskapp.services.importing.roster import import_units
    from deskapp.services.registry import community as registry_community

    result, seconds = timed_work(
        db, lambda ctx, actor: import_units(ctx, actor, roster, ImportOptions(accept_warnings=True)),
        setup=lambda ctx, actor: registry_community.setup_community(ctx, actor, "导入基准小区", ""))
    return {"seconds": seconds, "created": result.created, "people": result.people_added}


def run(b: BenchContext) -> dict[str, Figure]:
    from deskapp.services import exports

    source = b.fresh()  # the export writes an audit row: not on the shared base database
    roster = b.folder / "roster-export.xlsx"
    rows = exports.run_export(source, b.actor, "units", roster, exports.ExportOptions(unmasked=True))
    source.db.dispose()
    b.log(f"importing: exported {rows} units to {roster.name}; importing into an empty database …")
    target = b.folder / "import-target.sqlite"
    for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)  # a kept folder (--keep) still holds the last run's import
    child = b.in_child(import_roster, str(roster), str(target))
    value = child.value
    if value["created"] != rows:
        raise RuntimeError(f"imported {value['created']} of {rows} units")
    note = f"{rows} units, {value['people']} people; .xlsx from `export units`, into an empty database"
    return {
        "import_20k_s": Figure(round(value["seconds"], 2), "s", 20, note=note),
        "import_20k_rss_mb": Figure(round(child.rss_mb, 1), "MB", 300, note="peak RSS of the importing process"),
    }
