"""`deskapp export units | people | completeness`: the owner and unit files as Excel registers.

Rows are streamed from SQL in batches of units (20,000 units never sit in memory as ORM
objects). Phones and ID numbers are masked unless the export is asked unmasked, which only a
supervisor may do (services/privacy: refused, audited, and said in the sheet's title row)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from deskapp.documents.registry import xlsx as registry_xlsx
from deskapp.domain.errors import Cancelled
from deskapp.domain.people import Authority
from deskapp.services import exports
from deskapp.services.accounts import privacy
from deskapp.services.registry import completeness
from deskapp.services.registry import common as registry_common
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec
from deskapp.store.queries import registry as q

BATCH = 1000


def _d(value):
    return value if value else None


def _batches(ctx: Context, options: ExportOptions) -> Iterator[tuple[object, list[int], int, int]]:
    """(session, unit ids of this batch, units done before it, total units), in file order."""
    with ctx.reader() as uow:
        ids = q.ordered_unit_ids(uow.session)
        total = len(ids)
        for start in range(0, total, BATCH):
            if options.cancelled():
                raise Cancelled()
            yield uow.session, ids[start:start + BATCH], start, total
            if options.progress:
                options.progress(min(start + BATCH, total), total)


def unit_rows(ctx: Context, options: ExportOptions, show: privacy.Masker = privacy.MASKED) -> Iterator[tuple]:
    phone = show.phone
    for session, ids, _done, _total in _batches(ctx, options):
        for u in q.units_for_export(session, ids):
            yield (u.code, u.building, u.stairwell, u.floor, u.kind.value, u.state.value, u.building_area,
                   u.inner_area, "、".join(n for n, _ in u.owners), "、".join(phone(p) for _, p in u.owners if p),
                   _d(u.delivered_on), u.notes)


def _lease(t: q.TieExportRow) -> str:
    if t.lease_start is None and t.lease_end is None:
        return ""
    start = t.lease_start.strftime("%Y-%m-%d") if t.lease_start else ""
    end = t.lease_end.strftime("%Y-%m-%d") if t.lease_end else "未定"
    return f"{start} 至 {end}"


def people_rows(ctx: Context, options: ExportOptions, show: privacy.Masker = privacy.MASKED) -> Iterator[tuple]:
    phone, idn = show.phone, show.id_number
    for session, ids, _done, _total in _batches(ctx, options):
        for t in q.ties_for_export(session, ids):
            authorities = "、".join(Authority[a].value for a in t.authorities.split(",") if a)
            if authorities and t.authority_until:
                authorities += f"（至 {t.authority_until:%Y-%m-%d}）"
            yield (t.unit_code, t.relation.value, t.name, phone(t.phone), phone(t.phone2), t.id_type or "",
                   idn(t.id_number), _d(t.since), _d(t.until), _lease(t), authorities, t.note)


def _export(ctx: Context, actor: Actor, out: Path, options: ExportOptions, sheet: str, columns, rows) -> int:
    """One of the two masked registers: `rows(ctx, options, show)` gives its lines."""
    actor.require(registry_common.VIEW)
    show, notice = privacy.masker(ctx, actor, sheet, out, options.unmasked)
    return registry_xlsx.write_register(Path(out), sheet, exports.register_heading(ctx, actor, sheet, "", notice), columns,
                                        rows(ctx, options, show))


def export_units(ctx: Context, actor: Actor, out: Path, options: ExportOptions) -> int:
    return _export(ctx, actor, out, options, registry_xlsx.UNITS_SHEET, registry_xlsx.UNIT_COLUMNS, unit_rows)


def export_people(ctx: Context, actor: Actor, out: Path, options: ExportOptions) -> int:
    return _export(ctx, actor, out, options, registry_xlsx.PEOPLE_SHEET, registry_xlsx.PEOPLE_COLUMNS, people_rows)


def export_completeness(ctx: Context, actor: Actor, out: Path, options: ExportOptions) -> int:
    report = completeness.run_check(ctx, actor, progress=options.progress, cancelled=options.cancelled)
    if report is None:
        raise Cancelled()
    return completeness.write_xlsx(ctx, actor, report, Path(out))


exports.register(ExportSpec("units", "业户档案（房屋）", None, export_units))
exports.register(ExportSpec("people", "业户档案（人员）", None, export_people))
exports.register(ExportSpec("completeness", "业户档案完整性检查表", None, export_completeness))
