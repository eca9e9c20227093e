"""One door to the database (issue 14 §2): each kind of wrong file gets its own message and exit
status, and nothing is written — not even a new file for a mistyped path."""
from __future__ import annotations

import os
import shutil
import sqlite3
import stat

import pytest

from deskapp.cli import main

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself: missing, damaged, read-only, foreign


def _files(folder) -> list[str]:
    # SQLite's own -wal/-shm may appear beside a WAL database it was asked to read; they are
    # not ours and leave the database as it was
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


@pytest.fixture
def db(community):
    community.db.dispose()
    return community.db.path


def _foreign(path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()


def _damage(source, path) -> None:
    shutil.copy(source, path)
    with open(path, "r+b") as f:           # overwrite pages in the middle of the file
        f.seek(4096 * 3)
        f.write(b"\xff" * 8192)


CASES = {
    "missing": (4, "不存在", lambda src, p: None),
    "not a file": (5, "不是文件", lambda src, p: p.mkdir()),
    "empty": (6, "空文件", lambda src, p: p.write_bytes(b"")),
    "not SQLite": (6, "不是 SQLite 数据库", lambda src, p: p.write_bytes(b"name,phone\n" * 50)),
    "damaged": (7, "已损坏", _damage),
    "another program's": (9, "别的程序的 SQLite 数据库", lambda src, p: _foreign(p)),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("command", [["check"], ["export", "units", "-o", "OUT"], ["billing", "run", "--quarter", "2026Q3"]])
def test_each_wrong_file_is_named_and_left_as_it_was(db, tmp_path, capsys, case, command):
    status, says, make = CASES[case]
    folder = tmp_path / "case"
    folder.mkdir()
    target = folder / "centre.sqlite"
    make(db, target)
    before = _files(folder)
    content = target.read_bytes() if target.is_file() else None
    argv = [str(folder / "out.xlsx") if a == "OUT" else a for a in command]
    code = main(["--db", str(target), *argv])
    out = capsys.readouterr()
    assert code == status, out.err
    assert says in out.err + out.out and "Traceback" not in out.err
    assert _files(folder) == before                  # no new database, no .lock, no export
    if content is not None:
        assert target.read_bytes() == content


def test_a_read_only_database_is_said(db, tmp_path, capsys):
    target = tmp_path / "ro" / "centre.sqlite"
    target.parent.mkdir()
    shutil.copy(db, target)
    os.chmod(target, stat.S_IRUSR | stat.S_IRGRP)
    try:
        assert main(["--db", str(target), "billing", "run", "--quarter", "2026Q3"]) == 8
        assert "只读" in capsys.readouterr().err
    finally:
        os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)


def test_a_newer_program_s_database_is_said(db, capsys):
    con = sqlite3.connect(db)
    con.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    con.commit()
    con.close()
    assert main(["--db", str(db), "check"]) == 10
    assert "比本程序新" in capsys.readouterr().err


def test_check_on_a_damaged_file_lists_what_is_damaged_the_backups_and_how_to_restore(db, tmp_path, capsys):
    folder = tmp_path / "centre"
    (folder / "backups").mkdir(parents=True)
    shutil.copy(db, folder / "backups" / "centre-auto-20261201-080000.sqlite")
    shutil.copy(db, folder / "backups" / "centre-auto-20261202-080000.sqlite")
    target = folder / "centre.sqlite"
    _damage(db, target)
    assert main(["--db", str(target), "check"]) == 7
    out = capsys.readouterr().out
    findings = out.split("发现：")[1].split("最近的备份")[0]
    assert "integrity_check" in out and ("Page" in findings or "malformed" in findings)  # SQLite's own words
    newest = folder / "backups" / "centre-auto-20261202-080000.sqlite"
    assert out.index("2026-12-02 08:00") < out.index("2026-12-01 08:00")
    assert f"restore {newest}" in out
    # and the restore it names works on the damaged file
    assert main(["--db", str(target), "restore", str(newest), "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", str(target), "check"]) == 0


def test_init_and_demo_are_the_ways_to_make_a_database(tmp_path):
    made = tmp_path / "new.sqlite"
    assert main(["--db", str(made), "init", "--community", "翠湖花园"]) == 0
    assert made.exists()
