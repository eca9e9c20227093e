"""The database as Alembic builds it matches the models, and upgrades keep data safe."""
from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from deskapp.store import schema
from deskapp.store.db import Database
from deskapp.store.models import Base
from deskapp.store.models.server_indexes import for_backend
from deskapp.store.uow import UnitOfWork


def test_upgrade_from_empty_to_heads_matches_models(empty_db_url):
    db = Database.open(empty_db_url)
    result = schema.upgrade(db)
    assert result.upgraded and result.backup is None  # nothing to back up in an empty file
    assert schema.current_revisions(db) == schema.script_heads(db)
    with db.engine.connect() as conn:
        only_here = lambda obj, *_: for_backend(obj, conn.dialect.name)  # noqa: E731 (trigram indexes: server only)
        opts = {"compare_type": True, "include_object": only_here}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == []
    assert schema.upgrade(db).upgraded is False


def test_sqlite_pragmas(tmp_path):
    db = Database.open(tmp_path / "p.sqlite")
    schema.upgrade(db)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_unit_of_work_rolls_back_unless_committed(empty_db_url):
    db = Database.open(empty_db_url)
    schema.upgrade(db)
    with UnitOfWork(db) as uow:
        uow.session.execute(text("INSERT INTO settings (key, value) VALUES ('a', '1')"))
    with UnitOfWork(db) as uow:
        uow.session.execute(text("INSERT INTO settings (key, value) VALUES ('b', '2')"))
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        keys = uow.session.execute(text("SELECT key FROM settings")).scalars().all()
    assert keys == ["b"]


def test_newer_schema_is_refused_untouched(empty_db_url):
    db = Database.open(empty_db_url)
    schema.upgrade(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM alembic_version")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('9999_future')")
    with pytest.raises(schema.SchemaError, match="比本程序新"):
        schema.upgrade(db)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all() == ["9999_future"]


def test_failed_upgrade_restores_the_backup(tmp_path, monkeypatch):
    path = tmp_path / "f.sqlite"
    db = Database.open(path)
    schema.upgrade(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('kept', '1')")
        # pretend the database is one step behind so that an upgrade is due
        conn.exec_driver_sql("DELETE FROM alembic_version WHERE version_num != '0001_foundation'")
        if not conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar():
            conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('0001_foundation')")
    monkeypatch.setattr(schema, "script_heads", lambda db: {"0001_foundation", "zz_missing"})

    def broken(cfg, target):
        # a half-done migration that then fails
        cfg.attributes["connection"].exec_driver_sql("DELETE FROM settings")
        raise RuntimeError("migration exploded")

    from alembic import command  # schema imports it only when an upgrade is due

    monkeypatch.setattr(command, "upgrade", broken)
    with pytest.raises(schema.SchemaError, match="已从升级前的备份"):
        schema.upgrade(db, backup_dir=tmp_path / "b")
    con = sqlite3.connect(path)
    assert con.execute("SELECT value FROM settings WHERE key='kept'").fetchone() == ("1",)
    con.close()
    assert list((tmp_path / "b").glob("*.sqlite"))


def test_heads_without_alembic_agree_with_alembic(tmp_path):
    """The start-up check reads the migration files itself; it must give Alembic's answer."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(schema.MIGRATIONS))
    script = ScriptDirectory.from_config(cfg)
    db = Database.open(tmp_path / "h.sqlite")
    assert schema.script_heads(db) == set(script.get_heads())
    assert schema.known_revisions(db) == {s.revision for s in script.walk_revisions()}
    assert schema.current_revisions(db) == set()  # no alembic_version table yet
    schema.upgrade(db)
    with db.engine.connect() as conn:
        alembic_says = set(MigrationContext.configure(conn).get_current_heads())
    assert schema.current_revisions(db) == alembic_says == set(script.get_heads())


def test_up_to_date_database_is_checked_without_importing_alembic(tmp_path):
    import subprocess
    import sys

    db = Database.open(tmp_path / "a.sqlite")
    schema.upgrade(db)
    db.dispose()
    probe = (
        "import sys\n"
        "from deskapp.store import schema\n"
        "from deskapp.store.db import Database\n"
        f"assert schema.upgrade(Database.open({str(tmp_path / 'a.sqlite')!r})).upgraded is False\n"
        "print(sorted(m for m in sys.modules if m == 'alembic' or m.startswith('alembic.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.postgresql_only
def test_a_server_upgrade_is_refused_while_another_desk_is_connected_naming_it(ctx):
    """Issue 18 §5: the schema of a shared database changes under no desk."""
    from alembic import command

    cfg = schema.alembic_config(ctx.db)
    with ctx.db.engine.begin() as conn:  # one revision back: an upgrade is due
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "1700_server_unit_order-1")
    ctx.db.dispose()
    desk = Database.open(ctx.db.url)
    held = desk.read_engine.connect()  # another desk, signed in
    try:
        upgrading = Database.open(ctx.db.url)
        with pytest.raises(schema.SchemaError, match=r"还有客服台连着服务器上的数据库（.+@.+）"):
            schema.upgrade(upgrading)
        assert "1700_server_unit_order" not in schema.current_revisions(upgrading)
    finally:
        held.close()
        desk.dispose()
    assert schema.upgrade(upgrading).upgraded  # the other desk gone, the upgrade goes through
    assert schema.current_revisions(upgrading) == schema.script_heads(upgrading)
    upgrading.dispose()
