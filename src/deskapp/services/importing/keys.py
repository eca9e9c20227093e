"""Keys held at go-live: each row judged against the file and the keys and units on file
(preview_keys), then taken into custody by the keys area's custody service, all or nothing
(import_keys)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from deskapp.documents.importers import Workbook
from deskapp.domain.importing import Finding, Severity, Target, Verdict
from deskapp.domain.importing_keys import KeyRow, check_key_row
from deskapp.domain.importing_place import unit_on_file
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.importing import kinds, steps
from deskapp.services.importing.common import ImportOptions, ImportResult, Preview, Progress
from deskapp.services.importing.files import chosen_sheet, row_passes, _tick
from deskapp.store.queries import importing as q
from deskapp.store.uow import Session

IMPORT_KEYS = define("import.keys", "导入托管钥匙", SUPERVISORS)


@dataclass
class _Plan:
    row: int
    data: KeyRow
    unit_id: int


def _analyse(session: Session, wb: Workbook, options: ImportOptions, today, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> Preview:
    from deskapp.services.keys import custody

    sheet = chosen_sheet(wb, Target.KEYS, options)
    units = {p.code: p.id for p in q.unit_places(session)}
    rows = [(row_no, cells, check_key_row(cells, today, datemode=datemode))
            for row_no, cells, datemode in sheet.data_rows()]
    held = custody.keys_held(session, sorted({units[r.unit] for _n, _c, r in rows if r.unit in units}))
    first: dict[tuple, int] = {}
    reports, plans = [], []
    for n, (row_no, cells, r) in enumerate(rows, start=1):
        findings = list(r.findings)
        key = "room" if cells.text("room") else "address"
        unit_id = unit_on_file(r.unit, units, cells, findings)
        if unit_id in held:
            findings.append(cells.finding(key, f"{r.unit} 已有托管钥匙 {held[unit_id]}"
                                          "（如要增加把数或移位，请在托管钥匙页办理）"))
        elif unit_id is not None and (unit_id, r.kind) in first:
            findings.append(Finding(Severity.ERROR, cells.labels[key], f"{r.unit} 的钥匙在第 {first[(unit_id, r.kind)]} 行已有",
                                    cells.columns.get(key)))
        if unit_id is not None:
            first.setdefault((unit_id, r.kind), row_no)
        if row_passes(reports, row_no, Verdict.CREATE, r.unit, f"{r.label or r.kind.value} {r.copies} 把 {r.location}",
                      findings, cells, sheet.order):
            plans.append(_Plan(row_no, r, unit_id))
        _tick(progress, cancelled, n, len(rows))
    preview = sheet.preview(reports)
    preview.units = len({p.unit_id for p in plans})
    preview.notes = [f"钥匙 {len(plans)} 套，共 {sum(p.data.copies for p in plans)} 把，涉及 {preview.units} 户"]
    preview._plans = plans
    return preview


def preview_keys(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                 *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Preview:
    return steps.judged(ctx, actor, IMPORT_KEYS, source, options, steps.as_of_today(ctx, _analyse), progress, cancelled)


@changes(Change.KEYS, Change.CHRONICLE)
def import_keys(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """The keys are taken into custody by the custody service (keys area), inside this transaction."""
    from deskapp.services.keys import custody

    with steps.all_or_nothing(ctx, actor, IMPORT_KEYS, source, options, steps.as_of_today(ctx, _analyse), progress,
                              cancelled) as (uow, preview):
        s = uow.session
        name = Path(preview.file).name
        tags = []
        for p in preview._plans:
            d = p.data
            authority = "上线导入" + (f"，交存人 {d.depositor}" if d.depositor else f"（{name} 第 {p.row} 行）")
            tags.append(custody.add_imported_key(s, ctx, actor, p.unit_id, d.kind, d.copies, d.location, authority,
                                                 d.label, d.since or ctx.clock.today()))
        lines = tuple(preview.notes)
        audit.record(s, ctx, actor, "import.keys", "import", name,
                     summary=f"导入托管钥匙 {name}（工作表 {preview.sheet}）：" + "；".join(lines),
                     after={"file": name, "sheet": preview.sheet, "tags": tags})
        return ImportResult(created=len(tags), lines=lines)


kinds.register(kinds.ImportKind(Target.KEYS, "托管钥匙", IMPORT_KEYS, preview_keys, import_keys, order=80))
