"""Opening the centre's database for work: connect, bring the schema up to date (with a
backup first), and hand back the service context."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.db_location import resolve_db
from deskapp.domain.clock import Clock
from deskapp.store.diagnose import (DAMAGED, MISSING, NEWER, SERVER_DOWN, DatabaseProblem, diagnose,
                                    in_wal_mode, integrity_problems)
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
           "SERVER_DOWN", "integrity_problems"]


def __getattr__(name: str):
    if name in ("SchemaError", "NewerSchema"):  # the schema's errors, loaded with the schema
        from deskapp.store import schema

        return getattr(schema, name)
    raise AttributeError(name)


def check_database(db: str | os.PathLike, *, create: bool = False, accept: tuple = (),
                   scan: bool = True) -> None:
    """The one door (issue 14 §2): raise DatabaseProblem, naming what is wrong with the file,
    before anything opens it for writing. `create` lets a missing or empty file through (init,
    demo, the desk's 新建); `accept` lets named kinds through (restore accepts a damaged file);
    without `scan` the whole file's quick_check is left to the caller (the desk's FileCheck)."""
    path = sqlite_file(db)
    if path is None:
        return
    try:
        diagnose(path, create=create, scan=scan)
    except DatabaseProblem as problem:
        if problem.kind not in accept:
            raise


def open_context(db: str | os.PathLike, *, clock: Clock | None = None, upgrade: bool = True) -> Context:
    from deskapp.store.db import Database

    database = Database.open(db)
    database.reach()
    return _context_for(database, clock=clock, upgrade=upgrade)


def _context_for(database: Database, *, clock: Clock | None = None, upgrade: bool = True,
                 upgrading: Callable[[], None] | None = None,
                 upgraded: Callable[[Path | None], None] | None = None) -> Context:
    from deskapp.services.context import Context

    backup_dir = database.path.parent / "backups" if database.is_sqlite else None
    ctx = Context(db=database, clock=clock or Clock(), backup_dir=backup_dir)
    if upgrade:
        result = upgrade_schema(ctx, backup_dir, starting=upgrading)
        if result.upgraded and upgraded is not None:
            upgraded(result.backup)
    return ctx


def upgrade_schema(ctx: Context, backup_dir: Path | None, *, starting: Callable[[], None] | None = None):
    """An older database brought up to this program's schema (`store.schema.upgrade`), at the desk's
    start and by a restore of an older backup alike: a SQLite file is first copied into `backup_dir`
    as `<stem>-before-upgrade-<time>.sqlite` (a backup of kind before-upgrade in the backups list), and
    that copy is recorded in the upgraded audit trail (升级前自动备份). Returns the UpgradeResult."""
    from deskapp.domain.backups import file_name
    from deskapp.store import schema

    db = ctx.db
    result = schema.upgrade(db, backup_dir=backup_dir, starting=starting,
                            backup_name=file_name(db.path.stem, "before-upgrade", ctx.clock.now()) if db.is_sqlite
                            else None)
    if result.backup is not None:
        from deskapp.services.accounts.backup import audit_upgrade_backup

        audit_upgrade_backup(ctx, result.backup)
    return result


def open_for_desk(db: str | os.PathLike, *, create: bool = False, upgrading: Callable[[], None] | None = None,
                  upgraded: Callable[[Path | None], None] | None = None,
                  meanwhile: Callable[[], None] | None = None) -> tuple[Context, InstanceLock | None]:
    """The desk program's opening: the file's cheap checks first (there, SQLite, ours,
    writable: a missing or foreign file is what the user must hear first), then the
    quick_check of the whole file starts in a thread of its own while this one loads what the
    first query needs (the models and their mappers, then `meanwhile()` — the desk's own
    imports), refuses a second copy, and reads the schema. The desk works from there; its
    writes wait for the check (store/write_gate.py: nothing is written to a damaged file, and
    the start no longer grows with the file, issue 21 §2). An upgrade is a write: it waits for
    the check, and a damaged file is refused before it starts. `upgrading()` is told before an
    upgrade (and its backup) starts, `upgraded(backup)` after. A missing file is
    DatabaseProblem(MISSING) unless `create` (the user chose 新建)."""
    check_database(db, create=create, scan=False)
    path = sqlite_file(db)
    from deskapp.store.write_gate import FileCheck

    check = FileCheck(path) if path is not None and path.exists() else None
    try:
        ctx, lock = _open_checked(db, check, upgrading, upgraded, meanwhile)
    except BaseException as exc:
        if check is not None:
            if not _unreadable(exc):
                check.leave()  # refused for another reason (a second copy, a newer schema): say it now
            check.raise_found()  # a file that could not be read says whether it is damaged
        raise
    return ctx, lock


def warm_code_order(ctx: Context) -> None:
    """The keys the registers sort unit codes by, made before anyone has signed in (the desk's
    opening while the login dialog is on screen, gui/opening.py `warm_up`). Reads only."""
    from deskapp.store.queries import registry as registry_queries

    with ctx.reader() as uow:
        registry_queries.warm_code_order(uow.session)


def _unreadable(exc: BaseException) -> bool:
    from deskapp.store.db import UNREADABLE

    return isinstance(exc, UNREADABLE)


def _open_checked(db, check, upgrading, upgraded, meanwhile) -> tuple[Context, InstanceLock | None]:
    from deskapp.store.db import Database, prepare_models

    prepare_models()
    if meanwhile is not None:
        meanwhile()
    if check is not None and not in_wal_mode(check.path):
        check.raise_found()  # opening it switches it to WAL, a write: only once it is found sound
    database = Database.open(db)
    database.reach()
    database.check = check
    lock = None
    if database.is_sqlite:
        lock = InstanceLock(database.path)
        lock.acquire()

    def before_upgrade() -> None:
        if check is not None:
            check.raise_found()
        if upgrading is not None:
            upgrading()
    try:
        ctx = _context_for(database, upgrading=before_upgrade, upgraded=upgraded)
    except BaseException:
        if lock is not None:
            lock.release()
        database.dispose()
        raise
    return ctx, lock
