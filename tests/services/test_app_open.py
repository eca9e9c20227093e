"""Opening the database for the desk program (services/app.py: open_for_desk)."""
from __future__ import annotations

import pytest
from support import older_database

from deskapp.services.app import AlreadyOpen, SchemaError, open_for_desk
from deskapp.store import schema
from deskapp.store.db import Database
from deskapp.store.instance_lock import InstanceLock


def _stamped(path, revision: str) -> None:
    """A database at the heads, then marked as being at `revision` (behind, or from the future)."""
    db = Database.open(path)
    schema.upgrade(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM alembic_version")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (revision,))
    db.dispose()


def _revisions(path) -> set[str]:
    db = Database.open(path)
    try:
        return schema.current_revisions(db)
    finally:
        db.dispose()


def test_opens_locks_and_gives_the_lock_back(tmp_path):
    path = tmp_path / "desk.sqlite"
    ctx, lock = open_for_desk(path, create=True)  # a new file: the desk was told to make it
    assert lock is not None and lock.held
    assert _revisions(path) == schema.script_heads(ctx.db)
    with pytest.raises(AlreadyOpen, match="正在被另一个 deskapp 程序使用"):
        open_for_desk(path)
    lock.release()
    ctx.db.dispose()
    ctx2, lock2 = open_for_desk(path)
    lock2.release()
    ctx2.db.dispose()


def test_a_file_another_copy_holds_is_not_upgraded(tmp_path):
    """The lock comes before the schema: a second copy must not upgrade under the first."""
    path = tmp_path / "old.sqlite"
    _stamped(path, "0001_foundation")
    held = InstanceLock(path)
    held.acquire()
    try:
        with pytest.raises(AlreadyOpen):
            open_for_desk(path)
        assert _revisions(path) == {"0001_foundation"}
        assert not (tmp_path / "backups").exists()  # no upgrade backup was even started
    finally:
        held.release()


def test_a_refused_schema_leaves_the_file_unlocked(tmp_path):
    path = tmp_path / "new.sqlite"
    _stamped(path, "9999_future")
    with pytest.raises(SchemaError):
        open_for_desk(path)
    lock = InstanceLock(path)
    lock.acquire()
    lock.release()


def test_an_older_database_is_said_to_be_upgrading_then_upgraded_with_its_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    older_database(path)
    told: list = []
    ctx, lock = open_for_desk(path, upgrading=lambda: told.append("upgrading"),
                              upgraded=lambda backup: told.append(backup))
    assert told[0] == "upgrading" and len(told) == 2
    backup = told[1]
    assert backup is not None and backup.exists() and backup.parent == tmp_path / "backups"
    assert _revisions(path) == schema.script_heads(ctx.db)
    lock.release()
    ctx.db.dispose()
    told.clear()
    ctx, lock = open_for_desk(path, upgrading=lambda: told.append("upgrading"),
                              upgraded=lambda backup: told.append(backup))
    assert told == []  # up to date: nothing to say
    lock.release()
    ctx.db.dispose()


def test_a_damaged_file_is_refused_after_the_imports_and_before_anything_writes(tmp_path):
    """The file's check runs beside the model imports (issue 21 §2), but still decides: a
    damaged file is said as such, `meanwhile` ran, and no lock or upgrade touched the file."""
    from deskapp.services.app import DAMAGED, DatabaseProblem

    path = tmp_path / "damaged.sqlite"
    _stamped(path, "0001_foundation")  # behind the heads: an upgrade would be due
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2:page * 4] = b"\xff" * (page * 2)  # two pages of b-tree overwritten
    path.write_bytes(bytes(data))
    ran = []
    with pytest.raises(DatabaseProblem) as refused:
        open_for_desk(path, meanwhile=lambda: ran.append("imports"))
    assert refused.value.kind == DAMAGED
    assert ran == ["imports"]
    assert not (tmp_path / "backups").exists()  # no upgrade was started
    other = InstanceLock(path)  # the file was left free for another program
    other.acquire()
    other.release()


def test_the_files_check_starts_before_sqlalchemy_and_the_models_load(tmp_path):
    """The check reads the whole file on the second core while this thread loads SQLAlchemy
    and the models (issue 21 §2): it must begin before they do, in a clean interpreter."""
    import json
    import subprocess
    import sys

    path = tmp_path / "desk.sqlite"
    db = Database.open(path)
    schema.upgrade(db)
    db.dispose()
    probe = (
        "import json, sys, threading\n"
        "real, seen = threading.Thread.start, []\n"
        "def start(thread):\n"
        "    if thread.name == 'deskapp-check':  # the file's check, started by open_for_desk\n"
        "        seen.append('sqlalchemy' in sys.modules)\n"
        "    real(thread)\n"
        "threading.Thread.start = start\n"
        "from deskapp.services.app import open_for_desk\n"
        f"ctx, lock = open_for_desk({str(path)!r})\n"
        "lock.release()\n"
        "print(json.dumps({'sqlalchemy_loaded_when_the_check_began': seen}))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"sqlalchemy_loaded_when_the_check_began": [False]}
