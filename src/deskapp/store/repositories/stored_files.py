"""Files kept by the desk: adding the record of a file taken in, and finding it again."""
from __future__ import annotations

from deskapp.store.models.stored_files import StoredFile
from deskapp.store.repositories.base import Repository


class StoredFilesRepository(Repository):

    def file(self, file_id: int) -> StoredFile | None:
        return self.s.get(StoredFile, file_id)
