"""Backups and restores of the SQLite database, only through SQLite's online backup API.

Automatic backups go into a folder beside the database (setting `backup.folder`), once at
the first start of each day, and are pruned to a rolling set (domain/backups.py). A restore
checks the file first (a SQLite database, intact, a deskapp schema not newer than this
program, and — on a scratch copy — its audit chain, its anchors, its triggers and its money
against its audit: a doctored backup is refused, issue 14 §4), keeps the database it replaces as a backup, and leaves the current database
untouched when anything is wrong."""
from __future__ import annotations

import errno
import hashlib
import json
import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from deskapp.domain import backups as rules
from deskapp.domain.audit_anchors import Anchor
from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.domain.permissions import SUPERVISORS, Role, define
from deskapp import output_file
from deskapp.output_file import check_target
from deskapp.store.diagnose import integrity_problems
from deskapp.services import audit, settings, stored_files
from deskapp.services.accounts import audit_anchors
from deskapp.services.accounts import check as check_service
from deskapp.services.app import upgrade_schema
from deskapp.services.billing.audit_match import audit_match
from deskapp.services.context import Actor, Context
from deskapp.services.changes import Change, changes
from deskapp.store import schema
from deskapp.store.db import UNREADABLE, Database, sqlite_backup, sqlite_restore
from deskapp.store import pg_dump, server_databases
from deskapp.store.instance_lock import AlreadyOpen, InstanceLock
from deskapp.store.queries import accounts_files as files

log = logging.getLogger(__name__)

BACKUP = define("backup.create", "备份数据库", SUPERVISORS)
RESTORE = define("backup.restore", "从备份恢复数据库", {Role.ADMIN})

FOLDER = settings.declare("backup.folder", "", "自动备份文件夹（空：数据库旁的 backups 文件夹）",
                          kind="folder", max_length=260)

Progress = Callable[[int, int], None]
SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupFailed(DeskappError):
    """The backup could not be written; the database itself is untouched."""


class BadBackup(DeskappError):
    """A file offered for restore is not a usable deskapp backup; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    at: datetime | None  # from the file name (local time), None for other names
    size: int
    kind: str  # "auto", "manual", "before-restore", "before-upgrade" or ""


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_kept_at: Path
    upgraded: bool


def _require_sqlite(ctx: Context) -> Path:
    if not ctx.db.is_sqlite or ctx.db.path is None:
        raise ValidationError("数据库", "备份与恢复只用于 SQLite 数据库文件；服务器数据库请用服务器的备份工具")
    return ctx.db.path


def _stem(ctx: Context) -> str:
    """What a backup's file name starts with: the SQLite file's name, or the server database's."""
    return ctx.db.path.stem if ctx.db.is_sqlite else server_databases.database_name(ctx.db.url)


def _suffix(ctx: Context) -> str:
    return ".sqlite" if ctx.db.is_sqlite else ".dump"


def folder(ctx: Context) -> Path:
    """The backups folder: the setting, else beside the SQLite file — or, for a server database,
    under this PC's home folder (the daily dump is a copy off the server)."""
    base = ctx.db.path.parent if ctx.db.is_sqlite else Path.home() / "deskapp-backups"
    configured = settings.get(ctx, FOLDER)
    if configured:
        p = Path(configured).expanduser()
        return p if p.is_absolute() else base / p
    return ctx.backup_dir or (base / "backups" if ctx.db.is_sqlite else base / _stem(ctx))


def _kind(name: str, stem: str) -> str:
    rest = name[len(stem) + 1:] if name.startswith(stem + "-") else ""
    for kind in ("auto", "manual", "before-restore", "before-upgrade", "damaged"):
        if rest.startswith(kind + "-"):
            return kind
    return ""


def list_backups(ctx: Context) -> list[BackupInfo]:
    """The backups in the folder, newest first."""
    base = folder(ctx)
    stem = _stem(ctx)
    if not base.is_dir():
        return []
    found = []
    for p in base.glob("*" + _suffix(ctx)):
        found.append(BackupInfo(p, rules.stamp_of(p.name), p.stat().st_size, _kind(p.name, stem)))
    return sorted(found, key=lambda b: (b.at or datetime.min, b.path.name), reverse=True)


