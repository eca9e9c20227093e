"""文件资料: the supervisor adds a document with its first version, replaces it with a new version
(the old ones kept and listed), puts its title, kind or audience right, withdraws it with a reason;
every role lists the documents and opens a version's kept file; a unit page lists those in force
that concern the unit."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from deskapp.contracts.library import DocumentRow, VersionRow
from deskapp.domain import library as rules
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.library import DocumentInput, VersionInput
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.services import audit, stored_files
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.store.models.library import LibraryDocument, LibraryVersion
from deskapp.store.queries import library as q
from deskapp.store.uow import UnitOfWork

VIEW = define("library.view", "查看文件资料", DESK)
MANAGE = define("library.manage", "管理文件资料（新增、换新版本、停用）", SUPERVISORS)


def _add_version(uow: UnitOfWork, ctx: Context, actor: Actor, doc: LibraryDocument, v: VersionInput,
                 source: Path | str) -> LibraryVersion:
    kept = stored_files.take_in(uow.session, ctx, actor, MANAGE, source)
    return audit.added(
        uow.library, ctx, actor, LibraryVersion(document_id=doc.id, stored_file_id=kept.id, label=v.label,
                                                effective_on=v.effective_on, note=v.note),
        "library.version", "library_version",
        summary=f"{doc.title} 新版本 {v.label}，{v.effective_on:%Y-%m-%d} 起生效（文件 {kept.name}）",
        after={"document": doc.title, "label": v.label, "effective_on": v.effective_on.isoformat(),
               "file": kept.name, "sha256": kept.sha256})


def _in_use(uow: UnitOfWork, document_id: int, refused: Callable[[LibraryDocument], Conflict]) -> LibraryDocument:
    """The document, or the refusal `refused(document)` once it is withdrawn."""
    doc = found(uow.library.document(document_id), "没有这份文件")
    if doc.withdrawn_at is not None:
        raise refused(doc)
    return doc


@changes(Change.LIBRARY)
def add_document(ctx: Context, actor: Actor, doc: DocumentInput, version: VersionInput, source: Path | str) -> int:
    actor.require(MANAGE)
    doc, version = rules.check_document(doc), rules.check_version(version)
    with ctx.uow() as uow:
        if uow.library.document_titled(doc.title) is not None:
            raise ValidationError("文件名称", f"已有名为 {doc.title} 的文件，请给它换新版本")
        row = audit.added(uow.library, ctx, actor, LibraryDocument(title=doc.title, kind=doc.kind, audience=doc.audience),
                          "library.add", "library_document",
                          summary=f"新增文件资料：{doc.title}（{doc.kind.value}，{doc.audience.value}）",
                          after={"title": doc.title, "kind": doc.kind.name, "audience": doc.audience.name})
        _add_version(uow, ctx, actor, row, version, source)
        uow.commit()
        return row.id


@changes(Change.LIBRARY)
def add_version(ctx: Context, actor: Actor, document_id: int, version: VersionInput, source: Path | str) -> int:
    """Replace a document by a new version from its effective date; the earlier ones stay listed."""
    actor.require(MANAGE)
    version = rules.check_version(version)
    with ctx.uow() as uow:
        doc = _in_use(uow, document_id, lambda d: Conflict(f"{d.title} 已停用，不能再加新版本"))
        row = _add_version(uow, ctx, actor, doc, version, source)
        uow.commit()
        return row.id


@changes(Change.LIBRARY)
def withdraw(ctx: Context, actor: Actor, document_id: int, reason: str) -> None:
    """Take a document out of use, saying why; it and its versions stay on record."""
    actor.require(MANAGE)
    reason = rules.check_reason(reason)
    with ctx.uow() as uow:
        doc = _in_use(uow, document_id, lambda d: Conflict(f"{d.title} 已经停用"))
        doc.withdrawn_at, doc.withdrawn_by, doc.withdraw_reason = ctx.clock.now(), actor.display_name, reason
        audit.record(uow.session, ctx, actor, "library.withdraw", "library_document", doc.id,
                     summary=f"停用文件资料：{doc.title}（{reason}）", before={"withdrawn": False},
                     after={"withdrawn": True, "reason": reason})
        uow.commit()


def _rows(ctx: Context, uow: UnitOfWork, docs: list[LibraryDocument]) -> list[tuple[DocumentRow, list[VersionRow]]]:
    today = ctx.clock.today()
    by_doc: dict[int, list] = {d.id: [] for d in docs}
    for v, f in q.versions(uow.session, list(by_doc)):
        by_doc[v.document_id].append((v, f))
    out = []
    for d in docs:
        pairs = by_doc[d.id]
        now = rules.current([(v.id, v.effective_on) for v, _f in pairs], today)
        versions = [VersionRow(v.id, v.label, v.effective_on, v.note, f.original_name, f.media_type, f.size,
                               v.created_by, v.created_at, v.id == now, v.effective_on > today)
                    for v, f in pairs]
        current = next((v for v in versions if v.in_force), None)
        out.append((DocumentRow(d.id, d.title, d.kind, d.audience, current, len(versions), d.withdrawn_at is not None,
                                d.withdraw_reason or "", d.version), versions))
    return out


def documents(ctx: Context, actor: Actor, *, with_withdrawn: bool = False) -> list[DocumentRow]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [d for d, _v in _rows(ctx, uow, q.documents(uow.session, with_withdrawn=with_withdrawn))]


def versions(ctx: Context, actor: Actor, document_id: int) -> list[VersionRow]:
    """Every version of a document, newest effective first, the one in force marked."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        doc = found(uow.library.document(document_id), "没有这份文件")
        return _rows(ctx, uow, [doc])[0][1]


