"""`deskapp server setup` on the throwaway PostgreSQL cluster (issue 18 §1): the roles and the
database with least privilege — the desk's role reads and writes rows but cannot drop or disable
the append-only triggers, truncate a table or rewrite the migration history — and a desk then
works through that role."""
import io

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError

from deskapp.cli import main

pytestmark = pytest.mark.postgresql


@pytest.fixture
def names(worker_id):
    # roles belong to the whole cluster, which the xdist workers share
    return {"database": f"centre_{worker_id}", "owner": f"owner_{worker_id}", "desk": f"desk_{worker_id}"}


def _setup(cluster, names, monkeypatch, capsys, password="台账2026"):
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    status = main(["server", "setup", "--admin-url", cluster.url("postgres"), "--database", names["database"],
                   "--owner", names["owner"], "--desk-role", names["desk"], "--desk-password-stdin"])
    return status, capsys.readouterr()


@pytest.mark.parametrize("sql, refusal", [
    ("DROP TRIGGER audit_log_append_only ON audit_log", "must be owner"),
    ("ALTER TABLE receipts DISABLE TRIGGER ALL", "must be owner"),
    ("ALTER TABLE key_events DISABLE TRIGGER key_events_no_update", "must be owner"),
    ("DROP FUNCTION keys_refuse()", "must be owner"),
    ("DROP TABLE audit_log", "must be owner"),
    ("TRUNCATE audit_log", "permission denied"),
    ("UPDATE alembic_version SET version_num = 'x'", "permission denied"),
    ("CREATE TABLE mine (id int)", "permission denied"),
    ("DROP EXTENSION pg_trgm", "must be owner"),  # the search box's trigram indexes (2810)
])
def test_the_desk_role_cannot_remove_the_guards(pg_cluster, names, monkeypatch, capsys, sql, refusal):
    status, out = _setup(pg_cluster, names, monkeypatch, capsys)
    assert status == 0, out.err
    engine = create_engine(pg_cluster.url(names["database"], user=names["desk"]))
    try:
        with engine.connect() as conn, pytest.raises(DBAPIError, match=refusal):
            conn.exec_driver_sql(sql)
    finally:
        engine.dispose()
    with create_engine(pg_cluster.url(names["database"])).connect() as conn:  # the guards are all there
        enabled = dict(conn.exec_driver_sql("SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal").all())
    assert enabled["audit_log_append_only"] == "O" and enabled["key_events_no_update"] == "O"
    assert len(enabled) >= 10 and set(enabled.values()) == {"O"}


def test_setup_says_what_it_made_a_desk_works_through_the_role_and_a_rerun_changes_nothing(
        pg_cluster, names, monkeypatch, capsys, admin):
    pg_cluster.drop_database(names["database"])
    status, out = _setup(pg_cluster, names, monkeypatch, capsys)
    assert status == 0, out.err
    assert f"已建立数据库 {names['database']}" in out.out and "表结构已升级到本程序的版本" in out.out
    assert f"deskapp --db postgresql+psycopg://{names['desk']}@/{names['database']}" in out.out
    with create_engine(pg_cluster.url(names["database"])).connect() as conn:  # made as the owner, not the admin
        assert conn.exec_driver_sql("SELECT extowner::regrole::text FROM pg_extension "
                                    "WHERE extname = 'pg_trgm'").scalar() == names["owner"]

    from deskapp.services.app import open_context
    from deskapp.services.registry import community

    ctx = open_context(pg_cluster.url(names["database"], user=names["desk"]))
    try:
        community.setup_community(ctx, admin, "翠湖花园", "翠湖花园物业服务中心", "滨江路 88 号", "0571-88886666")
        community.add_building(ctx, admin, "3")
        with ctx.reader() as uow:
            assert uow.registry.centre().community == "翠湖花园"
        with ctx.db.engine.connect() as conn, pytest.raises(DBAPIError, match="append-only"):
            conn.exec_driver_sql("UPDATE audit_log SET summary = '改写'")  # the rows it wrote stay as written
    finally:
        ctx.db.dispose()

    status, out = _setup(pg_cluster, names, monkeypatch, capsys)
    assert status == 0 and "已建立" not in out.out and "表结构已是本程序的版本" in out.out


def test_a_server_that_cannot_be_reached_is_said_in_words(capsys, tmp_path):
    status = main(["server", "setup", "--admin-url", f"postgresql://postgres@/postgres?host={tmp_path}"])
    assert status == 1
    assert "无法连接 PostgreSQL 服务器" in capsys.readouterr().err


def test_a_bad_role_name_is_refused_before_connecting(capsys):
    status = main(["server", "setup", "--admin-url", "postgresql://postgres@/postgres", "--desk-role", "Desk; DROP"])
    assert status == 2
    assert "客服台角色" in capsys.readouterr().err


@pytest.mark.postgresql_only
def test_the_supervisor_sees_who_is_connected(community, supervisor, clerk, capsys):
    """Issue 18 §5: user@host of every deskapp program on the server database, since when."""
    import getpass
    import socket

    from deskapp.domain.errors import PermissionDenied
    from deskapp.services.accounts.server_setup import connected_desks
    from deskapp.store.db import Database

    other = Database.open(community.db.url)
    held = [other.read_engine.connect(), other.engine.connect()]  # another desk, two connections
    try:
        [desk] = connected_desks(community, supervisor)
        assert desk.who == f"{getpass.getuser()}@{socket.gethostname()}"[: 63 - len("deskapp ")]
        assert desk.connections >= 3 and desk.since <= desk.last_seen
        with pytest.raises(PermissionDenied):
            connected_desks(community, clerk)
        assert main(["--db", community.db.url, "server", "who"]) == 0
        assert f"{desk.who}\t连上 " in capsys.readouterr().out
    finally:
        for conn in held:
            conn.close()
        other.dispose()