def newest_backups(database: Path, limit: int = 5) -> list[tuple[Path, datetime]]:
    """Backups of a database that cannot be opened (its settings unreadable): the default
    backups folder beside it, newest first by the time in their names."""
    base = Path(database).parent / "backups"
    if not base.is_dir():
        return []
    dated = [(p, rules.stamp_of(p.name)) for p in base.glob("*.sqlite")]
    return sorted(((p, at) for p, at in dated if at is not None), key=lambda x: x[1], reverse=True)[:limit]


def _failed(exc: BaseException, target: Path) -> BackupFailed:
    text = str(exc)
    full = isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    full = full or "full" in text or "disk I/O error" in text
    if full:
        return BackupFailed(f"写入备份 {target} 失败：磁盘空间不足（或文件过大）。当前数据库未受影响，请腾出空间或换一个位置再备份。")
    return BackupFailed(f"写入备份 {target} 失败：{text}。当前数据库未受影响。")


def _verify(path: Path) -> None:
    result = files.quick_check(path)
    if result != "ok":
        raise BackupFailed(f"备份 {path} 写完后自检不通过（{result}），请换一个位置再备份")


@changes(Change.BACKUP)
def backup_to(ctx: Context, actor: Actor, target: Path | str, *, progress: Progress | None = None,
              kind: str = "manual") -> Path:
    """Copy the live database to `target` (online backup API), check the copy, audit it. On a
    PostgreSQL server: pg_dump's custom format, checked with pg_restore --list."""
    actor.require(BACKUP)
    if not ctx.db.is_sqlite:
        return _dump_server(ctx, actor, Path(target).expanduser().resolve(), kind)
    source = _require_sqlite(ctx)
    target = Path(target).expanduser().resolve()
    if target == source.resolve():
        raise ValidationError("备份文件", "不能备份到正在使用的数据库文件本身")
    check_target(target, "备份文件")
    try:
        sqlite_backup(source, target, progress=progress, pages=1024)
        _verify(target)
        manifest = _write_manifest(ctx, target, kind)
        carried = stored_files.carry(ctx, target)
    except (sqlite3.Error, OSError) as exc:
        raise _failed(exc, target) from exc
    audit.record_event(ctx, actor, "backup.create", "backup", target.name,
                       summary=f"备份数据库到 {target}（{'自动' if kind == 'auto' else '手动'}）",
                       after={"file": str(target), "size": target.stat().st_size, "kind": kind,
                              "audit_head": manifest["audit_head"], "sha256": manifest["sha256"],
                              "files_copied": carried})
    return target


def _dump_server(ctx: Context, actor: Actor, target: Path, kind: str) -> Path:
    check_target(target, "备份文件")
    pg_dump.dump(ctx.db.url, target)
    tables = pg_dump.tables_in(target)
    try:
        carried = stored_files.carry(ctx, target)  # the dump holds the table, not the files it names
    except OSError as exc:
        raise _failed(exc, target) from exc
    audit.record_event(ctx, actor, "backup.create", "backup", target.name,
                       summary=f"备份服务器数据库到 {target}（pg_dump，{'自动' if kind == 'auto' else '手动'}）",
                       after={"file": str(target), "size": target.stat().st_size, "kind": kind, "tables": len(tables),
                              "sha256": sha256_of(target), "files_copied": carried})
    return target


