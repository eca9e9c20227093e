"""文件资料: loading a document to add a version to it or withdraw it."""
from __future__ import annotations

from sqlalchemy import select

from deskapp.store.models.library import LibraryDocument, LibraryVersion
from deskapp.store.repositories.base import Repository


class LibraryRepository(Repository):

    def document(self, document_id: int) -> LibraryDocument | None:
        return self.s.get(LibraryDocument, document_id)

    def document_titled(self, title: str) -> LibraryDocument | None:
        return self.s.execute(select(LibraryDocument).where(LibraryDocument.title == title)).scalar_one_or_none()

    def version(self, version_id: int) -> LibraryVersion | None:
        return self.s.get(LibraryVersion, version_id)
