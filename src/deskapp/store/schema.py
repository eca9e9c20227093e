"""Bringing a database to the schema this program knows (Alembic heads).

Each area keeps its own migration branch (they all start from the foundation revision),
so "current" means: the database's revisions equal the script's heads."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from deskapp.store.db import Database, sqlite_backup, sqlite_restore

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class SchemaError(Exception):
    pass


def alembic_config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


@cache
def _script() -> ScriptDirectory:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg)


def script_heads(db: Database) -> set[str]:
    return set(_script().get_heads())


def current_revisions(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def known_revisions(db: Database) -> set[str]:
    return {s.revision for s in _script().walk_revisions()}


def is_empty(db: Database) -> bool:
    return not inspect(db.engine).get_table_names()


@dataclass
class UpgradeResult:
    upgraded: bool
    backup: Path | None = None


def upgrade(db: Database, *, backup_dir: Path | None = None, backup_name: str | None = None) -> UpgradeResult:
    """Upgrade to heads. A non-empty SQLite database is first backed up with the online
    backup API; if the upgrade fails the backup is put back and SchemaError says so."""
    current = current_revisions(db)
    unknown = current - known_revisions(db)
    if unknown:
        raise SchemaError(
            f"数据库的结构版本（{', '.join(sorted(unknown))}）比本程序新，请升级客服台程序后再打开。"
        )
    if current == script_heads(db):
        return UpgradeResult(False)
    backup: Path | None = None
    if db.is_sqlite and not is_empty(db):
        folder = backup_dir or db.path.parent / "backups"
        name = backup_name or f"{db.path.stem}-before-upgrade.sqlite"
        backup = folder / name
        db.dispose()
        sqlite_backup(db.path, backup)
    cfg = alembic_config(db)
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
    except Exception as exc:
        if backup is not None:
            db.dispose()
            sqlite_restore(backup, db.path)
            raise SchemaError(
                f"数据库升级失败（{exc}），已从升级前的备份 {backup} 恢复，数据未改变。"
            ) from exc
        raise SchemaError(f"数据库升级失败：{exc}") from exc
    return UpgradeResult(True, backup)
