"""Opening the database: SQLite file (default) or any SQLAlchemy URL (PostgreSQL later)."""
from __future__ import annotations

import os
import sqlite3
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from deskapp import output_file
from deskapp.store import natural
from deskapp.store.file_guard import FileGuard
from deskapp.store.urls import sqlite_file, to_url
from deskapp.store.write_gate import FileCheck

__all__ = ["Database", "prepare_models", "sqlite_file", "to_url", "UNREADABLE"]

BUSY_TIMEOUT_MS = 5000
# What reading a damaged database file raises, through a session or sqlite3: for a service that
# carries on without it (a restore reads the live database, which may be why one restores).
UNREADABLE = (SQLAlchemyError, sqlite3.Error)


def _sqlite_engine(url: str, begin: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Take transaction control from pysqlite so that BEGIN IMMEDIATE is ours to send.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()
        natural.register(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql(begin)

    return engine


# PostgreSQL: one advisory lock that every write transaction takes first, the server's
# equivalent of SQLite's BEGIN IMMEDIATE. The services check, then write ("is this line still
# owed?", "is this key in the cabinet?", the audit chain's last hash): under READ COMMITTED two
# desks could both pass the check. Taken first, the lock makes writers queue; each statement after
# it sees what the desk before committed, and readers (the read engine) never wait for it.
WRITERS_LOCK = 0x6465736B  # "desk"
LOCK_WAIT_MS = 30000  # a desk waits this long behind another's write (a bill run), then says so
CONNECT_TIMEOUT_S = 10  # how long a connection waits for the server to answer at all


def who_connects() -> str:
    """What the server shows for this program's connections (pg_stat_activity.application_name):
    an upgrade names the desks still connected (store/schema.py)."""
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except Exception:  # no login name on some service accounts
        user = "?"
    return f"{APPLICATION} {user}@{socket.gethostname()}"[:63]


APPLICATION = "deskapp"


def _server_engine(url: str, *, writer: bool) -> Engine:
    # a server PC that is off answers nothing: without a limit the desk would wait the system's
    # own TCP timeout (minutes) before it could say so (store/server_door.py)
    name = {"application_name": who_connects(), "connect_timeout": CONNECT_TIMEOUT_S}
    if not writer:
        # Reads without BEGIN and ROLLBACK: under READ COMMITTED every statement takes its own
        # snapshot anyway, so a read transaction bought nothing but two round trips each time
        # (a search as the clerk types, a register page). Read-only by default, so that nothing
        # can be written, let alone committed, through a reader.
        return create_engine(url, pool_pre_ping=True, isolation_level="AUTOCOMMIT",
                             connect_args={**name, "options": "-c default_transaction_read_only=on"})
    engine = create_engine(url, pool_pre_ping=True,
                           connect_args={**name, "options": f"-c lock_timeout={LOCK_WAIT_MS}"})

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITERS_LOCK})")

    @event.listens_for(engine, "commit")
    def _on_commit(conn):
        notice = PENDING_NOTICE.get()
        if notice is not None and notice[0] is engine:  # inside the transaction, just before COMMIT
            conn.connection.driver_connection.execute("SELECT pg_notify(%s, %s)", notice[1:])

    return engine


# The other desks' notice of what the write services running in this thread change, as
# (writer engine, channel, payload) (store/notify.py announcing): a commit on that engine carries
# it as NOTIFY in its own transaction, which PostgreSQL delivers when, and only if, it commits.
PENDING_NOTICE: ContextVar[tuple[Engine, str, str] | None] = ContextVar("deskapp_pending_notice", default=None)


