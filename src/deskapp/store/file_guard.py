"""The desk's hold on its SQLite file, checked before every write.

SQLite keeps a shared POSIX lock on the database (and on its `-shm` index) for as long as a
connection is open; that lock is what tells another program that the write-ahead log is in
use. On Linux and macOS, closing *any* descriptor of the file in this process cancels those
locks (fcntl semantics), and the next program that opens and closes the database then deletes
the log the desk is still writing into (issue 22: work shown as saved, lost). The file dialogs
no longer read files (gui/file_dialogs.py) and other deskapp commands honour the instance lock,
so this should never happen; this guard is the last line: before each write it checks that

- the process still holds its locks on the database and its index (Linux: /proc/locks), and
  if not, re-takes them by reopening its connections when none is in use;
- the write-ahead log SQLite has open is still the file of that name (Linux: /proc/self/fd
  shows no "…-wal (deleted)").

Both checks read what Linux tells of the process; elsewhere they answer "unknown" and the guard
lets the write go. The reception PCs run Windows, whose locks belong to a handle and are not
lost this way; the checks matter on Linux (and macOS desks) and in our tests.

A write that cannot be made safe is refused with a message (nothing is written to a log that
no longer exists), instead of being shown as saved and lost.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from deskapp.domain.errors import DeskappError


class JournalLost(DeskappError):
    """The database's write-ahead log was removed or replaced under the running desk."""


def _inode(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def posix_locks_held(paths: list[Path], pid: int | None = None) -> bool | None:
    """Whether this process holds a POSIX lock on every one of `paths` (Linux only; None
    where the system does not say)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        text = Path("/proc/locks").read_text()
    except OSError:
        return None
    pid = os.getpid() if pid is None else pid
    held: set[int] = set()
    for line in text.splitlines():
        parts = line.split()
        # "1: POSIX  ADVISORY  READ 4437 fe:00:2146842 1073741826 1073742335"
        if len(parts) < 8 or parts[1] not in ("POSIX", "OFDLCK") or parts[4] != str(pid):
            continue
        try:
            held.add(int(parts[5].rsplit(":", 1)[1]))
        except (ValueError, IndexError):
            continue
    for path in paths:
        inode = _inode(path)
        if inode is not None and inode not in held:
            return False
    return True


def open_deleted(path: Path) -> bool | None:
    """Whether this process still has `path` open although the name was deleted (Linux only)."""
    fds = Path("/proc/self/fd")
    if not sys.platform.startswith("linux") or not fds.is_dir():
        return None
    gone = f"{path} (deleted)"
    for fd in os.listdir(fds):
        try:
            if os.readlink(fds / fd) == gone:
                return True
        except OSError:
            continue
    return False


class FileGuard:
    """Kept by a SQLite `Database`: `before_write()` checks before each write transaction."""

    def __init__(self, path: Path):
        self.path = path
        self.wal = path.with_name(path.name + "-wal")
        self.shm = path.with_name(path.name + "-shm")

    def wal_intact(self) -> bool:
        return open_deleted(self.wal) is not True

    def locks_lost(self) -> bool:
        return posix_locks_held([self.path, self.shm]) is False

    def refuse(self) -> JournalLost:
        return JournalLost(
            f"数据库 {self.path.name} 的日志文件被其他程序删除或替换（可能是在程序运行时复制、备份或打开了"
            "数据库文件）。为保护数据，这次保存没有进行。请关闭客服台程序后重新打开，再做一次刚才的操作。")
