"""Indexes only PostgreSQL has (issue 18): trigram GIN indexes behind the search box's
`LIKE '%…%'` / `ILIKE '%…%'`, which no B-tree can serve. SQLite has no trigram index; its
searches stay as they are. The models declare them so that a server database built by the
migrations matches the models; `for_backend` keeps them out of a SQLite schema's comparison."""
from __future__ import annotations

from sqlalchemy import Index

SERVER = "postgresql"
_BACKEND = "deskapp_backend"  # Index.info key: the one backend that has the index


def trigram_index(name: str, column: str) -> Index:
    """`column`'s pg_trgm GIN index (migration 2810_pg_search_trgm makes it on PostgreSQL only)."""
    return Index(name, column, postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"},
                 info={_BACKEND: SERVER}).ddl_if(dialect=SERVER)


def for_backend(obj, dialect: str) -> bool:
    """Whether schema object `obj` exists on a database of this dialect (Alembic include_object)."""
    return getattr(obj, "info", {}).get(_BACKEND, dialect) == dialect
