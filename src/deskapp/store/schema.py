"""Bringing a database to the schema this program knows (Alembic heads).

Each area keeps its own migration branch (they all start from the foundation revision),
so "current" means: the database's revisions equal the script's heads.

Alembic is imported only when an upgrade is really needed: importing it costs more than a
second of a cold start, and on an up-to-date database the question "are we at the heads?"
needs only the migration files' `revision`/`down_revision` lines and the alembic_version
table (tests/store/test_schema.py checks this agrees with Alembic's own ScriptDirectory)."""
from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from deskapp.store.db import Database, sqlite_backup, sqlite_restore

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


class SchemaError(Exception):
    pass


class NewerSchema(SchemaError):
    """The file was written by a newer program: this one must not touch it."""


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def _names(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)  # a merge revision names several parents


# Top-level `revision = '...'` / `down_revision = ...` lines (column 0, as Alembic writes them);
# a regular expression, because parsing the whole of a large migration costs start-up time.
_ASSIGN = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*(?:#.*)?$", re.MULTILINE)


def _read_revision(path: Path) -> tuple[str, tuple[str, ...]] | None:
    """The `revision` and `down_revision` of one migration file."""
    found: dict[str, object] = {}
    for name, value in _ASSIGN.findall(path.read_text(encoding="utf-8")):
        found.setdefault(name, ast.literal_eval(value))
    if not isinstance(found.get("revision"), str):
        return None  # not a migration (e.g. __init__.py)
    return found["revision"], _names(found.get("down_revision"))


@cache
def _revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> its down_revisions, for every migration file."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        parsed = _read_revision(path)
        if parsed is not None:
            graph[parsed[0]] = parsed[1]
    return graph


def script_heads(db: Database) -> set[str]:
    graph = _revision_graph()
    named_as_parent = {parent for parents in graph.values() for parent in parents}
    return set(graph) - named_as_parent


def current_revisions(db: Database) -> set[str]:
    if not inspect(db.engine).has_table(VERSION_TABLE):
        return set()
    with db.engine.connect() as conn:
        return {row[0] for row in conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))}


def known_revisions(db: Database) -> set[str]:
    return set(_revision_graph())


def is_empty(db: Database) -> bool:
    return not inspect(db.engine).get_table_names()


def _refuse_while_others_connected(db: Database) -> None:
    """A schema changes under no desk (issue 18 §5): the desks signed in on other PCs
    (desk_sessions, on both backends) and, on a server, the other deskapp connections to this
    database by the names they gave (store/db.py who_connects) refuse the upgrade."""
    from deskapp.store.db import APPLICATION

    _refuse_while_desks_signed_in(db)
    if db.is_sqlite:
        return
    db.dispose()  # this program's own idle connections are not other desks
    with db.read_engine.connect() as conn:
        others = conn.execute(text(
            "SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND application_name LIKE :app ORDER BY 1"), {"app": APPLICATION + " %"}
        ).scalars().all()
    if others:
        names = "、".join(name.removeprefix(APPLICATION + " ") for name in others)
        raise SchemaError(f"还有客服台连着服务器上的数据库（{names}）：请先让它们退出，再升级表结构。")


def _refuse_while_desks_signed_in(db: Database) -> None:
    """Desks signed in elsewhere and heard from lately; this PC's own row (a desk that crashed
    and is started again with the new program) does not count."""
    import socket
    from datetime import datetime, timezone

    from sqlalchemy.orm import Session

    from deskapp.domain.accounts import upgrade_refused
    from deskapp.store.queries.accounts_desks import connected

    here = socket.gethostname()[:63]
    with Session(db.read_engine) as session:
        others = [f"{d.desk} {d.user}" for d in connected(session, datetime.now(timezone.utc)) if d.desk != here]
    if others:
        raise SchemaError(upgrade_refused(others))


@dataclass
class UpgradeResult:
    upgraded: bool
    backup: Path | None = None


def upgrade(db: Database, *, backup_dir: Path | None = None, backup_name: str | None = None,
            starting: Callable[[], None] | None = None) -> UpgradeResult:
    """Upgrade to heads. A non-empty SQLite database is first backed up with the online
    backup API; if the upgrade fails the backup is put back and SchemaError says so.
    `starting` is told when an upgrade is due, before the backup (it can take a while)."""
    current = current_revisions(db)
    unknown = current - known_revisions(db)
    if unknown:
        raise NewerSchema(
            f"数据库的结构版本（{', '.join(sorted(unknown))}）比本程序新，请升级客服台程序后再打开。"
        )
    if current == script_heads(db):
        return UpgradeResult(False)
    if current:
        _refuse_while_others_connected(db)
    if starting is not None:
        starting()
    backup: Path | None = None
    if db.is_sqlite and not is_empty(db):
        folder = backup_dir or db.path.parent / "backups"
        name = backup_name or f"{db.path.stem}-before-upgrade.sqlite"
        backup = folder / name
        db.dispose()
        sqlite_backup(db.path, backup)
    from alembic import command

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
