"""The audit trail's rows: appended, never changed. Appending (one row or a batch, each chained
to the last row's hash) and the chain's own facts its anchors and checks compare against."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, insert, select

from deskapp.store.models.accounts import AuditEntry
from deskapp.store.repositories.base import Repository

# SQLite bounds the parameters of one statement
_IN_CHUNK = 500


class AuditRepository(Repository):

    # -- appending
    def last_hash_locked(self) -> str | None:
        """The newest row's hash, the next row's prev_hash; locked so two writers cannot both
        chain to it (SQLite: BEGIN IMMEDIATE already; PostgreSQL: row lock)."""
        return self.s.execute(
            select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1).with_for_update()
        ).scalar()

    def insert_rows(self, rows: list[dict]) -> None:
        """Many chained rows in one executemany (an import of thousands of units)."""
        self.s.execute(insert(AuditEntry.__table__), rows)

    # -- the chain's own facts
    def head(self) -> tuple[int, str] | None:
        """(id, hash) of the newest row."""
        row = self.s.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
        return (row[0], row[1]) if row else None

    def rows_after(self, after_id: int, *, except_prefix: str = "") -> int:
        """How many rows came after `after_id`, not counting actions that start with `except_prefix`."""
        stmt = select(func.count()).select_from(AuditEntry).where(AuditEntry.id > after_id)
        if except_prefix:
            stmt = stmt.where(AuditEntry.action.not_like(f"{except_prefix}%"))
        return self.s.execute(stmt).scalar_one()

    def first_hash(self) -> str | None:
        return self.s.execute(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)).scalar()

    def newest_of(self, action: str) -> tuple[int, str] | None:
        """(id, hash) of the newest row of `action`."""
        row = self.s.execute(select(AuditEntry.id, AuditEntry.hash).where(AuditEntry.action == action)
                             .order_by(AuditEntry.id.desc()).limit(1)).first()
        return (row[0], row[1]) if row else None

    def afters_by_id(self, action: str) -> list[tuple[int, str | None]]:
        """(id, after) of every row of `action`, in the order the database gives them."""
        return [(rid, after) for rid, after in
                self.s.execute(select(AuditEntry.id, AuditEntry.after).where(AuditEntry.action == action))]

    def hashes_of(self, ids: Iterable[int]) -> dict[int, str]:
        ids = list(ids)
        stored: dict[int, str] = {}
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start:start + _IN_CHUNK]
            stored.update(self.s.execute(select(AuditEntry.id, AuditEntry.hash).where(AuditEntry.id.in_(chunk))).all())
        return stored

    def count(self) -> int:
        return self.s.execute(select(func.count(AuditEntry.id))).scalar_one()

    # -- who and what
    def acting_user_ids(self) -> set[int]:
        """The accounts that have done anything (they may be disabled, never deleted)."""
        return set(self.s.execute(select(AuditEntry.actor_user_id).where(AuditEntry.actor_user_id.is_not(None))
                                  .distinct()).scalars())

    def entries_by(self, user_id: int) -> int:
        return self.s.execute(select(func.count(AuditEntry.id)).where(AuditEntry.actor_user_id == user_id)).scalar_one()

    def latest_at(self) -> datetime | None:
        """When the newest row was written (the `at` index: one step)."""
        return self.s.execute(select(func.max(AuditEntry.at))).scalar()

    def server_now(self) -> datetime | None:
        """The database server's own time; None for a SQLite file (this PC's clock is the only one)."""
        if self.s.get_bind().dialect.name == "sqlite":
            return None
        return self.s.execute(select(func.now())).scalar()

    def newest_at(self, action: str) -> datetime | None:
        return self.s.execute(select(AuditEntry.at).where(AuditEntry.action == action)
                              .order_by(AuditEntry.id.desc()).limit(1)).scalar()

    def afters_of(self, action: str, entity_id: str) -> list[str | None]:
        """The `after` texts of `action` rows about `entity_id`, newest first."""
        return list(self.s.execute(
            select(AuditEntry.after).where(AuditEntry.action == action, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id.desc())).scalars())
