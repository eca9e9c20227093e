"""Files the desk keeps (the documents library's versions, board and activity photos): a chosen
file copied into the file store beside the database, recorded with its SHA-256, and opened from
there — shared plumbing that every area attaching files calls inside its own transaction.

Where the files are: the `files.folder` setting, or else beside the SQLite database
(`<name>-files/`); a server database has no file of its own, so there the folder is
`~/deskapp-files/<database>` unless the setting names a shared folder (set it when several
desks use one server, so that each opens the same files).

A backup carries them: `carry` copies the files a database names into `stored-files/` beside the
backup (content-addressed, so backups in one folder share one copy of each file), and a restore
`bring_back`s the ones the store lacks. `deskapp check` re-hashes every kept file."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from deskapp.domain import stored_files as rules
from deskapp.domain.errors import NotFound, ValidationError, found
from deskapp.services import audit, hooks, settings
from deskapp.services.context import Actor, Context
from deskapp.store.file_store import FileStore
from deskapp.store.models.stored_files import StoredFile
from deskapp.store.queries import stored_files as q
from deskapp.store.repositories.stored_files import StoredFilesRepository
from deskapp.store.uow import Session

FOLDER = settings.declare("files.folder", "", "存放文件的文件夹（空：数据库旁的“数据库名-files”文件夹）",
                          max_length=260)
BACKUP_FOLDER = "stored-files"  # beside a backup


@dataclass(frozen=True)
class Kept:
    id: int
    sha256: str
    name: str
    size: int
    media_type: str


def store(ctx: Context) -> FileStore:
    if ctx.files_root is not None:
        return FileStore(ctx.files_root)
    configured = settings.get(ctx, FOLDER)
    base = ctx.db.path.parent if ctx.db.is_sqlite else Path.home() / "deskapp-files"
    if configured:
        p = Path(configured).expanduser()
        return FileStore(p if p.is_absolute() else base / p)
    if ctx.db.is_sqlite:
        return FileStore(base / f"{ctx.db.path.stem}-files")
    return FileStore(base / (ctx.db.engine.url.database or "deskapp"))


def _readable(source: Path | str, field: str) -> Path:
    path = Path(str(source).strip()).expanduser()
    if not str(source).strip():
        raise ValidationError(field, "请选择文件")
    if not path.is_file():
        raise ValidationError(field, f"找不到文件 {path}（或它是一个文件夹）")
    if path.stat().st_size > rules.MAX_BYTES:
        raise ValidationError(field, f"{path.name} 太大（超过 {rules.MAX_BYTES // (1024 * 1024)} MB）")
    return path


def keep(session: Session, ctx: Context, source: Path | str, stored_by: str, *, field: str = rules.FIELD) -> Kept:
    """Copy `source` into the store and record it in the caller's transaction, without an audit row
    of its own (the demo world's files; a desk's write goes through take_in). A file that is missing,
    empty or cannot be read is refused naming `field`."""
    path = _readable(source, field)
    try:
        taken = store(ctx).take_in(path)
    except OSError as exc:
        raise ValidationError(field, f"读不出文件 {path.name}（{exc.strerror or exc}），请换一个文件或检查权限") from exc
    if taken.size == 0:  # counted while copied: some files say 0 and hold more, or the reverse
        raise ValidationError(field, f"{path.name} 是空文件（0 字节），请选有内容的文件")
    row = StoredFile(sha256=taken.sha256, original_name=rules.kept_name(path.name), size=taken.size,
                     media_type=rules.media_type(path.name), stored_at=ctx.clock.now(), stored_by=stored_by)
    repo = StoredFilesRepository(session)
    repo.add(row)
    repo.flush()
    return Kept(row.id, row.sha256, row.original_name, row.size, row.media_type)


def take_in(session: Session, ctx: Context, actor: Actor, action: str, source: Path | str, *,
            field: str = rules.FIELD) -> Kept:
    """`keep` for a desk's write, audited (its `action` is the caller's permission)."""
    actor.require(action)
    kept = keep(session, ctx, source, actor.username, field=field)
    audit.record(session, ctx, actor, "file.store", "stored_file", kept.id,
                 summary=f"存入文件 {kept.name}（{kept.size} 字节）",
                 after={"sha256": kept.sha256, "name": kept.name, "size": kept.size})
    return kept


def kept_file(ctx: Context, file_id: int) -> Kept:
    with ctx.reader() as uow:
        row = found(uow.stored_files.file(file_id), f"文件 {file_id} 不存在")
        return Kept(row.id, row.sha256, row.original_name, row.size, row.media_type)


def path_to_open(ctx: Context, file_id: int) -> Path:
    """A read-only copy of a kept file under its original name, for the OS to open or the desk to print."""
    kept = kept_file(ctx, file_id)
    files = store(ctx)
    if not files.path(kept.sha256).is_file():
        raise NotFound(f"文件 {kept.name} 不在文件夹 {files.root} 中（被移走或删除了？请从备份恢复）")
    try:
        return files.copy_out(kept.sha256, kept.name)
    except OSError as exc:
        raise NotFound(f"文件 {kept.name} 打不开（{exc.strerror or exc}）") from exc


def carry(ctx: Context, backup: Path) -> int:
    """Copy the kept files into `stored-files/` beside `backup`; returns how many were new there."""
    with ctx.reader() as uow:
        hashes = {sha for _id, sha, _name in q.kept(uow.session)}
    return store(ctx).copy_missing(FileStore(backup.parent / BACKUP_FOLDER), hashes)


def bring_back(ctx: Context, backup: Path) -> int:
    """After a restore: copy back from beside `backup` the files the restored database names and
    the store lacks; returns how many."""
    with ctx.reader() as uow:
        hashes = {sha for _id, sha, _name in q.kept(uow.session)}
    return FileStore(backup.parent / BACKUP_FOLDER).copy_missing(store(ctx), hashes)


@hooks.register(hooks.Hook.CHECKS)
def _checks(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    files = store(ctx)
    rows = q.kept(session)
    problems = [f"文件 {name}（编号 {fid}）：{problem}" for fid, sha, name in rows
                if (problem := files.problem(sha)) is not None]
    return [hooks.CheckResult("存档文件", len(rows), problems)]
