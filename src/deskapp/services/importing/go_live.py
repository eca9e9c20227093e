"""The go-live reconciliation on paper and in Excel: what one import posted (the figures its
wizard's last page shows), dated the day of the import, who did it, signed by the centre and by
finance (《上线数据核对表》)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.importing import Target
from deskapp.services.context import Actor, Context
from deskapp.services.importing.common import ImportResult, Preview
from deskapp.services.importing.kinds import kind_of

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


def imported(ctx: Context, actor: Actor, target: Target, preview: Preview, result: ImportResult) -> GoLive:
    """The import just posted by `actor`, stamped with the desk's clock."""
    kind = kind_of(target)
    actor.require(kind.permission)
    return GoLive(target, kind.title, Path(preview.file).name, preview.sheet, len(preview.rows),
                  tuple(result.summary().split("\n")), ctx.clock.now(), actor.display_name)


def _doc(ctx: Context, actor: Actor, done: GoLive) -> GoLiveDoc:
    from deskapp.documents.importing.go_live import GoLiveDoc

    actor.require(kind_of(done.target).permission)
    with ctx.reader() as uow:
        centre = uow.registry.centre()
    tz = ctx.clock.now().tzinfo
    return GoLiveDoc(centre.name, done.what, done.file, done.sheet, done.rows, done.lines,
                     done.imported_at.astimezone(tz), done.imported_by, printed_on=ctx.clock.today())


def go_live_pdf(ctx: Context, actor: Actor, done: GoLive) -> bytes:
    from deskapp.documents.importing import go_live

    return go_live.go_live_pdf(_doc(ctx, actor, done))


def export_go_live(ctx: Context, actor: Actor, done: GoLive, path: Path) -> Path:
    """The same sheet as an .xlsx register (one row a fact or a figure), under the centre's heading."""
    from deskapp.documents import xlsx
    from deskapp.documents.importing.go_live import GO_LIVE_COLUMNS, GO_LIVE_TITLE
    from deskapp.services import exports

    d = _doc(ctx, actor, done)
    path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
    heading = exports.register_heading(ctx, actor, GO_LIVE_TITLE, f"{d.what} 导入于 {d.imported_at:%Y-%m-%d %H:%M}",
                                       of_centre=True)
    wb = xlsx.new_workbook()
    xlsx.write_sheet(wb, GO_LIVE_TITLE, heading, GO_LIVE_COLUMNS, [*d.facts(), *d.figures()])
    xlsx.save(wb, path)
    return path
