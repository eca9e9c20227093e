"""`deskapp backup -o FILE` on a PostgreSQL server (issue 18 §6): pg_dump's custom format,
checked with pg_restore --list and audited; the dump restores into an empty database with every
row. A truncated dump is refused in words."""
import subprocess

import pytest
from sqlalchemy.engine import make_url
from support import PlainSQL

from deskapp.cli import main
from deskapp.domain.errors import Conflict
from deskapp.services.accounts import backup
from deskapp.services.app import open_context
from deskapp.services.registry import units as registry_units
from deskapp.store import pg_dump

pytestmark = pytest.mark.postgresql_only


def _counts(ctx, tables=("units", "buildings", "audit_log")):
    con = PlainSQL(ctx)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


def test_a_server_backup_is_a_checked_dump_that_restores_every_row(community, admin, tmp_path, pg_cluster, worker_id):
    registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101",
                                                  "building_area": "50", "state": "自住"})
    target = backup.backup_to(community, admin, tmp_path / "centre.dump")
    assert target.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert {"units", "audit_log", "receipts"} <= set(pg_dump.tables_in(target))
    before = _counts(community)
    con = PlainSQL(community)  # the backup is in the audit trail
    assert con.execute("SELECT count(*) FROM audit_log WHERE action = 'backup.create'").fetchone()[0] == 1
    con.close()

    restored_url = pg_cluster.empty_database(f"restored_{worker_id}")
    done = subprocess.run([pg_dump._tool("pg_restore"), "--no-owner", "-d",
                           restored_url.replace("postgresql+psycopg", "postgresql"), str(target)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    restored = open_context(restored_url, clock=community.clock)  # at the current schema: nothing to upgrade
    try:
        assert _counts(restored) == {**before, "audit_log": before["audit_log"] - 1}  # all but the backup's own row
    finally:
        restored.db.dispose()


def test_the_backup_command_writes_the_dump_and_a_truncated_one_is_refused(community, tmp_path, capsys):
    out = tmp_path / "cmd.dump"
    assert main(["--db", community.db.url, "backup", "-o", str(out)]) == 0
    assert f"已备份到 {out}" in capsys.readouterr().out
    half = tmp_path / "half.dump"
    half.write_bytes(out.read_bytes()[: out.stat().st_size // 3])
    with pytest.raises(Conflict, match="不是完整的 PostgreSQL 备份"):
        pg_dump.tables_in(half)


def test_the_daily_backup_runs_on_the_server_too_once_a_day_and_is_pruned(community, clock, monkeypatch, tmp_path):
    """The automatic backup of the day (gui/accounts/actions.daily_backup) on a server database:
    a checked pg_dump in this PC's backups folder for the database, named like the SQLite ones."""
    monkeypatch.setenv("HOME", str(tmp_path))  # this PC's backups folder (~/deskapp-backups), the test's own
    folder = backup.folder(community)
    assert folder == tmp_path / "deskapp-backups" / make_url(community.db.url).database
    folder.mkdir(parents=True, exist_ok=True)
    name = make_url(community.db.url).database
    for day in range(1, 32):  # a month of old automatic dumps
        (folder / f"{name}-auto-202610{day:02d}-080000.dump").write_bytes(b"x")
    assert backup.daily_backup_due(community)
    first = backup.auto_backup(community)
    assert first.name == f"{name}-auto-20261127-093000.dump" and first.read_bytes()[:5] == b"PGDMP"
    assert {"units", "audit_log"} <= set(pg_dump.tables_in(first))
    assert backup.auto_backup(community) is None and not backup.daily_backup_due(community)  # once a day
    autos = [b for b in backup.list_backups(community) if b.kind == "auto"]
    assert autos[0].path == first and len(autos) < 32  # the rolling set let some October ones go
    assert backup.last_good_backup(community) is not None
    clock.advance(days=1)
    assert backup.daily_backup_due(community)
