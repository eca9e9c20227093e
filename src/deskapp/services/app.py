"""Opening the centre's database for work: connect, bring the schema up to date (with a
backup first), and hand back the service context."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from deskapp.db_location import resolve_db
from deskapp.domain.clock import Clock
from deskapp.services.context import Context
from deskapp.store import schema
from deskapp.store.db import Database
from deskapp.store.instance_lock import AlreadyOpen, InstanceLock

SchemaError = schema.SchemaError
__all__ = ["open_context", "open_for_desk", "SchemaError", "AlreadyOpen", "InstanceLock", "resolve_db",
           "sqlite_file"]


def sqlite_file(db: str | os.PathLike) -> Path | None:
    """The SQLite file a path or URL names (absolute), or None for a server or an in-memory database."""
    from sqlalchemy.engine import make_url

    from deskapp.store.db import to_url

    url = make_url(to_url(db))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser().resolve()


def open_context(db: str | os.PathLike, *, clock: Clock | None = None, upgrade: bool = True) -> Context:
    return _context_for(Database.open(db), clock=clock, upgrade=upgrade)


def _context_for(database: Database, *, clock: Clock | None = None, upgrade: bool = True,
                 upgrading: Callable[[], None] | None = None,
                 upgraded: Callable[[Path | None], None] | None = None) -> Context:
    backup_dir = database.path.parent / "backups" if database.is_sqlite else None
    if upgrade:
        stamp = (clock or Clock()).now().strftime("%Y%m%d-%H%M%S")
        result = schema.upgrade(
            database, backup_dir=backup_dir, starting=upgrading,
            backup_name=f"{database.path.stem}-before-upgrade-{stamp}.sqlite" if database.is_sqlite else None)
        if result.upgraded and upgraded is not None:
            upgraded(result.backup)
    return Context(db=database, clock=clock or Clock(), backup_dir=backup_dir)


def open_for_desk(db: str | os.PathLike, *, upgrading: Callable[[], None] | None = None,
                  upgraded: Callable[[Path | None], None] | None = None) -> tuple[Context, InstanceLock | None]:
    """The desk program's opening: refuse a second copy first (before an upgrade could touch
    the file), then bring the schema up to date, then load what the first query needs (the
    models and their mappers), so that this can all happen behind the shown window.
    `upgrading()` is told before an upgrade (and its backup) starts, `upgraded(backup)` after."""
    database = Database.open(db)
    lock = None
    if database.is_sqlite:
        lock = InstanceLock(database.path)
        lock.acquire()
    try:
        ctx = _context_for(database, upgrading=upgrading, upgraded=upgraded)
        _prepare_models()
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return ctx, lock


def _prepare_models() -> None:
    import sqlalchemy.orm

    import deskapp.store.models  # noqa: F401  every area's tables

    sqlalchemy.orm.configure_mappers()
