"""Indexes only PostgreSQL has (issue 18): trigram GIN indexes behind the search box's
`LIKE '%…%'` / `ILIKE '%…%'`, which no B-tree can serve, and the unit codes in natural order.
SQLite has neither (no trigram index; its natural order is a Python collation, which an index
would make every other SQLite client need); its queries stay as they are. The models declare
them so that a server database built by the migrations matches the models; `for_backend` keeps
them out of a SQLite schema's comparison."""
from __future__ import annotations

from sqlalchemy import Index

from deskapp.store.natural import COLLATION

SERVER = "postgresql"
_BACKEND = "deskapp_backend"  # Index.info key: the one backend that has the index


def trigram_index(name: str, column: str) -> Index:
    """`column`'s pg_trgm GIN index (migration 2810_pg_search_trgm makes it on PostgreSQL only)."""
    return Index(name, column, postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"},
                 info={_BACKEND: SERVER}).ddl_if(dialect=SERVER)


def natural_order_index(name: str, column: str) -> Index:
    """`column` in natural order, then id (store/natural.py's ICU collation), so that the unit
    register's ORDER BY walks an index instead of sorting 20,000 codes through ICU (2810). The
    collation is given as the column's operator clause: Alembic then compares it as a plain
    (column, id) index, which is how PostgreSQL reports it."""
    return Index(name, column, "id", postgresql_ops={column: f'COLLATE "{COLLATION}"'},
                 info={_BACKEND: SERVER}).ddl_if(dialect=SERVER)


def for_backend(obj, dialect: str) -> bool:
    """Whether schema object `obj` exists on a database of this dialect (Alembic include_object)."""
    return getattr(obj, "info", {}).get(_BACKEND, dialect) == dialect
