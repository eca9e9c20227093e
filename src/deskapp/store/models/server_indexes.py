"""Indexes only PostgreSQL has (issue 18): trigram GIN indexes behind the search box's
`LIKE '%…%'` / `ILIKE '%…%'`, which no B-tree can serve, and the unit codes in natural order.
SQLite has neither (no trigram index; its natural order is a Python collation, which an index
would make every other SQLite client need); its queries stay as they are. The models declare
them so that a server database built by the migrations matches the models; `for_backend` keeps
them out of a SQLite schema's comparison.

Their PostgreSQL options (`postgresql_using`, `postgresql_ops`) are given by `complete()`, when a
server database is opened or Alembic runs: SQLAlchemy checks such options against the dialect
they name by importing it, and a desk on a SQLite file should not load the PostgreSQL dialect
(a tenth of declaring the models, issue 21 §2)."""

from sqlalchemy import Index

from deskapp.store.natural import COLLATION

SERVER = "postgresql"
_BACKEND = "deskapp_backend"  # Index.info key: the one backend that has the index
_WITHOUT_OPTIONS: list[tuple[Index, dict]] = []  # declared, options not yet given (complete())
_COMPLETE: list[bool] = []  # [True] once complete() ran: later declarations get theirs at once


def trigram_index(name: str, column: str) -> Index:
    """`column`'s pg_trgm GIN index (migration 2810_pg_search_trgm makes it on PostgreSQL only)."""
    return _server_only(Index(name, column, info={_BACKEND: SERVER}),
                        postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"})


def natural_order_index(name: str, column: str) -> Index:
    """`column` in natural order, then id (store/natural.py's ICU collation), so that the unit
    register's ORDER BY walks an index instead of sorting 20,000 codes through ICU (2810). The
    collation is given as the column's operator clause: Alembic then compares it as a plain
    (column, id) index, which is how PostgreSQL reports it."""
    return _server_only(Index(name, column, "id", info={_BACKEND: SERVER}),
                        postgresql_ops={column: f'COLLATE "{COLLATION}"'})


def _server_only(index: Index, **options) -> Index:
    _WITHOUT_OPTIONS.append((index, options))
    if _COMPLETE:
        complete()
    return index.ddl_if(dialect=SERVER)


def complete() -> None:
    """Give the server-only indexes their PostgreSQL options (imports SQLAlchemy's PostgreSQL
    dialect): before a server's schema is compared with the models or built from them."""
    _COMPLETE[:] = [True]
    while _WITHOUT_OPTIONS:
        index, options = _WITHOUT_OPTIONS.pop()
        index.dialect_kwargs.update(options)


def for_backend(obj, dialect: str) -> bool:
    """Whether schema object `obj` exists on a database of this dialect (Alembic include_object)."""
    return getattr(obj, "info", {}).get(_BACKEND, dialect) == dialect
