"""What every repository can do with the rows of its aggregate: add, fetch by id, flush, delete.
Area repositories inherit this and add the loading and locking their services need, so a
service never writes `select(` or touches the session itself."""
from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

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
