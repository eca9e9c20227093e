"""One program per database file: whoever holds `<db>.lock` works on the file; every other
deskapp program (a second desk, a command-line backup, an import…) is refused at once.

Why everyone, not only a second desk: two programs on one SQLite file are safe only while
each keeps its file locks, and a desk can lose them (store/file_guard.py). Going through one
door also means that nothing another command does can delete the log a desk writes into.
Beside the lock, `<db>.inuse` says who holds it and since when, for the refusal's message.
"""
from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime, timezone
from pathlib import Path

from filelock import FileLock, Timeout

from deskapp.domain.local_time import local_text


class AlreadyOpen(Exception):
    pass


def _holder_text(info_path: Path) -> str:
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
        since = datetime.fromisoformat(info["since"]).astimezone(timezone.utc)
    except (OSError, ValueError, KeyError, TypeError):
        return ""
    local = local_text(since)
    what = "客服台程序" if info.get("program") == "desk" else f"命令 deskapp {info.get('program', '')}".rstrip()
    return f"（{what}，{info.get('user', '?')}@{info.get('host', '?')}，自 {local} 起）"


class InstanceLock:
    def __init__(self, db_path: Path, timeout: float = 0.5, *, program: str = "desk"):
        # Not per thread: the desk program takes it in the thread that opens the database
        # behind the shown window and gives it back from the GUI thread when it closes.
        self._lock = FileLock(str(db_path) + ".lock", timeout=timeout, thread_local=False)
        self._path = db_path
        self._info = Path(str(db_path) + ".inuse")
        self._program = program

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            holder = _holder_text(self._info)
            raise AlreadyOpen(
                f"数据库 {self._path} 正在被另一个 deskapp 程序使用{holder}。"
                "请在那个程序里操作（如 文件 ▸ 备份…），或先关闭它再试。"
            ) from None
        self._write_info()

    def _write_info(self) -> None:
        try:
            user = getpass.getuser()
        except Exception:  # no login name on some service accounts
            user = "unknown"
        info = {"program": self._program, "pid": os.getpid(), "user": user, "host": socket.gethostname(),
                "since": datetime.now(timezone.utc).isoformat()}
        try:
            self._info.write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass  # only the refusal's message is poorer; the lock itself holds

    def release(self) -> None:
        if self._lock.is_locked and self._lock.lock_counter == 1:
            self._info.unlink(missing_ok=True)
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
