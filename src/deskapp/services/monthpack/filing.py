"""Filing the month (每月汇总归档): the pack written, then its files and their SHA-256 recorded
with who and when, in one transaction with its audit entry. A cancel before that records
nothing and leaves no file (the workbook appears only when complete)."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from deskapp.domain.errors import Cancelled
from deskapp.services import audit
from deskapp.services.changes import changes
from deskapp.services.context import Actor, Context
from deskapp.services.monthpack import later_changes, workbook
from deskapp.services.monthpack.workbook import PackSheet
from deskapp.store.models.monthpack import MonthPack, MonthPackFile


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@changes()  # nothing any open view shows: the filing is read back by the next pack
def file_month(ctx: Context, actor: Actor, month: str, folder: Path, *,
               progress: Callable[[int, int], None] = lambda done, total: None,
               cancelled: Callable[[], bool] = lambda: False) -> tuple[Path, list[PackSheet], str]:
    """The month's pack written into `folder` and filed; returns the workbook, its sheets and its SHA-256."""
    actor.require(workbook.MAKE)
    later = later_changes.since_last_filing(ctx, month)
    path, sheets = workbook.write_workbook(ctx, actor, month, folder, later=later, progress=progress,
                                           cancelled=cancelled)
    digest = sha256_of(path)
    try:
        if cancelled():
            raise Cancelled(workbook.CANCELLED)
        with ctx.uow() as uow:
            pack = uow.monthpack.file(
                MonthPack(month=month, folder=str(path.parent), created_at=ctx.clock.now(), created_by=actor.display_name),
                [MonthPackFile(name=path.name, sha256=digest, size=path.stat().st_size)])
            audit.record(uow.session, ctx, actor, "monthpack.file", "month_pack", pack.id,
                         summary=f"每月汇总归档 {month}：{path.name}",
                         after={"month": month, "file": path.name, "sha256": digest})
            uow.commit()
    except BaseException:
        path.unlink(missing_ok=True)  # not filed: no file left claiming to be the filed pack
        raise
    return path, sheets, digest
