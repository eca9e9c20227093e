"""A desk on a server database meets the server's own failures in words it can act on
(store/server_door.py): the server not reached, no such database, a login refused — at the
opening, from the command line — and the connection lost in the middle of work."""
from __future__ import annotations

import os

import pytest

from deskapp.cli import main
from deskapp.domain.errors import Conflict
from deskapp.services.app import DatabaseProblem, open_context
from deskapp.store.diagnose import SERVER_DOWN, SERVER_REFUSED

NOBODY_LISTENS = "postgresql+psycopg://desk:pw@127.0.0.1:1/deskapp"  # port 1: refused at once


def test_a_server_not_reached_is_named_with_what_to_do(capsys):
    status = main(["--db", NOBODY_LISTENS, "users", "list"])
    err = capsys.readouterr().err
    assert status == SERVER_DOWN.exit_status == 12
    assert "连不上数据库服务器 127.0.0.1:1" in err and "PostgreSQL 服务没有运行" in err and "再试一次" in err
    assert "pw" not in err and "OperationalError" not in err and "sqlalche.me" not in err and "程序内部出错" not in err


@pytest.mark.postgresql
def test_no_such_database_and_an_unknown_user_are_named(pg_cluster, capsys):
    status = main(["--db", pg_cluster.url("no_such_centre"), "check"])
    err = capsys.readouterr().err
    assert status == SERVER_REFUSED.exit_status == 13
    assert "上没有数据库 no_such_centre" in err and "deskapp server setup" in err

    status = main(["--db", pg_cluster.url("deskapp_template", user="no_such_clerk"), "users", "list"])
    err = capsys.readouterr().err
    assert status == 13
    assert "不接受用户 no_such_clerk 的登录" in err


class Switch:
    """The cluster seen through a socket folder of this test's own: `off()` takes the server's
    socket away (the server PC switched off, as this desk sees it), `on()` brings it back."""

    def __init__(self, cluster, url, folder):
        self.cluster, self.folder = cluster, folder
        folder.mkdir()
        self.url = url.replace(f"host={cluster.folder}", f"host={folder}")

    def on(self):
        os.symlink(self.cluster.folder / ".s.PGSQL.5432", self.folder / ".s.PGSQL.5432")

    def off(self, database):
        (self.folder / ".s.PGSQL.5432").unlink()
        self.cluster.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          f"WHERE datname = '{database}' AND pid <> pg_backend_pid()")


@pytest.fixture
def server(pg_cluster, pg_worker_db, tmp_path):
    return Switch(pg_cluster, pg_cluster.fresh_database(pg_worker_db), tmp_path / "socket")


@pytest.mark.postgresql
def test_the_server_that_comes_up_is_reached_on_the_next_try(server, pg_worker_db, clock):
    with pytest.raises(DatabaseProblem) as refused:
        open_context(server.url, clock=clock)
    assert refused.value.kind == SERVER_DOWN and "连不上数据库服务器" in str(refused.value)

    server.on()
    ctx = open_context(server.url, clock=clock)
    try:
        from deskapp.services.accounts import users

        assert not users.has_users(ctx)  # the desk reads from it: a new centre, no accounts yet
        assert ctx.db.location == f"{pg_worker_db}（服务器 {server.folder}）"  # the status bar's words
    finally:
        ctx.db.dispose()


@pytest.mark.postgresql
def test_a_server_gone_in_the_middle_of_work_says_nothing_was_saved_and_the_desk_carries_on(
        server, pg_worker_db, clock):
    from deskapp.domain.permissions import Role
    from deskapp.services.accounts import users

    server.on()
    ctx = open_context(server.url, clock=clock)
    try:
        admin = users.create_first_admin(ctx, "admin", "管理员", "Start@2026")
        server.off(pg_worker_db)
        with pytest.raises(Conflict) as lost:
            users.create_user(ctx, admin, "linxy", "林晓燕", Role.CLERK, "Clerk@2026")
        assert "连接断了" in str(lost.value) and "没有保存任何数据" in str(lost.value)
        with pytest.raises(Conflict):
            users.list_users(ctx, admin)  # a read says the same

        server.on()  # back: the next step reconnects by itself
        assert [u.username for u in users.list_users(ctx, admin)] == ["admin"]  # nothing half-saved
        users.create_user(ctx, admin, "linxy", "林晓燕", Role.CLERK, "Clerk@2026")
        assert sorted(u.username for u in users.list_users(ctx, admin)) == ["admin", "linxy"]
    finally:
        ctx.db.dispose()


@pytest.mark.postgresql
def test_the_listener_comes_back_with_the_server_and_has_every_view_reload(server, pg_worker_db, clock, monkeypatch):
    """Live updates from the other desks resume by themselves after the server was away; what
    they wrote meanwhile is unknown, so every kind of change is delivered once."""
    import threading

    from deskapp.contracts.changes import Change
    from deskapp.services import changes
    from deskapp.store import notify

    monkeypatch.setattr(notify, "RETRY_S", 0.2)
    server.on()
    ctx = open_context(server.url, clock=clock)
    heard: list[frozenset] = []
    arrived = threading.Event()

    def deliver(flags):
        heard.append(flags)
        arrived.set()

    listener = changes.listen(ctx, deliver)
    try:
        server.off(pg_worker_db)
        server.on()
        assert arrived.wait(10), "the listener did not come back"
        assert heard == [frozenset(Change)]
        arrived.clear()
        server.cluster.psql(f"SELECT pg_notify('{notify.CHANNEL}', 'another-desk|keys')", database=pg_worker_db)
        assert arrived.wait(10)
        assert heard[-1] == frozenset({Change.KEYS})
        assert listener.running
    finally:
        listener.stop()
        ctx.db.dispose()
    assert not listener.running
