"""Many plain rows in and out, stored and loaded exactly as the column types do it, without
SQLAlchemy's per-row machinery.

A quarterly bill run reads ~150,000 rows and writes ~120,000 at 20,000 units. Through
``session.execute(insert(table), dicts)`` the per-row parameter building and the column
types' bind processors cost more than SQLite's own insert, and every ``Scaled`` value read
goes through a division and a quantize. Here each column's conversion is picked once:

* ``Scaled`` (money as integer fen, quantities as 10**-4): ``Decimal(stored).scaleb(-scale)`` on
  the way out, ``int(value.scaleb(scale))`` with the same "no more decimals than the scale"
  check on the way in: the same values with the same exponent as ``Scaled`` gives.
* every other type with a processor (dates, enums, booleans, aware datetimes): the type's own
  dialect processor, once per distinct value of the column (they are few in bulk rows).
* types without a processor (integers, strings): passed as they are.

``tests/store/test_plain_rows.py`` checks that both directions agree with the column types.
Nothing here commits: the rows go into the caller's transaction."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select
from sqlalchemy.types import NullType, TypeEngine

from deskapp.store.types import Scaled

BATCH = 5000

Convert = Callable[[Any], Any]


def _memo(fn: Convert, *, typed: bool = False) -> Convert:
    """`fn` remembered per distinct value. `typed`: per type and value, for values a caller
    gives (1.5 == Decimal("1.5"), but a float must still be refused as the type refuses it)."""
    cache: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        key = (type(value), value) if typed else value
        try:
            return cache[key]
        except KeyError:
            out = cache[key] = fn(value)
            return out
        except TypeError:  # not hashable: convert every time
            return fn(value)

    return convert


def decoder(type_: TypeEngine, dialect: Dialect) -> Convert | None:
    """stored value -> Python value as ``type_`` loads it; None when nothing is to be done."""
    if isinstance(type_, Scaled):
        shift = -type_.scale

        def scaled(value: Any) -> Decimal | None:
            return None if value is None else Decimal(value).scaleb(shift)

        return scaled
    proc = type_.dialect_impl(dialect).result_processor(dialect, None)
    return _memo(proc) if proc is not None else None


def encoder(type_: TypeEngine, dialect: Dialect) -> Convert | None:
    """Python value -> stored value as ``type_`` binds it; None when nothing is to be done."""
    impl = type_.dialect_impl(dialect)
    proc = impl.bind_processor(dialect)
    if isinstance(type_, Scaled):
        shift = type_.scale
        checked = proc

        def scaled(value: Any) -> int | None:
            if type(value) is not Decimal:
                return checked(value)  # None, int, or the type's own error (float, str)
            stored = value.scaleb(shift)
            whole = int(stored)
            if stored != whole:
                return checked(value)  # raises: more decimals than the scale
            return whole

        return scaled
    return _memo(proc, typed=True) if proc is not None else None


def convert_column(conv: Convert, values: Sequence[Any], *, few: bool = True) -> tuple:
    """``conv`` applied to a column of values. ``few``: the column holds few distinct values
    (dates, items, flags), so each distinct value is converted once and the column mapped
    through a dict in C; only when it holds one type (besides None), since values of different
    types can be equal (1.5 and Decimal("1.5")) yet convert differently. Money and quantities
    are many and distinct: hashing them costs more than converting them one by one."""
    if not few or len(set(map(type, values)) - {type(None)}) > 1:
        return tuple(map(conv, values))
    try:
        table = {v: conv(v) for v in set(values)}
    except TypeError:  # not hashable
        return tuple(map(conv, values))
    return tuple(map(table.__getitem__, values))


def select_rows(session: Session, stmt: Select) -> list[tuple]:
    """The rows of ``stmt`` (a select of columns or labelled expressions) as plain tuples with
    the same values ``session.execute(stmt).all()`` would give."""
    dialect = session.get_bind().dialect
    cols = list(stmt.selected_columns)
    convs = [decoder(c.type, dialect) for c in cols]
    few = [not isinstance(c.type, Scaled) for c in cols]
    raw = stmt.with_only_columns(*[type_coerce(c, NullType()) for c in cols])
    if session.autoflush and (session.new or session.dirty or session.deleted):
        session.flush()  # as session.execute would; the Core connection below does not
    result = session.connection().execute(raw)  # Core, and the driver's own tuples: no Row objects
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    if not rows or all(c is None for c in convs):
        return [tuple(r) for r in rows]
    columns = list(zip(*rows))
    for i, conv in enumerate(convs):
        if conv is not None:
            columns[i] = convert_column(conv, columns[i], few=few[i])
    return list(zip(*columns))


def insert_rows(session: Session, table: Table, names: Sequence[str], rows: Iterable[Sequence[Any]],
                *, batch: int = BATCH, between: Callable[[], None] | None = None) -> int:
    """Insert ``rows`` (tuples in the order of ``names``) into ``table`` with one executemany
    per batch, each value converted as its column type binds it. Column defaults are not
    applied: give every column that needs a value. ``between`` runs before each batch (a
    cancellation check). Returns how many rows."""
    dialect = session.get_bind().dialect
    prep = dialect.identifier_preparer
    convs = [encoder(table.c[n].type, dialect) for n in names]
    mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(dialect.paramstyle)
    if mark is None:
        raise NotImplementedError(f"paramstyle {dialect.paramstyle}")
    into = f"{prep.format_table(table)} ({', '.join(prep.quote(n) for n in names)})"
    conn = session.connection()
    write = _copy(conn, into) if dialect.name == "postgresql" else _many_values(conn, into, len(names), mark)
    todo = [(i, c, not isinstance(table.c[names[i]].type, Scaled)) for i, c in enumerate(convs) if c is not None]
    rows = list(rows)
    for start in range(0, len(rows), batch):
        if between is not None:
            between()
        chunk = rows[start:start + batch]
        if todo:
            columns = list(zip(*chunk))
            for i, conv, few in todo:
                columns[i] = convert_column(conv, columns[i], few=few)
            chunk = list(zip(*columns))
        write(chunk)
    return len(rows)


# SQLite numbers a statement's parameters up to 32,766 since 3.32 (999 before).
_MAX_PARAMETERS = 32766 if sqlite3.sqlite_version_info >= (3, 32) else 999


def _many_values(conn, into: str, width: int, mark: str) -> Callable[[list[tuple]], None]:
    """SQLite: a batch as INSERT … VALUES (…), (…), … statements of up to 500 rows. A table with
    a trigger (bill_lines: open_bill_lines, issue 21 §4) has each statement keep a statement
    journal, so an executemany — one statement a row — paid 10 µs a row for it (103,000 bill
    lines: 0.75 → 1.8 s); per 500 rows it is lost in the insert itself."""
    per = max(1, min(500, _MAX_PARAMETERS // width))
    one = f"({', '.join([mark] * width)})"
    full = f"INSERT INTO {into} VALUES {', '.join([one] * per)}"

    def write(chunk: list[tuple]) -> None:
        for start in range(0, len(chunk), per):
            rows = chunk[start:start + per]
            sql = full if len(rows) == per else f"INSERT INTO {into} VALUES {', '.join([one] * len(rows))}"
            conn.exec_driver_sql(sql, tuple(v for row in rows for v in row))

    return write


def _copy(conn, into: str) -> Callable[[list[tuple]], None]:
    """PostgreSQL: a batch as one COPY … FROM STDIN on the transaction's own connection. An
    executemany there is still a statement per row for the server to run (the bill run's 120,000
    rows were most of its 28 s on a server); COPY streams them in. Row triggers fire as for INSERT."""
    sql = f"COPY {into} FROM STDIN"
    driver = conn.connection.driver_connection  # psycopg's connection, in the session's transaction

    def write(chunk: list[tuple]) -> None:
        with driver.cursor() as cur, cur.copy(sql) as copy:
            for row in chunk:
                copy.write_row(row)

    return write


__all__ = ["select_rows", "insert_rows", "decoder", "encoder"]