def sha256_of(path: Path) -> str:
    """A file's SHA-256, read in 1 MiB blocks (backups and update packages are large)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_manifest(ctx: Context, target: Path, kind: str) -> dict:
    """`<backup>.json`: the copy's audit head (an anchor outside the database), its epoch and
    a checksum of the file, so a backup doctored afterwards is told apart at restore."""
    ends = files.audit_ends(target, audit_anchors.RESTORE_ACTION)
    last, epoch, trail = ends.last, ends.epoch, ends.trail
    manifest = {"file": target.name, "kind": kind, "taken_at": ctx.clock.now().isoformat(timespec="seconds"),
                "size": target.stat().st_size, "sha256": sha256_of(target),
                "audit_head": {"id": last[0], "hash": last[1]} if last else None,
                "epoch": list(epoch) if epoch else None, "trail": trail}
    output_file.write_text(audit_anchors.manifest_path(target), json.dumps(manifest, ensure_ascii=False, indent=1),
                           field="备份清单")
    return manifest


def backup_now(ctx: Context, actor: Actor, *, progress: Progress | None = None, kind: str = "manual") -> Path:
    """A backup into the backups folder with a dated name."""
    name = rules.file_name(_stem(ctx), kind, ctx.clock.now(), _suffix(ctx))
    folder(ctx).mkdir(parents=True, exist_ok=True)  # the backups folder is ours to make
    return backup_to(ctx, actor, folder(ctx) / name, progress=progress, kind=kind)


def last_good_backup(ctx: Context) -> datetime | None:
    """When the newest backup that was written and checked was taken (from the audit trail): on a
    server, by any desk (each takes the day's dump on its own PC) or a scheduled `deskapp backup`."""
    with ctx.reader() as uow:
        return uow.audit.newest_at("backup.create")


def prune(ctx: Context) -> list[Path]:
    """Delete the automatic backups the rolling rule lets go; returns what was removed."""
    autos = [b for b in list_backups(ctx) if b.kind == "auto" and b.at is not None]
    going = rules.prune(b.at for b in autos)
    removed = []
    for b in autos:
        if b.at in going:
            b.path.unlink(missing_ok=True)
            audit_anchors.manifest_path(b.path).unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def daily_backup_due(ctx: Context) -> bool:
    today = ctx.clock.today()
    return not any(b.kind == "auto" and b.at and b.at.date() == today for b in list_backups(ctx))


AUTO_TASK = "自动备份"


@changes(Change.BACKUP)
def auto_backup(ctx: Context, *, progress: Progress | None = None) -> Path | None:
    """The first start of a day: back up (as the program's own work, 系统 / 自动备份 in the audit
    trail, whoever signed in or runs the program) and prune the rolling set. None when today's
    backup exists."""
    if not daily_backup_due(ctx):
        return None
    actor = Actor.program(AUTO_TASK)
    path = backup_now(ctx, actor, progress=progress, kind="auto")
    prune(ctx)
    return path


UPGRADE_ACTION = "backup.before_upgrade"


def audit_upgrade_backup(ctx: Context, backup: Path) -> None:
    """The copy an older file was backed up to before this program upgraded its schema
    (`store.schema.upgrade`): recorded once the file is upgraded, in the trail of the new schema, as
    the program's own work (系统 / 自动备份), whoever opened the file."""
    audit.record_event(ctx, Actor.program(AUTO_TASK), UPGRADE_ACTION, "backup", backup.name,
                       summary=f"升级数据库结构前自动备份到 {backup.name}",
                       after={"file": str(backup), "size": backup.stat().st_size, "kind": "upgrade"})


# ----------------------------------------------------------------- restore

@dataclass(frozen=True)
class BackupCheck:
    path: Path
    revisions: frozenset[str]
    older: bool  # an older schema: upgraded after the restore
    audit_rows: int
    users: int
    last_entry_at: datetime | None = None  # the backup's last audit entry (UTC): the work it holds ends there
    head: tuple[int, str] | None = None  # its last audit row (id, hash): where the trail ends after restoring it
    sha256: str = ""  # the file as checked: a restore given this check re-checks only a changed file


def inspect_backup(ctx: Context, file: Path | str, *, full: bool = True) -> BackupCheck:
    """Is `file` a deskapp database this program can use? Raises BadBackup saying why not."""
    path = Path(file).expanduser()
    if not path.is_file():
        raise BadBackup(f"找不到备份文件 {path}")
    if ctx.db.is_sqlite and path.resolve() == ctx.db.path.resolve():
        raise ValidationError("备份文件", "这就是正在使用的数据库文件，请选一个备份")
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise BadBackup(f"{path.name} 不是 SQLite 数据库文件，不能用来恢复")
    try:
        con = files.connect_backup(path)
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from exc
    try:
        facts = files.backup_facts(con, full=full)
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc
    finally:
        con.close()
    if facts.integrity != "ok":
        raise BadBackup(f"{path.name} 已损坏（{facts.integrity}），不能用来恢复")
    if not facts.deskapp:
        raise BadBackup(f"{path.name} 不是客服台（deskapp）的数据库")
    revisions = facts.revisions
    unknown = revisions - schema.known_revisions(ctx.db)
    if unknown:
        raise BadBackup(f"{path.name} 的结构版本（{', '.join(sorted(unknown))}）比本程序新，请先升级客服台程序")
    older = revisions != schema.script_heads(ctx.db)
    head, problems = _contents(ctx, path, older)
    if problems:
        raise BadBackup(f"{path.name} 被改动过，不能用来恢复：\n" + "\n".join(f"· {p}" for p in problems)
                        + "\n请换一份没有问题的备份（当前数据库没有改动）。")
    return BackupCheck(path=path, revisions=revisions, older=older, audit_rows=facts.audit_rows, users=facts.users,
                       last_entry_at=_utc(facts.last_entry_at), head=head, sha256=sha256_of(path))


def _unreadable(path: Path, exc: sqlite3.Error) -> BadBackup:
    """SQLite's own words (database disk image is malformed) go to the log; the desk is told in
    Chinese what that means for the file chosen: most often a copy cut short."""
    log.warning("backup %s cannot be read: %s", path, exc)
    return BadBackup(f"{path.name} 已损坏或不完整（也许没有复制完），读不出来，不能用来恢复；请换一份备份")


def _backup_anchors(ctx: Context, path: Path) -> tuple[list[Anchor], list[str]]:
    """What was recorded when this backup was taken — its manifest, and the live database's
    newest backup.create row for this very file (unless the live database is the damaged one
    being replaced) — and the problems already plain from them (the file changed since)."""
    found = [a for a in (audit_anchors.manifest_anchor(path),) if a is not None]
    problems = []
    digest = sha256_of(path)
    manifest = audit_anchors.read_manifest(path)
    if manifest and manifest.get("sha256") and manifest["sha256"] != digest:
        problems.append("文件与备份时清单（.json）记下的校验值不同：备份写好之后被改动过")
    try:
        with ctx.reader() as uow:
            after = uow.audit.afters_of("backup.create", path.name)
            written = next((a for a in (json.loads(x or "{}") for x in after)
                            if a.get("file") == str(path.resolve())), None)
    except UNREADABLE:
        written = None  # a damaged live database is why one restores; the manifest and the copy's own checks remain
    if written and isinstance(written.get("audit_head"), dict):
        head = written["audit_head"]
        found.append(Anchor(int(head["id"]), str(head["hash"]), "备份时写入审计日志的记录"))
        if written.get("sha256") and written["sha256"] != digest:
            problems.append("文件与备份时审计日志记下的校验值不同：备份写好之后被改动过")
    return found, problems


def _contents(ctx: Context, path: Path, older: bool) -> tuple[tuple[int, str] | None, list[str]]:
    """(the backup's audit head, problems): the checks `deskapp check` makes — chain, anchors,
    triggers, money against the audit — run on a scratch copy (upgraded first when older), so
    that a doctored backup is refused before it replaces anything."""
    taken, problems = _backup_anchors(ctx, path)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        shutil.copyfile(path, copy)
        db = Database.open(copy)
        try:
            if older:
                schema.upgrade(db, backup_dir=Path(tmp) / "upgrade")
            session = db.read_session()
            try:
                head = audit_anchors.head(session)
                problems += check_service.chain_problems(session)[1]
                for a in taken:
                    if head is not None and head[0] > a.id:
                        problems.append(f"{a.source}说备份的审计日志到第 {a.id} 条为止，备份里却有 {head[0]} 条："
                                        "有人在备份里追加了记录")
                problems += audit_anchors.compare(session, taken)[1]
                earlier = [a for a in audit_anchors.history(ctx) if head is not None and a.id <= head[0]]
                problems += audit_anchors.compare(session, earlier, other_timelines=False)[1]
                problems += check_service.trigger_problems(session)[1]
                problems += audit_match(session).problems
            finally:
                session.close()
        finally:
            db.dispose()
    return head, problems


def _utc(text: str | None) -> datetime | None:
    """SQLite keeps UTCDateTime as naive UTC text."""
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc) if text else None


