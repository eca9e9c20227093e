"""What the accounts area reads from a database file itself, through a read-only sqlite3
connection rather than a session: a backup being checked, the copy just written, the live
file's own integrity. The checks are SQLite's (PRAGMA), the facts the audit trail's."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

# Tables every deskapp database has: a file without them is not ours
DESKAPP_TABLES = frozenset({"alembic_version", "users", "audit_log"})


def connect_read_only(path: Path) -> sqlite3.Connection:
    """The live database file, read beside the desks writing it (its -wal and -shm are theirs)."""
    return sqlite3.connect(_uri(path, "mode=ro"), uri=True)


def connect_backup(path: Path) -> sqlite3.Connection:
    """A backup file, read without leaving anything beside it. A read-only connection to a file in
    WAL mode makes its -wal and -shm and, read-only, cannot remove them when it closes: the backup
    folder filled with them. With no -wal beside the file the whole database is the file, so it is
    read as immutable (nothing made); a -wal already there (a database copied with its WAL) holds
    part of it, so that file is read through SQLite's WAL as it is."""
    if path.with_name(path.name + "-wal").exists():
        return connect_read_only(path)
    return sqlite3.connect(_uri(path, "mode=ro&immutable=1"), uri=True)


def _uri(path: Path, query: str) -> str:
    """A file's URI, its name quoted (a folder named "备份 #2" or a name with "?" is not cut short)."""
    return f"{Path(path).resolve().as_uri()}?{query}"


def quick_check(path: Path) -> str:
    """SQLite's quick_check of a backup file: "ok" or the first problem."""
    con = connect_backup(path)
    try:
        return con.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        con.close()


@dataclass(frozen=True)
class AuditEnds:
    """A database file's audit trail as a backup's manifest records it."""

    last: tuple[int, str] | None  # (id, hash) of its newest row
    epoch: tuple[int, str] | None  # (id, hash) of its newest restore row
    trail: str | None  # its first row's hash


def audit_ends(path: Path, restore_action: str) -> AuditEnds:
    con = connect_backup(path)
    try:
        last = con.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        epoch = con.execute("SELECT id, hash FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1",
                            (restore_action,)).fetchone()
        trail = con.execute("SELECT hash FROM audit_log ORDER BY id LIMIT 1").fetchone()
    finally:
        con.close()
    return AuditEnds(last=tuple(last) if last else None, epoch=tuple(epoch) if epoch else None,
                     trail=trail[0] if trail else None)


@dataclass(frozen=True)
class BackupFacts:
    """A file offered for restore, read in the order the checks refuse it: SQLite's verdict
    first, then whether it is a deskapp database; the rest only when both hold."""

    integrity: str  # "ok" or SQLite's first problem
    deskapp: bool = False  # has the tables every deskapp database has
    revisions: frozenset[str] = frozenset()
    audit_rows: int = 0
    last_entry_at: str | None = None  # naive UTC text, as SQLite keeps UTCDateTime
    users: int = 0


def backup_facts(con: sqlite3.Connection, *, full: bool) -> BackupFacts:
    """Raises sqlite3.DatabaseError when the file cannot be read."""
    integrity = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchone()[0]
    if integrity != "ok":
        return BackupFacts(integrity)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not DESKAPP_TABLES <= tables:
        return BackupFacts(integrity)
    return BackupFacts(
        integrity, deskapp=True,
        revisions=frozenset(r[0] for r in con.execute("SELECT version_num FROM alembic_version")),
        audit_rows=con.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        last_entry_at=con.execute("SELECT max(at) FROM audit_log").fetchone()[0],
        users=con.execute("SELECT count(*) FROM users").fetchone()[0])


@dataclass(frozen=True)
class FileHealth:
    """SQLite's own checks of the live file, for `deskapp check`."""

    problems: list[str]  # integrity_check / quick_check lines; ["ok"] when sound
    pages: int
    orphans: list[tuple]  # foreign_key_check: (table, rowid, parent, fk index)


def file_health(con: sqlite3.Connection, *, full: bool) -> FileHealth:
    """Raises sqlite3.DatabaseError when the file cannot be read."""
    return FileHealth(problems=[r[0] for r in con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")],
                      pages=con.execute("PRAGMA page_count").fetchone()[0],
                      orphans=con.execute("PRAGMA foreign_key_check").fetchall())
