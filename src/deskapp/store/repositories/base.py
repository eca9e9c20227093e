"""What every repository can do with the rows of its aggregate: add, fetch by id, flush, delete.
Area repositories inherit this and add the loading and locking their services need, so a
service never writes `select(` or touches the session itself."""
from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified, set_committed_value

from deskapp.store.models.columns import SIGNED

T = TypeVar("T")


class Repository:
    def __init__(self, session: Session):
        self.s = session

    def add(self, obj: T) -> T:
        self.s.add(obj)
        return obj

    def add_all(self, objs) -> None:
        self.s.add_all(list(objs))

    def get(self, model: type[T], item_id) -> T | None:
        return self.s.get(model, item_id)

    def flush(self) -> None:
        self.s.flush()

    def delete(self, obj) -> None:
        self.s.delete(obj)

    def refresh(self, obj) -> None:
        self.s.refresh(obj)

    def editing(self, obj: T, version: int | None) -> T:
        """Save `obj` only if it is still at `version`, the one the desk's form loaded (issue 18 §3).

        The loaded version becomes the row's committed one, so the mapper's version_id_col puts it
        in the UPDATE's WHERE: when another desk saved since, no row matches and the flush raises
        StaleDataError, which the unit of work turns into ConcurrentEdit naming that desk's user.
        None (a command, an import) saves whatever the version."""
        if version is not None:
            set_committed_value(obj, "version", version)
            self.s.info.setdefault(EDITED, []).append((type(obj), inspect(obj).identity, version))
        return obj

    def claim(self, obj: T, version: int | None, who: str, at: datetime) -> T:
        """`editing` and `sign` at once, the version checked now (flushed): a form loaded before
        another desk's save is told so before anything about what it asks (a later end date than
        the one it showed, say, which that save has moved)."""
        self.editing(obj, version)
        self.sign(obj, who, at)
        self.flush()
        return obj

    def sign(self, obj, who: str, at: datetime) -> None:
        """Who saved this versioned record and when: the name a desk whose save it refuses is told.
        A change not signed here leaves no name (store/models/columns.watch_unsigned_changes)."""
        obj.updated_by, obj.updated_at = who[:80], at
        flag_modified(obj, "updated_by")  # saved, and so its version checked, even when unchanged
        self.s.info.setdefault(SIGNED, set()).add(id(obj))


EDITED = "deskapp_edited"  # session.info key: the (model, id, version) saved against a form's version
