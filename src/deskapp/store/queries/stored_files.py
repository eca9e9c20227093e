"""Files kept by the desk: the list the check walks and a backup carries."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.store.models.stored_files import StoredFile


def kept(session: Session) -> list[tuple[int, str, str]]:
    """(id, sha256, original name) of every file taken in, oldest first."""
    rows = session.execute(select(StoredFile.id, StoredFile.sha256, StoredFile.original_name).order_by(StoredFile.id))
    return [tuple(r) for r in rows]
