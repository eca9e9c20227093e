"""The two ends every import shares, written once: the preview (the role checked, the file read,
each row judged in a read transaction, nothing written) and the all-or-nothing import (the same
judgement inside the write transaction, refused with nothing written when a row is in error, the
kind's own writing, a last look at Cancel, the commit)."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from deskapp.documents.importers import Workbook
from deskapp.domain.errors import Cancelled
from deskapp.services.context import Actor, Context
from deskapp.services.importing.common import CANCELLED, ImportOptions, ImportRefused, Preview, Progress
from deskapp.services.importing.files import open_file
from deskapp.store.uow import Session, UnitOfWork

# (session, workbook, options, progress, cancelled) -> the judged preview
Analyse = Callable[[Session, Workbook, ImportOptions, Progress | None, Callable[[], bool] | None], Preview]


def _workbook(source: str | Path | Workbook) -> Workbook:
    return source if isinstance(source, Workbook) else open_file(source)


def judged(ctx: Context, actor: Actor, permission: str, source: str | Path | Workbook, options: ImportOptions | None,
           analyse: Analyse, progress: Progress | None, cancelled: Callable[[], bool] | None) -> Preview:
    actor.require(permission)
    wb = _workbook(source)
    with ctx.reader() as uow:
        return analyse(uow.session, wb, options or ImportOptions(), progress, cancelled)


@contextmanager
def all_or_nothing(ctx: Context, actor: Actor, permission: str, source: str | Path | Workbook,
                   options: ImportOptions | None, analyse: Analyse, progress: Progress | None,
                   cancelled: Callable[[], bool] | None, *, nothing: str | None = None,
                   ) -> Iterator[tuple[UnitOfWork, Preview]]:
    """Yields the write transaction and the preview judged inside it; the body writes the plans.
    Committed when the body ends, unless the user pressed Cancel meanwhile. `nothing`: the refusal
    of a file without a row in error but with nothing to write, for a kind that refuses it."""
    actor.require(permission)
    wb = _workbook(source)
    with ctx.uow() as uow:
        preview = analyse(uow.session, wb, options or ImportOptions(), progress, cancelled)
        reason = preview.refusal()
        if reason is None and nothing is not None and not preview._plans:
            reason = nothing
        if reason:
            raise ImportRefused(reason, preview)
        yield uow, preview
        if cancelled is not None and cancelled():
            raise Cancelled(CANCELLED)
        uow.commit()


def as_of_today(ctx: Context, analyse: Callable[..., Preview]) -> Analyse:
    """An analysis that judges dates against the desk's today (analyse(session, wb, options, today, …))."""
    return lambda session, wb, options, progress, cancelled: analyse(session, wb, options, ctx.clock.today(),
                                                                     progress, cancelled)


def file_sha256(path: Path) -> str:
    """The imported file's SHA-256, kept with its import record (read in 1 MiB blocks: a 100,000-line
    history is tens of MB); "" for a workbook that is not a file on disk."""
    if not path.is_file():
        return ""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
