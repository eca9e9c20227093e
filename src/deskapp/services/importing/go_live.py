"""The go-live reconciliation on paper and in Excel: what one import posted (the figures its
wizard's last page shows), dated the day of the import, who did it, signed by the centre and by
finance (《上线数据核对表》). Each is kept when the import ends, so the supervisor can print it
again later (重印, with its print date; the import's own date stays)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.importing import Target
from deskapp.domain.permissions import allowed
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.importing.common import ImportResult, Preview
from deskapp.services.importing.kinds import all_kinds, kind_of
from deskapp.store.models.importing import GoLiveSheet

if TYPE_CHECKING:
    from deskapp.documents.importing.go_live import GoLiveDoc


@dataclass(frozen=True)
class GoLive:
    """One import as it ended: taken when the wizard's last page shows it."""

    target: Target
    what: str
    file: str
    sheet: str
    rows: int
    lines: tuple[str, ...]
    imported_at: datetime
    imported_by: str
    id: int | None = None  # its kept sheet (go_live_sheets)


def imported(ctx: Context, actor: Actor, target: Target, preview: Preview, result: ImportResult) -> GoLive:
    """The import just posted by `actor`, stamped with the desk's clock, and its sheet kept for a
    reprint (the readings have none)."""
    kind = kind_of(target)
    actor.require(kind.permission)
    done = GoLive(target, kind.title, Path(preview.file).name, preview.sheet, len(preview.rows),
                  tuple(result.summary().split("\n")), ctx.clock.now(), actor.display_name)
    with ctx.uow() as uow:
        row = audit.added(uow.importing, ctx, actor,
                          GoLiveSheet(target=target.value, what=done.what, file=done.file[:255], sheet=done.sheet[:100],
                                      rows=done.rows, lines="\n".join(done.lines)),
                          "import.go_live_sheet", "go_live_sheet",
                          summary=f"上线数据核对表：{done.what}（{done.file}，{done.rows} 行）",
                          after={"kind": done.what, "file": done.file, "rows": done.rows})
        uow.commit()
        return replace(done, imported_at=row.created_at, id=row.id)


def _sheet_targets(actor: Actor) -> list[Target]:
    """The kinds with a sheet (every import but the readings) that `actor` may run: theirs to see."""
    return [k.target for k in all_kinds() if k.target is not Target.READINGS and allowed(actor.role, k.permission)]


def go_live_sheets(ctx: Context, actor: Actor) -> list[GoLive]:
    """The kept sheets of the imports `actor` may run, newest first (where the supervisor reprints one)."""
    targets = _sheet_targets(actor)
    if not targets:
        actor.require(kind_of(Target.UNITS).permission)  # refused, naming what it takes
    with ctx.reader() as uow:
        return [GoLive(Target(r.target), r.what, r.file, r.sheet, r.rows, tuple(r.lines.split("\n")), r.created_at,
                       r.created_by, r.id) for r in uow.importing.go_live_sheets([t.value for t in targets])]


def _doc(ctx: Context, actor: Actor, done: GoLive, reprint: bool) -> GoLiveDoc:
    from deskapp.documents.importing.go_live import GoLiveDoc

    actor.require(kind_of(done.target).permission)
    with ctx.reader() as uow:
        centre = uow.registry.centre()
    tz = ctx.clock.now().tzinfo
    today: date = ctx.clock.today()
    return GoLiveDoc(centre.name, done.what, done.file, done.sheet, done.rows, done.lines,
                     done.imported_at.astimezone(tz), done.imported_by, printed_on=today,
                     reprinted_on=today if reprint else None)


def go_live_pdf(ctx: Context, actor: Actor, done: GoLive, *, reprint: bool = False) -> bytes:
    """The sheet on paper; `reprint`: printed again from the kept sheets, and it says so (重印 and
    the print date), under the import's own date."""
    from deskapp.documents.importing import go_live

    return go_live.go_live_pdf(_doc(ctx, actor, done, reprint))


def export_go_live(ctx: Context, actor: Actor, done: GoLive, path: Path, *, reprint: bool = False) -> Path:
    """The same sheet as an .xlsx register (one row a fact or a figure), under the centre's heading."""
    from deskapp.documents import xlsx
    from deskapp.documents.importing.go_live import GO_LIVE_COLUMNS, GO_LIVE_TITLE
    from deskapp.services import exports

    d = _doc(ctx, actor, done, reprint)
    path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
    heading = exports.register_heading(ctx, actor, GO_LIVE_TITLE, f"{d.what} 导入于 {d.imported_at:%Y-%m-%d %H:%M}",
                                       d.reprint_text(), of_centre=True)
    wb = xlsx.new_workbook()
    xlsx.write_sheet(wb, GO_LIVE_TITLE, heading, GO_LIVE_COLUMNS, [*d.facts(), *d.figures()])
    xlsx.save(wb, path)
    return path
