"""One copy of the program per database file: a second one is refused at once."""
from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout


class AlreadyOpen(Exception):
    pass


class InstanceLock:
    def __init__(self, db_path: Path, timeout: float = 0.5):
        # Not per thread: the desk program takes it in the thread that opens the database
        # behind the shown window and gives it back from the GUI thread when it closes.
        self._lock = FileLock(str(db_path) + ".lock", timeout=timeout, thread_local=False)
        self._path = db_path

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise AlreadyOpen(
                f"数据库 {self._path} 已被另一个客服台程序打开。请先关闭那个窗口，或以只读方式打开。"
            ) from None

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
