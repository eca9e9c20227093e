"""The filters most registers share, written once: a set of states, a half-open period on the
register's time column, one unit."""
from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import Select


def narrowed(q: Select, *, state: Any = None, states: Collection = (), at: Any = None, start: Any = None,
             end: Any = None, unit: Any = None, unit_id: int | None = None) -> Select:
    """`q` kept to rows whose `state` column is one of `states` (when any), whose `at` column
    falls in [start, end) (either end open when None) and whose `unit` column is `unit_id` (when given)."""
    if states:
        q = q.where(state.in_(states))
    if start is not None:
        q = q.where(at >= start)
    if end is not None:
        q = q.where(at < end)
    if unit_id is not None:
        q = q.where(unit == unit_id)
    return q
