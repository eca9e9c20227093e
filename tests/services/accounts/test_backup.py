"""Backups through the online API: consistent under concurrent writes, restore round-trip,
bad files refused with the database untouched, rolling set pruned, full disk reported."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskapp.domain.errors import PermissionDenied
from deskapp.services import audit
from deskapp.services.accounts import backup
from deskapp.services.registry import community as registry_community
from deskapp.services.app import open_context
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import Building

pytestmark = pytest.mark.sqlite_only  # backups of the SQLite file (pg_dump for a server: issue 18 §6, not yet)


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    out = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    con.close()
    return out


def test_backup_to_a_file_is_checked_and_audited(community, admin, tmp_path):
    (tmp_path / "out").mkdir()
    target = backup.backup_to(community, admin, tmp_path / "out" / "copy.sqlite")
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite", "copy.sqlite.json"]  # no temporary file left
    assert counts(target)["buildings"] == 2
    with community.reader() as uow:
        row = uow.session.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
        assert row.action == "backup.create" and str(target) in row.summary
        at = row.at
    assert backup.last_good_backup(community) == at


def test_clerks_may_not_back_up_or_restore(community, clerk, steward, supervisor, tmp_path):
    for actor in (clerk, steward):
        with pytest.raises(PermissionDenied):
            backup.backup_to(community, actor, tmp_path / "x.sqlite")
    with pytest.raises(PermissionDenied):
        backup.restore(community, supervisor, tmp_path / "x.sqlite")


def test_backup_while_another_connection_writes_is_consistent(community, admin, tmp_path):
    stop = threading.Event()
    written = []

    def writer():
        other = open_context(community.db.path, clock=community.clock, upgrade=False)
        n = 0
        while not stop.is_set():
            with other.uow() as uow:  # two rows per transaction: a backup has both or neither
                for k in range(2):
                    uow.session.add(Building(community_id=1, code=f"W{n}-{k}", name=""))
                audit.record(uow.session, other, admin, "registry.setup", "building", n, summary="并发写入")
                uow.commit()
            n += 1
            written.append(n)
        other.db.dispose()

    t = threading.Thread(target=writer)
    t.start()
    try:
        while len(written) < 20:
            threading.Event().wait(0.01)
        copies = [backup.backup_to(community, admin, tmp_path / f"c{i}.sqlite", progress=lambda r, t: None)
                  for i in range(3)]
    finally:
        stop.set()
        t.join()
    from deskapp.services.accounts import check

    for c in copies:
        con = sqlite3.connect(c)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        extra = con.execute("SELECT count(*) FROM buildings WHERE code LIKE 'W%'").fetchone()[0]
        assert extra % 2 == 0
        con.close()
        copy_ctx = open_context(c, upgrade=False)
        assert check.chain_check(copy_ctx).problems == []
        copy_ctx.db.dispose()


def test_restore_round_trip_keeps_every_row_and_the_replaced_db(community, admin, tmp_path):
    saved = backup.backup_to(community, admin, tmp_path / "saved.sqlite")
    wanted = counts(saved)
    registry_community.add_building(community, admin, "9")  # a later change the restore undoes
    result = backup.restore(community, admin, saved)
    after = counts(community.db.path)
    assert after["buildings"] == wanted["buildings"]
    assert after["audit_log"] == wanted["audit_log"] + 1  # plus the restore's own row
    for table, n in wanted.items():
        if table != "audit_log":
            assert after[table] == n, table
    assert counts(result.replaced_kept_at)["buildings"] == wanted["buildings"] + 1
    with community.reader() as uow:
        last = uow.session.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
        assert last.action == "backup.restore"
        assert uow.session.execute(select(func.count(Building.id))).scalar_one() == 2
    from deskapp.services.accounts import check

    assert check.run_check(community, admin).results[1].problems == []


def test_checking_a_backup_in_wal_mode_leaves_nothing_beside_it(community, admin, tmp_path):
    """A backup in WAL mode (a copy of the live file, as the damaged database kept before a restore)
    was checked through a read-only connection, which made its -wal and -shm and could not remove
    them: after 检查备份 and 恢复 the backup folder held files that were no backups."""
    folder = tmp_path / "copies"
    folder.mkdir()
    backup.backup_to(community, admin, folder / "copy.sqlite")
    in_wal = folder / "copy-wal.sqlite"
    con = sqlite3.connect(in_wal)
    sqlite3.connect(community.db.path).backup(con)
    assert con.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
    con.close()  # the last connection: SQLite removes its -wal and -shm
    files = ["copy-wal.sqlite", "copy.sqlite", "copy.sqlite.json"]
    assert sorted(p.name for p in folder.iterdir()) == files
    check = backup.inspect_backup(community, in_wal)
    assert check.audit_rows > 0
    assert sorted(p.name for p in folder.iterdir()) == files
    backup.inspect_backup(community, folder / "copy.sqlite")
    assert sorted(p.name for p in folder.iterdir()) == files
    registry_community.add_building(community, admin, "9")
    kept = backup.restore(community, admin, in_wal, checked=check).replaced_kept_at
    assert sorted(p.name for p in folder.iterdir()) == files
    assert sorted(p.name for p in backup.folder(community).iterdir()) == [kept.name, kept.name + ".json"]
    assert counts(community.db.path)["buildings"] == 2


def test_a_backup_into_a_folder_named_with_a_hash_is_checked(community, admin, tmp_path):
    """The copy was checked through a URI cut short at "#" (备份 #2/copy.sqlite read as "备份 "):
    the backup failed with "no such table"."""
    (tmp_path / "备份 #2").mkdir()
    target = backup.backup_to(community, admin, tmp_path / "备份 #2" / "copy 100%.sqlite")
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy 100%.sqlite", "copy 100%.sqlite.json"]
    assert backup.inspect_backup(community, target).audit_rows > 0


@pytest.mark.parametrize("make,message", [
    (lambda p: p.write_text("hello, not a database"), "不是 SQLite 数据库文件"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(), "不是客服台"),
])
def test_bad_files_are_refused_and_the_database_untouched(community, admin, tmp_path, make, message):
    bad = tmp_path / "bad.sqlite"
    make(bad)
    before = counts(community.db.path)
    with pytest.raises(backup.BadBackup, match=message):
        backup.restore(community, admin, bad)
    assert counts(community.db.path) == before


def test_a_newer_schema_is_refused(community, admin, tmp_path):
    saved = backup.backup_to(community, admin, tmp_path / "newer.sqlite")
    con = sqlite3.connect(saved)
    con.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    con.commit()
    con.close()
    before = counts(community.db.path)
    with pytest.raises(backup.BadBackup, match="比本程序新"):
        backup.restore(community, admin, saved)
    assert counts(community.db.path) == before


def test_a_corrupt_file_is_refused(community, admin, tmp_path):
    saved = backup.backup_to(community, admin, tmp_path / "corrupt.sqlite")
    data = bytearray(saved.read_bytes())
    for i in range(4096 * 2, min(len(data), 4096 * 6)):
        data[i] = 0xA5
    saved.write_bytes(bytes(data))
    with pytest.raises(backup.BadBackup):
        backup.restore(community, admin, saved)


def test_daily_backup_once_a_day_and_pruned(community, clock, tmp_path):
    folder = backup.folder(community)
    folder.mkdir(parents=True, exist_ok=True)
    stem = community.db.path.stem
    for day in range(1, 40):  # 39 old automatic backups, one per day
        (folder / f"{stem}-auto-202610{day:02d}-080000.sqlite" if day <= 31 else
         folder / f"{stem}-auto-202611{day - 31:02d}-080000.sqlite").write_bytes(b"x")
    first = backup.auto_backup(community)
    assert first is not None and first.exists()
    assert backup.auto_backup(community) is None  # once a day
    autos = [b for b in backup.list_backups(community) if b.kind == "auto"]
    assert len(autos) < 40 and autos[0].path == first
    stamps = {b.at for b in autos}
    assert datetime(2026, 11, 8, 8, 0) in stamps  # within the 14 daily
    clock.advance(days=1)
    assert backup.daily_backup_due(community)


@pytest.mark.slow
def test_a_full_disk_is_reported_and_the_database_untouched(community, admin, tmp_path):
    """A real write failure: the child process may not write files bigger than 64 KiB."""
    target = tmp_path / "full" / "backup.sqlite"
    target.parent.mkdir()
    script = f"""
import resource, signal, sys
from deskapp.services.app import open_context
from deskapp.services.accounts import backup
from deskapp.services.context import Actor
from deskapp.domain.permissions import Role

ctx = open_context({str(community.db.path)!r}, upgrade=False)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
try:
    backup.backup_to(ctx, Actor(None, "os:test", "test", Role.ADMIN), {str(target)!r})
except backup.BackupFailed as exc:
    print(exc)
    sys.exit(3)
"""
    before = counts(community.db.path)
    community.db.dispose()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    assert "磁盘空间不足" in done.stdout and "当前数据库未受影响" in done.stdout
    assert list(target.parent.iterdir()) == []   # neither the backup nor its temporary file
    assert counts(community.db.path) == before
