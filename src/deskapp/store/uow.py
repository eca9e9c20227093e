"""Unit of work: one transaction per service call. Commit is explicit; leaving the block
without committing rolls back."""
from __future__ import annotations

from sqlalchemy.orm import Session

from deskapp.store.db import Database


class UnitOfWork:
    def __init__(self, db: Database, *, write: bool = True):
        self._db = db
        self._write = write
        self.session: Session | None = None

    def __enter__(self) -> "UnitOfWork":
        if self._write:
            self._db.before_write()
        self.session = self._db.write_session() if self._write else self._db.read_session()
        return self

    def __exit__(self, *exc) -> None:
        assert self.session is not None
        self.session.rollback()
        self.session.close()
        self.session = None

    def commit(self) -> None:
        assert self.session is not None
        if not self._write:
            raise RuntimeError("read-only unit of work cannot commit")
        self.session.commit()

    def flush(self) -> None:
        assert self.session is not None
        self.session.flush()
