"""What is wrong with a database file, said before SQLite or Alembic touch it (issue 14 §2).

Every command and the desk pass through `diagnose` before they open a SQLite file, so each
case gets its own Chinese message and exit status, and nothing is written:
a mistyped path no longer becomes a new empty database, an empty or foreign file is not
quietly turned into a deskapp database, and a damaged one is not "healthy".

Only reads happen here, all through a read-only SQLite connection (never a plain open() of
the file: closing one would cancel this process's SQLite locks, see store/file_guard.py).
"""
from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from deskapp.store import network_share

NOT_A_DATABASE = "file is not a database"  # SQLite's words for a file without its header
VERSION_TABLE = "alembic_version"
# Tables every deskapp database has had since its first migration.
OUR_TABLES = {"community", "audit_log"}


@dataclass(frozen=True)
class Kind:
    code: str
    exit_status: int


MISSING = Kind("missing", 4)
NOT_A_FILE = Kind("not-a-file", 5)
NOT_SQLITE = Kind("not-sqlite", 6)
DAMAGED = Kind("damaged", 7)
READ_ONLY = Kind("read-only", 8)
FOREIGN = Kind("foreign", 9)
NEWER = Kind("newer-schema", 10)   # raised by store.schema.upgrade as SchemaError; listed for the table
NETWORK = Kind("network-share", 11)  # a file on an SMB/NFS share or a mapped drive (store/network_share.py)
# A server database (store/server_door.py): the server not reached, or it refused the connection.
SERVER_DOWN = Kind("server-unreachable", 12)
SERVER_REFUSED = Kind("server-refused", 13)


class DatabaseProblem(Exception):
    """The file cannot be worked on as a deskapp database; `kind` says why. `path` is None for
    a server database (store/server_door.py)."""

    def __init__(self, kind: Kind, path: Path | None, message: str, details: tuple[str, ...] = ()):
        self.kind, self.path, self.details = kind, path, details
        super().__init__(message)


def diagnose(path: Path, *, create: bool = False, scan: bool = True) -> None:
    """Raise DatabaseProblem unless `path` is a deskapp database this process may write — or,
    with `create`, a file that does not exist yet (init, demo, 新建 in the desk). Without
    `scan`, all but the quick_check that reads the whole file: the desk runs that beside its
    work (`scan_for_damage`, store/write_gate.py)."""
    path = Path(path)
    share = network_share.where(path)
    if share is not None:  # refused even for a new file: the first write would already be unsafe
        raise DatabaseProblem(NETWORK, path, network_share.refusal(str(path), share))
    if not path.exists():
        if create:
            return
        raise DatabaseProblem(MISSING, path, (
            f"数据库文件 {path} 不存在。请检查路径是否写错；要新建数据库请用 deskapp --db {path} init "
            "（或在客服台程序里选择“新建”）。"))
    if not path.is_file():
        raise DatabaseProblem(NOT_A_FILE, path, f"{path} 不是文件（是文件夹或设备），不能作为数据库打开。")
    size = path.stat().st_size
    if size == 0:
        if create:
            return
        raise DatabaseProblem(NOT_SQLITE, path, (
            f"{path} 是一个空文件，不是客服台数据库。要在这里新建数据库请用 deskapp --db {path} init。"))
    tables, problems = _look_inside(path, scan)
    if problems == [NOT_A_DATABASE]:
        raise DatabaseProblem(NOT_SQLITE, path, f"{path} 不是 SQLite 数据库文件（可能选错了文件），未作任何改动。")
    if not _writable(path):
        raise DatabaseProblem(READ_ONLY, path, (
            f"数据库 {path} 是只读的（或所在文件夹不可写），客服台无法保存。"
            "请取消文件的只读属性，或把它复制到可写的文件夹。"))
    if problems:
        raise damaged(path, problems)
    if tables and VERSION_TABLE not in tables and not (OUR_TABLES & tables):
        shown = "、".join(sorted(tables)[:5])
        raise DatabaseProblem(FOREIGN, path, (
            f"{path} 是别的程序的 SQLite 数据库（其中的表：{shown}），不是客服台数据库，未作任何改动。"))


def damaged(path: Path, problems: list[str]) -> DatabaseProblem:
    """DAMAGED, naming SQLite's first finding."""
    return DatabaseProblem(DAMAGED, path, (
        f"数据库 {path} 已损坏（SQLite 完整性检查：{_first_finding(problems)}）。"
        "请用 deskapp --db 该文件 check 查看详情和最近的备份，再用 restore 恢复。"), tuple(problems))


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check of the whole file, read-only: what it found (empty when sound)."""
    return _findings(path, "quick_check(5)")


def in_wal_mode(path: Path) -> bool:
    """Whether the file is in write-ahead-log mode (the header says so): a connection opened
    on a file that is not is itself a write, switching it (store/db.py)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def integrity_problems(path: Path, limit: int = 20) -> list[str]:
    """`PRAGMA integrity_check`'s findings (empty when sound), read-only."""
    return _findings(path, f"integrity_check({limit})")


def _findings(path: Path, pragma: str) -> list[str]:
    """What one of SQLite's checks says of a file through a read-only connection: empty when
    sound; a file SQLite cannot read at all is its own finding."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _look_inside(path: Path, scan: bool = True) -> tuple[set[str], list[str]]:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            check = [r[0] for r in con.execute("PRAGMA quick_check(5)")] if scan else ["ok"]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return set(), [str(exc)]
    return tables, ([] if check == ["ok"] else check)



def _first_finding(problems: list[str]) -> str:
    lines = [ln for p in problems for ln in p.splitlines() if ln.strip() and not ln.startswith("***")]
    return lines[0] if lines else problems[0]


def _writable(path: Path) -> bool:
    # os.access answers for the real user; the mode bits catch a read-only file even for root,
    # who may write anything (the centre's clerk is never root).
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return False
    return bool(path.stat().st_mode & stat.S_IWUSR)
