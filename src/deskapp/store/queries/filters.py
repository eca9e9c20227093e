"""The filters most registers share, written once: a set of states, a half-open period on the
register's time column, one unit (`narrowed`; `filtered_by` takes them from the register's filter
bar); a search box's case-blind LIKE on either backend, its text sought in several columns; and a
register page's total."""
from __future__ import annotations

from collections.abc import Collection
from typing import Any, Protocol

from sqlalchemy import Boolean, Select, String, bindparam, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


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


class RegisterFilter(Protocol):
    """What a register's filter bar asks for that `narrowed` applies (`contracts.*.XFilter`)."""
    start: Any
    end: Any
    unit_id: int | None


def filtered_by(q: Select, f: RegisterFilter, *, at: Any, unit: Any, state: Any = None) -> Select:
    """`narrowed` to the period and unit of the filter bar `f` on the register's `at` and `unit`
    columns, and to its `f.states` on `state` when the register has states to choose from."""
    return narrowed(q, state=state, states=f.states if state is not None else (), at=at, start=f.start, end=f.end,
                    unit=unit, unit_id=f.unit_id)


def searched(q: Select, text: str, *columns: Any) -> Select:
    """`q` kept to rows where one of `columns` contains the search box's `text` in any letter case;
    every row when the box is blank."""
    t = text.strip()
    return q.where(or_(*(c.ilike(f"%{t}%") for c in columns))) if t else q


def ordered(column: Any, tiebreak: Any, descending: bool) -> list:
    """A register page's ORDER BY: the column the user sorted on, then `tiebreak` (the id) the same
    way, so that rows with equal values keep one order from page to page."""
    return [column.desc(), tiebreak.desc()] if descending else [column.asc(), tiebreak.asc()]


def counted(session: Session, q: Select, total: int | None) -> int:
    """A register page's total: `total` when the model already has it (the later pages), else the
    number of rows `q` selects."""
    if total is not None:
        return total
    return session.execute(select(func.count()).select_from(q.subquery())).scalar() or 0


class like(ColumnElement):
    """`column LIKE pattern`, without regard to letter case on both backends: a search box's
    match. SQLite's LIKE already ignores the case of ASCII letters (s-1 finds S-1); PostgreSQL's
    does not, so there it is ILIKE. `like(Unit.code, "%s-1%")` where `Unit.code.like(...)` was."""

    inherit_cache = True
    type = Boolean()
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement),
                           ("pattern", InternalTraversal.dp_clauseelement)]

    def __init__(self, column, pattern: str):
        self.column = column
        self.pattern = bindparam(None, pattern, type_=String())


@compiles(like)
def _like(element, compiler, **kw):
    return compiler.process(element.column.like(element.pattern), **kw)


@compiles(like, "postgresql")
def _ilike(element, compiler, **kw):
    return compiler.process(element.column.ilike(element.pattern), **kw)