def for_unit(ctx: Context, actor: Actor, unit_id: int) -> list[DocumentRow]:
    """The documents in force that concern the unit: those for every household, and those for units
    under decoration while its decoration is under way."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        decorating = q.under_decoration(uow.session, unit_id)
        docs = [d for d in q.documents(uow.session, with_withdrawn=False)
                if rules.shown_on_unit(d.audience, decorating)]
        return [d for d, _v in _rows(ctx, uow, docs) if d.current is not None]


def file_to_open(ctx: Context, actor: Actor, version_id: int) -> Path:
    """The kept file of a version, for the OS to open or the desk to print (never written to)."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        v = found(uow.library.version(version_id), "没有这个版本")
        file_id = v.stored_file_id
    return stored_files.path_to_open(ctx, file_id)


@changes(Change.LIBRARY)
def edit_document(ctx: Context, actor: Actor, document_id: int, doc: DocumentInput, version: int | None = None) -> None:
    """修改: a document's title, kind or audience put right; its versions and files are untouched.
    The title stays unique; a withdrawn document is not changed."""
    actor.require(MANAGE)
    doc = rules.check_document(doc)
    with ctx.uow() as uow:
        row = uow.library.editing(_in_use(uow, document_id, lambda d: Conflict(f"{d.title} 已停用，不能再修改")),
                                  version)
        other = uow.library.document_titled(doc.title)
        if other is not None and other.id != row.id:
            raise ValidationError("文件名称", f"已有名为 {doc.title} 的文件")
        before = {"title": row.title, "kind": row.kind.name, "audience": row.audience.name}
        row.title, row.kind, row.audience = doc.title, doc.kind, doc.audience
        after = {"title": row.title, "kind": row.kind.name, "audience": row.audience.name}
        if after == before:
            return
        uow.library.sign(row, actor.display_name, ctx.clock.now())
        moved = [k for k in before if before[k] != after[k]]
        audit.record(uow.session, ctx, actor, "library.edit", "library_document", row.id,
                     summary=f"修改文件资料：{before['title']}" + (f" → {row.title}" if "title" in moved else ""),
                     before={k: before[k] for k in moved}, after={k: after[k] for k in moved})
        uow.commit()
