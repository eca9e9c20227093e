"""Nothing the desk shows as saved may be lost (issue 22 §1).

The sequence that lost a vehicle card: in the desk's process something opens and closes the
database file (a file dialog looking at the folder), which cancels the desk's SQLite locks;
another program then opens the database, takes itself for the last user and deletes the
write-ahead log the desk goes on writing into. These tests run that sequence with real
processes and a real file and check that every write the desk reports as done is in the file
and in the backup, and that nothing is written to a log that no longer exists."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from datetime import datetime

from support import CST, make_actor

from deskapp.domain.clock import FixedClock
from deskapp.domain.permissions import Role
from deskapp.services.accounts import backup
from deskapp.services.registry import community as registry_community
from deskapp.services.app import open_for_desk
from deskapp.store.file_guard import JournalLost, posix_locks_held

ADMIN = make_actor(Role.ADMIN)


def _sniff_like_a_file_dialog(db: Path) -> None:
    """What Qt's default file icon provider does to every file of a folder it shows: open it,
    read the first bytes to guess its type, close it."""
    for name in (db.name, db.name + "-wal", db.name + "-shm"):
        target = db.with_name(name)
        if target.exists():
            with open(target, "rb") as f:
                f.read(512)


def _deleted_logs() -> list[str]:
    """Files this process still has open although their names are gone."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            link = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if link.endswith("(deleted)") and ("-wal" in link or "-shm" in link):
            found.append(link)
    return found


def _buildings(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT code FROM buildings")}
    finally:
        con.close()


def _deskapp(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "deskapp", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})


def _foreign_reader(path: Path) -> None:
    """Another program (a database browser, a copy script) that opens, reads and closes the file."""
    code = f"import sqlite3; c = sqlite3.connect({str(path)!r}); c.execute('SELECT count(*) FROM buildings').fetchone(); c.close()"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.fixture
def desk(tmp_path, _template_db):
    """The desk program's database, opened the way the desk opens it (instance lock first)."""
    from deskapp.store.db import sqlite_backup

    path = tmp_path / "centre" / "desk.sqlite"
    path.parent.mkdir()
    sqlite_backup(_template_db, path)
    ctx, lock = open_for_desk(path)
    ctx.clock = FixedClock(datetime(2026, 12, 2, 10, 0, tzinfo=CST))
    registry_community.setup_community(ctx, ADMIN, "翠湖花园", "翠湖花园物业服务中心")
    yield ctx
    ctx.db.dispose()
    if lock is not None:
        lock.release()


def test_another_deskapp_command_cannot_delete_the_log_the_desk_writes_into(desk, tmp_path):
    path = desk.db.path
    registry_community.add_building(desk, ADMIN, "1")                 # shown as saved
    _sniff_like_a_file_dialog(path)                          # the desk's locks are gone now
    assert posix_locks_held([path]) is False

    copy = tmp_path / "cli-copy.sqlite"
    ran = _deskapp("--db", str(path), "backup", "-o", str(copy))   # another process backs up…
    assert ran.returncode == 3, ran.stderr
    assert "正在被另一个 deskapp 程序使用" in ran.stderr and "客服台程序" in ran.stderr
    assert not copy.exists()
    assert _deskapp("--db", str(path), "export", "units", "-o", str(tmp_path / "u.xlsx")).returncode == 3

    registry_community.add_building(desk, ADMIN, "2")                  # …the desk writes again
    assert _deleted_logs() == []
    assert posix_locks_held([path]) is True                   # the guard took its locks back
    _foreign_reader(path)                                     # so even a foreign reader is harmless now
    registry_community.add_building(desk, ADMIN, "3")
    assert _deleted_logs() == []

    made = backup.backup_to(desk, ADMIN, tmp_path / "desk-copy.sqlite")   # 文件 ▸ 备份… in the desk
    assert {"1", "2", "3"} <= _buildings(made)
    assert {"1", "2", "3"} <= _buildings(path)               # in the file itself, read by another connection


def test_a_write_after_the_log_was_deleted_is_refused_not_lost(desk):
    """A program that is not deskapp (and so knows no instance lock) deletes the log while the
    desk's locks are gone: the desk's next write is refused with a message, never written into
    the deleted log and shown as saved."""
    path = desk.db.path
    registry_community.add_building(desk, ADMIN, "1")
    _sniff_like_a_file_dialog(path)
    _foreign_reader(path)                                     # it checkpoints and deletes the log
    assert not path.with_name(path.name + "-wal").exists()

    before = _deleted_log_sizes()
    assert before, "SQLite still has the deleted log open"
    with pytest.raises(JournalLost, match="这次保存没有进行"):
        registry_community.add_building(desk, ADMIN, "2")
    assert _deleted_log_sizes() == before                     # not a byte into the deleted log
    assert "1" in _buildings(path) and "2" not in _buildings(path)


def _deleted_log_sizes() -> dict[str, int]:
    sizes = {}
    for fd in os.listdir("/proc/self/fd"):
        try:
            link = os.readlink(f"/proc/self/fd/{fd}")
            if link.endswith("-wal (deleted)"):
                sizes[fd] = os.stat(f"/proc/self/fd/{fd}").st_size
        except OSError:
            continue
    return sizes


def test_the_guard_takes_lost_locks_back_before_anyone_can_delete_the_log(desk):
    path = desk.db.path
    registry_community.add_building(desk, ADMIN, "1")
    _sniff_like_a_file_dialog(path)
    registry_community.add_building(desk, ADMIN, "2")                  # the guard re-takes the locks first
    assert posix_locks_held([path, path.with_name(path.name + "-shm")]) is True
    _foreign_reader(path)
    registry_community.add_building(desk, ADMIN, "3")
    assert _deleted_logs() == [] and {"1", "2", "3"} <= _buildings(path)


def test_commands_work_again_once_the_desk_is_closed(tmp_path, _template_db):
    from deskapp.store.db import sqlite_backup

    path = tmp_path / "desk.sqlite"
    sqlite_backup(_template_db, path)
    ctx, lock = open_for_desk(path)
    registry_community.setup_community(ctx, ADMIN, "翠湖花园", "翠湖花园物业服务中心")
    registry_community.add_building(ctx, ADMIN, "7")
    ctx.db.dispose()
    lock.release()
    assert not Path(str(path) + ".inuse").exists()
    ran = _deskapp("--db", str(path), "backup", "-o", str(tmp_path / "later.sqlite"))
    assert ran.returncode == 0, ran.stderr
    assert "7" in _buildings(tmp_path / "later.sqlite")
