"""`deskapp restore DUMP` on a PostgreSQL server (issue 18 §6). The dump is checked (pg_restore
reads its table of contents), restored with pg_restore into a fresh database beside the centre's
(<db>_restore_YYYYMMDDHHMM), and that copy is checked as `deskapp check` checks a database — the
audit chain, the append-only triggers, every area's invariants (money against its audit rows
among them). Only then the switch: the current database is renamed aside
(<db>_before_restore_YYYYMMDDHHMM, kept) and the restored one takes the centre's name. A
database is renamed only with nobody connected to it, so the switch refuses while a desk is on,
naming it. Anything wrong before the switch drops the copy and leaves the centre's database as it was.

Creating and renaming databases needs a role that may (the server's administrator, or the owner
role set up by `deskapp server setup` when it may create databases): `admin_url`, else the
desk's own URL."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from deskapp.domain.errors import Conflict
from deskapp.services import audit, hooks, stored_files
from deskapp.services.accounts import check as check_service
from deskapp.services.accounts.backup import RESTORE, BadBackup, sha256_of
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.store import pg_dump, schema
from deskapp.store import server_databases as server
from deskapp.store.db import Database

Say = Callable[[str], None]
_NEEDED = {"audit_log", "alembic_version", "users"}


@dataclass(frozen=True)
class DumpCheck:
    path: Path
    tables: int


@dataclass(frozen=True)
class ServerRestoreResult:
    restored_from: Path
    database: str
    kept_as: str  # the database it replaced, renamed aside
    upgraded: bool


def inspect_dump(file: Path | str) -> DumpCheck:
    """Is `file` a whole pg_dump of a deskapp database? BadBackup saying why not."""
    path = Path(file).expanduser()
    if not path.is_file():
        raise BadBackup(f"找不到备份文件 {path}")
    try:
        tables = set(pg_dump.tables_in(path))
    except Conflict as exc:
        raise BadBackup(str(exc)) from exc
    if not _NEEDED <= tables:
        raise BadBackup(f"{path.name} 不是客服台（deskapp）数据库的备份（缺少 {', '.join(sorted(_NEEDED - tables))}）")
    return DumpCheck(path, len(tables))


def _names(ctx: Context) -> tuple[str, str, str]:
    """(the centre's database, the fresh copy's name, the name the replaced one keeps)."""
    name = server.database_name(ctx.db.url)
    stamp = ctx.clock.now().strftime("%Y%m%d%H%M")
    return name, f"{name[:40]}_restore_{stamp}", f"{name[:34]}_before_restore_{stamp}"


def _refuse_if_connected(conn, name: str) -> None:
    others = server.others_connected(conn, name)
    if others:
        raise Conflict(f"还有 {len(others)} 个连接连着数据库 {name}（{'、'.join(dict.fromkeys(others))}）："
                       "请先让这些客服台退出，再恢复。当前数据库没有改动。")


def _recorded_digest(ctx: Context, path: Path) -> str | None:
    """The checksum this database wrote down when it took this very dump (backup.create)."""
    with ctx.reader() as uow:
        afters = [json.loads(a or "{}") for a in uow.audit.afters_of("backup.create", path.name)]
    return next((a.get("sha256") for a in afters if a.get("file") == str(path.resolve())), None)


def _checked_copy(ctx: Context, url: str) -> tuple[list[str], bool]:
    """(problems, upgraded): the restored copy, upgraded when older, held to `deskapp check`."""
    db = Database.open(url)
    try:
        unknown = schema.current_revisions(db) - schema.known_revisions(db)
        if unknown:
            return [f"备份的结构版本（{', '.join(sorted(unknown))}）比本程序新，请先升级客服台程序"], False
        upgraded = schema.upgrade(db).upgraded
        # checked under its temporary name, it is to be this database: its files are this one's
        copy = Context(db=db, clock=ctx.clock, files_root=stored_files.store(ctx).root)
        session = db.read_session()
        try:
            problems = check_service.chain_problems(session)[1] + check_service.trigger_problems(session)[1]
            for result in hooks.collect(hooks.Hook.CHECKS, session, copy):
                problems += [f"{result.name}：{p}" for p in result.problems]
        finally:
            session.close()
        return problems, upgraded
    finally:
        db.dispose()


def _restore_copy(ctx: Context, path: Path, url: str, name: str, fresh: str, say: Say) -> bool:
    """The dump restored into `fresh` and checked; dropped again when anything is wrong."""
    with server.maintenance(url) as conn:
        owner = server.owner_of(conn, name)
        server.drop(conn, fresh)  # a copy left by an attempt in this same minute: never switched in
        server.create(conn, fresh, owner)
        server.copy_database_grants(conn, name, fresh)
    try:
        say(f"用 pg_restore 恢复到新数据库 {fresh} …")
        pg_dump.restore(path, server.with_database(url, fresh), role=owner)
        say(f"检查恢复出的数据库 {fresh}（审计链、防篡改触发器、各项业务规则）…")
        problems, upgraded = _checked_copy(ctx, server.with_database(url, fresh))
        if problems:
            raise BadBackup(f"{path.name} 恢复出的数据库检查不通过，不能用来恢复：\n"
                            + "\n".join(f"· {p}" for p in problems[:20]) + "\n当前数据库没有改动。")
        return upgraded
    except BaseException:
        with server.maintenance(url) as conn:
            server.drop(conn, fresh)
        raise


def _switch(ctx: Context, url: str, name: str, fresh: str, aside: str) -> None:
    ctx.db.dispose()  # this program's own connections are not other desks
    with server.maintenance(url) as conn:
        try:
            _refuse_if_connected(conn, name)
        except Conflict:
            server.drop(conn, fresh)
            raise
        server.rename(conn, name, aside)
        try:
            server.rename(conn, fresh, name)
        except Exception:
            server.rename(conn, aside, name)  # a desk slipped in between: put the centre's back
            server.drop(conn, fresh)
            raise


@changes(Change.BACKUP)
def restore_server(ctx: Context, actor: Actor, file: Path | str, *, admin_url: str | None = None,
                   say: Say = lambda _text: None, checked: DumpCheck | None = None) -> ServerRestoreResult:
    """Replace the centre's server database with a dump, as the module docstring says."""
    actor.require(RESTORE)
    check = checked or inspect_dump(file)
    recorded = _recorded_digest(ctx, check.path)
    if recorded and recorded != sha256_of(check.path):
        raise BadBackup(f"{check.path.name} 与备份时审计日志记下的校验值不同：备份写好之后被改动过。当前数据库没有改动。")
    name, fresh, aside = _names(ctx)
    url = server.with_database(admin_url or ctx.db.url, name)
    with server.maintenance(url) as conn:
        if server.exists(conn, aside):
            raise Conflict(f"数据库 {aside} 已经存在：一分钟内只能恢复一次，请稍后再试")
    upgraded = _restore_copy(ctx, check.path, url, name, fresh, say)
    say(f"切换：{name} 改名为 {aside}，{fresh} 改名为 {name} …")
    _switch(ctx, url, name, fresh, aside)
    with ctx.uow() as uow:  # the restored database, under the centre's name now
        # the restored database may not know the account that restored it (as backup.restore)
        known = actor.user_id is None or uow.accounts.user(actor.user_id) is not None
        who = actor if known else Actor(None, actor.username, actor.display_name, actor.role)
        audit.record(uow.session, ctx, who, "backup.restore", "backup", check.path.name,
                     summary=f"从服务器备份 {check.path} 恢复数据库；被替换的数据库改名为 {aside} 保留",
                     after={"file": str(check.path), "kept": aside, "upgraded": upgraded})
        uow.commit()
    return ServerRestoreResult(check.path, name, aside, upgraded)
