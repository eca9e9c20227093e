"""A backup that fails halfway — the disk full — leaves nothing in the target folder: not the
copy (output_file.replacing) and not the copy's rollback journal, which SQLite keeps when a
write into it fails (a stray `.x.sqlite.….part-journal` beside the user's backups)."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

pytestmark = pytest.mark.sqlite_only  # the SQLite backup API's own files

SCRIPT = """
import resource, signal, sys
from pathlib import Path
from deskapp.store.db import sqlite_backup
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))  # a disk with 64 KB left
try:
    sqlite_backup(Path(sys.argv[1]), Path(sys.argv[2]))
except sqlite3.Error as exc:
    print(exc)
    sys.exit(3)
"""


def test_a_backup_the_disk_cannot_hold_leaves_no_file_behind(tmp_path):
    source = tmp_path / "centre.sqlite"
    con = sqlite3.connect(source)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (b BLOB)")
    con.executemany("INSERT INTO t VALUES (?)", [(bytes(3000),) for _ in range(1000)])  # 3 MB
    con.commit()
    con.close()
    folder = tmp_path / "backups"
    folder.mkdir()
    done = subprocess.run([sys.executable, "-c", "import sqlite3\n" + SCRIPT, str(source), str(folder / "b.sqlite")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr  # the write failed, as on a full disk
    assert sorted(p.name for p in folder.iterdir()) == []