def _keep_current(ctx: Context, actor: Actor, target: Path, progress: Progress | None) -> Path:
    """The database about to be replaced, kept: through the backup API as usual, or — when it
    is damaged, which is why one restores — as a plain copy of its file, for whoever may try
    to recover what was entered since the backup (issue 14 §2)."""
    try:
        return backup_now(ctx, actor, progress=progress, kind="before-restore")
    except BackupFailed:
        if not integrity_problems(target):
            raise
    ctx.db.dispose()  # no connection of ours is open while the file is read (store/file_guard.py)
    base = target.parent / "backups"
    base.mkdir(parents=True, exist_ok=True)
    kept = base / rules.file_name(target.stem, "damaged", ctx.clock.now())
    shutil.copyfile(target, kept)
    wal = target.with_name(target.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))
    return kept


def restore(ctx: Context, actor: Actor, file: Path | str, *, progress: Progress | None = None,
            lock_held: bool = False, checked: BackupCheck | None = None) -> RestoreResult:
    """Replace the database with a backup. The file is checked first; the current database
    is backed up (kind "before-restore") before it is overwritten.

    `lock_held`: the caller (the desk program) already holds the instance lock; otherwise a
    running desk program on this database makes the restore refuse. `checked`: the caller's
    inspect_backup of this file (before asking the user): its checks, which walk the whole
    trail, are not run twice unless the file changed since."""
    actor.require(RESTORE)
    target = _require_sqlite(ctx)
    path = Path(file).expanduser()
    same = (checked is not None and checked.path == path and path.is_file()
            and sha256_of(path) == checked.sha256)
    check = checked if same else inspect_backup(ctx, path)
    lock = None
    if not lock_held:
        lock = InstanceLock(target)
        try:
            lock.acquire()
        except AlreadyOpen as exc:
            raise BadBackup(f"{exc}（恢复前请先关闭客服台程序）") from None
    try:
        kept = _keep_current(ctx, actor, target, progress)
        ctx.db.dispose()
        try:
            sqlite_restore(check.path, target)
        except (sqlite3.Error, OSError) as exc:
            ctx.db.dispose()
            sqlite_restore(kept, target)
            raise BackupFailed(f"恢复失败（{exc}），已放回恢复前的数据库 {kept.name}") from exc
        # an older backup is upgraded as an older file is at the start: copied first (beside the copy of
        # the database it replaced: the restored one's settings are of an older schema), the copy audited
        upgraded = check.older and upgrade_schema(ctx, kept.parent).upgraded
        stored_files.bring_back(ctx, check.path)  # the files it names, kept beside the backup
        with ctx.uow() as uow:
            # the restored database may not know the account that restored it
            known = actor.user_id is not None and uow.accounts.user(actor.user_id) is not None
            who = actor if known or actor.user_id is None else Actor(None, actor.username, actor.display_name,
                                                                          actor.role)
            audit.record(uow.session, ctx, who, "backup.restore", "backup", check.path.name,
                         summary=f"从备份 {check.path} 恢复数据库；被替换的数据库保存为 {kept.name}",
                         after={"file": str(check.path), "kept": str(kept), "upgraded": upgraded,
                                # anchors taken before now beyond this row are superseded (domain/audit_anchors.py)
                                "restored_head": check.head[0] if check.head else 0})
            uow.commit()
        return RestoreResult(check.path, kept, upgraded)
    finally:
        if lock is not None:
            lock.release()
