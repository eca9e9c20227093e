"""Shorthands for columns that recur across the models."""

import enum
from datetime import datetime, timezone

from sqlalchemy import Enum as SAEnum
from sqlalchemy import Integer, String, event, inspect
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, object_session

from deskapp.store.types import UTCDateTime


def enum_column(enum_cls: type[enum.Enum]) -> SAEnum:
    """An enum stored by member name in a plain string column (portable, no native enum)."""
    return SAEnum(enum_cls, native_enum=False, length=24, validate_strings=True)


class Created:
    """When and by whom a record was made: the last two columns of the tables that keep it
    (a mixin's columns come after the table's own, so the column order is unchanged)."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(80))


class Voided:
    """A money line that is voided with its reason, never edited or deleted: when, by whom and why
    (empty while it stands). The columns follow the table's own."""
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    voided_by: Mapped[str | None] = mapped_column(String(80))
    void_reason: Mapped[str | None] = mapped_column(String(200))


class Versioned:
    """A record edited in place in a form (a unit, a person, a key). Optimistic locking (issue 18
    §3): the version an edit form loaded must still be the row's when it saves, and who saved last
    is named to the desk whose save is refused. The columns follow the table's own (each keeps its
    own updated_at); a change that does not say who forgets the name (watch_unsigned_changes)."""
    updated_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)  # maps the class (DeclarativeBase)
        watch_unsigned_changes(cls)


# session.info key: the versioned records whose saver a service named (Repository.sign)
SIGNED = "deskapp_signed"


def watch_unsigned_changes(model: type) -> None:
    """A versioned record (version_id_col, issue 18 §3) changed by a path that does not say who
    (an import, a state change, a command) forgets the last editor's name, so that a desk whose
    save is refused is not told the wrong person saved before it."""
    event.listen(model, "before_update", _unsigned_change)


def _unsigned_change(_mapper, _connection, target) -> None:
    session = object_session(target)
    if session is None or id(target) in session.info.get(SIGNED, ()):
        return
    if not session.is_modified(target, include_collections=False):
        return
    target.updated_by = ""
    if not inspect(target).attrs.updated_at.history.has_changes():
        target.updated_at = datetime.now(timezone.utc)