@dataclass
class Database:
    """Two engines on one database: writers start with BEGIN IMMEDIATE so that concurrent
    writers queue instead of failing halfway; readers start deferred and never block them."""

    url: str
    engine: Engine
    read_engine: Engine
    guard: FileGuard | None = None
    # The desk opens the file before its quick_check has finished; writes wait for it (store/write_gate.py).
    check: FileCheck | None = None

    @classmethod
    def open(cls, db: str | os.PathLike) -> "Database":
        url = to_url(db)
        if make_url(url).get_backend_name() == "sqlite":
            path = make_url(url).database
            guard = None
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                guard = FileGuard(Path(path))
            return cls(url, _sqlite_engine(url, "BEGIN IMMEDIATE"), _sqlite_engine(url, "BEGIN"), guard)
        from deskapp.store.models import server_indexes

        server_indexes.complete()  # the server's own indexes, as its schema has them
        return cls(url, _server_engine(url, writer=True), _server_engine(url, writer=False))

    def reach(self) -> None:
        """A server database: connect once, so that a server that is off, a database that is
        not there or a refused login is named now (DatabaseProblem, store/server_door.py) and
        not met as a driver's error in the middle of the opening. The connection stays in the
        pool for the first query. A SQLite file was looked at already (store/diagnose.py)."""
        if self.is_sqlite:
            return
        from deskapp.store import server_door

        try:
            self.read_engine.connect().close()  # back into the pool for the first query
        except SQLAlchemyError as exc:
            found = server_door.problem(self.url, exc)
            if found is None:
                raise
            self.dispose()
            raise found from None  # the driver's own words are in found.details

    def _open_connections(self) -> tuple[int, int]:
        """(idle, in use) connections of both engines."""
        idle = busy = 0
        for engine in {self.engine, self.read_engine}:
            pool = engine.pool
            idle += getattr(pool, "checkedin", lambda: 0)()
            busy += getattr(pool, "checkedout", lambda: 0)()
        return idle, busy

    def before_write(self) -> None:
        """Make sure a write lands in the database file (store/file_guard.py): refuse it when the
        write-ahead log was removed under us; re-take lost locks when no connection is in use.
        Before all that, wait for the file's check if it is still running (store/write_gate.py)."""
        if self.check is not None:
            self.check.wait_writable()
        guard = self.guard
        if guard is None:
            return
        idle, busy = self._open_connections()
        if idle + busy == 0:
            return  # nothing open: the next connection opens the file afresh
        if not guard.wal_intact():
            raise guard.refuse()
        if guard.locks_lost():
            if busy:
                raise guard.refuse()
            # Closing every connection lets SQLite forget the locks it believes it holds; the
            # next connection takes them for real again. The log is intact, so nothing is lost.
            self.dispose()

    def when_writable(self, write) -> bool:
        """Run `write()` now, or once the file's check has passed (False: it never will)."""
        if self.check is None:
            write()
            return True
        return self.check.when_writable(write)

    @property
    def writes_wait(self) -> bool:
        """A write now would wait for the file's check."""
        return self.check is not None and not self.check.settled

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        return Path(make_url(self.url).database)

    @property
    def location(self) -> str:
        """What the status bar shows: the file, or the database and its server ("walkdb（服务器
        192.168.1.10:5432）", no password, no driver name or %-escapes of a URL)."""
        if self.is_sqlite:
            return str(self.path)
        from deskapp.store.server_door import where

        return f"{make_url(self.url).database}（服务器 {where(self.url)}）"

    # A plain Session, not sessionmaker(...)(): every sessionmaker makes a new Session subclass,
    # and SQLAlchemy builds that class's event dispatch afresh (and keeps it in a weak registry),
    # about a millisecond per transaction — a tenth of the unit page's open (issue 21 §1).
    def write_session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def read_session(self) -> Session:
        return Session(self.read_engine, expire_on_commit=False)

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()


def sqlite_backup(source: Path, target: Path, *, progress=None, pages: int = 256) -> None:
    """Copy a live SQLite database with SQLite's online backup API (never a file copy).

    `progress(remaining, total)` is called between steps; raising from it cancels and the
    partial target is removed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with output_file.replacing(target, field="备份文件") as tmp:
        src = sqlite3.connect(source)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst, pages=pages, progress=(lambda _s, rem, tot: progress(rem, tot)) if progress else None)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
            src.close()
            # a backup that failed (a full disk, a cancel) leaves the copy's rollback journal beside
            # it; replacing() removes the copy itself, this its journal: nothing half-made stays
            tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)


def sqlite_restore(backup: Path, target: Path) -> None:
    """Write a backup back into a database file through the backup API, so that the
    target's WAL is handled by SQLite rather than left stale beside a replaced file."""
    src = sqlite3.connect(backup)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def prepare_models() -> None:
    """Import every area's tables and configure the mappers once, before the first session."""
    import sqlalchemy.orm

    import deskapp.store.models  # noqa: F401  every area's tables

    sqlalchemy.orm.configure_mappers()
