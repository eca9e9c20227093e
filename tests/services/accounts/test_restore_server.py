"""`deskapp restore DUMP` on a PostgreSQL server (issue 18 §6): the dump is restored into a fresh
database, checked as `deskapp check` checks one, and switched in under the centre's name; the
replaced database is kept under another name. A desk still connected, a doctored dump or a
truncated one is refused and the centre's database is left as it was."""
import psycopg
import pytest
from support import PlainSQL

from deskapp.cli import main
from deskapp.domain.errors import Conflict
from deskapp.services.accounts import backup, server_restore
from deskapp.services.app import open_context
from deskapp.services.registry import units as registry_units
from deskapp.store.db import to_url
from sqlalchemy.engine import make_url

pytestmark = pytest.mark.postgresql_only

STAMP = "202611270930"  # the fixed clock's minute (tests/conftest.py)


def _unit(ctx, admin, room):
    return registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room,
                                                   "building_area": "50", "state": "自住"})


def _rooms(url, clock):
    ctx = open_context(url, clock=clock, upgrade=False)
    con = PlainSQL(ctx)
    try:
        return sorted(r[0] for r in con.execute("SELECT room FROM units").fetchall())
    finally:
        con.close()
        ctx.db.dispose()


def _databases(pg_cluster, name):
    return set(pg_cluster.psql(f"SELECT datname FROM pg_database WHERE datname LIKE '{name}%'").split())


@pytest.fixture
def centre(community, admin, pg_cluster, tmp_path):
    """A dump holding room 101, then room 102 added after it; the databases a restore leaves are dropped."""
    _unit(community, admin, "101")
    dump = backup.backup_to(community, admin, tmp_path / "centre.dump")
    _unit(community, admin, "102")
    name = make_url(community.db.url).database
    yield community, dump, name
    community.db.dispose()
    for other in _databases(pg_cluster, name) - {name}:
        pg_cluster.drop_database(other)


def test_the_dump_is_restored_checked_and_switched_in_keeping_the_old_database(centre, admin, pg_cluster):
    ctx, dump, name = centre
    said = []
    result = server_restore.restore_server(ctx, admin, dump, say=said.append)
    assert (result.database, result.kept_as) == (name, f"{name}_before_restore_{STAMP}")
    assert _rooms(ctx.db.url, ctx.clock) == ["101"]  # the centre's name now holds the dump
    assert _rooms(pg_cluster.url(result.kept_as), ctx.clock) == ["101", "102"]
    assert _databases(pg_cluster, name) == {name, result.kept_as}  # the fresh copy became the centre's
    assert any("检查恢复出的数据库" in s for s in said)
    con = PlainSQL(ctx)
    try:
        row = con.execute("SELECT summary FROM audit_log WHERE action = 'backup.restore'").fetchone()
    finally:
        con.close()
    assert result.kept_as in row[0]


def test_a_desk_still_connected_is_named_and_nothing_changes(centre, admin, pg_cluster):
    ctx, dump, name = centre
    desk = psycopg.connect(to_url(ctx.db.url).replace("postgresql+psycopg", "postgresql"),
                           application_name="deskapp clerk@cashier-pc")
    try:
        with pytest.raises(Conflict, match="deskapp clerk@cashier-pc"):
            server_restore.restore_server(ctx, admin, dump)
    finally:
        desk.close()
    assert _rooms(ctx.db.url, ctx.clock) == ["101", "102"]
    assert _databases(pg_cluster, name) == {name}  # the checked copy is not left behind


def test_a_doctored_dump_is_refused_with_the_reason(centre, admin, pg_cluster, tmp_path):
    ctx, dump, name = centre
    doctored = f"{name}_doctored"
    ctx.db.dispose()  # a database is copied with nobody connected
    pg_cluster.copy_database(name, doctored)
    # the owner of the server could do this with the guards off: an audit row rewritten
    pg_cluster.psql("SET session_replication_role = replica; UPDATE audit_log SET summary = 'x' "
                    "WHERE id = (SELECT min(id) FROM audit_log)", database=doctored)
    other = open_context(pg_cluster.url(doctored), clock=ctx.clock)
    bad = backup.backup_to(other, admin, tmp_path / "doctored.dump")
    other.db.dispose()
    with pytest.raises(backup.BadBackup, match="检查不通过"):
        server_restore.restore_server(ctx, admin, bad)
    assert _rooms(ctx.db.url, ctx.clock) == ["101", "102"]
    assert _databases(pg_cluster, name) == {name, doctored}


def test_the_restore_command_on_the_server_and_a_truncated_dump(centre, tmp_path, capsys):
    ctx, dump, name = centre
    half = tmp_path / "half.dump"
    half.write_bytes(dump.read_bytes()[: dump.stat().st_size // 3])
    assert main(["--db", ctx.db.url, "restore", str(half), "--yes"]) != 0
    assert "不是完整的 PostgreSQL 备份" in capsys.readouterr().err
    ctx.db.dispose()
    assert main(["--db", ctx.db.url, "restore", str(dump), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "检查通过" in out and f"被替换的数据库改名为 {name}_before_restore_" in out
    assert _rooms(ctx.db.url, ctx.clock) == ["101"]


def test_a_connection_that_may_not_make_databases_is_told_what_to_use(centre, admin, pg_cluster):
    ctx, dump, name = centre
    pg_cluster.psql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_only') "
                    "THEN CREATE ROLE desk_only LOGIN NOCREATEDB; END IF; END $$")
    with pytest.raises(Conflict, match="--admin-url"):
        server_restore.restore_server(ctx, admin, dump, admin_url=pg_cluster.url("postgres", user="desk_only"))
    assert _rooms(ctx.db.url, ctx.clock) == ["101", "102"]
    assert _databases(pg_cluster, name) == {name}


def test_a_centre_with_kept_files_restores_and_its_files_check_out(community, admin, pg_cluster, tmp_path):
    """The restored copy is checked under its temporary name, but it is to be this database: its
    kept files (documents, photos) are looked for where this database keeps them."""
    from datetime import date

    from deskapp.domain.library import Audience, DocKind, DocumentInput, VersionInput
    from deskapp.services.accounts import check
    from deskapp.services.library import documents

    rules = tmp_path / "业主临时公约.pdf"
    rules.write_bytes(b"%PDF-1.4 the owners' covenant")
    documents.add_document(community, admin, DocumentInput("业主临时公约", DocKind.CONVENTION, Audience.ALL),
                           VersionInput("2026版", date(2026, 1, 1)), rules)
    dump = backup.backup_to(community, admin, tmp_path / "centre.dump")
    name = make_url(community.db.url).database
    try:
        result = server_restore.restore_server(community, admin, dump)
        assert result.database == name
        assert [p for p in check.run_check(community, admin).problems if "文件" in p] == []
    finally:
        community.db.dispose()
        for other in _databases(pg_cluster, name) - {name}:
            pg_cluster.drop_database(other)
