"""Monthly meter readings: judged against the units on file and the meters' own checks
(preview_readings), stored by the meters service all or nothing (import_readings)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from deskapp.documents.importers import Workbook
from deskapp.domain.billing_meters import Flag
from deskapp.domain.importing import Finding, ReadingRow, Severity, Target, Verdict, check_reading_row, verdict_of
from deskapp.services.context import Actor, Context
from deskapp.services.importing.common import (
    IMPORT_READINGS, ImportOptions, ImportResult, Preview, Progress, RowReport,
)
from deskapp.services.importing import kinds, steps
from deskapp.services.importing.files import chosen_sheet, row_passes, _tick
from deskapp.services.changes import Change, changes
from deskapp.store.queries import importing as q
from deskapp.store.uow import Session

@dataclass
class _ReadingPlan:
    row: int
    unit_id: int
    data: ReadingRow


def _analyse_readings(session: Session, wb: Workbook, options: ImportOptions, progress: Progress | None = None,
                      cancelled: Callable[[], bool] | None = None) -> Preview:
    sheet = chosen_sheet(wb, Target.READINGS, options)
    by_code: dict[str, int] = {}
    by_room: dict[tuple[str, str], list[int]] = defaultdict(list)
    for place in q.unit_places(session):
        by_code[place.code] = place.id
        by_room[(place.building, place.room)].append(place.id)
    seen: dict[tuple, int] = {}
    reports, plans = [], []
    total = sheet.total
    for n, (row_no, cells, datemode) in enumerate(sheet.data_rows(), start=1):
        r = check_reading_row(cells, datemode=datemode)
        findings = list(r.findings)
        unit_id = None
        if r.building and r.room:
            if r.stairwell:
                unit_id = by_code.get(r.code)
            else:
                candidates = by_room.get((r.building, r.room), [])
                if len(candidates) > 1:
                    findings.append(Finding(Severity.ERROR, "房号", f"楼栋 {r.building} 有多个房号 {r.room}，请填写单元",
                                            cells.columns.get("room")))
                    candidates = []
                unit_id = candidates[0] if candidates else by_code.get(r.code)
            if unit_id is None and not any(f.field == "房号" for f in findings):
                findings.append(Finding(Severity.ERROR, "房号", f"档案中没有房屋 {r.code}（请先导入或登记该房屋）",
                                        cells.columns.get("room")))
        if unit_id is not None and r.meter and r.period:
            key = (unit_id, r.meter, r.period)
            if key in seen:
                findings.append(Finding(Severity.ERROR, "仪表", f"{r.code} {r.meter.value} {r.period} 的读数"
                                        f"在第 {seen[key]} 行已有", cells.columns.get("meter")))
            else:
                seen[key] = row_no
        summary = f"{r.meter.value if r.meter else ''} {r.period} {r.reading if r.reading is not None else ''}".strip()
        if row_passes(reports, row_no, Verdict.ACCEPT, r.code, summary, findings, cells, sheet.order):
            plans.append(_ReadingPlan(row_no, unit_id, r))
        _tick(progress, cancelled, n, total)
    _flag_readings(session, plans, reports, cells_column=sheet.mapping.get("reading"))
    preview = sheet.preview(reports)
    preview.units = len({p.unit_id for p in plans})
    preview._plans = plans
    return preview


def _flag_readings(session: Session, plans: list[_ReadingPlan], reports: list[RowReport],
                   cells_column: int | None) -> None:
    """The meters' own check (the grid's): a reading lower than the last, an unusual or a vacant
    unit's usage is a warning to accept, not a green row; a meter's first reading is a note."""
    from deskapp.services.billing import meters

    judged = meters.judge_readings(session, [
        (p.unit_id, p.data.meter.value, date(p.data.year, p.data.month, 1), p.data.reading) for p in plans])
    at = {r.row: i for i, r in enumerate(reports)}
    for p, j in zip(plans, judged):
        if not j.flags:
            continue
        i = at[p.row]
        severity = Severity.NOTE if set(j.flags) == {Flag.NO_PREVIOUS} else Severity.WARNING
        findings = reports[i].findings + (
            Finding(severity, "读数", meters.flag_message(j, p.data.reading), cells_column),)
        reports[i] = replace(reports[i], verdict=verdict_of(Verdict.ACCEPT, findings), findings=findings)


def preview_readings(ctx: Context, actor: Actor, source: str | Path | Workbook,
                     options: ImportOptions | None = None, *, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> Preview:
    return steps.judged(ctx, actor, IMPORT_READINGS, source, options, _analyse_readings, progress, cancelled)


@changes(Change.READINGS)
def import_readings(ctx: Context, actor: Actor, source: str | Path | Workbook,
                    options: ImportOptions | None = None, *, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Readings are stored by the meters service (billing area), inside this transaction."""
    from deskapp.services.billing import meters

    with steps.all_or_nothing(ctx, actor, IMPORT_READINGS, source, options, _analyse_readings, progress, cancelled) as (uow, preview):
        s = uow.session
        name = Path(preview.file).name
        rows = [meters.ImportedReading(p.unit_id, p.data.meter.value, date(p.data.year, p.data.month, 1),
                                       p.data.reading, p.data.read_on, f"{name} 工作表 {preview.sheet} 第 {p.row} 行")
                for p in preview._plans]
        saved = meters.save_imported_readings(s, ctx, actor, rows)
        return ImportResult(readings_saved=saved)


kinds.register(kinds.ImportKind(Target.READINGS, "抄表读数", IMPORT_READINGS, preview_readings, import_readings,
                                order=20))
