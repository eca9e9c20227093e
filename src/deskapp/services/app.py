"""Opening the centre's database for work: connect, bring the schema up to date (with a
backup first), and hand back the service context."""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.db_location import resolve_db
from deskapp.domain.clock import Clock
from deskapp.store.diagnose import DAMAGED, MISSING, NEWER, DatabaseProblem, diagnose, integrity_problems
from deskapp.store.instance_lock import AlreadyOpen, InstanceLock
from deskapp.store.urls import sqlite_file

# SQLAlchemy, the models and the service context are imported where a database is opened, not
# with this module: the desk's opening thread imports it first and starts the file's check
# before they load (issue 21 §2).
if TYPE_CHECKING:
    from deskapp.services.context import Context
    from deskapp.store.db import Database

__all__ = ["open_context", "open_for_desk", "AlreadyOpen", "InstanceLock",
           "resolve_db", "sqlite_file", "check_database", "DatabaseProblem", "DAMAGED", "MISSING", "NEWER",
           "integrity_problems"]


def __getattr__(name: str):
    if name in ("SchemaError", "NewerSchema"):  # the schema's errors, loaded with the schema
        from deskapp.store import schema

        return getattr(schema, name)
    raise AttributeError(name)


def check_database(db: str | os.PathLike, *, create: bool = False, accept: tuple = ()) -> None:
    """The one door (issue 14 §2): raise DatabaseProblem, naming what is wrong with the file,
    before anything opens it for writing. `create` lets a missing or empty file through (init,
    demo, the desk's 新建); `accept` lets named kinds through (restore accepts a damaged file)."""
    path = sqlite_file(db)
    if path is None:
        return
    try:
        diagnose(path, create=create)
    except DatabaseProblem as problem:
        if problem.kind not in accept:
            raise


def open_context(db: str | os.PathLike, *, clock: Clock | None = None, upgrade: bool = True) -> Context:
    from deskapp.store.db import Database

    return _context_for(Database.open(db), clock=clock, upgrade=upgrade)


def _context_for(database: Database, *, clock: Clock | None = None, upgrade: bool = True,
                 upgrading: Callable[[], None] | None = None,
                 upgraded: Callable[[Path | None], None] | None = None) -> Context:
    from deskapp.services.context import Context
    from deskapp.store import schema

    backup_dir = database.path.parent / "backups" if database.is_sqlite else None
    if upgrade:
        stamp = (clock or Clock()).now().strftime("%Y%m%d-%H%M%S")
        result = schema.upgrade(
            database, backup_dir=backup_dir, starting=upgrading,
            backup_name=f"{database.path.stem}-before-upgrade-{stamp}.sqlite" if database.is_sqlite else None)
        if result.upgraded and upgraded is not None:
            upgraded(result.backup)
    return Context(db=database, clock=clock or Clock(), backup_dir=backup_dir)


def _check_behind(db: str | os.PathLike, create: bool) -> Callable[[], None]:
    """check_database in a thread of its own; the returned function waits for it and raises
    what it found. SQLite's quick_check reads the whole file (a quarter of a gigabyte at 20,000
    units: the largest part of opening it) and holds no GIL while it does, so it runs on the
    second core while this thread imports the models (issue 21 §2)."""
    found: list[BaseException] = []

    def work() -> None:
        try:
            check_database(db, create=create)
        except BaseException as exc:  # handed to the waiting thread
            found.append(exc)

    thread = threading.Thread(target=work, name="deskapp-check")
    thread.start()

    def wait() -> None:
        thread.join()
        if found:
            raise found[0]
    return wait


def open_for_desk(db: str | os.PathLike, *, create: bool = False, upgrading: Callable[[], None] | None = None,
                  upgraded: Callable[[Path | None], None] | None = None,
                  meanwhile: Callable[[], None] | None = None) -> tuple[Context, InstanceLock | None]:
    """The desk program's opening: load what the first query needs (the models and their
    mappers, then `meanwhile()` — the desk's own imports) while the file is checked, refuse a
    second copy (before an upgrade could touch the file), then bring the schema up to date, so
    that this can all happen behind the shown window. Nothing opens the file for writing before
    the check has passed. `upgrading()` is told before an upgrade (and its backup) starts,
    `upgraded(backup)` after. A missing file is DatabaseProblem(MISSING) unless `create` (the
    user chose 新建)."""
    checked = _check_behind(db, create)
    from deskapp.store.db import Database, prepare_models

    try:
        prepare_models()
        if meanwhile is not None:
            meanwhile()
    finally:
        checked()  # a missing or damaged file is what the user must hear first
    database = Database.open(db)
    lock = None
    if database.is_sqlite:
        lock = InstanceLock(database.path)
        lock.acquire()
    try:
        ctx = _context_for(database, upgrading=upgrading, upgraded=upgraded)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return ctx, lock
