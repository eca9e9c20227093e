"""文件资料 in SQL: the documents, and their versions with the kept file each names."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.store.models.library import LibraryDocument, LibraryVersion
from deskapp.store.models.stored_files import StoredFile
from deskapp.store.queries.rounds import works_under_way


def documents(session: Session, *, with_withdrawn: bool) -> list[LibraryDocument]:
    """By kind then title; the withdrawn ones only when asked."""
    stmt = select(LibraryDocument).order_by(LibraryDocument.kind, LibraryDocument.title)
    if not with_withdrawn:
        stmt = stmt.where(LibraryDocument.withdrawn_at.is_(None))
    return list(session.execute(stmt).scalars())


def versions(session: Session, document_ids: list[int]) -> list[tuple[LibraryVersion, StoredFile]]:
    """The versions of these documents with their files, newest effective first (then latest added)."""
    if not document_ids:
        return []
    stmt = (select(LibraryVersion, StoredFile).join(StoredFile, StoredFile.id == LibraryVersion.stored_file_id)
            .where(LibraryVersion.document_id.in_(document_ids))
            .order_by(LibraryVersion.effective_on.desc(), LibraryVersion.id.desc()))
    return [(v, f) for v, f in session.execute(stmt).all()]


def under_decoration(session: Session, unit_id: int) -> bool:
    """The unit's decoration is under way (the rounds area's register), so 装修管理规定 concern it."""
    return bool(works_under_way(session, unit_id))
